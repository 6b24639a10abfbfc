// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: a helper fills its caller's array with the
 * pages of a compound block of the order the caller passes.  Order 0 is one
 * independent page (no warning); order 2 hands tail pages over (warn).
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: an order parameter decided at each call");

void *vmk_map_order0(void);
void *vmk_map_order2(void);

static int vmk_grab(struct page **pages, unsigned int order)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_COMP, order); /* { dg-message "vmapcheck: order-. compound page allocated here|vmapcheck: compound page of a run-time order allocated here" } */
	unsigned int i;

	if (!page)
		return -ENOMEM;
	for (i = 0; i < (1U << order); i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

void *vmk_map_order0(void)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (vmk_grab(pages, 0)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		__free_page(pages[0]);
		kfree(pages);
	}
	return vaddr;
}

void *vmk_map_order2(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (vmk_grab(pages, 2)) { /* { dg-message "vmapcheck: stored by 'vmk_grab' into its argument 'pages' here" } */
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(pages[0], 2);
		kfree(pages);
	}
	return vaddr;
}
