/* The order is a PHI of two non-zero constants (the
   calls keep GCC from folding the branch away); either order may be named.  */
/* { dg-do compile } */

extern void trace_order(int big);

void *order_phi_compound(int big)
{
	struct page **pages;
	unsigned int order;
	struct page *p;
	int i;
	void *vaddr;

	pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (big) {
		order = 3;
		trace_order(1);
	} else {
		order = 2;
		trace_order(0);
	}
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < (1 << order); i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1 << order, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-\[23\] compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}

void *order_phi_unsplit(int big, int nid)
{
	struct page **pages;
	unsigned int order = 1;
	struct page *p;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (big) {
		order = 2;
		trace_order(1);
	}
	p = alloc_pages_node(nid, GFP_KERNEL, order);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	pages[0] = p;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-\[12\] allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}
