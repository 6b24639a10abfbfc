// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

/* the tail pages of an order-2 compound page handed to vmap() with VM_MAP_PUT_PAGES */
void *ck_bad(void);

void *ck_bad(void)
{
	struct page **pages = kvmalloc(sizeof(*pages) * 4, GFP_KERNEL);
	struct page *page;
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
	if (!page) {
		kvfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = page + i;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr) {
		__free_pages(page, 2);
		kvfree(pages);
	}
	return vaddr;
}
EXPORT_SYMBOL_GPL(ck_bad);
MODULE_LICENSE("GPL");
