// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, through memory: a page array filled with
 * page + i of an unsplit order-2 allocation is copied with memcpy() (the
 * kernel's, FORTIFY_SOURCE included, run-time size so it stays a call)
 * into the array that is mapped with VM_MAP_PUT_PAGES: warn, with a
 * "copied into the page array here by 'memcpy'" note at the copy -- the
 * API the source calls, not the '__builtin_memcpy' the fortify macro
 * expands to.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: memcpy of a page array");

void *vmk_memcpy(unsigned int n);

void *vmk_memcpy(unsigned int n)
{
	struct page *src[4];
	struct page **dst;
	struct page *page;
	unsigned int i;

	if (n > 4)
		return NULL;
	page = alloc_pages(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 pages allocated here without '__GFP_COMP'" } */
	if (!page)
		return NULL;
	for (i = 0; i < 4; i++)
		src[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	dst = kmalloc_array(n, sizeof(*dst), GFP_KERNEL);
	if (!dst)
		return NULL;
	memcpy(dst, src, n * sizeof(*dst)); /* { dg-message "vmapcheck: copied into the page array here by 'memcpy'" } */
	return vmap(dst, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}
