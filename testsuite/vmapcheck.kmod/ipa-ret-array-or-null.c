// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, across functions: a helper fills a
 * kvmalloc_array() page array and returns it, or NULL on its error paths
 * (the shape of dma-iommu's __iommu_dma_alloc_pages()).  Without
 * split_page() the caller's vmap() with VM_MAP_PUT_PAGES gets an unsplit
 * order-2 block; with split_page() it is silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: helper returns its filled page array or NULL");

struct page **vmk_get_array(void);
void *vmk_map_unsplit(void);
void *vmk_map_split(void);

struct page **vmk_get_array(void)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	struct page *page;
	unsigned int i = 0;

	if (!pages)
		return NULL;
	page = alloc_pages(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 pages allocated here without '__GFP_COMP'" } */
	if (!page) {
		kvfree(pages);
		return NULL;
	}
	while (i < 4)
		pages[i++] = page++; /* { dg-message "vmapcheck: stored into the page array here" } */
	return pages;
}

static struct page **vmk_get_split_array(void)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	struct page *page = alloc_pages(GFP_KERNEL, 2);
	unsigned int i = 0;

	if (!pages || !page)
		return NULL;
	split_page(page, 2);
	while (i < 4)
		pages[i++] = page++;
	return pages;
}

void *vmk_map_unsplit(void)
{
	struct page **pages = vmk_get_array(); /* { dg-message "vmapcheck: returned by 'vmk_get_array' here" } */

	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}

void *vmk_map_split(void)
{
	struct page **pages = vmk_get_split_array();

	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}
