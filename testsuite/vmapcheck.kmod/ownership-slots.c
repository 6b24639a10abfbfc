// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, ownership check: vfree() of a VM_MAP_PUT_PAGES
 * mapping drops one reference per slot, so one page in two slots is
 * dropped twice.  A zero page stored into every slot is a finding; the
 * same with a reference taken per slot is not.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: one page in every slot of a VM_MAP_PUT_PAGES array");

void *vmk_one_page_everywhere(unsigned int n);
void *vmk_ref_per_slot(unsigned int n);

void *vmk_one_page_everywhere(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	unsigned int i;
	void *vaddr;

	if (!pages || !page)
		goto err;
	for (i = 0; i < n; i++)
		pages[i] = page; /* { dg-message "the same page is stored into a new slot in each round of this loop" } */
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "'vmap' with 'VM_MAP_PUT_PAGES' is given one page in more than one slot of the array" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (page)
		__free_page(page);
	kfree(pages);
	return NULL;
}

void *vmk_ref_per_slot(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	unsigned int i;
	void *vaddr;

	if (!pages || !page)
		goto err;
	for (i = 0; i < n; i++) {
		if (i)
			get_page(page);
		pages[i] = page;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	for (i = 1; i < n; i++)
		put_page(page);
err:
	if (page)
		__free_page(page);
	kfree(pages);
	return NULL;
}
