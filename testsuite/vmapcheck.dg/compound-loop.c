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
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 2);
free_array:
	kfree(pages);
	return NULL;
}

void *loop_alloc_pages_node(int nid, unsigned int nr)
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
	p = alloc_pages_node(nid, GFP_KERNEL | __GFP_COMP, 3);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < nr; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 3);
free_array:
	kvfree(pages);
	return NULL;
}

void *loop___alloc_pages(int nid)
{
	struct page **pages = kcalloc(2, sizeof(struct page *), GFP_KERNEL);
	struct page *p;
	int i;
	void *vaddr;

	if (!pages)
		return NULL;
	p = __alloc_pages(GFP_KERNEL | __GFP_COMP, 1, nid, NULL);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < 2; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 1);
free_array:
	kfree(pages);
	return NULL;
}
