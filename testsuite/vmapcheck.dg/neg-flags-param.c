/* Must not warn: the vmap() flags are a parameter, so
   VM_MAP_PUT_PAGES is not known to be set.  */
/* { dg-do compile } */

void *flags_param(unsigned long flags)
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
	return vmap(pages, 4, flags, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *flags_param_or(unsigned long extra)
{
	struct page **pages;
	void *buf = kmalloc(128, GFP_KERNEL);

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (!buf) {
		kfree(pages);
		return NULL;
	}
	pages[0] = virt_to_page(buf);
	return vmap(pages, 1, VM_MAP | extra, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
