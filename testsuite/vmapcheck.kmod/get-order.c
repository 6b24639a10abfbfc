// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: the order comes from get_order(16384), an
 * __always_inline with __builtin_constant_p/ilog2 that folds to 2: warn
 * with order 2.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: order through get_order()");

void *vmk_get_order(void);

void *vmk_get_order(void)
{
	struct page **pages;
	struct page *page;
	unsigned int i;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, get_order(16384)); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!page)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, get_order(16384));
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: .*derived here" } */
	/* { dg-message "vmapcheck: .*stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, get_order(16384));
	}
	return vaddr;
}
