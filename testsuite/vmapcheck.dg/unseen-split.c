/* An order>0 block without __GFP_COMP handed, before vmap(), to a function
   whose body is in another translation unit: it may call split_page() on
   it, so the finding is at most possible.  A compound block stays a
   definite finding (split_page() cannot make it order 0), and so does a
   block handed over only after vmap().  */
/* { dg-do compile } */

extern void prepare_block(struct page *page, unsigned int order);

void *split_elsewhere(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here" "" { target level=possible } } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	prepare_block(p, 2);	/* splits it: in another file */
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" "" { target level=possible } } */
		/* { dg-message "stored into the page array here" "" { target level=possible } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a page of an unsplit order-2 allocation" "" { target level=possible } } */
	/* { dg-message "fix:" "" { target level=possible } .-1 } */
	/* { dg-bogus "vmapcheck" "" { target level=definite } .-2 } */
	if (!vaddr) {
		for (i = 0; i < 4; i++)
			__free_page(p + i);
		kfree(pages);
	}
	return vaddr;
}

void *compound_elsewhere(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	prepare_block(p, 2);
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}

void *handed_after(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a page of an unsplit order-2 allocation" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		prepare_block(p, 2);	/* splits it: too late for vmap() */
		for (i = 0; i < 4; i++)
			__free_page(p + i);
		kfree(pages);
	}
	return vaddr;
}
