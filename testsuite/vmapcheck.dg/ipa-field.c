/* The page array pointer lives in a struct field
   (obj->pages): filled in one function, mapped in another (directly, or by
   a helper given obj->pages).  Facts are keyed by the struct field, so a
   field of the same name in another struct is not confused with it.  */
/* { dg-do compile } */

struct vbuf {
	struct page **pages;
	unsigned int nr;
	void *vaddr;
};

int vbuf_fill(struct vbuf *b)
{
	struct page *p;
	unsigned int i;

	b->pages = kcalloc(b->nr, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages)
		return -12;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kfree(b->pages);
		b->pages = NULL;
		return -12;
	}
	for (i = 0; i < b->nr && i < 4; i++)
		b->pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

int vbuf_map(struct vbuf *b)
{
	b->vaddr = vmap(b->pages, b->nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	return b->vaddr ? 0 : -12;
}

/* Filled in one function, handed by a third to a mapping helper.  */
struct gem_obj {
	unsigned int npages;
	struct page **pages;
};

void *gem_map_pages(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'gem_map_pages' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void gem_get_pages(struct gem_obj *obj)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 1);	/* { dg-message "order-1 folio allocated here" } */
	unsigned int i;

	obj->pages = kvmalloc_array(obj->npages, sizeof(struct page *), GFP_KERNEL);
	if (!obj->pages || !folio) {
		kvfree(obj->pages);
		obj->pages = NULL;
		if (folio)
			folio_put(folio);
		return;
	}
	for (i = 0; i < obj->npages; i++)
		obj->pages[i] = folio_page(folio, i & 1);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

void *gem_vmap(struct gem_obj *obj)
{
	return gem_map_pages(obj->pages, obj->npages);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

/* Another struct with a 'pages' field holding good pages: no warning.  */
struct good_buf {
	struct page **pages;
	unsigned int nr;
};

void good_buf_fill(struct good_buf *g)
{
	unsigned int i;

	for (i = 0; i < g->nr; i++)
		g->pages[i] = alloc_page(GFP_KERNEL);
}

void *good_buf_map(struct good_buf *g)
{
	return vmap(g->pages, g->nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

/* Filled by a fill helper given the field.  */
struct pbuf {
	struct page **pages;
	unsigned int n;
};

void pbuf_fill_pages(struct page **pages, unsigned int n)
{
	struct page *p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	unsigned int i;

	if (!p)
		return;
	for (i = 0; i < n && i < 4; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

void pbuf_init(struct pbuf *b)
{
	b->pages = kvcalloc(b->n, sizeof(*b->pages), GFP_KERNEL);
	if (b->pages)
		pbuf_fill_pages(b->pages, b->n);	/* { dg-message "stored by 'pbuf_fill_pages' into its argument 'pages' here" } */
}

void *pbuf_map(struct pbuf *b)
{
	return vmap(b->pages, b->n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
}
