// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: virt_to_page() of a kzalloc()ed object (slab
 * memory), derived on one line and stored on the next: warn (slab wording).
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: kzalloc + virt_to_page");

struct vmk_obj {
	unsigned long words[16];
};

void *vmk_kzalloc_slab(void);

void *vmk_kzalloc_slab(void)
{
	struct page **pages;
	struct vmk_obj *obj;
	struct page *page;
	void *vaddr;

	obj = kzalloc(sizeof(*obj), GFP_KERNEL); /* { dg-message "vmapcheck: .*allocated here" } */
	if (!obj)
		return NULL;
	page = virt_to_page(obj); /* { dg-message "vmapcheck: .*derived here" } */
	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		kfree(obj);
		return NULL;
	}
	pages[0] = page; /* { dg-message "vmapcheck: .*stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will" } */
	/* { dg-message "vmapcheck: .*fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		kfree(pages);
		kfree(obj);
	}
	return vaddr;
}
