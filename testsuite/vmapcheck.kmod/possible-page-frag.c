// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, level=possible: the page of a page fragment
 * (page_frag_alloc(), carved out of order-3 __GFP_COMP pages when the cache
 * can get them) handed to vmap() with VM_MAP_PUT_PAGES: warn.  Without the
 * flag: silent.
 */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/slab.h>
#if __has_include(<linux/page_frag_cache.h>)
#include <linux/page_frag_cache.h>	/* 6.13+ */
#endif

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: page fragments, level=possible");

void *vmk_map_frag(struct page_frag_cache *nc);
void *vmk_map_frag_plain(struct page_frag_cache *nc);

void *vmk_map_frag(struct page_frag_cache *nc)
{
	struct page **pages = kvmalloc_array(1, sizeof(*pages), GFP_KERNEL);

	if (!pages)
		return NULL;
	pages[0] = virt_to_page(page_frag_alloc(nc, PAGE_SIZE, GFP_KERNEL)); /* { dg-message "vmapcheck: page fragment allocated here by 'page_frag_alloc'" } */
	/* { dg-message "vmapcheck: page derived here" "" { target *-*-* } .-1 } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-2 } */
	return vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of a page-fragment cache, which may be a page of an order-3 compound page" } */
	/* { dg-message "vmapcheck: fix: drop 'VM_MAP_PUT_PAGES' and free the fragments with 'page_frag_free'" "" { target *-*-* } .-1 } */
}

void *vmk_map_frag_plain(struct page_frag_cache *nc)
{
	struct page *pages[1];

	pages[0] = virt_to_page(page_frag_alloc(nc, PAGE_SIZE, GFP_KERNEL));
	return vmap(pages, 1, VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}
