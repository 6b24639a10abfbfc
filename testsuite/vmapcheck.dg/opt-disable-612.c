/* Plugin argument 'disable': the plugin loads but reports nothing, not even
   for a plain compound-page case.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-disable" } */

#include "k612.h"

void *disabled(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
	int i;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 2);
	kfree(pages);
	return NULL;
}
