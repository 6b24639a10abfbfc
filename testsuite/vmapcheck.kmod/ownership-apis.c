// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, ownership check: the spellings the other
 * ownership cases do not use (unit test ownership-apis.c).  A cleanup action
 * registered with kunit_add_action() (6.4+; the 6.1 tree registers the
 * same action with devm_add_action()) that vunmap()s, an array from
 * drmm_kcalloc(), &pages[n], folio_put() and release_pages()
 * (free_pages_bulk() on 7.x) after a successful hand-over.  Silent: arrays
 * from kvcalloc(), vmalloc(), vzalloc() and 7.x's kzalloc_objs(), and 7.2's
 * fixed lib/tests/kunit_iov_iter.c buffer.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/version.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/device.h>
#include <kunit/test.h>
#include <drm/drm_managed.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: the remaining spellings of the ownership rules");

#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)
#include <kunit/resource.h>
typedef struct kunit vmk_owner;
#define vmk_add_action(owner, fn, data)	kunit_add_action(owner, fn, data)
#else
typedef struct device vmk_owner;
#define vmk_add_action(owner, fn, data)	devm_add_action(owner, fn, data)
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 15, 0)
#define vmk_put_all(pages, n)	free_pages_bulk(pages, n)
#else
#define vmk_put_all(pages, n)	release_pages(pages, n)
#endif

void *vmk_apis_action(vmk_owner *owner, struct page **pages, unsigned int n);
void *vmk_apis_drmm(struct drm_device *drm, unsigned int n);
void *vmk_apis_interior(void);
void *vmk_apis_put_all(unsigned int n);
void *vmk_apis_folio_put(struct folio *folio);
void *vmk_apis_kvcalloc(unsigned int n);
void *vmk_apis_vmalloc(unsigned int n);
void *vmk_apis_vzalloc(unsigned int n);
void *vmk_apis_iov_buffer(struct kunit *test, struct page ***ppages, size_t npages);

static int vmk_fill(struct page **pages, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			release_pages(pages, i);
			return -ENOMEM;
		}
	}
	return 0;
}

static void vmk_unmap_action(void *data)
{
	vunmap(data); /* { dg-message "'vmk_unmap_action', registered to run later, releases it with 'vunmap' here" } */
}

void *vmk_apis_action(vmk_owner *owner, struct page **pages, unsigned int n)
{
	void *buf = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!buf)
		return NULL;
	if (vmk_add_action(owner, vmk_unmap_action, buf)) { /* { dg-warning "'vunmap' releases a mapping that 'vmap' made with 'VM_MAP_PUT_PAGES'" } */
		vfree(buf); /* { dg-message "fix:" "" { target *-*-* } .-1 } */
		return NULL;
	}
	return buf;
}

void *vmk_apis_drmm(struct drm_device *drm, unsigned int n)
{
	struct page **pages = drmm_kcalloc(drm, n, sizeof(*pages), GFP_KERNEL); /* { dg-message "allocated here by 'drmm_kcalloc'" } */
	void *vaddr;

	if (!pages || vmk_fill(pages, n))
		return NULL;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "managed memory that its owner frees again" } */
	if (!vaddr) /* { dg-message "fix:" "" { target *-*-* } .-1 } */
		release_pages(pages, n);
	return vaddr;
}

void *vmk_apis_interior(void)
{
	struct page **pages = kcalloc(8, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (vmk_fill(&pages[4], 4)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(&pages[4], 4, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "a pointer into the middle of an array" } */
	/* { dg-message "the pointer is moved past the start of the array here" "" { target *-*-* } .-1 } */
	if (!vaddr) { /* { dg-message "fix:" "" { target *-*-* } .-2 } */
		release_pages(&pages[4], 4);
		kfree(pages);
	}
	return vaddr;
}

void *vmk_apis_put_all(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages || vmk_fill(pages, n))
		return NULL;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		release_pages(pages, n);
		kfree(pages);
		return NULL;
	}
	vmk_put_all(pages, n); /* { dg-warning "are dropped after it succeeded" } */
	return vaddr; /* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *vmk_apis_folio_put(struct folio *folio)
{
	struct page **pages = kcalloc(1, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	pages[0] = &folio->page;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		kfree(pages);
		return NULL;
	}
	folio_put(folio); /* { dg-warning "are dropped after it succeeded" } */
	return vaddr; /* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

/* ---- silent ---------------------------------------------------------- */

static void *vmk_map_or_free(struct page **pages, unsigned int n)
{
	void *vaddr;

	if (vmk_fill(pages, n)) {
		kvfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		release_pages(pages, n);
		kvfree(pages);
	}
	return vaddr;
}

void *vmk_apis_kvcalloc(unsigned int n)
{
	struct page **p = kvcalloc(n, sizeof(*p), GFP_KERNEL);

	return p ? vmk_map_or_free(p, n) : NULL;
}

void *vmk_apis_vmalloc(unsigned int n)
{
	struct page **p = vmalloc(n * sizeof(*p));

	return p ? vmk_map_or_free(p, n) : NULL;
}

void *vmk_apis_vzalloc(unsigned int n)
{
	struct page **p = vzalloc(n * sizeof(*p));

	return p ? vmk_map_or_free(p, n) : NULL;
}

#ifdef kzalloc_objs
void *vmk_apis_kzalloc_objs(unsigned int n);
void *vmk_apis_kzalloc_objs(unsigned int n)
{
	struct page **p = kzalloc_objs(*p, n);

	return p ? vmk_map_or_free(p, n) : NULL;
}
#endif

/* 7.2's lib/tests/kunit_iov_iter.c iov_kunit_create_buffer(), fixed */
static void vmk_iov_unmap(void *data)
{
	vfree(data);
}

void *vmk_apis_iov_buffer(struct kunit *test, struct page ***ppages, size_t npages)
{
	struct page **pages;
	void *buffer;

	pages = kcalloc(npages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return NULL;
	*ppages = pages;
	if (vmk_fill(pages, npages)) {
		kfree(pages);
		return NULL;
	}
	buffer = vmap(pages, npages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!buffer) {
		release_pages(pages, npages);
		kfree(pages);
		return NULL;
	}
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)
	kunit_add_action_or_reset(test, vmk_iov_unmap, buffer); /* { dg-bogus "vmapcheck" } */
#else
	(void)vmk_iov_unmap;
#endif
	return buffer;
}
