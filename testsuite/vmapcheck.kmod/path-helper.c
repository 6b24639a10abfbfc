// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: the condition travels through calls.  A
 * helper fills the caller's page array with compound or order-0 pages by a
 * bool parameter and the caller picks the flags by the same bool; a
 * mapping helper picks the flags by its parameter and is given the
 * negation; a constant argument decides the filling helper's branch.
 * Nothing reaches vmap() with the flag and a bad page on one path: silent.
 * The crossed twins hand the compound pages over with the flag: warn.  The
 * page arrays given as parameters come from the caller's kmalloc_array().
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: backing and flags chosen across calls");

void *vmk_ph_caller_flags(struct page **pages, bool compound);
void *vmk_ph_caller_flags_crossed(struct page **pages, bool compound);
void *vmk_ph_helper_flags(struct page **pages, bool compound);
void *vmk_ph_helper_flags_crossed(struct page **pages, bool compound);
void *vmk_ph_const_order0(struct page **pages);
void *vmk_ph_const_compound(struct page **pages);

static void vmk_free_order0(struct page **pages, unsigned int n)
{
	while (n--)
		__free_page(pages[n]);
}

/* Compound pages when asked, order-0 pages otherwise; 0 or -ENOMEM. */
static int vmk_ph_fill(struct page **pages, struct page **block, bool compound)
{
	unsigned int i;

	*block = NULL;
	if (compound) {
		*block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
		/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
		if (!*block)
			return -ENOMEM;
		for (i = 0; i < 4; i++)
			pages[i] = *block + i; /* { dg-message "vmapcheck: page derived here" } */
		/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
		return 0;
	}
	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			vmk_free_order0(pages, i);
			return -ENOMEM;
		}
	}
	return 0;
}

static void vmk_ph_unfill(struct page **pages, struct page *block)
{
	if (block)
		__free_pages(block, 2);
	else
		vmk_free_order0(pages, 4);
}

void *vmk_ph_caller_flags(struct page **pages, bool compound)
{
	struct page *block;
	void *vaddr;

	if (vmk_ph_fill(pages, &block, compound))
		return NULL;
	vaddr = vmap(pages, 4, compound ? VM_MAP : VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		vmk_ph_unfill(pages, block);
	return vaddr;
}

void *vmk_ph_caller_flags_crossed(struct page **pages, bool compound)
{
	struct page *block;
	void *vaddr;

	if (vmk_ph_fill(pages, &block, compound)) /* { dg-message "vmapcheck: stored by 'vmk_ph_fill' into its argument 'pages' here" } */
		return NULL;
	vaddr = vmap(pages, 4, compound ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		vmk_ph_unfill(pages, block);
	return vaddr;
}

/* The mapping helper decides the flags; the caller passes !compound. */
static void *vmk_map_owned(struct page **pages, bool owned)
{
	return vmap(pages, 4, owned ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_map_owned' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	/* { dg-message "vmapcheck: 'VM_MAP_PUT_PAGES' set here" "" { target *-*-* } .-1 } */
}

void *vmk_ph_helper_flags(struct page **pages, bool compound)
{
	struct page *block;
	void *vaddr;

	if (vmk_ph_fill(pages, &block, compound))
		return NULL;
	vaddr = vmk_map_owned(pages, !compound); /* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		vmk_ph_unfill(pages, block);
	return vaddr;
}

void *vmk_ph_helper_flags_crossed(struct page **pages, bool compound)
{
	struct page *block;
	void *vaddr;

	if (vmk_ph_fill(pages, &block, compound)) /* { dg-message "vmapcheck: stored by 'vmk_ph_fill' into its argument 'pages' here" } */
		return NULL;
	vaddr = vmk_map_owned(pages, compound); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		vmk_ph_unfill(pages, block);
	return vaddr;
}

/* A constant argument: the helper's compound branch is not taken. */
void *vmk_ph_const_order0(struct page **pages)
{
	struct page *block;
	void *vaddr;

	if (vmk_ph_fill(pages, &block, false))
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		vmk_ph_unfill(pages, block);
	return vaddr;
}

void *vmk_ph_const_compound(struct page **pages)
{
	struct page *block;
	void *vaddr;

	if (vmk_ph_fill(pages, &block, true)) /* { dg-message "vmapcheck: stored by 'vmk_ph_fill' into its argument 'pages' here" } */
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		vmk_ph_unfill(pages, block);
	return vaddr;
}
