// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: nth_page(page, i) of an order-2 compound
 * allocation (a macro: page + i with SPARSEMEM_VMEMMAP, a pfn round trip
 * otherwise), derived on one line and stored on the next: warn.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

#ifndef nth_page	/* gone in 6.18: the struct pages of a folio are contiguous */
#define nth_page(page, n)	((page) + (n))
#endif

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: nth_page of a compound page");

void *vmk_nth_page(void);

void *vmk_nth_page(void)
{
	struct page **pages;
	struct page *page;
	unsigned int i;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!page)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, 2);
		return NULL;
	}
	for (i = 0; i < 4; i++) {
		struct page *sub = nth_page(page, i); /* { dg-message "vmapcheck: .*derived here" } */

		pages[i] = sub; /* { dg-message "vmapcheck: .*stored into the page array here" } */
	}
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, 2);
	}
	return vaddr;
}
