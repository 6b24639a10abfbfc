/* Objects of one struct type say themselves whether their pages are
   handed over: one kind holds a folio's pages and owned = false, the
   other order-0 pages and owned = true; one function maps every object
   with b->owned ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP.  Which object
   reaches it is not known, and objects are not paths: what the type's
   field may hold and a flag chosen by another field of the object are
   not put together (level=possible only).  A function that hands over
   every object's pages, whatever its kind, is reported.  */
/* { dg-do compile } */

struct obuf {
	struct page **pages;
	struct folio *folio;
	bool owned;
	void *vaddr;
};

int obuf_init_folio(struct obuf *b)
{
	unsigned int i;

	b->owned = false;
	b->folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "order-2 folio allocated here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (!b->folio)
		return -12;
	b->pages = kcalloc(4, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages) {
		folio_put(b->folio);
		b->folio = NULL;
		return -12;
	}
	for (i = 0; i < 4; i++)
		b->pages[i] = folio_page(b->folio, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

int obuf_init_pages(struct obuf *b)
{
	unsigned int i;

	b->owned = true;
	b->folio = NULL;
	b->pages = kcalloc(4, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages)
		return -12;
	for (i = 0; i < 4; i++) {
		b->pages[i] = alloc_page(GFP_KERNEL);
		if (!b->pages[i])
			goto err;
	}
	return 0;
err:
	while (i--)
		__free_page(b->pages[i]);
	kfree(b->pages);
	b->pages = NULL;
	return -12;
}

/* owned: the area frees pages and array; else they stay the object's */
int obuf_map(struct obuf *b)
{
	b->vaddr = vmap(b->pages, 4, b->owned ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" "" { target level=definite } } */
	/* { dg-warning "is given a tail page of an order-2 compound page" "" { target level=possible } .-1 } */
	/* { dg-message "fix:" "" { target level=possible } .-2 } */
	return b->vaddr ? 0 : -12;
}

/* every object handed over, folio objects too: a bug */
int obuf_map_all(struct obuf *b)
{
	b->vaddr = vmap(b->pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return b->vaddr ? 0 : -12;
}
