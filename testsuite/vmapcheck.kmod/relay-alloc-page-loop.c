// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: kernel/relay.c's
 * relay_alloc_buf() pattern -- one alloc_page() per array slot (order 0,
 * each page individually refcounted), vmap()ed here with VM_MAP_PUT_PAGES,
 * which is exactly what the flag is for: silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: alloc_page loop (kernel/relay.c)");

void *vmk_relay_alloc_page_loop(unsigned int n_pages);

void *vmk_relay_alloc_page_loop(unsigned int n_pages)
{
	struct page **page_array;
	unsigned int i, j;
	void *mem;

	page_array = kcalloc(n_pages, sizeof(struct page *), GFP_KERNEL);
	if (!page_array)
		return NULL;
	for (i = 0; i < n_pages; i++) {
		page_array[i] = alloc_page(GFP_KERNEL | __GFP_ZERO);
		if (unlikely(!page_array[i]))
			goto depopulate;
	}
	mem = vmap(page_array, n_pages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!mem)
		goto depopulate;
	return mem;

depopulate:
	for (j = 0; j < i; j++)
		__free_page(page_array[j]);
	kfree(page_array);
	return NULL;
}
