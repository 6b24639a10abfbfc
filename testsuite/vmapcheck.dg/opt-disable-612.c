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

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
