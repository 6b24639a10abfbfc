// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: drivers/dma-buf/heaps/system_heap.c
 * -- head and tail pages of high-order __GFP_COMP allocations, stored through
 * a cursor into a vmalloc()ed array and mapped with plain VM_MAP (no
 * VM_MAP_PUT_PAGES, so vfree() never frees them page by page): silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: dma-buf system heap, compound pages with VM_MAP");

#define VMK_LOW_ORDER_GFP (GFP_HIGHUSER | __GFP_ZERO)
#define VMK_HIGH_ORDER_GFP (((GFP_HIGHUSER | __GFP_ZERO | __GFP_NOWARN \
				| __GFP_NORETRY) & ~__GFP_RECLAIM) \
				| __GFP_COMP)

void *vmk_system_heap_vm_map(struct page **out_page);

void *vmk_system_heap_vm_map(struct page **out_page)
{
	unsigned int npages = 1U << 4;
	struct page **pages, **tmp;
	struct page *page;
	unsigned int i;
	void *vaddr;

	page = alloc_pages(VMK_HIGH_ORDER_GFP, 4);
	if (!page)
		page = alloc_pages(VMK_LOW_ORDER_GFP, 0);
	if (!page)
		return NULL;
	pages = vmalloc(sizeof(struct page *) * npages);
	if (!pages) {
		__free_pages(page, compound_order(page));
		return NULL;
	}
	tmp = pages;
	for (i = 0; i < (1U << compound_order(page)); i++)
		*tmp++ = page + i;
	vaddr = vmap(pages, i, VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	vfree(pages);
	*out_page = page;
	return vaddr;
}
