/* A helper hands back a page array of its own through an out parameter:
   built locally and stored with *out = pages, or allocated into *ppages
   and filled through (*ppages)[i].  The caller's vmap() of that array
   with VM_MAP_PUT_PAGES sees what the helper put in: tail pages of a
   compound page or folio are reported, order-0 pages are not.  */
/* { dg-do compile } */

static int get_pages_out(struct page ***out, unsigned int n)
{
	struct page **pages;
	struct page *p;
	unsigned int i;

	if (n > 4)
		return -22;
	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -12;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kfree(pages);
		return -12;
	}
	for (i = 0; i < n; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	*out = pages;
	return 0;
}

void *out_map(void)
{
	struct page **pages;
	void *vaddr;

	if (get_pages_out(&pages, 4))	/* { dg-message "stored by 'get_pages_out' into its argument 'out' here" } */
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(pages[0], 2);
		kfree(pages);
	}
	return vaddr;
}

static int fill_ppages(struct page ***ppages, unsigned int n)
{
	struct folio *folio;
	unsigned int i;

	if (n > 4)
		return -22;
	folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "order-2 folio allocated here" } */
	if (!folio)
		return -12;
	*ppages = kcalloc(n, sizeof(**ppages), GFP_KERNEL);
	if (!*ppages) {
		folio_put(folio);
		return -12;
	}
	for (i = 0; i < n; i++)
		(*ppages)[i] = folio_page(folio, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

void *ppages_map(void)
{
	struct page **pages;
	void *vaddr;

	if (fill_ppages(&pages, 4))	/* { dg-message "stored by 'fill_ppages' into its argument 'ppages' here" } */
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		folio_put(page_folio(pages[0]));
		kfree(pages);
	}
	return vaddr;
}

/* order-0 pages handed back the same way: nothing to report */
static int get_order0_out(struct page ***out, unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;

	if (!pages)
		return -12;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	*out = pages;
	return 0;
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return -12;
}

void *order0_out_map(unsigned int n)
{
	struct page **pages;
	void *vaddr;

	if (get_order0_out(&pages, n))
		return NULL;
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		while (n--)
			__free_page(pages[n]);
		kfree(pages);
	}
	return vaddr;
}
