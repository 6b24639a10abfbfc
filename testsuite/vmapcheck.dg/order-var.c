/* The order comes through a local variable.  */
/* { dg-do compile } */

void *order_var_compound(void)
{
	struct page **pages;
	unsigned int order = 3;
	struct page *p;
	int i;
	void *vaddr;

	pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < (1 << order); i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1 << order, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}

void *order_var_unsplit(int nid)
{
	struct page **pages;
	unsigned int order;
	struct page *p;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	order = 2;
	p = alloc_pages_node(nid, GFP_KERNEL, order);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	pages[0] = p;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}
