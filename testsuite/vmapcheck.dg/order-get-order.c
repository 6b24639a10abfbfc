/* The order is get_order(constant) (a static inline
   with __builtin_constant_p): get_order(16384) == 2, get_order(8192) == 1.  */
/* { dg-do compile } */

#define BUF_SIZE	16384

void *get_order_compound(void)
{
	struct page **pages = kcalloc(BUF_SIZE / PAGE_SIZE, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;
	void *vaddr;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, get_order(BUF_SIZE));	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < BUF_SIZE / PAGE_SIZE; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, BUF_SIZE / PAGE_SIZE, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, get_order(BUF_SIZE));
free_array:
	kfree(pages);
	return NULL;
}

void *get_order_unsplit(void)
{
	struct page **pages;
	unsigned int order = get_order(8192);
	struct page *p;
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL, order);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	pages[0] = alloc_page(GFP_KERNEL);
	if (!pages[0])
		goto free_p;
	pages[1] = p + 1;	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-1 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_page(pages[0]);
free_p:
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}
