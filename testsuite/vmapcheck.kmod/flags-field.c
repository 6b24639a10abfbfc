// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: the vmap() flags kept in a struct field set
 * at init, or read from a static const table of structs.  When every value
 * the unit stores into the field sets VM_MAP_PUT_PAGES, every object is
 * handed over with it: a folio's tail page, and a page of an unsplit
 * allocation (gfp and flags from the table), warn.  When the objects
 * disagree (order-0 pages mapped with the flag, a folio without), which
 * object reaches the call is not known: silent.  Order-0 pages mapped
 * with the all-VM_MAP_PUT_PAGES field: silent.  The page array given to
 * vmk_vmode_map() comes from the caller's kmalloc_array().
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: vmap() flags in a struct field");

struct vmk_fbuf {
	struct page **pages;
	unsigned long vm_flags;
	unsigned int nr;
	void *vaddr;
};

/* A const table of modes: every mode hands the pages over. */
struct vmk_vmode {
	gfp_t gfp;
	unsigned long vm_flags;
};

/* Two kinds of objects: order-0 pages handed over, a folio kept. */
struct vmk_kbuf {
	struct page **pages;
	struct folio *folio;
	unsigned long vm_flags;
};

void vmk_fbuf_init(struct vmk_fbuf *b, unsigned int nr);
int vmk_fbuf_map_folio(struct vmk_fbuf *b);
int vmk_fbuf_map_pages(struct vmk_fbuf *b);
void *vmk_vmode_map(struct page **pages, unsigned int m);
int vmk_kbuf_init_pages(struct vmk_kbuf *k);
int vmk_kbuf_init_folio(struct vmk_kbuf *k);
void *vmk_kbuf_vmap(struct vmk_kbuf *k);

void vmk_fbuf_init(struct vmk_fbuf *b, unsigned int nr)
{
	b->pages = NULL;
	b->nr = nr;
	b->vm_flags = VM_MAP | VM_MAP_PUT_PAGES; /* { dg-message "vmapcheck: 'VM_MAP_PUT_PAGES' set here" } */
}

int vmk_fbuf_map_folio(struct vmk_fbuf *b)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 1); /* { dg-message "vmapcheck: order-1 folio allocated here" } */
	unsigned int i;

	if (!folio)
		return -ENOMEM;
	b->pages = kmalloc_array(2, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages) {
		folio_put(folio);
		return -ENOMEM;
	}
	for (i = 0; i < 2; i++)
		b->pages[i] = folio_page(folio, i); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	b->vaddr = vmap(b->pages, 2, b->vm_flags, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (b->vaddr)
		return 0;
	kfree(b->pages);
	b->pages = NULL;
	folio_put(folio);
	return -ENOMEM;
}

/* order-0 pages through the same field: nothing to report */
int vmk_fbuf_map_pages(struct vmk_fbuf *b)
{
	unsigned int i;

	b->pages = kcalloc(2, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages)
		return -ENOMEM;
	for (i = 0; i < 2; i++) {
		b->pages[i] = alloc_page(GFP_KERNEL);
		if (!b->pages[i])
			goto err;
	}
	b->vaddr = vmap(b->pages, 2, b->vm_flags, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (b->vaddr)
		return 0;
err:
	while (i--)
		__free_page(b->pages[i]);
	kfree(b->pages);
	b->pages = NULL;
	return -ENOMEM;
}

static const struct vmk_vmode vmk_vmodes[] = {
	{ GFP_KERNEL, VM_MAP | VM_MAP_PUT_PAGES },
	{ GFP_KERNEL | __GFP_ZERO, VM_MAP | VM_MAP_PUT_PAGES },
};

void *vmk_vmode_map(struct page **pages, unsigned int m)
{
	struct page *p;
	unsigned int i;
	void *vaddr;

	if (m >= ARRAY_SIZE(vmk_vmodes))
		return NULL;
	p = alloc_pages(vmk_vmodes[m].gfp, 2); /* { dg-message "vmapcheck: order-2 pages allocated here without '__GFP_COMP'" } */
	if (!p)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = p + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, vmk_vmodes[m].vm_flags, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		__free_pages(p, 2);
	return vaddr;
}

int vmk_kbuf_init_pages(struct vmk_kbuf *k)
{
	unsigned int i;

	k->folio = NULL;
	k->vm_flags = VM_MAP | VM_MAP_PUT_PAGES;
	k->pages = kcalloc(2, sizeof(*k->pages), GFP_KERNEL);
	if (!k->pages)
		return -ENOMEM;
	for (i = 0; i < 2; i++) {
		k->pages[i] = alloc_page(GFP_KERNEL);
		if (!k->pages[i])
			goto err;
	}
	return 0;
err:
	while (i--)
		__free_page(k->pages[i]);
	kfree(k->pages);
	k->pages = NULL;
	return -ENOMEM;
}

int vmk_kbuf_init_folio(struct vmk_kbuf *k)
{
	k->vm_flags = VM_MAP;
	k->folio = folio_alloc(GFP_KERNEL, 1);
	if (!k->folio)
		return -ENOMEM;
	k->pages = kcalloc(2, sizeof(*k->pages), GFP_KERNEL);
	if (!k->pages) {
		folio_put(k->folio);
		k->folio = NULL;
		return -ENOMEM;
	}
	k->pages[0] = folio_page(k->folio, 0);
	k->pages[1] = folio_page(k->folio, 1);
	return 0;
}

/* the pages go with the area if the flag is set, else stay the object's */
void *vmk_kbuf_vmap(struct vmk_kbuf *k)
{
	return vmap(k->pages, 2, k->vm_flags, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}
