// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: alloc_pages_exact() splits its
 * high-order block internally (make_alloc_exact), so virt_to_page() of each
 * PAGE_SIZE step is an independent order-0 page: silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: alloc_pages_exact + virt_to_page");

void *vmk_alloc_pages_exact(void);

void *vmk_alloc_pages_exact(void)
{
	struct page **pages;
	unsigned int i;
	void *buf;
	void *vaddr;

	buf = alloc_pages_exact(4 * PAGE_SIZE, GFP_KERNEL);
	if (!buf)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		free_pages_exact(buf, 4 * PAGE_SIZE);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = virt_to_page(buf + i * PAGE_SIZE);
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		kfree(pages);
		free_pages_exact(buf, 4 * PAGE_SIZE);
	}
	return vaddr;
}
