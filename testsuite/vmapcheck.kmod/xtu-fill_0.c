// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case across translation units (with xtu-fill_1.c,
 * read together by vmapcheck-link): a page array filled by
 * vmk_xfill_compound() of the other file with the pages of an order-2
 * compound page and mapped here with VM_MAP_PUT_PAGES; and an array of such
 * pages handed through a static helper of this file to vmk_xfill_vmap() of
 * the other file, which maps it with the flag.  vmapcheck-link tells both.
 * Filled by vmk_xfill_order0() (order-0 pages): silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: the caller side of xtu-fill");

int vmk_xfill_compound(struct page **pages, unsigned int n);
int vmk_xfill_order0(struct page **pages, unsigned int n);
void vmk_xfill_put(struct page **pages, unsigned int n);
void *vmk_xfill_vmap(struct page **pages, unsigned int n);
void *vmk_xfill_filled(unsigned int n);
void *vmk_xfill_filled_order0(unsigned int n);
void *vmk_xfill_relayed(void);


void *vmk_xfill_filled(unsigned int n)
{
	struct page **pages;
	void *vaddr;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	if (vmk_xfill_compound(pages, n)) { /* { dg-message "vmapcheck: filled by 'vmk_xfill_compound' here" } */
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		vmk_xfill_put(pages, n);
		kfree(pages);
	}
	return vaddr;
}

void *vmk_xfill_filled_order0(unsigned int n)
{
	struct page **pages;
	void *vaddr;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	if (vmk_xfill_order0(pages, n)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		vmk_xfill_put(pages, n);
		kfree(pages);
	}
	return vaddr;
}

static void *vmk_xfill_hand_on(struct page **pages, unsigned int n)
{
	if (!n)
		return NULL;
	return vmk_xfill_vmap(pages, n); /* { dg-message "vmapcheck: passed to 'vmk_xfill_vmap' here" } */
}

void *vmk_xfill_relayed(void)
{
	struct page **pages;
	struct page *page;
	void *vaddr;
	int i;

	pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	if (!page) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmk_xfill_hand_on(pages, 4); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(page, 2);
		kfree(pages);
	}
	return vaddr;
}
