/* Must not warn: order-0 allocations, even with
   __GFP_COMP (an order-0 page is never compound).  */
/* { dg-do compile } */

void *order0_compound_flag(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 0);
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = p;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 0);
	kfree(pages);
	return NULL;
}

void *order0_folio(void)
{
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL, 0);
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	pages[0] = &folio->page;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}

void *order0___alloc_pages(int nid)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = __alloc_pages(GFP_KERNEL, 0, nid, NULL);
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	__free_page(pages[0]);
free_array:
	kfree(pages);
	return NULL;
}
