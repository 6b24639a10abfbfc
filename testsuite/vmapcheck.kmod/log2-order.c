// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: orders from the kernel's log2 macros, which
 * pick a constant branch with __builtin_constant_p() that is not folded
 * where the plugin runs.  A run-time ilog2(roundup_pow_of_two(n)) order is
 * a run-time order (a page past the first proves it is not 0): warn.  A
 * constant ilog2(4) is order 2: warn.  order_base_2(1) is order 0: one
 * independent page, no warning.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/log2.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: orders through ilog2()/order_base_2()");

void *vmk_log2_run_time(unsigned long n);
void *vmk_log2_const(void);
void *vmk_obase_zero(void);

void *vmk_log2_run_time(unsigned long n)
{
	unsigned int order, i;
	struct page **pages;
	struct page *page;
	void *vaddr;

	if (!n || n > 64)
		return NULL;
	order = ilog2(roundup_pow_of_two(n));
	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, order); /* { dg-message "vmapcheck: compound page of a run-time order allocated here" } */
	if (!page) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < n; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of a compound page of run-time order" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(page, order);
		kfree(pages);
	}
	return vaddr;
}

void *vmk_log2_const(void)
{
	unsigned int order = ilog2(4), i;
	struct page **pages;
	struct page *page;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, order); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	if (!page) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(page, order);
		kfree(pages);
	}
	return vaddr;
}

void *vmk_obase_zero(void)
{
	unsigned int order = order_base_2(1);
	struct page **pages;
	struct page *page;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, order);
	if (!page) {
		kfree(pages);
		return NULL;
	}
	pages[0] = page;
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		__free_pages(page, order);
		kfree(pages);
	}
	return vaddr;
}
