// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, ownership check: vmap() with VM_MAP_PUT_PAGES
 * takes over the page array, which vfree() will kvfree().  A stack array,
 * a static array, and arrays from devm_kcalloc() and kunit_kcalloc() (freed
 * again by devres and by KUnit, as in 6.12's lib/kunit_iov_iter.c) are
 * findings; a kvmalloc_array() array is not, nor a stack array mapped with
 * VM_MAP alone.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/device.h>
#include <kunit/test.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: arrays vmap() cannot take over");

void *vmk_own_stack(void);
void *vmk_own_static(void);
void *vmk_own_devm(struct device *dev);
void *vmk_own_kunit(struct kunit *test);
void *vmk_own_kvmalloc(void);
void *vmk_own_stack_plain(void);

static struct page *vmk_static_pages[2];

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

void *vmk_own_stack(void)
{
	struct page *pages[2];	/* { dg-message "'pages' is a local of 'vmk_own_stack'" } */
	void *vaddr;

	if (vmk_fill(pages, 2))
		return NULL;
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "takes over a page array that 'vfree' cannot release with 'kvfree': a stack array" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		release_pages(pages, 2);
	return vaddr;
}

void *vmk_own_static(void)
{
	void *vaddr;

	if (vmk_fill(vmk_static_pages, 2))
		return NULL;
	vaddr = vmap(vmk_static_pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "a static array" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		release_pages(vmk_static_pages, 2);
	return vaddr;
}
/* { dg-message "'vmk_static_pages' has static storage" "" { target *-*-* } 29 } */

void *vmk_own_devm(struct device *dev)
{
	struct page **pages = devm_kcalloc(dev, 2, sizeof(*pages), GFP_KERNEL); /* { dg-message "allocated here by 'devm_kcalloc': the device's devres frees it again" } */
	void *vaddr;

	if (!pages || vmk_fill(pages, 2))
		return NULL;
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "managed memory that its owner frees again" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		release_pages(pages, 2);
	return vaddr;
}

void *vmk_own_kunit(struct kunit *test)
{
	struct page **pages = kunit_kcalloc(test, 2, sizeof(*pages), GFP_KERNEL); /* { dg-message "allocated here by 'kunit_kcalloc': the KUnit test frees it again" } */
	void *vaddr;

	if (!pages || vmk_fill(pages, 2))
		return NULL;
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "managed memory that its owner frees again" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		release_pages(pages, 2);
	return vaddr;
}

void *vmk_own_kvmalloc(void)
{
	struct page **pages = kvmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (vmk_fill(pages, 2)) {
		kvfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		release_pages(pages, 2);
		kvfree(pages);
	}
	return vaddr;
}

void *vmk_own_stack_plain(void)
{
	struct page *pages[2];
	void *vaddr;

	if (vmk_fill(pages, 2))
		return NULL;
	vaddr = vmap(pages, 2, VM_MAP, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		release_pages(pages, 2);
	return vaddr;
}
