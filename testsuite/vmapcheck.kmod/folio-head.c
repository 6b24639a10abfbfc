// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: &folio->page of an order-2 folio, i.e. the
 * head page of a compound page, mapped with VM_MAP_PUT_PAGES: warn with the
 * head-page wording.  &folio->page is a field address at offset 0; the
 * contract neither requires nor forbids a "derived here" note for it, so
 * that note is optional on the line below.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: &folio->page of a large folio");

void *vmk_folio_head(void);

void *vmk_folio_head(void)
{
	struct page **pages;
	struct folio *folio;
	struct page *page;
	void *vaddr;

	folio = folio_alloc(GFP_KERNEL | __GFP_ZERO, 2); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!folio)
		return NULL;
	page = &folio->page; /* { dg-optional-message "vmapcheck: .*derived here" } */
	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		folio_put(folio);
		return NULL;
	}
	pages[0] = page; /* { dg-message "vmapcheck: .*stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		folio_put(folio);
	}
	return vaddr;
}
