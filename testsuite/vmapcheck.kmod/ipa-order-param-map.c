// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, across functions: a static helper allocates
 * with the order its callers give, takes the pages past the first and maps
 * them itself with VM_MAP_PUT_PAGES.  A page past the first proves
 * order > 0 only where the order is not known at the call: callers passing
 * 0 map one independent order-0 page each, so the helper is not reported
 * (nor is a helper only ever given order 0); a caller passing 2 warns, at
 * its call.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: mapping helper given the order by its callers");

void *vmk_grab_one(void);
void *vmk_grab_one_more(void);
void *vmk_grab0_user(void);
void *vmk_grab_four(void);

static void *vmk_grab_map(unsigned int order)
{
	unsigned int i, n = 1U << order;
	struct page **pages;
	struct page *p;
	void *vaddr;

	if (n > 8)
		return NULL;
	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < n; i++)
		pages[i] = p + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_grab_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}

void *vmk_grab_one(void)
{
	return vmk_grab_map(0); /* { dg-bogus "vmapcheck" } */
}

void *vmk_grab_one_more(void)
{
	void *a = vmk_grab_map(0); /* { dg-bogus "vmapcheck" } */

	if (!a)
		return NULL;
	vfree(a);
	return vmk_grab_map(0); /* { dg-bogus "vmapcheck" } */
}

/* a static helper only ever given order 0: silent */
static void *vmk_grab_map0(unsigned int order)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	void *vaddr;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);
	if (!p)
		goto free_array;
	pages[0] = p + (order ? 1 : 0);
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}

void *vmk_grab0_user(void)
{
	return vmk_grab_map0(0); /* { dg-bogus "vmapcheck" } */
}

void *vmk_grab_four(void)
{
	return vmk_grab_map(2); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}
