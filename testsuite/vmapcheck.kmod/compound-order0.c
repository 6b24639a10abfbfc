// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: __GFP_COMP with a constant order 0
 * (alloc_pages() directly and through get_order(PAGE_SIZE)): an order-0
 * page is never compound, so it is an independent page: silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: __GFP_COMP with order 0");

void *vmk_compound_order0(void);

void *vmk_compound_order0(void)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	pages[0] = alloc_pages(GFP_KERNEL | __GFP_COMP, 0);
	pages[1] = alloc_pages(GFP_KERNEL | __GFP_COMP, get_order(PAGE_SIZE));
	if (!pages[0] || !pages[1])
		goto err;
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (pages[0])
		__free_page(pages[0]);
	if (pages[1])
		__free_page(pages[1]);
	kfree(pages);
	return NULL;
}
