/* folio_page(folio, 0) of an order>0 folio: the head
   page (offset provably 0).  */
/* { dg-do compile } */

void *page0_folio_alloc(void)
{
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL | __GFP_ZERO, 3);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	pages[0] = folio_page(folio, 0);	/* { dg-message "stored into the page array here" } */
	/* { dg-message "derived here" "folio to page" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}

void *page0___folio_alloc(int nid)
{
	struct page **pages;
	struct folio *folio = __folio_alloc(GFP_KERNEL, 1, nid, NULL);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto put_folio;
	pages[0] = alloc_page(GFP_KERNEL);
	if (!pages[0])
		goto put_folio;
	pages[1] = folio_page(folio, 0);	/* { dg-message "stored into the page array here" } */
	/* { dg-message "derived here" "folio to page" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_page(pages[0]);
put_folio:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}
