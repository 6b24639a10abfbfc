/* A helper is given a page (and a count), builds its
   own array of nth_page(page, i) and maps it with VM_MAP_PUT_PAGES set
   inside: the pages its callers give it reach vmap(), through any number of
   calls.  Split or order-0 pages: silent.  */
/* { dg-do compile } */

static void *map_range(struct page *page, unsigned int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++)
		pages[i] = nth_page(page, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_range' maps the pages it is given with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr)
		kvfree(pages);
	return vaddr;
}

static void *map_mid(struct page *p, unsigned int n)
{
	return map_range(p, n);	/* { dg-message "passed to 'map_range' here" } */
}

void *give_compound(void)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	void *vaddr;

	if (!page)
		return NULL;
	vaddr = map_mid(page, 4);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr)
		__free_pages(page, 2);
	return vaddr;
}

void *give_runtime_order(unsigned int order)
{
	struct page *page = alloc_pages(GFP_KERNEL, order);	/* { dg-message "pages of a run-time order allocated here; a page past the first is mapped" } */
	void *vaddr;

	if (!page)
		return NULL;
	vaddr = map_range(page, 1U << order);	/* { dg-warning "given a page past the first of an unsplit allocation of run-time order" } */
	/* { dg-message "fix: call 'split_page'" "" { target *-*-* } .-1 } */
	if (!vaddr)
		__free_pages(page, order);
	return vaddr;
}

void *give_split(void)
{
	struct page *page = alloc_pages(GFP_KERNEL, 2);
	void *vaddr;
	int i;

	if (!page)
		return NULL;
	split_page(page, 2);
	vaddr = map_range(page, 4);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		for (i = 0; i < 4; i++)
			__free_page(page + i);
	return vaddr;
}

void *give_order0(void)
{
	struct page *page = alloc_page(GFP_KERNEL);
	void *vaddr;

	if (!page)
		return NULL;
	vaddr = map_range(page, 1);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		__free_page(page);
	return vaddr;
}

/* the helper splits what it is given: silent */
static void *split_and_map(struct page *page, unsigned int order)
{
	struct page **pages;
	void *vaddr;
	unsigned int i;

	if (!page)
		return NULL;
	pages = kmalloc_array(16, sizeof(*pages), GFP_KERNEL);
	if (!pages) {
		__free_pages(page, order);
		return NULL;
	}

	split_page(page, order);
	for (i = 0; i < (1U << order); i++)
		pages[i] = page + i;
	vaddr = vmap(pages, 1U << order, VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (vaddr)
		return vaddr;
	for (i = 0; i < (1U << order); i++)
		__free_page(page + i);
	kfree(pages);
	return NULL;
}

void *give_to_splitter(void)
{
	return split_and_map(alloc_pages(GFP_KERNEL, 2), 2);	/* { dg-bogus "vmapcheck" } */
}
