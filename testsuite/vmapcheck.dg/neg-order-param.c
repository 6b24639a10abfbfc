/* Must not warn: the order is a parameter (it may be 0),
   so nothing is proven.  */
/* { dg-do compile } */

void *order_param(unsigned int order)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (!p) {
		kfree(pages);
		return NULL;
	}
	pages[0] = p;
	return vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *order_param_folio(unsigned int order)
{
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL, order);

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (!folio) {
		kfree(pages);
		return NULL;
	}
	pages[0] = &folio->page;
	return vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
