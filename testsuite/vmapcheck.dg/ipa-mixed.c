/* Mixed arrays: most entries are good order-0 pages,
   one is bad.  The store note is at the bad entry's store only; the good
   stores get no note.  Also across functions: a helper stores the one bad
   entry among good ones.  */
/* { dg-do compile } */

void *mixed_local(void)
{
	struct page **pages;
	struct page *big = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages || !big)
		goto free_big;

	pages[0] = alloc_page(GFP_KERNEL);	/* { dg-bogus "vmapcheck" } */
	pages[1] = alloc_page(GFP_KERNEL);	/* { dg-bogus "vmapcheck" } */
	pages[2] = big + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	pages[3] = alloc_page(GFP_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!pages[0] || !pages[1] || !pages[3])
		goto free_pages;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
free_pages:
	for (i = 0; i < 4; i++)
		if (i != 2 && pages[i])
			__free_page(pages[i]);
free_big:
	if (big)
		__free_pages(big, 1);
	kfree(pages);
	return NULL;
}

void *put_last_slab(struct page **pages, unsigned int n, size_t len)
{
	unsigned int i;
	void *hdr = kmalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */

	if (!hdr)
		return NULL;
	for (i = 0; i + 1 < n; i++)
		pages[i] = alloc_page(GFP_KERNEL);	/* { dg-bogus "vmapcheck" } */
	pages[n - 1] = virt_to_page(hdr);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return hdr;
}

void *mixed_helper(unsigned int n, size_t len)
{
	struct page **pages;
	void *hdr, *vaddr;
	unsigned int i;

	if (!n)
		return NULL;
	pages = kvcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	hdr = put_last_slab(pages, n, len);	/* { dg-message "stored by 'put_last_slab' into its argument 'pages' here" } */
	if (!hdr)
		goto free_array;
	for (i = 0; i + 1 < n; i++)
		if (!pages[i])
			goto free_pages;
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
free_pages:
	for (i = 0; i + 1 < n; i++)
		if (pages[i])
			__free_page(pages[i]);
	kfree(hdr);
free_array:
	kvfree(pages);
	return NULL;
}

/* Split and unsplit blocks in one array: the note is at the unsplit one.  */
void *mixed_split(void)
{
	struct page **pages;
	struct page *a = alloc_pages(GFP_KERNEL, 1);
	struct page *b = alloc_pages(GFP_KERNEL, 1);	/* { dg-message "order-1 pages allocated here without '__GFP_COMP'" } */
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages || !a || !b) {
		if (a)
			__free_pages(a, 1);
		if (b)
			__free_pages(b, 1);
		kfree(pages);
		return NULL;
	}
	split_page(a, 1);
	pages[0] = a;	/* { dg-bogus "vmapcheck" } */
	pages[1] = a + 1;	/* { dg-bogus "vmapcheck" } */
	pages[2] = b;
	pages[3] = b + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-1 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_page(a);
	__free_page(a + 1);
	__free_pages(b, 1);
	kfree(pages);
	return NULL;
}
