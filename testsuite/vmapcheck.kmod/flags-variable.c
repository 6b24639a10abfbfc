// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: the vmap() flags are a local variable that
 * gets VM_MAP_PUT_PAGES on a line of its own.  A "'VM_MAP_PUT_PAGES' set
 * here" note there is optional in the contract.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: flags through a variable");

void *vmk_flags_variable(void);

void *vmk_flags_variable(void)
{
	unsigned long flags = VM_MAP;
	struct page **pages;
	struct page *page;
	unsigned int i;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!page)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, 2);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: .*derived here" } */
	/* { dg-message "vmapcheck: .*stored into the page array here" "" { target *-*-* } .-1 } */
	flags |= VM_MAP_PUT_PAGES; /* { dg-optional-message "vmapcheck: 'VM_MAP_PUT_PAGES' set here" } */
	vaddr = vmap(pages, 4, flags, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, 2);
	}
	return vaddr;
}
