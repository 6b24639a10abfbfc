/* The array is filled through a moving pointer
   ('*pp++ = page'), into a kmalloc_array() and a kvmalloc_array() result.  */
/* { dg-do compile } */

void *ptr_fill_compound(void)
{
	struct page **pages;
	struct page **pp;
	struct page *p;
	int i;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	pp = pages;

	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < 4; i++)
		*pp++ = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 2);
free_array:
	kfree(pages);
	return NULL;
}

void *ptr_fill_folio(unsigned int nr)
{
	struct page **pages, **pp;
	struct folio *folio;
	unsigned int i;
	void *vaddr;

	if (nr > 8)
		return NULL;
	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	folio = folio_alloc(GFP_KERNEL, 3);	/* { dg-message "allocated here" } */
	if (!folio)
		goto free_array;
	pp = pages;
	for (i = 0; i < nr; i++)
		*pp++ = folio_page(folio, i);	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(folio);
free_array:
	kvfree(pages);
	return NULL;
}
