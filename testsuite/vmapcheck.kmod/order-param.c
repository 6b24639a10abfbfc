// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: the order of a __GFP_COMP
 * allocation is a function parameter, so within this function the plugin
 * cannot prove it is non-zero: silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: order from a parameter");

void *vmk_order_param(unsigned int order);

void *vmk_order_param(unsigned int order)
{
	unsigned int n = 1U << order;
	struct page **pages;
	struct page *page;
	unsigned int i;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, order);
	if (!page)
		return NULL;
	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, order);
		return NULL;
	}
	for (i = 0; i < n; i++)
		pages[i] = page + i;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, order);
	}
	return vaddr;
}
