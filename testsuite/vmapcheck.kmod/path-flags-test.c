// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: a helper tests the flags it is given.  With
 * VM_MAP_PUT_PAGES it maps order-0 pages (handed over), without it a
 * compound page (kept).  A caller's constant flags decide the helper's
 * branch: no path has the compound page and the flag together, so nothing
 * is reported.  The crossed helper, which maps the compound page exactly
 * when asked to hand the pages over, is reported at the call that sets the
 * flag; the call that does not set it is silent.  The page arrays given as
 * parameters come from the caller's kmalloc_array() of 4 entries.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: a helper that tests its flags for VM_MAP_PUT_PAGES");

void *vmk_pf_owned(struct page **pages);
void *vmk_pf_kept(struct page **pages);
void *vmk_pf_owned_crossed(struct page **pages);
void *vmk_pf_kept_crossed(struct page **pages);

static void vmk_pf_free_order0(struct page **pages, unsigned int n)
{
	while (n--)
		__free_page(pages[n]);
}

/* Order-0 pages when they are handed over, a compound page otherwise. */
static void *vmk_pf_map_by_flags(struct page **pages, unsigned long flags)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (flags & VM_MAP_PUT_PAGES) {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pf_free_order0(pages, i);
				return NULL;
			}
		}
	} else {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;
	}
	vaddr = vmap(pages, 4, flags, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			vmk_pf_free_order0(pages, 4);
	}
	return vaddr;
}

void *vmk_pf_owned(struct page **pages)
{
	return vmk_pf_map_by_flags(pages, VM_MAP | VM_MAP_PUT_PAGES); /* { dg-bogus "vmapcheck" } */
}

void *vmk_pf_kept(struct page **pages)
{
	return vmk_pf_map_by_flags(pages, VM_MAP); /* { dg-bogus "vmapcheck" } */
}

/* The test the wrong way round: the compound page goes with the flag. */
static void *vmk_pf_map_by_flags_crossed(struct page **pages, unsigned long flags)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (!(flags & VM_MAP_PUT_PAGES)) {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pf_free_order0(pages, i);
				return NULL;
			}
		}
	} else {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i; /* { dg-message "vmapcheck: page derived here" } */
		/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	}
	vaddr = vmap(pages, 4, flags, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_pf_map_by_flags_crossed' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			vmk_pf_free_order0(pages, 4);
	}
	return vaddr;
}

void *vmk_pf_owned_crossed(struct page **pages)
{
	return vmk_pf_map_by_flags_crossed(pages, VM_MAP | VM_MAP_PUT_PAGES); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	/* { dg-message "vmapcheck: stored by 'vmk_pf_map_by_flags_crossed' into its argument 'pages' here" "" { target *-*-* } .-2 } */
}

void *vmk_pf_kept_crossed(struct page **pages)
{
	return vmk_pf_map_by_flags_crossed(pages, VM_MAP); /* { dg-bogus "vmapcheck" } */
}
