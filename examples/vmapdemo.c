// SPDX-License-Identifier: GPL-2.0
/*
 * vmapdemo - a small driver with the bug vmapcheck finds.
 *
 * It builds a virtually contiguous ring buffer from one order-2 compound
 * allocation and lets vmap() own the pages with VM_MAP_PUT_PAGES.  vfree()
 * then calls __free_page() on each of the four pages: three are tail pages
 * with a reference count of zero (VM_BUG_ON_PAGE with CONFIG_DEBUG_VM), and
 * the head is freed as order 0.  ring_alloc_ok() is the correct version.
 */
#include <linux/module.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

#define RING_ORDER	2
#define RING_PAGES	(1 << RING_ORDER)

static void *ring_alloc_buggy(void)
{
	struct page *page, **pages;
	void *vaddr;
	int i;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, RING_ORDER);
	if (!page)
		return NULL;
	pages = kmalloc_array(RING_PAGES, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, RING_ORDER);
		return NULL;
	}
	for (i = 0; i < RING_PAGES; i++)
		pages[i] = page + i;

	vaddr = vmap(pages, RING_PAGES, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr) {
		kfree(pages);
		__free_pages(page, RING_ORDER);
	}
	return vaddr;
}

static void *ring_alloc_ok(void)
{
	struct page *page, **pages;
	void *vaddr;
	int i;

	page = alloc_pages(GFP_KERNEL, RING_ORDER);
	if (!page)
		return NULL;
	pages = kmalloc_array(RING_PAGES, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, RING_ORDER);
		return NULL;
	}
	split_page(page, RING_ORDER);
	for (i = 0; i < RING_PAGES; i++)
		pages[i] = page + i;

	vaddr = vmap(pages, RING_PAGES, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr) {
		for (i = 0; i < RING_PAGES; i++)
			__free_page(pages[i]);
		kfree(pages);
	}
	return vaddr;
}

static void *ring_buggy, *ring_ok;

static int __init vmapdemo_init(void)
{
	ring_buggy = ring_alloc_buggy();
	ring_ok = ring_alloc_ok();
	return 0;
}

static void __exit vmapdemo_exit(void)
{
	vfree(ring_ok);
	vfree(ring_buggy);
}

module_init(vmapdemo_init);
module_exit(vmapdemo_exit);
MODULE_DESCRIPTION("vmapcheck demo: compound pages handed to vmap() with VM_MAP_PUT_PAGES");
MODULE_LICENSE("GPL");
