/* The head page of an order>0 __GFP_COMP allocation is
   the only bad entry: vfree() would __free_page() the head of a compound page.
   One function per producer: alloc_pages, alloc_pages_node, __alloc_pages.  */
/* { dg-do compile } */

void *head_alloc_pages(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	pages[0] = p;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 2);
free_array:
	kfree(pages);
	return NULL;
}

void *head_alloc_pages_node(int nid)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	void *vaddr;

	if (!pages)
		return NULL;
	p = alloc_pages_node(nid, GFP_KERNEL | __GFP_COMP, 3);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	pages[0] = p;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 3);
free_array:
	kfree(pages);
	return NULL;
}

void *head___alloc_pages(int nid)
{
	struct page **pages;
	struct page *p = __alloc_pages(GFP_KERNEL | __GFP_ZERO | __GFP_COMP, 1, nid, NULL);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto free_p;
	pages[0] = p;	/* { dg-message "stored into the page array here" } */
	pages[1] = alloc_page(GFP_KERNEL);
	if (!pages[1])
		goto free_p;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_page(pages[1]);
free_p:
	if (p)
		__free_pages(p, 1);
	kfree(pages);
	return NULL;
}
