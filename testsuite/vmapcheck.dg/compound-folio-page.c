/* folio_page(page_folio(p), n) of an order>0 __GFP_COMP
   allocation: a tail page for n != 0 or n unknown.  */
/* { dg-do compile } */

void *folio_page_alloc_pages(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = folio_page(page_folio(p), 1);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 2);
	kfree(pages);
	return NULL;
}

void *folio_page_alloc_pages_node(int nid, unsigned int nr)
{
	struct page **pages;
	struct page *p;
	unsigned int i;
	void *vaddr;

	if (nr > 4)
		return NULL;
	pages = kmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages_node(nid, GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < nr; i++)
		pages[i] = folio_page(page_folio(p), i);	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 2);
free_array:
	kfree(pages);
	return NULL;
}

void *folio_page___alloc_pages(int nid)
{
	struct page **pages;
	struct page *p;
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = __alloc_pages(GFP_KERNEL | __GFP_COMP, 3, nid, NULL);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	pages[1] = folio_page(page_folio(p), 5);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	pages[0] = alloc_page(GFP_KERNEL);
	if (!pages[0])
		goto free_p;
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_page(pages[0]);
free_p:
	__free_pages(p, 3);
free_array:
	kfree(pages);
	return NULL;
}
