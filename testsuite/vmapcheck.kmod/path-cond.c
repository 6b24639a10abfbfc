// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: one condition selects both the backing and
 * the vmap() flags.  Compound pages (or an order-2 folio) are mapped
 * without VM_MAP_PUT_PAGES, order-0 pages with it; no path carries a bad
 * page and the flag together, so nothing is reported (if/else with a flags
 * variable, two tests of one parameter, a switch on a mode, a threshold
 * kept in a bool).  Each crossed twin hands the compound pages over with
 * the flag and warns, as does a flag chosen by a second, unrelated
 * condition.  The page arrays given as parameters come from the caller's
 * kmalloc_array() of 8 entries.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: backing and flags chosen by one condition");

struct vmk_pbuf {
	struct page **pages;
	struct page *block;	/* mapped without the flag: freed by us */
	void *vaddr;
};

enum vmk_pb_mode { VMK_PB_PAGES, VMK_PB_FOLIO, VMK_PB_SLAB };

int vmk_pb_ifelse(struct vmk_pbuf *b, bool compound);
int vmk_pb_ifelse_crossed(struct vmk_pbuf *b, bool compound);
void *vmk_pb_two_tests(struct page **pages, bool compound);
void *vmk_pb_two_tests_crossed(struct page **pages, bool compound);
void *vmk_pb_mode(struct page **pages, enum vmk_pb_mode mode);
void *vmk_pb_mode_crossed(struct page **pages, enum vmk_pb_mode mode);
void *vmk_pb_size(struct page **pages, unsigned int size);
void *vmk_pb_two_conditions(struct page **pages, bool compound, bool owned);

static void vmk_pbuf_free_pages(struct page **pages, unsigned int n)
{
	while (n--)
		__free_page(pages[n]);
}

int vmk_pb_ifelse(struct vmk_pbuf *b, bool compound)
{
	struct page **pages;
	struct page *block = NULL;
	unsigned long flags;
	unsigned int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
		if (!block)
			goto free_array;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;
		flags = VM_MAP;
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pbuf_free_pages(pages, i);
				goto free_array;
			}
		}
		flags = VM_MAP | VM_MAP_PUT_PAGES;
	}
	b->vaddr = vmap(pages, 4, flags, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (b->vaddr) {
		/* without the flag the array stays ours, the block too */
		b->block = block;
		b->pages = compound ? NULL : pages;
		if (compound)
			kfree(pages);
		return 0;
	}
	if (block)
		__free_pages(block, 2);
	else
		vmk_pbuf_free_pages(pages, 4);
free_array:
	kfree(pages);
	return -ENOMEM;
}

int vmk_pb_ifelse_crossed(struct vmk_pbuf *b, bool compound)
{
	struct page **pages;
	struct page *block = NULL;
	unsigned long flags;
	unsigned int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -ENOMEM;
	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
		if (!block)
			goto free_array;
		for (i = 0; i < 4; i++)
			pages[i] = block + i; /* { dg-message "vmapcheck: page derived here" } */
		/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
		flags = VM_MAP | VM_MAP_PUT_PAGES; /* { dg-message "vmapcheck: 'VM_MAP_PUT_PAGES' set here" } */
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pbuf_free_pages(pages, i);
				goto free_array;
			}
		}
		flags = VM_MAP;
	}
	b->vaddr = vmap(pages, 4, flags, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (b->vaddr) {
		/* the order-0 pages are freed through the array after vunmap() */
		b->pages = pages;
		return 0;
	}
	if (block)
		__free_pages(block, 2);
	else
		vmk_pbuf_free_pages(pages, 4);
free_array:
	kfree(pages);
	return -ENOMEM;
}

/* Two tests of one parameter: where the pages come from, then the flags. */
void *vmk_pb_two_tests(struct page **pages, bool compound)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pbuf_free_pages(pages, i);
				return NULL;
			}
		}
	}
	vaddr = vmap(pages, 4, compound ? VM_MAP : VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			vmk_pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

void *vmk_pb_two_tests_crossed(struct page **pages, bool compound)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i; /* { dg-message "vmapcheck: page derived here" } */
		/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pbuf_free_pages(pages, i);
				return NULL;
			}
		}
	}
	vaddr = vmap(pages, 4, compound ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			vmk_pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

/* A mode: a switch picks the backing, a test of the mode the flags. */
void *vmk_pb_mode(struct page **pages, enum vmk_pb_mode mode)
{
	struct folio *folio = NULL;
	unsigned int i;
	void *vaddr;

	switch (mode) {
	case VMK_PB_FOLIO:
		folio = folio_alloc(GFP_KERNEL, 2);
		if (!folio)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = folio_page(folio, i);
		break;
	case VMK_PB_PAGES:
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pbuf_free_pages(pages, i);
				return NULL;
			}
		}
		break;
	default:
		return NULL;
	}
	vaddr = vmap(pages, 4, mode == VMK_PB_PAGES ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		if (folio)
			folio_put(folio);
		else
			vmk_pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

void *vmk_pb_mode_crossed(struct page **pages, enum vmk_pb_mode mode)
{
	struct folio *folio = NULL;
	unsigned int i;
	void *vaddr;

	switch (mode) {
	case VMK_PB_FOLIO:
		folio = folio_alloc(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 folio allocated here" } */
		if (!folio)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = folio_page(folio, i); /* { dg-message "vmapcheck: page derived here" } */
		/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
		break;
	case VMK_PB_PAGES:
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pbuf_free_pages(pages, i);
				return NULL;
			}
		}
		break;
	default:
		return NULL;
	}
	vaddr = vmap(pages, 4, mode != VMK_PB_SLAB ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		if (folio)
			folio_put(folio);
		else
			vmk_pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

/* A size threshold, kept in a bool, and the same threshold tested again. */
void *vmk_pb_size(struct page **pages, unsigned int size)
{
	bool big = size > 4 * PAGE_SIZE;
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (big) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 3);
		if (!block)
			return NULL;
		for (i = 0; i < 8; i++)
			pages[i] = block + i;
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pbuf_free_pages(pages, i);
				return NULL;
			}
		}
	}
	vaddr = vmap(pages, big ? 8 : 4, size <= 4 * PAGE_SIZE ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 3);
		else
			vmk_pbuf_free_pages(pages, 4);
	}
	return vaddr;
}

/* Two different conditions: some path has both, so it warns. */
void *vmk_pb_two_conditions(struct page **pages, bool compound, bool owned)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (compound) {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i; /* { dg-message "vmapcheck: page derived here" } */
		/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	} else {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				vmk_pbuf_free_pages(pages, i);
				return NULL;
			}
		}
	}
	vaddr = vmap(pages, 4, owned ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			vmk_pbuf_free_pages(pages, 4);
	}
	return vaddr;
}
