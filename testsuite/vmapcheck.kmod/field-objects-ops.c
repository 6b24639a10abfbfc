// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: page arrays in a struct field, told apart by
 * object and by ops table.
 *
 * Objects: two objects of one struct type, one holding a folio's pages
 * and mapped without VM_MAP_PUT_PAGES, the other holding alloc_page()
 * pages and handed over with it.  Where a function sets obj->pages to an
 * array of its own and maps obj->pages with nothing in between that could
 * change the field, the mapping sees that array, not every array any
 * object of the type may hold: silent.  The crossed twin hands the folio's
 * pages over: warn.
 *
 * Ops tables: one instance allocates a folio into obj->pages and maps it
 * without the flag, another allocates order-0 pages and hands them over;
 * what a function of one instance stores into a field is not what a
 * function of another instance reads from it: silent.  A third instance
 * whose map() hands the folio's pages over warns, and so does a mapping
 * in the buffer ops of a struct type whose heap ops allocate a folio (two
 * tables of different types serve one object).
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: page arrays in fields of objects and ops tables");

struct vmk_fobj {
	struct page **pages;
	struct folio *folio;	/* backing of a folio object, freed by us */
	unsigned int nr;
	void *vaddr;
};

struct vmk_obuf;

struct vmk_obuf_ops {
	int (*get_pages)(struct vmk_obuf *b);
	void *(*map)(struct vmk_obuf *b);
};

struct vmk_obuf {
	const struct vmk_obuf_ops *ops;
	struct page **pages;
	struct folio *folio;
	unsigned int nr;
};

struct vmk_hbuf {
	struct page **pages;
	struct folio *folio;
};

struct vmk_hbuf_heap_ops {
	int (*allocate)(struct vmk_hbuf *h);
};

struct vmk_hbuf_buf_ops {
	void *(*vmap)(struct vmk_hbuf *h);
};

int vmk_fobj_init_folio(struct vmk_fobj *o);
int vmk_fobj_init_pages(struct vmk_fobj *o);
struct vmk_fobj *vmk_fobj_new_pages(void);
int vmk_fobj_init_folio_crossed(struct vmk_fobj *o);
int vmk_obuf_map(struct vmk_obuf *b, void **vaddr);

int vmk_fobj_init_folio(struct vmk_fobj *o)
{
	unsigned int i;

	o->folio = folio_alloc(GFP_KERNEL, 2);
	if (!o->folio)
		return -ENOMEM;
	o->pages = kmalloc_array(4, sizeof(*o->pages), GFP_KERNEL);
	if (!o->pages)
		goto put_folio;
	for (i = 0; i < 4; i++)
		o->pages[i] = folio_page(o->folio, i);
	o->nr = 4;
	o->vaddr = vmap(o->pages, o->nr, VM_MAP, PAGE_KERNEL);
	kfree(o->pages);
	o->pages = NULL;
	if (o->vaddr)
		return 0;
put_folio:
	folio_put(o->folio);
	o->folio = NULL;
	return -ENOMEM;
}

