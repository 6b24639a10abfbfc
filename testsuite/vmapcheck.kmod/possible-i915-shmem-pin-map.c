// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, level=possible: drivers/gpu/drm/i915/gt/shmem_utils.c
 * shmem_pin_map() -- pages from shmem_read_mapping_page_gfp() (page-cache
 * pages, one reference on their folio each) mapped with VM_MAP_PUT_PAGES.
 * When the shmem folio is large the page is a tail page, and a vfree()
 * without the fix frees it with __free_page().  Reported at level=possible
 * with the note that says so (silent at the default level:
 * i915-shmem-pin-map.c and possible-i915-shmem-pin-map-definite.c).
 */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */
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
MODULE_DESCRIPTION("vmapcheck kmod case: i915 shmem_pin_map, level=possible");

void *vmk_shmem_pin_map_possible(struct file *file);

void *vmk_shmem_pin_map_possible(struct file *file)
{
	struct page **pages;
	size_t n_pages, i;
	void *vaddr;

	n_pages = file->f_mapping->host->i_size >> PAGE_SHIFT;
	pages = kvmalloc_array(n_pages, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < n_pages; i++) {
		pages[i] = shmem_read_mapping_page_gfp(file->f_mapping, i, /* { dg-message "vmapcheck: page-cache page obtained here by 'shmem_read_mapping_page_gfp'; it holds a reference on its folio, and if the folio is large it is a tail page, which an unfixed 'vfree' frees with '__free_page' \\(reference count zero\\)" } */
						       GFP_KERNEL);
		/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-2 } */
		if (IS_ERR(pages[i]))
			goto err_page;
	}

	vaddr = vmap(pages, n_pages, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page-cache or shmem page that may be a tail page of a large folio; 'vfree' will call '__free_page' on it; without the 'vfree' fix that frees a tail page when the folio is large" } */
	/* { dg-message "vmapcheck: fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
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
