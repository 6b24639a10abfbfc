// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case: a global page array from kmalloc_array(),
 * filled in one function and mapped in another.  Storing the array pointer
 * itself is not a store of a page: alloc_page() pages give no warning.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: a global heap page array of good pages");

int vmk_good_fill(void);
void *vmk_good_vmap(void);

static struct page **vmk_good_pages;

int vmk_good_fill(void)
{
	int i;

	vmk_good_pages = kmalloc_array(4, sizeof(*vmk_good_pages), GFP_KERNEL);
	if (!vmk_good_pages)
		return -ENOMEM;
	for (i = 0; i < 4; i++) {
		vmk_good_pages[i] = alloc_page(GFP_KERNEL);
		if (!vmk_good_pages[i])
			goto err;
	}
	return 0;
err:
	while (i--)
		__free_page(vmk_good_pages[i]);
	kfree(vmk_good_pages);
	vmk_good_pages = NULL;
	return -ENOMEM;
}

void *vmk_good_vmap(void)
{
	void *vaddr = vmap(vmk_good_pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */

	if (vaddr)
		vmk_good_pages = NULL;	/* vfree() frees the pages and the array */
	return vaddr;
}
