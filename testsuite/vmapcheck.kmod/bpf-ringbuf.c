// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: kernel/bpf/ringbuf.c
 * bpf_ringbuf_area_alloc() -- order-0 alloc_pages_node() pages, each data
 * page stored twice, mapped with VM_MAP | VM_USERMAP (no VM_MAP_PUT_PAGES):
 * silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: bpf ringbuf double mapping");

void *vmk_bpf_ringbuf(int numa_node, unsigned long nr_data_pages);

void *vmk_bpf_ringbuf(int numa_node, unsigned long nr_data_pages)
{
	const gfp_t flags = GFP_KERNEL_ACCOUNT | __GFP_RETRY_MAYFAIL |
			    __GFP_NOWARN | __GFP_ZERO;
	const unsigned long nr_meta_pages = 2;
	unsigned long nr_pages = nr_meta_pages + nr_data_pages;
	struct page **pages, *page;
	void *rb;
	unsigned long i;

	pages = kmalloc_array(nr_meta_pages + 2 * nr_data_pages,
			      sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < nr_pages; i++) {
		page = alloc_pages_node(numa_node, flags, 0);
		if (!page) {
			nr_pages = i;
			goto err_free_pages;
		}
		pages[i] = page;
		if (i >= nr_meta_pages)
			pages[nr_data_pages + i] = page;
	}

	rb = vmap(pages, nr_meta_pages + 2 * nr_data_pages, /* { dg-bogus "vmapcheck" } */
		  VM_MAP | VM_USERMAP, PAGE_KERNEL);
	if (rb)
		return rb;

err_free_pages:
	for (i = 0; i < nr_pages; i++)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}
