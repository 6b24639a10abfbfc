// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, ownership check: the address of a
 * VM_MAP_PUT_PAGES mapping kept in a struct field, in a global, or returned
 * by the function that maps it, and released with vunmap() elsewhere (unit
 * test ownership-vunmap-memory.c).  Silent when the field also holds
 * mappings without the flag, and for vfree().
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: VM_MAP_PUT_PAGES mappings kept in memory, released with vunmap()");

struct vmk_ring {
	struct page **pages;
	unsigned int nr_pages;
	void *vaddr;
};

int vmk_ring_map(struct vmk_ring *r);
void vmk_ring_unmap(struct vmk_ring *r);
void vmk_ring_free(struct vmk_ring *r);
int vmk_log_map(struct page **pages, unsigned int n);
void vmk_log_unmap(void);
int vmk_scratch(void);

int vmk_ring_map(struct vmk_ring *r)
{
	void *vaddr = vmap(r->pages, r->nr_pages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!vaddr)
		return -ENOMEM;
	r->vaddr = vaddr; /* { dg-message "kept in struct field 'vaddr' here" } */
	r->pages = NULL;
	return 0;
}

void vmk_ring_unmap(struct vmk_ring *r)
{
	vunmap(r->vaddr); /* { dg-warning "'vunmap' releases a mapping that 'vmap' made with 'VM_MAP_PUT_PAGES'" } */
	/* { dg-message "fix: release it with 'vfree'" "" { target *-*-* } .-1 } */
	r->vaddr = NULL;
}

void vmk_ring_free(struct vmk_ring *r)
{
	vfree(r->vaddr); /* { dg-bogus "vmapcheck" } */
	r->vaddr = NULL;
}

static void *vmk_log_buf;

int vmk_log_map(struct page **pages, unsigned int n)
{
	void *vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */

	if (!vaddr)
		return -ENOMEM;
	vmk_log_buf = vaddr; /* { dg-message "kept in global 'vmk_log_buf' here" } */
	return 0;
}

void vmk_log_unmap(void)
{
	vunmap(vmk_log_buf); /* { dg-warning "'vunmap' releases a mapping" } */
	/* { dg-message "fix: release it with 'vfree'" "" { target *-*-* } .-1 } */
	vmk_log_buf = NULL;
}

static void *vmk_map_fresh(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */
	if (vaddr)
		return vaddr;
err:
	release_pages(pages, i);
	kfree(pages);
	return NULL;
}

int vmk_scratch(void)
{
	char *p = vmk_map_fresh(4); /* { dg-message "returned by 'vmk_map_fresh' here" } */

	if (!p)
		return -ENOMEM;
	p[0] = 1;
	vunmap(p); /* { dg-warning "'vunmap' releases a mapping" } */
	/* { dg-message "fix: release it with 'vfree'" "" { target *-*-* } .-1 } */
	return 0;
}

/* a field that also holds mappings without the flag: silent */
struct vmk_view {
	void *addr;
	bool owned;
};

int vmk_view_map(struct vmk_view *v, struct page **pages, unsigned int n, bool owned);
void vmk_view_unmap(struct vmk_view *v);

int vmk_view_map(struct vmk_view *v, struct page **pages, unsigned int n, bool owned)
{
	if (owned)
		v->addr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);
	else
		v->addr = vmap(pages, n, VM_MAP, PAGE_KERNEL);
	v->owned = owned;
	return v->addr ? 0 : -ENOMEM;
}

void vmk_view_unmap(struct vmk_view *v)
{
	if (v->owned)
		vfree(v->addr);
	else
		vunmap(v->addr); /* { dg-bogus "vmapcheck" } */
}
