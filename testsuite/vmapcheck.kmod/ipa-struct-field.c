// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, through memory: the page array pointer lives
 * in a struct field (obj->pages).  One function allocates it and fills it
 * with folio_page() of an order-1 folio, another maps obj->pages through a
 * mapping helper with VM_MAP_PUT_PAGES: warn at that call.  A second
 * struct type with a 'pages' field that holds alloc_page() pages is mapped
 * the same way and stays silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: page array in a struct field");

struct vmk_obj {
	unsigned int npages;
	struct page **pages;
	void *vaddr;
};

struct vmk_good_obj {
	struct page **pages;
	unsigned int npages;
};

int vmk_obj_get_pages(struct vmk_obj *obj);
int vmk_obj_vmap(struct vmk_obj *obj);
int vmk_good_obj_get_pages(struct vmk_good_obj *obj);
void *vmk_good_obj_vmap(struct vmk_good_obj *obj);

static void *vmk_map_pages(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "vmapcheck: 'vmk_map_pages' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

int vmk_obj_get_pages(struct vmk_obj *obj)
{
	struct folio *folio;
	unsigned int i;

	obj->pages = kvmalloc_array(obj->npages, sizeof(struct page *), GFP_KERNEL);
	if (!obj->pages)
		return -ENOMEM;
	folio = folio_alloc(GFP_KERNEL, 1); /* { dg-message "vmapcheck: order-1 folio allocated here" } */
	if (!folio)
		return -ENOMEM;
	for (i = 0; i < obj->npages; i++)
		obj->pages[i] = folio_page(folio, i & 1); /* { dg-message "vmapcheck: page derived here" } */
	/* { dg-message "vmapcheck: stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

int vmk_obj_vmap(struct vmk_obj *obj)
{
	obj->vaddr = vmk_map_pages(obj->pages, obj->npages); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "vmapcheck: fix:" "" { target *-*-* } .-1 } */
	return obj->vaddr ? 0 : -ENOMEM;
}

int vmk_good_obj_get_pages(struct vmk_good_obj *obj)
{
	unsigned int i;

	for (i = 0; i < obj->npages; i++) {
		obj->pages[i] = alloc_page(GFP_KERNEL);
		if (!obj->pages[i])
			return -ENOMEM;
	}
	return 0;
}

void *vmk_good_obj_vmap(struct vmk_good_obj *obj)
{
	return vmk_map_pages(obj->pages, obj->npages); /* { dg-bogus "vmapcheck" } */
}
