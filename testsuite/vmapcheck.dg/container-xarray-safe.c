/* Must not warn: order-0 pages, and an order-2
   block split with split_page(), through an xarray into vmap() with
   VM_MAP_PUT_PAGES.  */
/* { dg-do compile } */

int xs_fill(struct xarray *xa)
{
	struct page *page;
	unsigned long i;

	for (i = 0; i < 4; i++) {
		page = alloc_page(GFP_KERNEL);
		if (!page)
			return -1;
		xa_store(xa, i, page, GFP_KERNEL);
	}
	page = alloc_pages(GFP_KERNEL, 2);
	if (!page)
		return -1;
	split_page(page, 2);
	for (i = 0; i < 4; i++)
		xa_store(xa, 4 + i, page + i, GFP_KERNEL);
	return 0;
}

void *xs_map(struct xarray *xa)
{
	struct page **pages;
	unsigned long i;
	void *vaddr;

	pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < 8; i++)
		pages[i] = xa_load(xa, i);
	vaddr = vmap(pages, 8, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		kfree(pages);
	return vaddr;
}
