// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case across translation units (with xtu-pages_1.c):
 * the pages of an order-2 compound page handed to vmk_xtu_map() of the other
 * file, which maps them with VM_MAP_PUT_PAGES; and the compound page that
 * vmk_xtu_get_big() of the other file returns, mapped here with the flag.
 * vmapcheck-link tells both.  Order-0 pages handed to vmk_xtu_map(): silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: the caller side of xtu-pages");

void *vmk_xtu_map(struct page **pages, unsigned int n);
struct page *vmk_xtu_get_big(void);
void *vmk_xtu_down(void);
void *vmk_xtu_up(void);
void *vmk_xtu_order0(void);

void *vmk_xtu_down(void)
{
	struct page **pages;
	struct page *page;
	void *vaddr;
	int i;

	pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	if (!page) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmk_xtu_map(pages, 4); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(page, 2);
		kfree(pages);
	}
	return vaddr;
}

void *vmk_xtu_up(void)
{
	struct page **pages;
	struct page *page;
	void *vaddr;
	int i;

	pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = vmk_xtu_get_big(); /* { dg-message "vmapcheck: returned by 'vmk_xtu_get_big' here" } */
	if (!page) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(page, 2);
		kfree(pages);
	}
	return vaddr;
}

void *vmk_xtu_order0(void)
{
	struct page **pages;
	void *vaddr;
	int i;

	pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	vaddr = vmk_xtu_map(pages, 4); /* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	i = 4;
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}
