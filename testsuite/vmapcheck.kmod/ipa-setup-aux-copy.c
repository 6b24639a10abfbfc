// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: the perf AUX buffer.  Pages of the largest
 * order that can be had (a run-time order) are kept as page_address(page++)
 * in a void * array in a struct field; a helper shaped like a PMU driver's
 * setup_aux() converts them back with virt_to_page() into its own array and
 * maps that with VM_MAP_PUT_PAGES.  Without split_page(): warn at the call
 * of the helper.  With split_page(), as kernel/events/ring_buffer.c does:
 * silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: setup_aux-style copy of an address array into vmap");

struct vmk_aux {
	void **aux_pages;
	int aux_nr_pages;
	void *base;
};

int vmk_aux_alloc(struct vmk_aux *rb, int nr_pages, int node);
int vmk_aux_alloc_split(struct vmk_aux *rb, int nr_pages, int node);

static void *vmk_setup_aux(void **pages, int nr_pages)
{
	struct page **pagelist;
	void *base;
	int i;

	pagelist = kcalloc(nr_pages, sizeof(*pagelist), GFP_KERNEL);
	if (!pagelist)
		return NULL;
	for (i = 0; i < nr_pages; i++)
		pagelist[i] = virt_to_page(pages[i]);
	base = vmap(pagelist, nr_pages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_setup_aux' hands the pages of the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	if (!base)
		kfree(pagelist);
	return base;
}

static struct page *vmk_aux_page(int node, int order)
{
	struct page *page;

	do {
		page = alloc_pages_node(node, GFP_KERNEL | __GFP_NOWARN | __GFP_NORETRY, order); /* { dg-message "vmapcheck: pages of a run-time order allocated here; a page past the first is mapped, so the order is not 0" } */
	} while (!page && order--);
	return page;
}

/* as rb_alloc_aux_page() in kernel/events/ring_buffer.c */
static struct page *vmk_aux_page_split(int node, int order)
{
	struct page *page;

	do {
		page = alloc_pages_node(node, GFP_KERNEL | __GFP_NOWARN | __GFP_NORETRY, order);
	} while (!page && order--);
	if (page && order)
		split_page(page, order);
	return page;
}

int vmk_aux_alloc(struct vmk_aux *rb, int nr_pages, int node)
{
	int max_order = ilog2(nr_pages);

	rb->aux_pages = kcalloc_node(nr_pages, sizeof(void *), GFP_KERNEL, node);
	if (!rb->aux_pages)
		return -ENOMEM;
	for (rb->aux_nr_pages = 0; rb->aux_nr_pages < nr_pages;) {
		struct page *page;
		int last, order;

		order = min(max_order, ilog2(nr_pages - rb->aux_nr_pages));
		page = vmk_aux_page(node, order); /* { dg-message "vmapcheck: returned by 'vmk_aux_page' here" } */
		if (!page)
			return -ENOMEM;
		for (last = rb->aux_nr_pages + (1 << order);
		     last > rb->aux_nr_pages; rb->aux_nr_pages++)
			rb->aux_pages[rb->aux_nr_pages] = page_address(page++); /* { dg-message "vmapcheck: stored into the page array here" } */
		/* { dg-message "vmapcheck: page derived here by 'page_address'" "" { target *-*-* } .-1 } */
	}
	rb->base = vmk_setup_aux(rb->aux_pages, nr_pages); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page past the first of an unsplit allocation of run-time order; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "vmapcheck: fix: call 'split_page'" "" { target *-*-* } .-1 } */
	return rb->base ? 0 : -ENOMEM;
}

int vmk_aux_alloc_split(struct vmk_aux *rb, int nr_pages, int node)
{
	int max_order = ilog2(nr_pages);
	void **pages;
	int n;

	pages = kcalloc_node(nr_pages, sizeof(void *), GFP_KERNEL, node);
	if (!pages)
		return -ENOMEM;
	for (n = 0; n < nr_pages;) {
		struct page *page;
		int last, order;

		order = min(max_order, ilog2(nr_pages - n));
		page = vmk_aux_page_split(node, order);
		if (!page)
			return -ENOMEM;
		for (last = n + (1 << order); last > n; n++)
			pages[n] = page_address(page++);
	}
	rb->base = vmk_setup_aux(pages, nr_pages); /* { dg-bogus "vmapcheck" } */
	return rb->base ? 0 : -ENOMEM;
}
