/* Must not warn: order-0 allocations, even with
   __GFP_COMP (an order-0 page is never compound).  */
/* { dg-do compile } */

void *order0_compound_flag(void)
{
	struct page *pages[1];
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 0);

	if (!p)
		return NULL;
	pages[0] = p;
	return vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *order0_folio(void)
{
	struct page *pages[1];
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);

	if (!folio)
		return NULL;
	pages[0] = &folio->page;
	return vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *order0___alloc_pages(int nid)
{
	struct page *pages[1];

	pages[0] = __alloc_pages(GFP_KERNEL, 0, nid, NULL);
	return vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
