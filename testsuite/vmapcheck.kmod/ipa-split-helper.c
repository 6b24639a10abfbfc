// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case, across functions: split_page()
 * makes every page of a non-compound order>0 block an order-0 page, and
 * here it is called in a helper -- on the caller's page, in the helper
 * that allocates and returns the block, and in a helper that allocates,
 * splits and fills the caller's array the way dma-iommu's
 * __iommu_dma_alloc_pages() does.  All three are mapped with
 * VM_MAP_PUT_PAGES and must stay silent.
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
MODULE_DESCRIPTION("vmapcheck kmod case: split_page() in helpers");

void vmk_make_order0(struct page *page, unsigned int order);
void *vmk_split_param(void);
void *vmk_split_in_allocator(int nid);
void *vmk_split_in_filler(int nid);

void vmk_make_order0(struct page *page, unsigned int order)
{
	split_page(page, order);
}

void *vmk_split_param(void)
{
	struct page **pages;
	struct page *page;
	unsigned int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	page = alloc_pages(GFP_KERNEL, 2);
	if (!page) {
		kfree(pages);
		return NULL;
	}
	vmk_make_order0(page, 2);
	for (i = 0; i < 4; i++)
		pages[i] = page + i;
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}

static struct page *vmk_alloc_split(int nid, unsigned int order)
{
	struct page *page = alloc_pages_node(nid, GFP_KERNEL, order);

	if (!page)
		return NULL;
	split_page(page, order);
	return page;
}

void *vmk_split_in_allocator(int nid)
{
	struct page **pages;
	struct page *page;
	unsigned int i;

	pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	page = vmk_alloc_split(nid, 3);
	if (!page) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 8; i++)
		pages[i] = nth_page(page, i);
	return vmap(pages, 8, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}

static int vmk_fill_split(struct page **pages, int nid)
{
	struct page *page = alloc_pages_node(nid, GFP_KERNEL | __GFP_NORETRY, 2);
	unsigned int i;

	if (!page)
		return -ENOMEM;
	split_page(page, 2);
	for (i = 0; i < 4; i++)
		*pages++ = page++;
	return 0;
}

void *vmk_split_in_filler(int nid)
{
	struct page **pages;

	pages = kvcalloc(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	if (vmk_fill_split(pages, nid)) {
		kvfree(pages);
		return NULL;
	}
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}
