// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: pages kept in an xarray (xa_store()), read
 * back with xa_load() into the page array of vmap() with VM_MAP_PUT_PAGES.
 * Pages of an order-2 folio: warn.  The same walk with plain VM_MAP:
 * silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/xarray.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: pages through an xarray");

struct vmk_pcache {
	struct xarray pages;
};

int vmk_pcache_fill(struct vmk_pcache *c);
void *vmk_pcache_map(struct vmk_pcache *c);
void *vmk_pcache_map_plain(struct vmk_pcache *c);

int vmk_pcache_fill(struct vmk_pcache *c)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 folio allocated here" } */
	unsigned long i;

	if (!folio)
		return -ENOMEM;
	for (i = 0; i < 4; i++)
		xa_store(&c->pages, i, folio_page(folio, i), GFP_KERNEL); /* { dg-message "vmapcheck: put into an xarray here by 'xa_store'" } */
	/* { dg-message "vmapcheck: page derived here by 'folio_page'" "" { target *-*-* } .-1 } */
	return 0;
}

void *vmk_pcache_map(struct vmk_pcache *c)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	unsigned long i;

	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = xa_load(&c->pages, i); /* { dg-message "vmapcheck: taken from an xarray here by 'xa_load'" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "vmapcheck: fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

void *vmk_pcache_map_plain(struct vmk_pcache *c)
{
	struct page *pages[4];
	unsigned long i;

	for (i = 0; i < 4; i++)
		pages[i] = xa_load(&c->pages, i);
	return vmap(pages, 4, VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}
