/* The common driver shape: a local array is
   allocated and filled, then its pointer is stored into obj->pages; another
   function maps obj->pages (directly, or through a local copy of the
   pointer).  The facts of the array travel with the pointer into the
   field.  */
/* { dg-do compile } */

struct ring {
	struct page **pages;
	unsigned int nr_pages;
	void *vaddr;
};

int ring_alloc(struct ring *r)
{
	struct page **pages;
	struct page *p;
	unsigned int i;

	pages = kvcalloc(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return -12;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kvfree(pages);
		return -12;
	}
	for (i = 0; i < 4; i++)
		pages[i] = nth_page(p, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	r->pages = pages;
	r->nr_pages = 4;
	return 0;
}

int ring_map(struct ring *r)
{
	struct page **pages = r->pages;

	r->vaddr = vmap(pages, r->nr_pages, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	return r->vaddr ? 0 : -12;
}

struct slabbuf {
	unsigned int n;
	struct page **pages;
};

int slabbuf_init(struct slabbuf *s, size_t len)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *buf = kmalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */

	if (!pages || !buf) {
		kfree(buf);
		kfree(pages);
		return -12;
	}
	pages[0] = virt_to_page(buf);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	s->pages = pages;
	s->n = 1;
	return 0;
}

void *slabbuf_map(struct slabbuf *s)
{
	return vmap(s->pages, s->n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
}
