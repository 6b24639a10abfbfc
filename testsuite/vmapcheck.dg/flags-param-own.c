/* A helper takes the vmap() flags from its caller but maps an array of
   its own: read from a struct field (a static inline wrapper), or built
   from a scatterlist.  What that array holds is the caller's finding
   wherever the caller's flags set VM_MAP_PUT_PAGES, directly or through
   its own flags parameter; nothing where they do not.  */
/* { dg-do compile } */

struct wbuf {
	struct page **pages;
	struct folio *folio;
	unsigned int nr;
};

static inline void *wbuf_vmap(struct wbuf *b, unsigned long flags)
{
	return vmap(b->pages, b->nr, flags, PAGE_KERNEL);	/* { dg-message "'wbuf_vmap' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

int wbuf_fill(struct wbuf *b)
{
	unsigned int i;

	b->folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "order-2 folio allocated here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (!b->folio)
		return -12;
	b->pages = kmalloc_array(4, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages) {
		folio_put(b->folio);
		return -12;
	}
	for (i = 0; i < 4; i++)
		b->pages[i] = folio_page(b->folio, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	b->nr = 4;
	return 0;
}

void *wbuf_map_put(struct wbuf *b)
{
	return wbuf_vmap(b, VM_MAP | VM_MAP_PUT_PAGES);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

/* the folio stays ours: no flag, nothing to report */
void *wbuf_map_keep(struct wbuf *b)
{
	return wbuf_vmap(b, VM_MAP);	/* { dg-bogus "vmapcheck" } */
}

/* Built from a scatterlist, flags from the caller's caller. */
static void *sgt_vmap(struct sg_table *sgt, unsigned int n, unsigned long flags)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	struct sg_page_iter piter;
	unsigned int i = 0;
	void *vaddr;

	if (!pages)
		return NULL;
	for_each_sgtable_page(sgt, &piter, 0) {
		if (i == n)
			break;
		pages[i++] = sg_page_iter_page(&piter);	/* { dg-message "stored into the page array here" } */
		/* { dg-message "taken from a scatterlist here" "" { target *-*-* } .-1 } */
	}
	vaddr = vmap(pages, i, flags, PAGE_KERNEL);	/* { dg-message "'sgt_vmap' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr)
		kvfree(pages);
	return vaddr;
}

int sgt_fill_compound(struct sg_table *sgt)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */

	if (!p)
		return -12;
	if (sg_alloc_table(sgt, 1, GFP_KERNEL)) {
		__free_pages(p, 1);
		return -12;
	}
	sg_set_page(sgt->sgl, p, 2 * PAGE_SIZE, 0);	/* { dg-message "put into a scatterlist here" } */
	return 0;
}

static void *sgt_map_flags(struct sg_table *sgt, unsigned long flags)
{
	return sgt_vmap(sgt, 2, flags);	/* { dg-message "passed to .sgt_vmap. here" } */
}

void *sgt_map_owned(struct sg_table *sgt)
{
	return sgt_map_flags(sgt, VM_MAP | VM_MAP_PUT_PAGES);	/* { dg-warning "is given a" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}
