// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: only the head page of an order-2 compound
 * allocation is stored (a plain copy, no derivation) and mapped with
 * VM_MAP_PUT_PAGES.  vfree() would __free_page() the head of a compound
 * page, freeing it as order 0: warn with the head-page wording.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: compound head page only");

void *vmk_compound_head_only(void);

void *vmk_compound_head_only(void)
{
	struct page **pages;
	struct page *page;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!page)
		return NULL;
	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, 2);
		return NULL;
	}
	pages[0] = page; /* { dg-message "vmapcheck: .*stored into the page array here" } */
	/* { dg-bogus "vmapcheck: .*derived here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, 2);
	}
	return vaddr;
}
