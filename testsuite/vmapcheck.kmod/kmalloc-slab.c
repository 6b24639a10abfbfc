// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: virt_to_page() of kmalloc() memory is a slab
 * page; vfree() must never __free_page() it: warn (slab wording).
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: kmalloc + virt_to_page");

void *vmk_kmalloc_slab(void);

void *vmk_kmalloc_slab(void)
{
	struct page **pages;
	void *buf;
	void *vaddr;

	buf = kmalloc(256, GFP_KERNEL); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!buf)
		return NULL;
	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		kfree(buf);
		return NULL;
	}
	pages[0] = virt_to_page(buf); /* { dg-message "vmapcheck: .*derived here" } */
	/* { dg-message "vmapcheck: .*stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		kfree(buf);
	}
	return vaddr;
}
