/* Must not warn: the non-compound order>0 block is
   split_page()d before its pages reach vmap(), so every entry is an
   independent order-0 page.  */
/* { dg-do compile } */

void *split_alloc_pages(void)
{
	struct page **pages;
	struct page *p;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL, 2);
	if (!p) {
		kfree(pages);
		return NULL;
	}
	split_page(p, 2);
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *split_alloc_pages_node(int nid, unsigned int nr)
{
	struct page **pages;
	struct page *p;
	unsigned int i;

	if (nr > 8)
		return NULL;
	pages = kvcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages_node(nid, GFP_KERNEL | __GFP_ZERO, 3);
	if (!p)
		return NULL;
	split_page(p, 3);
	for (i = 0; i < nr; i++)
		pages[i] = nth_page(p, i);
	return vmap(pages, nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *split_after_store(int nid)
{
	struct page **pages;
	struct page *p = __alloc_pages(GFP_KERNEL, 1, nid, NULL);

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (!p) {
		kfree(pages);
		return NULL;
	}
	pages[0] = p;
	pages[1] = p + 1;
	split_page(p, 1);
	return vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
