// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

/*
 * order-0 pages in an array from the module's own allocator, which good.c
 * defines: correct, but this unit cannot see where its array comes from
 */
struct page **ck_array_alloc(unsigned int n);
void *ck_blind(void);

void *ck_blind(void)
{
	struct page **pages = ck_array_alloc(4);
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto fail;
	}
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (vaddr)
		return vaddr;
	i = 4;
fail:
	while (i--)
		__free_page(pages[i]);
	kvfree(pages);
	return NULL;
}
EXPORT_SYMBOL_GPL(ck_blind);
