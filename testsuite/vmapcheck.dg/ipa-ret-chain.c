/* A bad page is returned through a chain of three
   helpers (allocated in the innermost one); the notes walk the chain back
   out, one "returned by" at each call.  Non-static and static helpers.  */
/* { dg-do compile } */

struct page *buf_page_lvl3(void)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 3);	/* { dg-message "order-3 folio allocated here" } */

	if (!folio)
		return NULL;
	return folio_page(folio, 2);	/* { dg-message "page derived here" } */
}

struct page *buf_page_lvl2(void)
{
	return buf_page_lvl3();	/* { dg-message "returned by 'buf_page_lvl3' here" } */
}

struct page *buf_page_lvl1(void)
{
	struct page *page = buf_page_lvl2();	/* { dg-message "returned by 'buf_page_lvl2' here" } */

	return page;
}

void *ret_chain(void)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = buf_page_lvl1();	/* { dg-message "returned by 'buf_page_lvl1' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(page_folio(pages[0]));
free_array:
	kfree(pages);
	return NULL;
}

static struct page *slab_lvl3(size_t len)
{
	void *buf = kmalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */

	return buf ? virt_to_page(buf) : NULL;	/* { dg-message "page derived here" } */
}

static struct page *slab_lvl2(size_t len)
{
	return slab_lvl3(len);	/* { dg-message "returned by 'slab_lvl3' here" } */
}

static struct page *slab_lvl1(size_t len)
{
	return slab_lvl2(len);	/* { dg-message "returned by 'slab_lvl2' here" } */
}

void *ret_chain_static(size_t len)
{
	struct page **pages = kvcalloc(2, sizeof(*pages), GFP_KERNEL);

	if (!pages)
		return NULL;
	pages[0] = alloc_page(GFP_KERNEL);
	pages[1] = slab_lvl1(len);	/* { dg-message "returned by 'slab_lvl1' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
}
