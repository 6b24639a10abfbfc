// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, across functions: the page array and a flags
 * parameter are passed down a chain of three helpers to vmap(); the caller
 * fills the array with kmalloc() memory (slab pages) and passes
 * VM_MAP_PUT_PAGES.  Warn at the outermost call, with "passed to ... here"
 * at each intermediate call and a note at the helper's vmap().  The same
 * chain called with VM_MAP only is silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: array and flags passed down to vmap");

void *vmk_map_lvl1(struct page **pages, unsigned int n, unsigned long flags);
void *vmk_map_chain(size_t len);
void *vmk_map_chain_no_put(size_t len);

static void *vmk_map_lvl3(struct page **pages, unsigned int n, unsigned long flags)
{
	return vmap(pages, n, flags, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_map_lvl3' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

static void *vmk_map_lvl2(struct page **pages, unsigned int n, unsigned long flags)
{
	return vmk_map_lvl3(pages, n, flags); /* { dg-message "vmapcheck: passed to 'vmk_map_lvl3' here" } */
}

void *vmk_map_lvl1(struct page **pages, unsigned int n, unsigned long flags)
{
	return vmk_map_lvl2(pages, n, flags); /* { dg-message "vmapcheck: passed to 'vmk_map_lvl2' here" } */
}

void *vmk_map_chain(size_t len)
{
	struct page **pages;
	void *buf;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	buf = kmalloc(len, GFP_KERNEL); /* { dg-message "vmapcheck: slab memory allocated here" } */
	if (!buf) {
		kfree(pages);
		return NULL;
	}
	pages[0] = virt_to_page(buf); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return vmk_map_lvl1(pages, 1, VM_MAP_PUT_PAGES); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}

void *vmk_map_chain_no_put(size_t len)
{
	struct page *pages[1];
	void *buf = kmalloc(len, GFP_KERNEL);

	if (!buf)
		return NULL;
	pages[0] = virt_to_page(buf);
	return vmk_map_lvl1(pages, 1, VM_MAP); /* { dg-bogus "vmapcheck" } */
}
