// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: the pages are gathered in a local array on the
 * stack, filled with page + i of an order-2 compound allocation, and the
 * array is then duplicated with kmemdup() (vfree() kvfree()s the array
 * vmap() is given, so that one must not be on the stack): the facts of the
 * local array reach the copy: warn.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: local page array");

void *vmk_local_array(void);

void *vmk_local_array(void)
{
	struct page *local[4], **pages;
	struct page *page;
	unsigned int i;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!page)
		return NULL;
	for (i = 0; i < ARRAY_SIZE(local); i++)
		local[i] = page + i; /* { dg-message "vmapcheck: .*derived here" } */
	/* { dg-message "vmapcheck: .*stored into the page array here" "" { target *-*-* } .-1 } */
	pages = kmemdup(local, sizeof(local), GFP_KERNEL); /* { dg-message "vmapcheck: copied into the page array here by 'kmemdup'" } */
	if (!pages) {
		__free_pages(page, 2);
		return NULL;
	}
	vaddr = vmap(pages, ARRAY_SIZE(local), VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, 2);
	}
	return vaddr;
}
