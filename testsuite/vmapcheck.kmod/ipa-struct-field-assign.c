// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, through memory: the usual driver shape -- a
 * page array is allocated and filled in a local variable (page + i of an
 * order-2 compound allocation), then its pointer is stored into
 * ring->pages; another function maps ring->pages with VM_MAP_PUT_PAGES.
 * The facts of the array travel with the pointer into the field: warn.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: filled array stored into a struct field");

struct vmk_ring {
	struct page **pages;
	unsigned int nr_pages;
	void *vaddr;
};

int vmk_ring_alloc(struct vmk_ring *ring);
int vmk_ring_map(struct vmk_ring *ring);

int vmk_ring_alloc(struct vmk_ring *ring)
{
	struct page **pages;
	struct page *page;
	unsigned int i;

	pages = kvcalloc(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	if (!page) {
		kvfree(pages);
		return -ENOMEM;
	}
	for (i = 0; i < 4; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	ring->pages = pages;
	ring->nr_pages = 4;
	return 0;
}

int vmk_ring_map(struct vmk_ring *ring)
{
	ring->vaddr = vmap(ring->pages, ring->nr_pages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	return ring->vaddr ? 0 : -ENOMEM;
}
