// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header must-not-warn case: lib/kunit_iov_iter.c's
 * iov_kunit_create_buffer() pattern -- a kcalloc()ed array filled by the
 * bulk allocator (order-0 pages only) and vmap(VM_MAP | VM_MAP_PUT_PAGES):
 * silent.  The bulk API was renamed from alloc_pages_bulk_array() to
 * alloc_pages_bulk() in 6.14; 6.1 and 6.12 have the old name (an inline
 * over __alloc_pages_bulk in 6.1, an alloc_hooks() macro over
 * alloc_pages_bulk_noprof in 6.12).
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/version.h>
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: alloc_pages_bulk (lib/kunit_iov_iter.c)");

#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 14, 0)
#define vmk_bulk_alloc(gfp, n, array) alloc_pages_bulk(gfp, n, array)
#else
#define vmk_bulk_alloc(gfp, n, array) alloc_pages_bulk_array(gfp, n, array)
#endif

void *vmk_kunit_bulk(unsigned long npages);

void *vmk_kunit_bulk(unsigned long npages)
{
	struct page **pages;
	unsigned long got;
	void *buffer;

	pages = kcalloc(npages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return NULL;
	got = vmk_bulk_alloc(GFP_KERNEL, npages, pages);
	if (got != npages) {
		release_pages(pages, got);
		kfree(pages);
		return NULL;
	}
	buffer = vmap(pages, npages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!buffer) {
		release_pages(pages, got);
		kfree(pages);
	}
	return buffer;
}
