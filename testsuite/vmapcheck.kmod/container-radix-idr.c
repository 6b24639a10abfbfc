// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: pages kept in a radix tree and in an IDR,
 * looked up into the page array of vmap() with VM_MAP_PUT_PAGES.  The
 * tail pages of a folio and of a compound page: warn.  The same lookups
 * with plain VM_MAP: silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/radix-tree.h>
#include <linux/idr.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: pages through a radix tree and an IDR");

struct vmk_rcache {
	struct radix_tree_root tree;
	struct idr ids;
};

int vmk_rcache_fill(struct vmk_rcache *c);
void *vmk_rcache_map(struct vmk_rcache *c);
void *vmk_rcache_map_plain(struct vmk_rcache *c);
int vmk_rcache_add_ids(struct vmk_rcache *c, int *first);
void *vmk_rcache_map_ids(struct vmk_rcache *c, int first);

int vmk_rcache_fill(struct vmk_rcache *c)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 1); /* { dg-message "vmapcheck: order-1 folio allocated here" } */
	unsigned long i;
	int err;

	if (!folio)
		return -ENOMEM;
	for (i = 0; i < 2; i++) {
		err = radix_tree_insert(&c->tree, i, folio_page(folio, i)); /* { dg-message "vmapcheck: put into a radix tree here by 'radix_tree_insert'" } */
		/* { dg-message "vmapcheck: page derived here by 'folio_page'" "" { target *-*-* } .-1 } */
		if (err)
			return err;
	}
	return 0;
}

void *vmk_rcache_map(struct vmk_rcache *c)
{
	struct page **pages = kvmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	unsigned long i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < 2; i++)
		pages[i] = radix_tree_lookup(&c->tree, i); /* { dg-message "vmapcheck: taken from a radix tree here by 'radix_tree_lookup'" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page" } */
	/* { dg-message "vmapcheck: fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kvfree(pages);
	return vaddr;
}

void *vmk_rcache_map_plain(struct vmk_rcache *c)
{
	struct page *pages[2];
	unsigned long i;

	for (i = 0; i < 2; i++)
		pages[i] = radix_tree_lookup(&c->tree, i);
	return vmap(pages, 2, VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}

int vmk_rcache_add_ids(struct vmk_rcache *c, int *first)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	int i, id;

	if (!p)
		return -ENOMEM;
	for (i = 0; i < 4; i++) {
		id = idr_alloc(&c->ids, p + i, 0, 0, GFP_KERNEL); /* { dg-message "vmapcheck: put into an IDR here by 'idr_alloc'" } */
		/* { dg-message "vmapcheck: page derived here" "" { target *-*-* } .-1 } */
		if (id < 0)
			return id;
		if (!i)
			*first = id;
	}
	return 0;
}

void *vmk_rcache_map_ids(struct vmk_rcache *c, int first)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = idr_remove(&c->ids, first + i); /* { dg-message "vmapcheck: taken from an IDR here by 'idr_remove'" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "vmapcheck: fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kfree(pages);
	return vaddr;
}
