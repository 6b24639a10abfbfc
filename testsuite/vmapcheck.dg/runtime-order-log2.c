/* Orders from the kernel's log2 macros (ilog2(), order_base_2(),
   roundup_pow_of_two()): they pick a constant branch with
   __builtin_constant_p(), which is not folded yet where the plugin runs.
   For a run-time value only the run-time branch counts (the order is not
   known, not 0); for a constant, the constant branch gives the order.  */
/* { dg-do compile } */

/* ilog2(roundup_pow_of_two(n)), __GFP_COMP, pages past the first: warn.  */
void *log2_run_time(unsigned long n)
{
	unsigned int order = ilog2(roundup_pow_of_two(n)), i;
	struct page **pages;
	struct page *p;
	void *vaddr;

	if (!n || n > 64)
		return NULL;
	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "compound page of a run-time order allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < n; i++)
		pages[i] = nth_page(p, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of a compound page of run-time order" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, order);
		kfree(pages);
	}
	return vaddr;
}

/* order_base_2(n) at run time: a run-time order, not order 1.  */
void *obase_run_time(unsigned long n)
{
	unsigned int order = order_base_2(n), i;
	struct page **pages;
	struct page *p;
	void *vaddr;

	if (!n || n > 64)
		return NULL;
	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "compound page of a run-time order allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < n; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of a compound page of run-time order" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, order);
		kfree(pages);
	}
	return vaddr;
}

/* A constant: ilog2(4) is order 2.  */
void *log2_const(void)
{
	unsigned int order = ilog2(4), i;
	struct page **pages;
	struct page *p;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, order);
		kfree(pages);
	}
	return vaddr;
}

/* A constant order 0 (order_base_2(1)): one independent page, no warning.  */
void *obase_const_zero(void)
{
	unsigned int order = order_base_2(1);
	struct page **pages;
	struct page *p;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);
	if (!p) {
		kfree(pages);
		return NULL;
	}
	pages[0] = p;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		__free_pages(p, order);
		kfree(pages);
	}
	return vaddr;
}

/* A run-time order split into order-0 pages: no warning.  */
void *log2_run_time_split(unsigned long n)
{
	unsigned int order = ilog2(roundup_pow_of_two(n)), i;
	struct page **pages;
	struct page *p;
	void *vaddr;

	if (!n || n > 64)
		return NULL;
	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, order);
	if (!p) {
		kfree(pages);
		return NULL;
	}
	split_page(p, order);
	for (i = 0; i < n; i++)
		pages[i] = p + i;
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		for (i = 0; i < (1U << order); i++)
			__free_page(p + i);
		kfree(pages);
	}
	return vaddr;
}
