// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck real-header case, ownership check: a devm_kcalloc() page array
 * kept in a struct field by the probe and handed to vmap() with
 * VM_MAP_PUT_PAGES by another function; devres frees it again (unit test
 * ownership-array-memory.c).  Silent when the field is also given arrays of
 * their own.
 */
/* { dg-do compile } */
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/device.h>

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("vmapcheck kmod case: a managed page array kept in a struct field, then handed over");

struct vmk_frame {
	struct page **pages;
	unsigned int nr_pages;
	void *vaddr;
};

struct vmk_strip {
	struct page **pages;
	unsigned int nr_pages;
	bool managed;
};

int vmk_frame_probe(struct device *dev, struct vmk_frame *f, unsigned int n);
int vmk_frame_map(struct vmk_frame *f);
int vmk_strip_probe(struct device *dev, struct vmk_strip *s, unsigned int n);
int vmk_strip_alloc(struct vmk_strip *s, unsigned int n);
void *vmk_strip_map(struct vmk_strip *s);

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

int vmk_frame_probe(struct device *dev, struct vmk_frame *f, unsigned int n)
{
	struct page **pages = devm_kcalloc(dev, n, sizeof(*pages), GFP_KERNEL); /* { dg-message "allocated here by 'devm_kcalloc'" } */

	if (!pages)
		return -ENOMEM;
	f->pages = pages; /* { dg-message "kept in struct field 'pages' here" } */
	f->nr_pages = n;
	return 0;
}

int vmk_frame_map(struct vmk_frame *f)
{
	if (vmk_fill(f->pages, f->nr_pages))
		return -ENOMEM;
	f->vaddr = vmap(f->pages, f->nr_pages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-warning "managed memory that its owner frees again" } */
	if (!f->vaddr) { /* { dg-message "fix:" "" { target *-*-* } .-1 } */
		release_pages(f->pages, f->nr_pages);
		return -ENOMEM;
	}
	return 0;
}

int vmk_strip_probe(struct device *dev, struct vmk_strip *s, unsigned int n)
{
	s->pages = devm_kcalloc(dev, n, sizeof(*s->pages), GFP_KERNEL);
	s->nr_pages = n;
	s->managed = true;
	return s->pages ? 0 : -ENOMEM;
}

int vmk_strip_alloc(struct vmk_strip *s, unsigned int n)
{
	s->pages = kcalloc(n, sizeof(*s->pages), GFP_KERNEL);
	s->nr_pages = n;
	s->managed = false;
	return s->pages ? 0 : -ENOMEM;
}

void *vmk_strip_map(struct vmk_strip *s)
{
	void *vaddr;

	if (s->managed || vmk_fill(s->pages, s->nr_pages))
		return NULL;
	vaddr = vmap(s->pages, s->nr_pages, VM_MAP_PUT_PAGES, PAGE_KERNEL); /* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		release_pages(s->pages, s->nr_pages);
		kfree(s->pages);
	}
	s->pages = NULL;
	return vaddr;
}
