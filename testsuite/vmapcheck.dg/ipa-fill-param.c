/* A helper fills its array parameter with pages
   derived from another parameter (dst[i] = nth_page(src, i)); the caller
   passes it a bad page.  The summary says "fills argument 0 with pages
   derived from argument 1"; the note at the call says which array.  */
/* { dg-do compile } */

void fill_from(struct page **dst, struct page *src, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		dst[i] = nth_page(src, i);
	/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-2 } */
}

void *fill_param_folio(void)
{
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL, 3);	/* { dg-message "order-3 folio allocated here" } */
	void *vaddr;

	pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	fill_from(pages, &folio->page, 8);	/* { dg-message "stored by 'fill_from' into its argument 'dst' here" } */
	/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 8, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}

/* The page comes from __get_free_pages() through virt_to_page().  */
static void fill_from_addr(unsigned long addr, struct page **dst, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		dst[i] = virt_to_page((void *)(addr + i * PAGE_SIZE));
	/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-2 } */
}

void *fill_param_addr(void)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	unsigned long addr;
	void *vaddr;

	if (!pages)
		return NULL;
	addr = __get_free_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	if (!addr)
		goto free_array;
	fill_from_addr(addr, pages, 4);	/* { dg-message "stored by 'fill_from_addr' into its argument 'dst' here" } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	free_pages(addr, 2);
free_array:
	kvfree(pages);
	return NULL;
}

/* The same helper given a split block: no warning.  */
void *fill_param_split(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL, 2);
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p) {
		if (p)
			__free_pages(p, 2);
		kfree(pages);
		return NULL;
	}
	split_page(p, 2);
	fill_from(pages, p, 4);
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	for (i = 0; i < 4; i++)
		__free_page(p + i);
	kfree(pages);
	return NULL;
}
