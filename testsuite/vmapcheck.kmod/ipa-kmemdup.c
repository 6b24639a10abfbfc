// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, through memory: a page array holding a tail
 * page of an order-1 compound allocation is duplicated with kmemdup()
 * (6.1: an extern function, fortified; 6.12: alloc_hooks(kmemdup_noprof()))
 * and the duplicate is mapped with VM_MAP_PUT_PAGES: warn, with a "copied
 * into the page array here by 'kmemdup'" note at the copy -- the API the
 * source calls, on both trees.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: kmemdup of a page array");

void *vmk_kmemdup(void);

void *vmk_kmemdup(void)
{
	struct page *src[2];
	struct page **dst;
	struct page *page;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 1); /* { dg-message "vmapcheck: order-1 compound page allocated here" } */
	if (!page)
		return NULL;
	src[0] = page;
	src[1] = page + 1; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	dst = kmemdup(src, sizeof(src), GFP_KERNEL); /* { dg-message "vmapcheck: copied into the page array here by 'kmemdup'" } */
	if (!dst)
		return NULL;
	return vmap(dst, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}
