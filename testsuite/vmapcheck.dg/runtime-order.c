/* Default level.  An allocation whose order is only
   known at run time is not split, and a page past its first is mapped with
   VM_MAP_PUT_PAGES: that page exists only if the order is not 0, so this is
   a definite bug (a tail page with __GFP_COMP or from a folio, a page with
   no reference of its own without).  Mapping only the first page, or
   splitting first, is silent.  */
/* { dg-do compile } */

void *rt_comp_loop(unsigned int order)
{
	struct page **pages;
	struct page *page;
	unsigned int i;
	void *vaddr;

	pages = kmalloc_array(16, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	page = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "compound page of a run-time order allocated here; a page past the first is mapped, so the order is not 0" } */
	if (!page)
		goto free_array;
	for (i = 0; i < (1U << order); i++)
		pages[i] = page + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1U << order, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of a compound page of run-time order; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(page, order);
free_array:
	kfree(pages);
	return NULL;
}

void *rt_folio(int nid, size_t size)
{
	struct page **pages;
	struct folio *folio;
	unsigned int i, n = size >> PAGE_SHIFT;
	void *vaddr;

	pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	folio = folio_alloc(GFP_KERNEL, get_order(size));	/* { dg-message "folio of a run-time order allocated here" } */
	if (!folio)
		goto free_array;
	for (i = 0; i < n; i++)
		pages[i] = folio_page(folio, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "given a tail page of a compound page of run-time order" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(folio);
free_array:
	kvfree(pages);
	return NULL;
}

/* perf aux style: the largest order that works, page++ into the array */
void *rt_unsplit_fallback(int nid, unsigned int nr)
{
	struct page **pages;
	struct page *page;
	unsigned int n = 0, order = 31 - __builtin_clz(nr);

	pages = kvcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	while (n < nr) {
		unsigned int last;

		do {
			page = alloc_pages_node(nid, GFP_KERNEL | __GFP_NOWARN, order);	/* { dg-message "pages of a run-time order allocated here; a page past the first is mapped" } */
		} while (!page && order--);
		if (!page)
			return NULL;
		for (last = n + (1U << order); n < last && n < nr; n++)
			pages[n] = page++;	/* { dg-message "stored into the page array here" } */
	}
	return vmap(pages, nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page past the first of an unsplit allocation of run-time order; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
}

static struct page *rt_alloc_sized(size_t size)
{
	return alloc_pages(GFP_KERNEL, get_order(size));	/* { dg-message "pages of a run-time order allocated here" } */
}

/* through a helper, and nth_page() */
void *rt_helper(size_t size)
{
	struct page **pages;
	struct page *page = rt_alloc_sized(size);	/* { dg-message "returned by 'rt_alloc_sized' here" } */
	unsigned int i, n = size >> PAGE_SHIFT;
	void *vaddr;

	pages = kmalloc_array(16, sizeof(*pages), GFP_KERNEL);
	if (!pages || !page || n > 16)
		goto err;
	for (i = 0; i < n; i++)
		pages[i] = nth_page(page, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "given a page past the first of an unsplit allocation of run-time order" } */
	/* { dg-message "fix: call 'split_page'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (page)
		__free_pages(page, get_order(size));
	kfree(pages);
	return NULL;
}

/* the first page only: may be order 0, not reported at the default level */
void *rt_head_only(unsigned int order)
{
	struct page **pages;
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_COMP, order);
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !page)
		goto err;
	pages[0] = page;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (page)
		__free_pages(page, order);
	kfree(pages);
	return NULL;
}

/* split_page() when the order is not 0: every page is order 0 */
void *rt_split(int nid, unsigned int nr)
{
	struct page **pages;
	struct page *page;
	unsigned int n = 0, order = 31 - __builtin_clz(nr);
	void *vaddr;

	pages = kvcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	while (n < nr) {
		unsigned int last;

		while ((1U << order) > nr - n)
			order--;
		do {
			page = alloc_pages_node(nid, GFP_KERNEL | __GFP_NOWARN, order);
		} while (!page && order--);
		if (!page)
			goto err;
		if (order)
			split_page(page, order);
		for (last = n + (1U << order); n < last && n < nr; n++)
			pages[n] = page++;
	}
	vaddr = vmap(pages, nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (n--)
		__free_page(pages[n]);
	kvfree(pages);
	return NULL;
}

/* a page past the first, but VM_MAP_PUT_PAGES is not given: silent */
void *rt_no_flag(unsigned int order)
{
	struct page *pages[16];
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_COMP, order);
	unsigned int i;

	if (!page || order > 4)
		return NULL;
	for (i = 0; i < (1U << order); i++)
		pages[i] = page + i;
	return vmap(pages, 1U << order, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

/* split_page() does not make a compound page order-0 (it is a bug there
   itself): still reported */
void *rt_comp_split(unsigned int order)
{
	struct page **pages;
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "compound page of a run-time order allocated here" } */
	void *vaddr;
	unsigned int i;

	pages = kmalloc_array(16, sizeof(*pages), GFP_KERNEL);
	if (!pages || !page || order > 4)
		goto err;
	split_page(page, order);
	for (i = 0; i < (1U << order); i++)
		pages[i] = page + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1U << order, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "given a tail page of a compound page of run-time order" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (page)
		__free_pages(page, order);	/* the compound allocation */
	kfree(pages);
	return NULL;
}
