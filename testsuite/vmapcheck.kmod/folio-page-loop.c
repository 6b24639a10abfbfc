// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: folio_alloc(GFP_KERNEL, 2) (folios are always
 * compound) and folio_page(folio, i) for every page of the folio into a
 * kmalloc_array() array, then vmap(..., VM_MAP | VM_MAP_PUT_PAGES): warn.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: folio_alloc + folio_page loop");

void *vmk_folio_page_loop(void);

void *vmk_folio_page_loop(void)
{
	struct page **pages;
	struct folio *folio;
	unsigned int i;
	void *vaddr;

	folio = folio_alloc(GFP_KERNEL, 2); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!folio)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		folio_put(folio);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = folio_page(folio, i); /* { dg-message "vmapcheck: .*derived here" } */
	/* { dg-message "vmapcheck: .*stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		folio_put(folio);
	}
	return vaddr;
}
