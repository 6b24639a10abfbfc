// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, ownership check: a VM_MAP_PUT_PAGES mapping
 * released with vunmap() leaks its pages and array.  Reported at a
 * vunmap() and where a devres cleanup action that vunmap()s its argument is
 * registered (6.12's lib/kunit_iov_iter.c has the same with a KUnit action,
 * which 6.1 does not have: unit test ownership-vunmap.c).
 * vfree() of the same mapping and vunmap() of a VM_MAP one are silent.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/device.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: VM_MAP_PUT_PAGES mappings released with vunmap()");

void vmk_unmap_direct(struct page **pages, unsigned int n);
void *vmk_unmap_devm(struct device *dev, struct page **pages, unsigned int n);
void *vmk_free_devm(struct device *dev, struct page **pages, unsigned int n);
void vmk_unmap_plain(struct page **pages, unsigned int n);

void vmk_unmap_direct(struct page **pages, unsigned int n)
{
	void *vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (vaddr)
		vunmap(vaddr); /* { dg-warning "'vunmap' releases a mapping that 'vmap' made with 'VM_MAP_PUT_PAGES': the pages and the page array leak" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

static void vmk_unmap_action(void *data)
{
	vunmap(data); /* { dg-message "'vmk_unmap_action', registered to run later, releases it with 'vunmap' here" } */
}

void *vmk_unmap_devm(struct device *dev, struct page **pages, unsigned int n)
{
	void *buffer = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!buffer)
		return NULL;
	if (devm_add_action_or_reset(dev, vmk_unmap_action, buffer)) /* { dg-warning "'vunmap' releases a mapping" } */
		return NULL; /* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return buffer;
}

static void vmk_free_action(void *data)
{
	vfree(data);
}

void *vmk_free_devm(struct device *dev, struct page **pages, unsigned int n)
{
	void *buffer = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);

	if (!buffer)
		return NULL;
	if (devm_add_action_or_reset(dev, vmk_free_action, buffer)) /* { dg-bogus "vmapcheck" } */
		return NULL;
	return buffer;
}

void vmk_unmap_plain(struct page **pages, unsigned int n)
{
	void *vaddr = vmap(pages, n, VM_MAP, PAGE_KERNEL);

	if (vaddr)
		vunmap(vaddr); /* { dg-bogus "vmapcheck" } */
}
