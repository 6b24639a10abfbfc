// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: a helper takes the vmap() flags from its
 * caller but maps an array of its own, read from a struct field (a static
 * inline wrapper) or built from a scatterlist.  What that array holds is
 * the caller's finding wherever the caller's flags set VM_MAP_PUT_PAGES,
 * directly or through its own flags parameter: a folio's tail page and a
 * compound page in an sg_table warn.  Where they do not set it: silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/scatterlist.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: flags from the caller, array of the helper's own");

struct vmk_wbuf {
	struct page **pages;
	struct folio *folio;
	unsigned int nr;
};

int vmk_wbuf_fill(struct vmk_wbuf *b);
void *vmk_wbuf_map_put(struct vmk_wbuf *b);
void *vmk_wbuf_map_keep(struct vmk_wbuf *b);
int vmk_sgt_fill_compound(struct sg_table *sgt);
void *vmk_sgt_map_owned(struct sg_table *sgt);
void *vmk_sgt_map_kept(struct sg_table *sgt);

static inline void *vmk_wbuf_vmap(struct vmk_wbuf *b, unsigned long flags)
{
	return vmap(b->pages, b->nr, flags, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_wbuf_vmap' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

int vmk_wbuf_fill(struct vmk_wbuf *b)
{
	unsigned int i;

	b->folio = folio_alloc(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 folio allocated here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	if (!b->folio)
		return -ENOMEM;
	b->pages = kmalloc_array(4, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages) {
		folio_put(b->folio);
		b->folio = NULL;
		return -ENOMEM;
	}
	for (i = 0; i < 4; i++)
		b->pages[i] = folio_page(b->folio, i); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	b->nr = 4;
	return 0;
}

void *vmk_wbuf_map_put(struct vmk_wbuf *b)
{
	return vmk_wbuf_vmap(b, VM_MAP | VM_MAP_PUT_PAGES); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}

/* the folio stays ours: no flag, nothing to report */
void *vmk_wbuf_map_keep(struct vmk_wbuf *b)
{
	return vmk_wbuf_vmap(b, VM_MAP); /* { dg-bogus "vmapcheck" } */
}

/* Built from a scatterlist, flags from the caller's caller. */
static void *vmk_sgt_vmap(struct sg_table *sgt, unsigned int n, unsigned long flags)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	struct sg_page_iter piter;
	unsigned int i = 0;
	void *vaddr;

	if (!pages)
		return NULL;
	for_each_sgtable_page(sgt, &piter, 0) {
		if (i == n)
			break;
		pages[i++] = sg_page_iter_page(&piter); /* { dg-message "vmapcheck: stored into the page array here" } */
		/* { dg-message "vmapcheck: taken from a scatterlist here" "" { target *-*-* } .-1 } */
	}
	vaddr = vmap(pages, i, flags, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_sgt_vmap' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr || !(flags & VM_MAP_PUT_PAGES))
		kvfree(pages);
	return vaddr;
}

int vmk_sgt_fill_compound(struct sg_table *sgt)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1); /* { dg-message "vmapcheck: order-1 compound page allocated here" } */

	if (!p)
		return -ENOMEM;
	if (sg_alloc_table(sgt, 1, GFP_KERNEL)) {
		__free_pages(p, 1);
		return -ENOMEM;
	}
	sg_set_page(sgt->sgl, p, 2 * PAGE_SIZE, 0); /* { dg-message "vmapcheck: put into a scatterlist here" } */
	return 0;
}

static void *vmk_sgt_map_flags(struct sg_table *sgt, unsigned long flags)
{
	return vmk_sgt_vmap(sgt, 2, flags); /* { dg-message "vmapcheck: passed to 'vmk_sgt_vmap' here" } */
}

void *vmk_sgt_map_owned(struct sg_table *sgt)
{
	return vmk_sgt_map_flags(sgt, VM_MAP | VM_MAP_PUT_PAGES); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}

/* the same chain without the flag: the pages stay the table's */
void *vmk_sgt_map_kept(struct sg_table *sgt)
{
	return vmk_sgt_map_flags(sgt, VM_MAP); /* { dg-bogus "vmapcheck" } */
}
