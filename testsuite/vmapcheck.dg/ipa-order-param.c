/* A helper allocates a block of the order its caller passes and fills the
   caller's array with its pages (page + i).  Where every caller's order is
   visible, it decides: order 0 is one independent page (no warning), a
   constant order is that allocation, a run-time order stays one.  */
/* { dg-do compile } */

static int grab(struct page **pages, unsigned int order)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "allocated here" } */
	unsigned int i;

	if (!p)
		return -12;
	for (i = 0; i < (1U << order); i++)
		pages[i] = p + i;	/* { dg-message "stored into the page array here" } */
		/* { dg-message "derived here" "" { target *-*-* } .-1 } */
	return 0;
}

/* Order 0: grab() stores one independent page: no warning.  */
void *map_order0(void)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (grab(pages, 0)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		__free_page(pages[0]);
		kfree(pages);
	}
	return vaddr;
}

/* Order 2: tail pages of an order-2 compound page.  */
void *map_order2(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (grab(pages, 2)) {	/* { dg-message "stored by 'grab' into its argument 'pages' here" } */
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(pages[0], 2);
		kfree(pages);
	}
	return vaddr;
}

/* A run-time order: pages past the first prove it is not 0.  */
void *map_order_n(unsigned int order)
{
	struct page **pages;
	void *vaddr;

	if (order > 4)
		return NULL;
	pages = kmalloc_array(1U << order, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	if (grab(pages, order)) {	/* { dg-message "stored by 'grab' into its argument 'pages' here" } */
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 1U << order, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of a compound page of run-time order" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(pages[0], order);
		kfree(pages);
	}
	return vaddr;
}
