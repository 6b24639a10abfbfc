// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: the page array is a local array on the stack,
 * filled with page + i of an order-2 compound allocation: warn.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: local page array");

void *vmk_local_array(void);

void *vmk_local_array(void)
{
	struct page *pages[4];
	struct page *page;
	unsigned int i;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!page)
		return NULL;
	for (i = 0; i < ARRAY_SIZE(pages); i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: .*derived here" } */
	/* { dg-message "vmapcheck: .*stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, ARRAY_SIZE(pages), VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		__free_pages(page, 2);
	return vaddr;
}
