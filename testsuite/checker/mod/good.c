// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>

/*
 * independent order-0 pages in a kvmalloc_array() array handed to vmap() with
 * VM_MAP_PUT_PAGES: correct
 */
void *ck_good(void);
struct page **ck_array_alloc(unsigned int n);

/* blind.c's page arrays */
struct page **ck_array_alloc(unsigned int n)
{
	return kvcalloc(n, sizeof(struct page *), GFP_KERNEL);
}

void *ck_good(void)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
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
EXPORT_SYMBOL_GPL(ck_good);
