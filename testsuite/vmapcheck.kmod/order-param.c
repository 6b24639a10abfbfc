// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: the order of a __GFP_COMP allocation is a
 * function parameter.  Mapping page + i for every page proves the order is
 * not 0 once a page past the first is used: a tail page, warned at the
 * default level.  Mapping only the first page may be fine (order 0):
 * silent.
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
void *vmk_order_param_head(unsigned int order);

void *vmk_order_param(unsigned int order)
{
	unsigned int n = 1U << order;
	struct page **pages;
	struct page *page;
	unsigned int i;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, order); /* { dg-message "vmapcheck: compound page of a run-time order allocated here; a page past the first is mapped, so the order is not 0" } */
	if (!page)
		return NULL;
	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, order);
		return NULL;
	}
	for (i = 0; i < n; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of a compound page of run-time order; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "vmapcheck: fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, order);
	}
	return vaddr;
}

void *vmk_order_param_head(unsigned int order)
{
	struct page **pages;
	struct page *page;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, order);
	if (!page)
		return NULL;
	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, order);
		return NULL;
	}
	pages[0] = page;
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, order);
	}
	return vaddr;
}
