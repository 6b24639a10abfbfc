/* A helper builds its own page array from the one
   its caller passes (pagelist[i] = virt_to_page(pages[i]), as PMU drivers'
   setup_aux() do) and hands it to vmap() with VM_MAP_PUT_PAGES: the
   caller's pages reach vmap().  The perf AUX buffer shape: pages of a
   run-time order allocation, not split, page_address(page++) kept in a
   struct field.  */
/* { dg-do compile } */

#define ENOMEM 12

struct aux_buf {
	void **aux_pages;
	int aux_nr_pages;
};

static void *aux_vmap(void **pages, int nr_pages)
{
	struct page **pagelist;
	void *base;
	int i;

	pagelist = kcalloc(nr_pages, sizeof(*pagelist), GFP_KERNEL);
	if (!pagelist)
		return NULL;
	for (i = 0; i < nr_pages; i++)
		pagelist[i] = virt_to_page(pages[i]);
	base = vmap(pagelist, nr_pages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'aux_vmap' hands the pages of the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	if (!base)
		kfree(pagelist);
	return base;
}

static struct page *aux_alloc_page(int node, int order)
{
	struct page *page;

	do {
		page = alloc_pages_node(node, GFP_KERNEL | __GFP_NORETRY, order);	/* { dg-message "pages of a run-time order allocated here; a page past the first is mapped" } */
	} while (!page && order--);
	return page;
}

int aux_alloc(struct aux_buf *rb, int nr_pages, int max_order)
{
	rb->aux_pages = kcalloc(nr_pages, sizeof(void *), GFP_KERNEL);
	if (!rb->aux_pages)
		return -ENOMEM;
	for (rb->aux_nr_pages = 0; rb->aux_nr_pages < nr_pages;) {
		struct page *page;
		int last;

		page = aux_alloc_page(-1, max_order);	/* { dg-message "returned by 'aux_alloc_page' here" } */
		if (!page)
			return -ENOMEM;
		for (last = rb->aux_nr_pages + (1 << max_order);
		     last > rb->aux_nr_pages; rb->aux_nr_pages++)
			rb->aux_pages[rb->aux_nr_pages] = page_address(page++);	/* { dg-message "stored into the page array here" } */
	}
	if (!aux_vmap(rb->aux_pages, nr_pages))	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page past the first of an unsplit allocation of run-time order" } */
		return -ENOMEM;
	/* { dg-message "fix: call 'split_page'" "" { target *-*-* } .-2 } */
	return 0;
}

/* the same with split_page(): silent */
static struct page *aux_alloc_page_split(int node, int order)
{
	struct page *page;

	do {
		page = alloc_pages_node(node, GFP_KERNEL | __GFP_NORETRY, order);
	} while (!page && order--);
	if (page && order)
		split_page(page, order);
	return page;
}

int aux_alloc_split(struct aux_buf *rb, int nr_pages, int max_order, void **out)
{
	void **pages = kcalloc(nr_pages, sizeof(void *), GFP_KERNEL);
	int n;

	if (!pages)
		return -ENOMEM;
	for (n = 0; n < nr_pages;) {
		struct page *page = aux_alloc_page_split(-1, max_order);
		int last;

		if (!page)
			return -ENOMEM;
		for (last = n + (1 << max_order); last > n; n++)
			pages[n] = page_address(page++);
	}
	*out = aux_vmap(pages, nr_pages);	/* { dg-bogus "vmapcheck" } */
	return 0;
}
