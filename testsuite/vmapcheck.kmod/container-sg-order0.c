// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: order-0 pages (alloc_page(),
 * and an order-2 block split with split_page()) through a page->lru list
 * and an sg table, then into the page array of vmap() with
 * VM_MAP_PUT_PAGES: every page is an independent order-0 page, silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/list.h>
#include <linux/scatterlist.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: order-0 pages through a list and an sg table");

int vmk_sg0_fill(struct sg_table *sgt, int n);
void *vmk_sg0_vmap(struct sg_table *sgt, int n);

int vmk_sg0_fill(struct sg_table *sgt, int n)
{
	struct page *page, *tmp;
	struct scatterlist *sg;
	LIST_HEAD(pages);
	int i;

	for (i = 0; i < n; i++) {
		page = alloc_page(GFP_KERNEL);
		if (!page)
			return -ENOMEM;
		list_add(&page->lru, &pages);
	}
	page = alloc_pages(GFP_KERNEL, 2);
	if (!page)
		return -ENOMEM;
	split_page(page, 2);
	for (i = 0; i < 4; i++)
		list_add_tail(&page[i].lru, &pages);
	if (sg_alloc_table(sgt, n + 4, GFP_KERNEL))
		return -ENOMEM;
	sg = sgt->sgl;
	list_for_each_entry_safe(page, tmp, &pages, lru) {
		sg_set_page(sg, page, PAGE_SIZE, 0);
		sg = sg_next(sg);
	}
	return 0;
}

void *vmk_sg0_vmap(struct sg_table *sgt, int n)
{
	struct page **pages = kvmalloc_array(n + 4, sizeof(*pages), GFP_KERNEL);
	struct sg_page_iter piter;
	int i = 0;

	if (!pages)
		return NULL;
	for_each_sgtable_page(sgt, &piter, 0)
		pages[i++] = sg_page_iter_page(&piter);
	return vmap(pages, n + 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}
