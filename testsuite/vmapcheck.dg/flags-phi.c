/* VM_MAP_PUT_PAGES is set on one incoming path only (a
   PHI of the flags): some path hands the pages over, so it warns.  */
/* { dg-do compile } */

extern void trace_owner(void);

void *flags_phi_unsplit(int own)
{
	struct page **pages;
	unsigned long flags = VM_MAP;
	struct page *p;
	int i;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (own) {
		flags |= VM_MAP_PUT_PAGES;	/* { dg-message "set here" } */
		trace_owner();
	}
	vaddr = vmap(pages, 4, flags, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 2);
free_array:
	kfree(pages);
	return NULL;
}

void *flags_phi_folio(int own)
{
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL, 1);	/* { dg-message "allocated here" } */
	unsigned long flags;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	pages[0] = folio_page(folio, 1);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (own) {
		flags = VM_MAP_PUT_PAGES;	/* { dg-message "set here" } */
		trace_owner();
	} else {
		flags = VM_MAP;
	}
	vaddr = vmap(pages, 1, flags, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}
