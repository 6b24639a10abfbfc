/* Every page of an order>0 __GFP_COMP allocation goes
   into the array as 'p + i' in a loop: entries 1.. are tail pages.
   kmalloc_array() with a constant trip count (GCC unrolls it), kvmalloc_array() with an
   unknown one, kcalloc().  */
/* { dg-do compile } */

void *loop_alloc_pages(void)
{
	struct page **pages;
	struct page *p;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *loop_alloc_pages_node(int nid, unsigned int nr)
{
	struct page **pages;
	struct page *p;
	unsigned int i;

	if (nr > 8)
		return NULL;
	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages_node(nid, GFP_KERNEL | __GFP_COMP, 3);	/* { dg-message "allocated here" } */
	if (!p)
		return NULL;
	for (i = 0; i < nr; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *loop___alloc_pages(int nid)
{
	struct page **pages = kcalloc(2, sizeof(struct page *), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = __alloc_pages(GFP_KERNEL | __GFP_COMP, 1, nid, NULL);	/* { dg-message "allocated here" } */
	if (!p)
		return NULL;
	for (i = 0; i < 2; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}
