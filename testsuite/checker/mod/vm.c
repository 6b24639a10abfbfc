// SPDX-License-Identifier: GPL-2.0
#include <linux/module.h>
#include <linux/vmalloc.h>
#include <linux/gfp.h>
#include <linux/mm.h>

/*
 * independent order-0 pages in a vcalloc() array handed to vmap() with
 * VM_MAP_PUT_PAGES: correct (vfree() kvfree()s the vmalloc'd array)
 */
void *ck_vm(unsigned int n);

void *ck_vm(unsigned int n)
{
	struct page **pages = vcalloc(n, sizeof(*pages));
	void *vaddr;
	unsigned int i;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto fail;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (vaddr)
		return vaddr;
	i = n;
fail:
	while (i--)
		__free_page(pages[i]);
	vfree(pages);
	return NULL;
}
EXPORT_SYMBOL_GPL(ck_vm);
