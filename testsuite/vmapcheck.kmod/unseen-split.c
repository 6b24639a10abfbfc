// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: an order-2 block without __GFP_COMP handed,
 * before vmap(), to a function of another file, which may split_page() it:
 * no definite finding (level=possible only).  A compound block handed to the
 * same function stays a definite finding.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: a block prepared in another file");

void vmk_prepare_block(struct page *page, unsigned int order);
void *vmk_split_elsewhere(void);
void *vmk_compound_elsewhere(void);

void *vmk_split_elsewhere(void)
{
	struct page **pages;
	struct page *page;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = alloc_pages(GFP_KERNEL, 2);
	if (!page) {
		kfree(pages);
		return NULL;
	}
	vmk_prepare_block(page, 2);	/* splits it */
	for (i = 0; i < 4; i++)
		pages[i] = page + i;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		for (i = 0; i < 4; i++)
			__free_page(page + i);
		kfree(pages);
	}
	return vaddr;
}

void *vmk_compound_elsewhere(void)
{
	struct page **pages;
	struct page *page;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	if (!page) {
		kfree(pages);
		return NULL;
	}
	vmk_prepare_block(page, 2);
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
