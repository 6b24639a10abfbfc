// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: the dma-buf system heap shape with
 * VM_MAP_PUT_PAGES.  High-order __GFP_COMP pages (orders from a constant
 * table) go onto a list through page->lru, from the list into an sg table
 * with sg_set_page(), and from the sg table, with for_each_sgtable_page()
 * and sg_page_iter_page(), into the page array of vmap(): warn.  The same
 * walk with plain VM_MAP, and order-0 pages with the flag: silent.
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
MODULE_DESCRIPTION("vmapcheck kmod case: pages through a list and an sg table");

struct vmk_heap_buffer {
	struct sg_table sg_table;
	size_t len;
};

int vmk_heap_allocate(struct vmk_heap_buffer *buffer, size_t len);
void *vmk_heap_vmap(struct vmk_heap_buffer *buffer);
void *vmk_heap_vmap_plain(struct vmk_heap_buffer *buffer);
int vmk_heap0_allocate(struct vmk_heap_buffer *buffer, size_t len);
void *vmk_heap0_vmap(struct vmk_heap_buffer *buffer);

static const unsigned int vmk_orders[] = {8, 4, 0};

static struct page *vmk_alloc_largest(unsigned long size, unsigned int max_order)
{
	struct page *page;
	int i;

	for (i = 0; i < ARRAY_SIZE(vmk_orders); i++) {
		if (size < (PAGE_SIZE << vmk_orders[i]) || max_order < vmk_orders[i])
			continue;
		page = alloc_pages(GFP_HIGHUSER | __GFP_ZERO | __GFP_COMP, vmk_orders[i]); /* { dg-message "vmapcheck: order-8 compound page allocated here" } */
		if (page)
			return page;
	}
	return NULL;
}

int vmk_heap_allocate(struct vmk_heap_buffer *buffer, size_t len)
{
	unsigned long size_remaining = len;
	unsigned int max_order = vmk_orders[0];
	struct page *page, *tmp_page;
	struct scatterlist *sg;
	struct list_head pages;
	int i = 0;

	INIT_LIST_HEAD(&pages);
	while (size_remaining > 0) {
		page = vmk_alloc_largest(size_remaining, max_order); /* { dg-message "vmapcheck: returned by 'vmk_alloc_largest' here" } */
		if (!page)
			return -ENOMEM;
		list_add_tail(&page->lru, &pages); /* { dg-message "vmapcheck: put into a list of struct page \\\(by the list_head at byte 8\\\) here by 'list_add_tail'" } */
		size_remaining -= page_size(page);
		max_order = compound_order(page);
		i++;
	}
	if (sg_alloc_table(&buffer->sg_table, i, GFP_KERNEL))
		return -ENOMEM;
	sg = buffer->sg_table.sgl;
	list_for_each_entry_safe(page, tmp_page, &pages, lru) { /* { dg-message "vmapcheck: taken from a list of struct page" } */
		sg_set_page(sg, page, page_size(page), 0); /* { dg-message "vmapcheck: put into a scatterlist here by 'sg_set_page'" } */
		sg = sg_next(sg);
		list_del(&page->lru);
	}
	buffer->len = len;
	return 0;
}

void *vmk_heap_vmap(struct vmk_heap_buffer *buffer)
{
	struct sg_table *table = &buffer->sg_table;
	int npages = PAGE_ALIGN(buffer->len) / PAGE_SIZE;
	struct page **pages = vmalloc(sizeof(struct page *) * npages);
	struct page **tmp = pages;
	struct sg_page_iter piter;
	void *vaddr;

	if (!pages)
		return NULL;
	for_each_sgtable_page(table, &piter, 0)
		*tmp++ = sg_page_iter_page(&piter); /* { dg-message "vmapcheck: taken from a scatterlist here by 'sg_page_iter_page'" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, npages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-8 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "vmapcheck: fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr)
		vfree(pages);
	return vaddr;
}

void *vmk_heap_vmap_plain(struct vmk_heap_buffer *buffer)
{
	int npages = PAGE_ALIGN(buffer->len) / PAGE_SIZE;
	struct page **pages = vmalloc(sizeof(struct page *) * npages);
	struct page **tmp = pages;
	struct sg_page_iter piter;
	void *vaddr;

	if (!pages)
		return NULL;
	for_each_sgtable_page(&buffer->sg_table, &piter, 0)
		*tmp++ = sg_page_iter_page(&piter);
	vaddr = vmap(pages, npages, VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	vfree(pages);
	return vaddr;
}
