/* The order is 0 on one path and only known at run time on the other:
   a run-time order, not 0.  A page past the first proves it is not 0, so
   that is reported; only the first page is not (at the default level).  */
/* { dg-do compile } */

void *order_phi_rt_tail(struct page **pages, size_t size, bool small)
{
	unsigned int order = small ? 0 : get_order(size);
	struct page *p;
	unsigned int i, n = 1U << order;
	void *vaddr;

	if (n > 8)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "compound page of a run-time order allocated here" } */
	if (!p)
		return NULL;
	for (i = 0; i < n; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of a compound page of run-time order" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		__free_pages(p, order);
	return vaddr;
}

/* the first page only: order 0 is possible, so not reported by default */
void *order_phi_rt_head(struct page **pages, size_t size, bool small)
{
	unsigned int order = small ? 0 : get_order(size);
	struct page *p;
	void *vaddr;

	p = alloc_pages(GFP_KERNEL, order);
	if (!p)
		return NULL;
	pages[0] = p;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		__free_pages(p, order);
	return vaddr;
}
