/* Must not warn: compound pages and folio tails mapped
   without VM_MAP_PUT_PAGES (the dma-buf system heap maps its order-8/4/0
   __GFP_COMP pages with plain VM_MAP, and vunmap() never frees them).  */
/* { dg-do compile } */

#define HIGH_ORDER_GFP  (((GFP_HIGHUSER | __GFP_ZERO | __GFP_NOWARN \
				| __GFP_NORETRY) & ~__GFP_RECLAIM) \
				| __GFP_COMP)

void *system_heap_do_vmap(void)
{
	struct page **pages = kvmalloc_array(16, sizeof(struct page *), GFP_KERNEL);
	struct page *page;
	int i;

	if (!pages)
		return NULL;
	page = alloc_pages(HIGH_ORDER_GFP, 4);
	if (!page)
		return NULL;
	for (i = 0; i < 16; i++)
		pages[i] = nth_page(page, i);
	return vmap(pages, 16, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *folio_tail_no_flag(void)
{
	struct page *pages[4];
	struct folio *folio = folio_alloc(GFP_KERNEL, 2);
	int i;

	if (!folio)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = folio_page(folio, i);
	return vmap(pages, 4, 0, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *slab_no_flag(void)
{
	struct page *pages[1];
	void *buf = kmalloc(64, GFP_KERNEL);

	if (!buf)
		return NULL;
	pages[0] = virt_to_page(buf);
	return vmap(pages, 1, VM_MAP | VM_USERMAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
