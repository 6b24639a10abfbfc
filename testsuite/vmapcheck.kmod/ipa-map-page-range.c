// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: a helper is given a page and a count (as
 * dma_common_contiguous_remap() is), builds its own array of
 * nth_page(page, i) and maps it with VM_MAP_PUT_PAGES.  A compound page
 * handed to it through another helper: warn at the outer call.  Split
 * pages: silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

#ifndef nth_page	/* gone in 6.18: the struct pages of a folio are contiguous */
#define nth_page(page, n)	((page) + (n))
#endif

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: a helper that maps the page range it is given");

void *vmk_give_compound(void);
void *vmk_give_split(void);

static void *vmk_map_range(struct page *page, unsigned int count)
{
	struct page **pages;
	unsigned int i;

	pages = kvmalloc_array(count, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return NULL;
	for (i = 0; i < count; i++)
		pages[i] = nth_page(page, i); /* { dg-message "vmapcheck: stored into the page array here" } */
	/* { dg-message "vmapcheck: page derived here" "" { target *-*-* } .-1 } */
	return vmap(pages, count, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_map_range' maps the pages it is given with 'VM_MAP_PUT_PAGES' here" } */
}

static void *vmk_map_mid(struct page *page, unsigned int count)
{
	return vmk_map_range(page, count); /* { dg-message "vmapcheck: passed to 'vmk_map_range' here" } */
}

void *vmk_give_compound(void)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_COMP, 3); /* { dg-message "vmapcheck: order-3 compound page allocated here" } */

	if (!page)
		return NULL;
	return vmk_map_mid(page, 8); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "vmapcheck: fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

void *vmk_give_split(void)
{
	struct page *page = alloc_pages(GFP_KERNEL, 3);

	if (!page)
		return NULL;
	split_page(page, 3);
	return vmk_map_mid(page, 8); /* { dg-bogus "vmapcheck" } */
}
