/* Ops tables: one instance allocates a folio into obj->pages and maps it
   without VM_MAP_PUT_PAGES, another allocates order-0 pages and hands them
   over.  What a function of one table instance stores into a field is not
   what a function of another instance reads from it: nothing is reported.
   A third instance whose map() hands the folio's pages over is.  */
/* { dg-do compile } */

struct obuf;

struct obuf_ops {
	int (*get_pages)(struct obuf *b);
	void *(*map)(struct obuf *b);
};

struct obuf {
	const struct obuf_ops *ops;
	struct page **pages;
	struct folio *folio;
	unsigned int nr;
};

static int folio_get_pages(struct obuf *b)
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

/* the folio stays ours: freed with folio_put() after vunmap() */
static void *folio_map(struct obuf *b)
{
	return vmap(b->pages, b->nr, VM_MAP, PAGE_KERNEL);
}

static int sys_get_pages(struct obuf *b)
{
	unsigned int i;

	b->pages = kcalloc(4, sizeof(*b->pages), GFP_KERNEL);
	if (!b->pages)
		return -12;
	for (i = 0; i < 4; i++) {
		b->pages[i] = alloc_page(GFP_KERNEL);
		if (!b->pages[i])
			goto err;
	}
	b->nr = 4;
	return 0;
err:
	while (i--)
		__free_page(b->pages[i]);
	kfree(b->pages);
	b->pages = NULL;
	return -12;
}

/* the pages and the array belong to the area: vfree() frees them */
static void *sys_map(struct obuf *b)
{
	return vmap(b->pages, b->nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

/* wrong: the folio's pages handed over */
static void *folio_map_put(struct obuf *b)
{
	return vmap(b->pages, b->nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

const struct obuf_ops folio_ops = {
	.get_pages = folio_get_pages,
	.map = folio_map,
};

const struct obuf_ops sys_ops = {
	.get_pages = sys_get_pages,
	.map = sys_map,
};

const struct obuf_ops folio_put_ops = {
	.get_pages = folio_get_pages,
	.map = folio_map_put,
};

int obuf_map(struct obuf *b, void **vaddr)
{
	int ret = b->ops->get_pages(b);

	if (ret)
		return ret;
	*vaddr = b->ops->map(b);
	return *vaddr ? 0 : -12;
}

/* Tables of two struct types serving one object (a heap allocates, the
   buffer's ops map): not alternatives, so the allocator's pages reach the
   mapping and the folio handed over is reported.  */
struct hbuf {
	struct page **pages;
	struct folio *folio;
};

struct hbuf_heap_ops {
	int (*allocate)(struct hbuf *h);
};

struct hbuf_buf_ops {
	void *(*vmap)(struct hbuf *h);
};

static int hbuf_allocate(struct hbuf *h)
{
	unsigned int i;

	h->folio = folio_alloc(GFP_KERNEL, 1);	/* { dg-message "order-1 folio allocated here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (!h->folio)
		return -12;
	h->pages = kmalloc_array(2, sizeof(*h->pages), GFP_KERNEL);
	if (!h->pages) {
		folio_put(h->folio);
		return -12;
	}
	for (i = 0; i < 2; i++)
		h->pages[i] = folio_page(h->folio, i);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

static void *hbuf_vmap(struct hbuf *h)
{
	return vmap(h->pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-1 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

const struct hbuf_heap_ops hbuf_heap = {
	.allocate = hbuf_allocate,
};

const struct hbuf_buf_ops hbuf_ops = {
	.vmap = hbuf_vmap,
};
