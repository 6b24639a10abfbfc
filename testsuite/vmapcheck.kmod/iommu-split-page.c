// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: drivers/iommu/dma-iommu.c's
 * __iommu_dma_alloc_pages() pattern -- a high-order non-compound
 * alloc_pages_node(), then split_page() when the order is non-zero, then
 * pages[i++] = page++.  After split_page() every entry is an independent
 * order-0 page: silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: split_page after alloc_pages_node (dma-iommu)");

void *vmk_iommu_split_page(int nid);

void *vmk_iommu_split_page(int nid)
{
	unsigned int order = 2;
	unsigned int count = 1U << 2;
	unsigned int order_size, i = 0;
	struct page **pages;
	struct page *page;
	void *vaddr;

	pages = kvcalloc(count, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = alloc_pages_node(nid, GFP_KERNEL | __GFP_NORETRY | __GFP_NOWARN, order);
	if (!page) {
		kvfree(pages);
		return NULL;
	}
	if (order)
		split_page(page, order);
	order_size = 1U << order;
	while (order_size--)
		pages[i++] = page++;
	vaddr = vmap(pages, count, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		while (i--)
			__free_page(pages[i]);
		kvfree(pages);
	}
	return vaddr;
}
