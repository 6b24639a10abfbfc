/* Must not warn: alloc_pages_bulk_array() fills the
   array with order-0 pages (lib/kunit_iov_iter.c does exactly this).  */
/* { dg-do compile } */

void *bulk_pages(unsigned long npages)
{
	struct page **pages;
	unsigned long got;

	pages = kvcalloc(npages, sizeof(struct page *), GFP_KERNEL);
	if (!pages)
		return NULL;
	got = alloc_pages_bulk_array(GFP_KERNEL, npages, pages);
	if (got != npages)
		return NULL;
	return vmap(pages, npages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *bulk_pages_node(int nid)
{
	struct page *pages[8] = { NULL };

	if (alloc_pages_bulk_array_node(GFP_KERNEL, nid, 8, pages) != 8)
		return NULL;
	return vmap(pages, 8, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
