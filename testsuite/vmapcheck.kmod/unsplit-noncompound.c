// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: alloc_pages(GFP_KERNEL, 2) without __GFP_COMP
 * and without split_page(): the sub-pages have refcount 0, so vfree()'s
 * per-page __free_page() underflows them: warn (unsplit wording).
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: unsplit non-compound order-2 pages");

void *vmk_unsplit_noncompound(void);

void *vmk_unsplit_noncompound(void)
{
	struct page **pages;
	struct page *page;
	unsigned int i;
	void *vaddr;

	page = alloc_pages(GFP_KERNEL, 2); /* { dg-message "vmapcheck: .*allocated here" } */
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
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, 2);
	}
	return vaddr;
}
