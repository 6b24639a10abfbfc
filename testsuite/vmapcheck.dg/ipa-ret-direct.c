/* A helper returns a bad page that it allocated
   itself; the caller stores the return value into the page array and maps
   it with VM_MAP_PUT_PAGES.  The warning is at the caller's vmap(); the notes
   go into the helper (allocation, derivation) and back ("returned by").
   Non-static, static and static inline helpers.  */
/* { dg-do compile } */

struct page *get_buf_page(void)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */

	if (!p)
		return NULL;
	return p + 1;	/* { dg-message "page derived here" } */
}

void *ret_nonstatic(void)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = get_buf_page();	/* { dg-message "returned by 'get_buf_page' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	put_page(pages[0]);	/* the whole order-2 compound page */
free_array:
	kfree(pages);
	return NULL;
}

static struct page *get_folio_head(void)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 3);	/* { dg-message "order-3 folio allocated here" } */

	if (!folio)
		return NULL;
	return &folio->page;	/* { dg-message "page derived here" } */
}

void *ret_static(void)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	pages[0] = get_folio_head();	/* { dg-message "returned by 'get_folio_head' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-3 compound page; 'vfree' will free it with '__free_page' as if it were order 0" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(page_folio(pages[0]));
free_array:
	kfree(pages);
	return NULL;
}

static inline struct page *get_slab_page(size_t len)
{
	void *buf = kzalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */

	if (!buf)
		return NULL;
	return virt_to_page(buf);	/* { dg-message "page derived here" } */
}

void *ret_static_inline(size_t len)
{
	struct page **pages;
	struct page *page;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	page = get_slab_page(len);	/* { dg-message "returned by 'get_slab_page' here" } */
	if (!page) {
		kfree(pages);
		return NULL;
	}
	pages[0] = page;	/* { dg-message "stored into the page array here" } */
	return vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
}

/* Without __GFP_COMP and without split_page(): every page of the block.  */
struct page *get_unsplit(int nid)
{
	return alloc_pages_node(nid, GFP_KERNEL, 1);	/* { dg-message "order-1 pages allocated here without '__GFP_COMP'" } */
}

void *ret_unsplit(int nid)
{
	struct page **pages;
	struct page *p = get_unsplit(nid);	/* { dg-message "returned by 'get_unsplit' here" } */
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = p;
	pages[1] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-1 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 1);
	kfree(pages);
	return NULL;
}
