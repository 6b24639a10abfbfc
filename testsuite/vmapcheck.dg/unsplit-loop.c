/* Order>0 allocations without __GFP_COMP that are never
   split_page()d: every entry is a page of an unsplit block (the sub-pages have
   refcount 0, and freeing the first one as order 0 leaks the rest).  */
/* { dg-do compile } */

void *unsplit_alloc_pages(void)
{
	struct page **pages = kvcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;
	void *vaddr;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 2);
free_array:
	kvfree(pages);
	return NULL;
}

void *unsplit_alloc_pages_node(int nid)
{
	struct page **pages;
	struct page *p = alloc_pages_node(nid, GFP_KERNEL | __GFP_ZERO, 1);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = p;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-1 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 1);
	kfree(pages);
	return NULL;
}

void *unsplit___alloc_pages(int nid, unsigned int nr)
{
	struct page **pages;
	struct page *p;
	unsigned int i;
	void *vaddr;

	if (nr > 8)
		return NULL;
	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = __alloc_pages(GFP_KERNEL, 3, nid, NULL);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < nr; i++)
		pages[i] = nth_page(p, i);	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-3 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 3);
free_array:
	kvfree(pages);
	return NULL;
}
