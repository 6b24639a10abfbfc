// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, level=possible: user pages pinned into the
 * page array with pin_user_pages_fast() (in the mapping function, and in a
 * helper that pins into its array parameter), or taken with
 * get_user_pages_fast(), mapped with VM_MAP_PUT_PAGES: vfree() would
 * release them with __free_page() instead of unpin_user_page()/put_page(),
 * and they may be tail pages of large folios.  Pinned pages mapped with
 * VM_MAP only are fine.
 */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: pinned user pages, level=possible");

void *vmk_pin_map(unsigned long uaddr, int n);
void *vmk_gup_map(unsigned long uaddr);
void *vmk_pin_helper_map(unsigned long uaddr, int n);
void *vmk_pin_map_no_put(unsigned long uaddr);

void *vmk_pin_map(unsigned long uaddr, int n)
{
	struct page **pages;
	int pinned;

	pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	pinned = pin_user_pages_fast(uaddr, n, FOLL_WRITE | FOLL_LONGTERM, pages); /* { dg-message "vmapcheck: user pages pinned here by 'pin_user_pages_fast'" } */
	if (pinned != n) {
		if (pinned > 0)
			unpin_user_pages(pages, pinned);
		kvfree(pages);
		return NULL;
	}
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a pinned user page that may be a tail page; 'vfree' will release it with '__free_page' instead of 'unpin_user_page' or 'put_page'" } */
	/* { dg-message "vmapcheck: fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
}

void *vmk_gup_map(unsigned long uaddr)
{
	struct page **pages;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	if (get_user_pages_fast(uaddr, 4, FOLL_WRITE, pages) != 4) { /* { dg-message "vmapcheck: user pages pinned here by 'get_user_pages_fast'" } */
		kfree(pages);
		return NULL;
	}
	return vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a pinned user page that may be a tail page" } */
	/* { dg-message "vmapcheck: fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
}

static int vmk_pin_into(struct page **pages, unsigned long uaddr, int n)
{
	return pin_user_pages_fast(uaddr, n, FOLL_LONGTERM, pages); /* { dg-message "vmapcheck: user pages pinned here by 'pin_user_pages_fast'" } */
}

void *vmk_pin_helper_map(unsigned long uaddr, int n)
{
	struct page **pages;

	pages = kvcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	if (vmk_pin_into(pages, uaddr, n) != n) /* { dg-message "vmapcheck: stored by 'vmk_pin_into' into its argument 'pages' here" } */
		return NULL;
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a pinned user page that may be a tail page" } */
	/* { dg-message "vmapcheck: fix: drop 'VM_MAP_PUT_PAGES'" "" { target *-*-* } .-1 } */
}

void *vmk_pin_map_no_put(unsigned long uaddr)
{
	struct page *pages[2];

	if (pin_user_pages_fast(uaddr, 2, FOLL_WRITE, pages) != 2)
		return NULL;
	return vmap(pages, 2, VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}
