// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, across functions: a helper fills the caller's
 * page array (its parameter) with page + i of an order-2 compound
 * allocation; another helper fills it with nth_page() of a page the caller
 * passes in, an unsplit __get_free_pages() block.  The caller maps the
 * array with VM_MAP_PUT_PAGES: warn at the caller's vmap(), with "stored by
 * ... into its argument ..." at the call of the helper.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

#ifndef nth_page	/* gone in 6.18: the struct pages of a folio are contiguous */
#define nth_page(page, n)	((page) + (n))
#endif

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: helpers fill the page array");

void *vmk_fill_helper(void);
void vmk_fill_from(struct page **dst, struct page *src, unsigned int n);
void *vmk_fill_from_param(void);

static int vmk_fill_compound(struct page **pages, unsigned int n)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	unsigned int i;

	if (!page)
		return -ENOMEM;
	for (i = 0; i < n && i < 4; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

void *vmk_fill_helper(void)
{
	struct page **pages;

	pages = kvcalloc(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	if (vmk_fill_compound(pages, 4)) { /* { dg-message "vmapcheck: stored by 'vmk_fill_compound' into its argument 'pages' here" } */
		kvfree(pages);
		return NULL;
	}
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}

void vmk_fill_from(struct page **dst, struct page *src, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		dst[i] = nth_page(src, i); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
}

void *vmk_fill_from_param(void)
{
	struct page **pages;
	unsigned long addr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	addr = __get_free_pages(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 pages allocated here without '__GFP_COMP'" } */
	if (!addr) {
		kfree(pages);
		return NULL;
	}
	vmk_fill_from(pages, virt_to_page((void *)addr), 4); /* { dg-message "vmapcheck: stored by 'vmk_fill_from' into its argument 'dst' here" } */
	/* { dg-message "vmapcheck: page derived here" "" { target *-*-* } .-1 } */
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}
