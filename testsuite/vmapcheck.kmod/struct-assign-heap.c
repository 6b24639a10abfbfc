// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: a struct with an embedded page array is
 * built in a local and copied into a kmalloc()ed object by a struct
 * assignment (*obj = tmp); the object's pages are then copied with
 * memcpy(), in another function, into a kvmalloc_array()ed array that is
 * mapped with VM_MAP_PUT_PAGES.  The struct copy carries the pages: a
 * compound page's tail pages are reported at that function's vmap() (what
 * any object of the type may hold), and nothing at the callers.  Order-0
 * pages through the same copies: silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/string.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: an embedded page array copied by struct assignment into a heap object");

struct vmk_sa_buf {
	struct page *pages[4];
	unsigned int nr;
	void *vaddr;
};

struct vmk_sa_buf *vmk_sa_new_compound(void);
struct vmk_sa_buf *vmk_sa_new_order0(void);

static void *vmk_sa_map(struct vmk_sa_buf *obj)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	memcpy(pages, obj->pages, sizeof(obj->pages)); /* { dg-message "vmapcheck: copied into the page array here by 'memcpy'" } */
	vaddr = vmap(pages, obj->nr, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kvfree(pages);
	return vaddr;
}

struct vmk_sa_buf *vmk_sa_new_compound(void)
{
	struct vmk_sa_buf tmp, *obj = kmalloc(sizeof(*obj), GFP_KERNEL);
	struct page *p;
	unsigned int i;

	if (!obj)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2); /* { dg-message "vmapcheck: order-2 compound page allocated here" } */
	if (!p)
		goto free_obj;
	for (i = 0; i < 4; i++)
		tmp.pages[i] = p + i; /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	tmp.nr = 4;
	tmp.vaddr = NULL;
	*obj = tmp; /* { dg-message "vmapcheck: copied into the page array here" } */
	obj->vaddr = vmk_sa_map(obj); /* { dg-bogus "vmapcheck" } */
	if (obj->vaddr)
		return obj;
	__free_pages(p, 2);
free_obj:
	kfree(obj);
	return NULL;
}

struct vmk_sa_buf *vmk_sa_new_order0(void)
{
	struct vmk_sa_buf tmp, *obj = kmalloc(sizeof(*obj), GFP_KERNEL);
	unsigned int i;

	if (!obj)
		return NULL;
	for (i = 0; i < 4; i++) {
		tmp.pages[i] = alloc_page(GFP_KERNEL);
		if (!tmp.pages[i])
			goto free_pages;
	}
	tmp.nr = 4;
	tmp.vaddr = NULL;
	*obj = tmp;
	obj->vaddr = vmk_sa_map(obj); /* { dg-bogus "vmapcheck" } */
	if (obj->vaddr)
		return obj;
free_pages:
	while (i--)
		__free_page(tmp.pages[i]);
	kfree(obj);
	return NULL;
}
