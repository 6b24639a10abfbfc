// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, ownership check: after vmap() with
 * VM_MAP_PUT_PAGES succeeded, vfree() frees the array and drops the page
 * references; the caller freeing either again is a double free.  Frees on
 * the failure path (if (!vaddr), an error label) are silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/pagemap.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: a VM_MAP_PUT_PAGES array freed after the hand-over");

void *vmk_freed_array(unsigned int n);
void *vmk_freed_pages(unsigned int n);
void *vmk_failure_path(unsigned int n);
void *vmk_freed_after_helper(unsigned int n);
void *vmk_helper_failure_path(unsigned int n);

static struct page **vmk_get_pages(unsigned int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			release_pages(pages, i);
			kvfree(pages);
			return NULL;
		}
	}
	return pages;
}

void *vmk_freed_array(unsigned int n)
{
	struct page **pages = vmk_get_pages(n);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr)
		release_pages(pages, n);
	kvfree(pages); /* { dg-warning "the page array that 'vmap' took over with 'VM_MAP_PUT_PAGES' is freed after it succeeded" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return vaddr;
}

void *vmk_freed_pages(unsigned int n)
{
	struct page **pages = vmk_get_pages(n);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		kvfree(pages);
		return NULL;
	}
	release_pages(pages, n); /* { dg-warning "the references of pages that 'vmap' took over with 'VM_MAP_PUT_PAGES' are dropped after it succeeded" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return vaddr;
}

void *vmk_failure_path(unsigned int n)
{
	struct page **pages = vmk_get_pages(n);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (vaddr)
		return vaddr;
	release_pages(pages, n); /* { dg-bogus "vmapcheck" } */
	kvfree(pages); /* { dg-bogus "vmapcheck" } */
	return NULL;
}

/* the vmap() in a helper that returns its mapping or NULL */
static noinline void *vmk_map_owned(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "'vmk_map_owned' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *vmk_freed_after_helper(unsigned int n)
{
	struct page **pages = vmk_get_pages(n);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmk_map_owned(pages, n); /* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		release_pages(pages, n);
		kfree(pages);
		return NULL;
	}
	kfree(pages); /* { dg-warning "the page array that 'vmap' took over with 'VM_MAP_PUT_PAGES' is freed after it succeeded" } */
	return vaddr; /* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *vmk_helper_failure_path(unsigned int n)
{
	struct page **pages = vmk_get_pages(n);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmk_map_owned(pages, n);
	if (!vaddr) {
		release_pages(pages, n);
		kfree(pages); /* { dg-bogus "vmapcheck" } */
	}
	return vaddr;
}
