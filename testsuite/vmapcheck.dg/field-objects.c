/* Two objects of one struct type: one holds a folio's pages and is mapped
   without VM_MAP_PUT_PAGES, the other holds alloc_page() pages and is
   handed over with it.  Where a function sets obj->pages to an array of
   its own and maps obj->pages with nothing in between that could change
   the field, the mapping sees that array, not every array any object of
   the type may hold: nothing is reported.  The crossed twin hands the
   folio's pages over and is.  */
/* { dg-do compile } */

struct fobj {
	struct page **pages;
	struct folio *folio;	/* backing of a folio object, freed by us */
	unsigned int nr;
	void *vaddr;
};

int fobj_init_folio(struct fobj *o)
{
	unsigned int i;

	o->folio = folio_alloc(GFP_KERNEL, 2);
	if (!o->folio)
		return -12;
	o->pages = kmalloc_array(4, sizeof(*o->pages), GFP_KERNEL);
	if (!o->pages)
		goto put_folio;
	for (i = 0; i < 4; i++)
		o->pages[i] = folio_page(o->folio, i);
	o->nr = 4;
	o->vaddr = vmap(o->pages, o->nr, VM_MAP, PAGE_KERNEL);
	kfree(o->pages);
	o->pages = NULL;
	if (o->vaddr)
		return 0;
put_folio:
	folio_put(o->folio);
	o->folio = NULL;
	return -12;
}

int fobj_init_pages(struct fobj *o)
{
	unsigned int i;

	o->folio = NULL;
	o->pages = kmalloc_array(4, sizeof(*o->pages), GFP_KERNEL);
	if (!o->pages)
		return -12;
	for (i = 0; i < 4; i++) {
		o->pages[i] = alloc_page(GFP_KERNEL);
		if (!o->pages[i])
			goto free_pages;
	}
	o->nr = 4;
	o->vaddr = vmap(o->pages, o->nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (o->vaddr)
		return 0;
free_pages:
	while (i--)
		__free_page(o->pages[i]);
	kfree(o->pages);
	o->pages = NULL;
	return -12;
}

/* The same with a local pointer to a new object. */
struct fobj *fobj_new_pages(void)
{
	struct fobj *o = kzalloc(sizeof(*o), GFP_KERNEL);
	unsigned int i;

	if (!o)
		return NULL;
	o->pages = kcalloc(2, sizeof(*o->pages), GFP_KERNEL);
	if (!o->pages)
		goto free_obj;
	for (i = 0; i < 2; i++) {
		o->pages[i] = alloc_page(GFP_KERNEL);
		if (!o->pages[i])
			goto free_pages;
	}
	o->nr = 2;
	o->vaddr = vmap(o->pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (o->vaddr)
		return o;
free_pages:
	while (i--)
		__free_page(o->pages[i]);
	kfree(o->pages);
free_obj:
	kfree(o);
	return NULL;
}

int fobj_init_folio_crossed(struct fobj *o)
{
	unsigned int i;

	o->folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "order-2 folio allocated here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (!o->folio)
		return -12;
	o->pages = kmalloc_array(4, sizeof(*o->pages), GFP_KERNEL);
	if (!o->pages)
		goto put_folio;
	for (i = 0; i < 4; i++)
		o->pages[i] = folio_page(o->folio, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	o->nr = 4;
	o->vaddr = vmap(o->pages, o->nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (o->vaddr)
		return 0;
	kfree(o->pages);
	o->pages = NULL;
put_folio:
	folio_put(o->folio);
	o->folio = NULL;
	return -12;
}
