// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: a helper hands back a page array of its own
 * through an out parameter, built locally and stored with *out = pages, or
 * allocated into *ppages and filled through (*ppages)[i].  The caller's
 * vmap() of that array with VM_MAP_PUT_PAGES sees what the helper put in:
 * tail pages of a compound page or of a folio warn, with "stored by ...
 * into its argument ..." at the helper's call; order-0 pages handed back
 * either way are silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: page array through an out parameter");

void *vmk_out_map(void);
void *vmk_ppages_map(void);
void *vmk_order0_out_map(unsigned int n);
void *vmk_order0_ppages_map(unsigned int n);

static int vmk_get_pages_out(struct page ***out, unsigned int n)
{
	struct page **pages;
	struct page *p;
	unsigned int i;

	if (n > 4)
		return -EINVAL;
	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	if (!p) {
		kfree(pages);
		return -ENOMEM;
	}
	for (i = 0; i < n; i++)
		pages[i] = p + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	*out = pages;
	return 0;
}

void *vmk_out_map(void)
{
	struct page **pages;
	void *vaddr;

	if (vmk_get_pages_out(&pages, 4)) /* { dg-message "vmapcheck: stored by 'vmk_get_pages_out' into its argument 'out' here" } */
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(pages[0], 2);
		kfree(pages);
	}
	return vaddr;
}

static int vmk_fill_ppages(struct page ***ppages, unsigned int n)
{
	struct folio *folio;
	unsigned int i;

	if (n > 4)
		return -EINVAL;
	folio = folio_alloc(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 folio allocated here" } */
	if (!folio)
		return -ENOMEM;
	*ppages = kcalloc(n, sizeof(**ppages), GFP_KERNEL);
	if (!*ppages) {
		folio_put(folio);
		return -ENOMEM;
	}
	for (i = 0; i < n; i++)
		(*ppages)[i] = folio_page(folio, i); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

void *vmk_ppages_map(void)
{
	struct page **pages;
	void *vaddr;

	if (vmk_fill_ppages(&pages, 4)) /* { dg-message "vmapcheck: stored by 'vmk_fill_ppages' into its argument 'ppages' here" } */
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		folio_put(page_folio(pages[0]));
		kfree(pages);
	}
	return vaddr;
}

/* order-0 pages handed back the same ways: nothing to report */
static int vmk_get_order0_out(struct page ***out, unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;

	if (!pages)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	*out = pages;
	return 0;
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return -ENOMEM;
}

void *vmk_order0_out_map(unsigned int n)
{
	struct page **pages;
	void *vaddr;

	if (vmk_get_order0_out(&pages, n))
		return NULL;
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		while (n--)
			__free_page(pages[n]);
		kfree(pages);
	}
	return vaddr;
}

static int vmk_fill_order0_ppages(struct page ***ppages, unsigned int n)
{
	unsigned int i;

	*ppages = kcalloc(n, sizeof(**ppages), GFP_KERNEL);
	if (!*ppages)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		(*ppages)[i] = alloc_page(GFP_KERNEL);
		if (!(*ppages)[i])
			goto err;
	}
	return 0;
err:
	while (i--)
		__free_page((*ppages)[i]);
	kfree(*ppages);
	*ppages = NULL;
	return -ENOMEM;
}

void *vmk_order0_ppages_map(unsigned int n)
{
	struct page **pages;
	void *vaddr;

	if (vmk_fill_order0_ppages(&pages, n))
		return NULL;
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		while (n--)
			__free_page(pages[n]);
		kfree(pages);
	}
	return vaddr;
}
