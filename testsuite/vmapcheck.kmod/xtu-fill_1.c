// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case across translation units (with xtu-fill_0.c):
 * this file fills the page arrays it is given, with the pages of an order-2
 * compound page or with order-0 pages, and maps the array it is given with
 * VM_MAP_PUT_PAGES.  Nothing here is a bug alone; its notes show up in the
 * other file's findings.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: the callee side of xtu-fill");

int vmk_xfill_compound(struct page **pages, unsigned int n);
int vmk_xfill_order0(struct page **pages, unsigned int n);
void vmk_xfill_put(struct page **pages, unsigned int n);
void *vmk_xfill_vmap(struct page **pages, unsigned int n);

int vmk_xfill_compound(struct page **pages, unsigned int n)
{
	struct page *page;
	unsigned int i;

	if (n > 4)
		return -EINVAL;
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	if (!page)
		return -ENOMEM;
	for (i = 0; i < n; i++)
		pages[i] = page + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}
EXPORT_SYMBOL_GPL(vmk_xfill_compound);

int vmk_xfill_order0(struct page **pages, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto fail;
	}
	return 0;
fail:
	while (i--)
		__free_page(pages[i]);
	return -ENOMEM;
}
EXPORT_SYMBOL_GPL(vmk_xfill_order0);

void vmk_xfill_put(struct page **pages, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);
}
EXPORT_SYMBOL_GPL(vmk_xfill_put);

void *vmk_xfill_vmap(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_xfill_vmap' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}
EXPORT_SYMBOL_GPL(vmk_xfill_vmap);
