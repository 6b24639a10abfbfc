// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: __get_free_pages(GFP_KERNEL, 2) (extern in 6.1,
 * alloc_hooks(get_free_pages_noprof()) in 6.12) and virt_to_page() of each
 * PAGE_SIZE step: pages of an unsplit order-2 allocation: warn.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: __get_free_pages + virt_to_page");

void *vmk_get_free_pages(void);

void *vmk_get_free_pages(void)
{
	struct page **pages;
	unsigned long addr;
	unsigned int i;
	void *vaddr;

	addr = __get_free_pages(GFP_KERNEL, 2); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!addr)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		free_pages(addr, 2);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = virt_to_page((void *)(addr + i * PAGE_SIZE)); /* { dg-message "vmapcheck: .*derived here" } */
	/* { dg-message "vmapcheck: .*stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		free_pages(addr, 2);
	}
	return vaddr;
}
