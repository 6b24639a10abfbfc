// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: folio_file_page(folio, index) of an order-2
 * folio, the way drm_gem_get_pages() and shmem_read_mapping_page_gfp()
 * pick the precise page of a (possibly large) folio.  Index 1 of an order-2
 * folio is a tail page: warn.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/pagemap.h>
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: folio_file_page of a large folio");

void *vmk_folio_file_page(void);

void *vmk_folio_file_page(void)
{
	struct page **pages;
	struct folio *folio;
	void *vaddr;

	folio = folio_alloc(GFP_KERNEL, 2); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!folio)
		return NULL;
	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		folio_put(folio);
		return NULL;
	}
	pages[0] = folio_file_page(folio, 1); /* { dg-message "vmapcheck: .*derived here" } */
	/* { dg-message "vmapcheck: .*stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		folio_put(folio);
	}
	return vaddr;
}
