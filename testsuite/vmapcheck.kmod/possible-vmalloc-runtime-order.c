// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, level=possible: pages of another vmalloc area
 * (vmalloc_to_page()) and an allocation whose order is only known at run
 * time (get_order() of a run-time size, in a helper), mapped with
 * VM_MAP_PUT_PAGES: warn (mapping a page past the first makes the run-time
 * order a definite bug, told as such).  The dma-iommu shape, "if (order)
 * split_page(page, order)" after a run-time-order allocation, is silent.
 */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

#ifndef nth_page	/* gone in 6.18: the struct pages of a folio are contiguous */
#define nth_page(page, n)	((page) + (n))
#endif

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: vmalloc_to_page and run-time orders, level=possible");

void *vmk_remap_vmalloc(const void *area, unsigned int n);
void *vmk_runtime_order(int nid, size_t size);
void *vmk_runtime_order_split(int nid, unsigned int order);

void *vmk_remap_vmalloc(const void *area, unsigned int n)
{
	struct page **pages;
	unsigned int i;

	pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	for (i = 0; i < n; i++)
		pages[i] = vmalloc_to_page(area + i * PAGE_SIZE); /* { dg-message "vmapcheck: page of another vmalloc area obtained here by 'vmalloc_to_page'" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page owned by another vmalloc area; 'vfree' will free a page that the other area still maps and will free again" } */
	/* { dg-message "vmapcheck: fix: drop 'VM_MAP_PUT_PAGES'; the pages belong to the other vmalloc area" "" { target *-*-* } .-1 } */
}

static struct page *vmk_alloc_for_size(int nid, size_t size)
{
	return alloc_pages_node(nid, GFP_KERNEL | __GFP_ZERO, get_order(size)); /* { dg-message "vmapcheck: pages of a run-time order allocated here" } */
}

void *vmk_runtime_order(int nid, size_t size)
{
	struct page **pages;
	struct page *page;
	unsigned int i, n = size >> PAGE_SHIFT;

	pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = vmk_alloc_for_size(nid, size); /* { dg-message "vmapcheck: returned by 'vmk_alloc_for_size' here" } */
	if (!page)
		return NULL;
	for (i = 0; i < n; i++)
		pages[i] = nth_page(page, i); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page past the first of an unsplit allocation of run-time order; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "vmapcheck: fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
}

void *vmk_runtime_order_split(int nid, unsigned int order)
{
	struct page **pages;
	struct page *page;
	unsigned int i;

	if (order > 4)
		return NULL;
	pages = kvcalloc(1U << order, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = alloc_pages_node(nid, GFP_KERNEL | __GFP_NORETRY, order);
	if (!page)
		return NULL;
	if (order)
		split_page(page, order);
	for (i = 0; i < (1U << order); i++)
		pages[i] = page++;
	return vmap(pages, 1U << order, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}
