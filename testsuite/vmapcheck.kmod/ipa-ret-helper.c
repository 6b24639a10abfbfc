// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, across functions: helpers return a bad page.
 * A static helper returns a tail page of an order-2 compound allocation;
 * a chain of three helpers returns a page of an order-2 folio.  The caller
 * stores the return value into its page array and maps it with
 * VM_MAP_PUT_PAGES: warn at the caller's vmap(), the notes going into the
 * helpers ("returned by ... here" at each call).
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: helpers return bad pages");

void *vmk_ret_helper(void);
struct page *vmk_folio_page_lvl2(void);
struct page *vmk_folio_page_lvl1(void);
void *vmk_ret_chain(void);

static struct page *vmk_get_tail(void)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */

	if (!page)
		return NULL;
	return page + 1; /* { dg-message "vmapcheck: page derived here" } */
}

void *vmk_ret_helper(void)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	pages[0] = vmk_get_tail(); /* { dg-message "vmapcheck: returned by 'vmk_get_tail' here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	if (!pages[0]) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	return vaddr;
}

static struct page *vmk_folio_page_lvl3(void)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 folio allocated here" } */

	if (!folio)
		return NULL;
	return folio_page(folio, 3); /* { dg-message "vmapcheck: page derived here" } */
}

struct page *vmk_folio_page_lvl2(void)
{
	return vmk_folio_page_lvl3(); /* { dg-message "vmapcheck: returned by 'vmk_folio_page_lvl3' here" } */
}

struct page *vmk_folio_page_lvl1(void)
{
	return vmk_folio_page_lvl2(); /* { dg-message "vmapcheck: returned by 'vmk_folio_page_lvl2' here" } */
}

void *vmk_ret_chain(void)
{
	struct page **pages;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = vmk_folio_page_lvl1(); /* { dg-message "vmapcheck: returned by 'vmk_folio_page_lvl1' here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	if (!pages[0]) {
		kfree(pages);
		return NULL;
	}
	return vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}