int vmk_fobj_init_pages(struct vmk_fobj *o)
{
	unsigned int i;

	o->folio = NULL;
	o->pages = kmalloc_array(4, sizeof(*o->pages), GFP_KERNEL);
	if (!o->pages)
		return -ENOMEM;
	for (i = 0; i < 4; i++) {
		o->pages[i] = alloc_page(GFP_KERNEL);
		if (!o->pages[i])
			goto free_pages;
	}
	o->nr = 4;
	o->vaddr = vmap(o->pages, o->nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (o->vaddr)
		return 0;
free_pages:
	while (i--)
		__free_page(o->pages[i]);
	kfree(o->pages);
	o->pages = NULL;
	return -ENOMEM;
}

/* The same with a local pointer to a new object. */
struct vmk_fobj *vmk_fobj_new_pages(void)
{
	struct vmk_fobj *o = kzalloc(sizeof(*o), GFP_KERNEL);
	unsigned int i;

	if (!o)
		return NULL;
	o->pages = kcalloc(2, sizeof(*o->pages), GFP_KERNEL);
	if (!o->pages)
		goto free_obj;
	for (i = 0; i < 2; i++) {
		o->pages[i] = alloc_page(GFP_KERNEL);
		if (!o->pages[i])
			goto free_pages;
	}
	o->nr = 2;
	o->vaddr = vmap(o->pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (o->vaddr)
		return o;
free_pages:
	while (i--)
		__free_page(o->pages[i]);
	kfree(o->pages);
free_obj:
	kfree(o);
	return NULL;
}

int vmk_fobj_init_folio_crossed(struct vmk_fobj *o)
{
	unsigned int i;

	o->folio = folio_alloc(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 folio allocated here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	if (!o->folio)
		return -ENOMEM;
	o->pages = kmalloc_array(4, sizeof(*o->pages), GFP_KERNEL);
	if (!o->pages)
		goto put_folio;
	for (i = 0; i < 4; i++)
		o->pages[i] = folio_page(o->folio, i); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	o->nr = 4;
	o->vaddr = vmap(o->pages, o->nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (o->vaddr)
		return 0;
	kfree(o->pages);
	o->pages = NULL;
put_folio:
	folio_put(o->folio);
	o->folio = NULL;
	return -ENOMEM;
}

static int vmk_folio_get_pages(struct vmk_obuf *b)
{
	unsigned int i;

	b->folio = folio_alloc(GFP_KERNEL, 2); /* { dg-message "vmapcheck: order-2 folio allocated here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	if (!b->folio)
		return -ENOMEM;
	b->pages = kmalloc_array(4, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages) {
		folio_put(b->folio);
		return -ENOMEM;
	}
	for (i = 0; i < 4; i++)
		b->pages[i] = folio_page(b->folio, i); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	b->nr = 4;
	return 0;
}

/* the folio stays ours: freed with folio_put() after vunmap() */
static void *vmk_folio_map(struct vmk_obuf *b)
{
	return vmap(b->pages, b->nr, VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}

static int vmk_sys_get_pages(struct vmk_obuf *b)
{
	unsigned int i;

	b->pages = kcalloc(4, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages)
		return -ENOMEM;
	for (i = 0; i < 4; i++) {
		b->pages[i] = alloc_page(GFP_KERNEL);
		if (!b->pages[i])
			goto err;
	}
	b->nr = 4;
	return 0;
err:
	while (i--)
		__free_page(b->pages[i]);
	kfree(b->pages);
	b->pages = NULL;
	return -ENOMEM;
}

/* the pages and the array belong to the area: vfree() frees them */
static void *vmk_sys_map(struct vmk_obuf *b)
{
	return vmap(b->pages, b->nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
}

/* wrong: the folio's pages handed over */
static void *vmk_folio_map_put(struct vmk_obuf *b)
{
	return vmap(b->pages, b->nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}

const struct vmk_obuf_ops vmk_folio_ops = {
	.get_pages = vmk_folio_get_pages,
	.map = vmk_folio_map,
};

const struct vmk_obuf_ops vmk_sys_ops = {
	.get_pages = vmk_sys_get_pages,
	.map = vmk_sys_map,
};

const struct vmk_obuf_ops vmk_folio_put_ops = {
	.get_pages = vmk_folio_get_pages,
	.map = vmk_folio_map_put,
};

int vmk_obuf_map(struct vmk_obuf *b, void **vaddr)
{
	int ret = b->ops->get_pages(b);

	if (ret)
		return ret;
	*vaddr = b->ops->map(b);
	return *vaddr ? 0 : -ENOMEM;
}

/*
 * Tables of two struct types serving one object (a heap allocates, the
 * buffer's ops map): not alternatives, so the allocator's pages reach the
 * mapping and the folio handed over warns.
 */
static int vmk_hbuf_allocate(struct vmk_hbuf *h)
{
	unsigned int i;

	h->folio = folio_alloc(GFP_KERNEL, 1); /* { dg-message "vmapcheck: order-1 folio allocated here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	if (!h->folio)
		return -ENOMEM;
	h->pages = kmalloc_array(2, sizeof(*h->pages), GFP_KERNEL);
	if (!h->pages) {
		folio_put(h->folio);
		return -ENOMEM;
	}
	for (i = 0; i < 2; i++)
		h->pages[i] = folio_page(h->folio, i); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

static void *vmk_hbuf_vmap(struct vmk_hbuf *h)
{
	return vmap(h->pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
}

const struct vmk_hbuf_heap_ops vmk_hbuf_heap = {
	.allocate = vmk_hbuf_allocate,
};

const struct vmk_hbuf_buf_ops vmk_hbuf_ops = {
	.vmap = vmk_hbuf_vmap,
};
