// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: drivers/gpu/drm/i915/gt/shmem_utils.c
 * shmem_pin_map() with -fplugin-arg-vmapcheck-level=definite given
 * explicitly: shmem pages may be tails of large folios, which is not known
 * at compile time, so nothing is reported (as at the default level,
 * i915-shmem-pin-map.c; reported at level=possible,
 * possible-i915-shmem-pin-map.c).
 */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=definite" } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/fs.h>
#include <linux/pagemap.h>
#include <linux/shmem_fs.h>
#include <linux/err.h>
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: i915 shmem_pin_map, level=definite");

void *vmk_shmem_pin_map_definite(struct file *file);

void *vmk_shmem_pin_map_definite(struct file *file)
{
	struct page **pages;
	size_t n_pages, i;
	void *vaddr;

	n_pages = file->f_mapping->host->i_size >> PAGE_SHIFT;
	pages = kvmalloc_array(n_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < n_pages; i++) {
		pages[i] = shmem_read_mapping_page_gfp(file->f_mapping, i, /* { dg-bogus "vmapcheck" } */
						       GFP_KERNEL);
		if (IS_ERR(pages[i]))
			goto err_page;
	}

	vaddr = vmap(pages, n_pages, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		goto err_page;
	mapping_clear_unevictable(file->f_mapping);
	return vaddr;
err_page:
	while (i--)
		put_page(pages[i]);
	kvfree(pages);
	return NULL;
}
