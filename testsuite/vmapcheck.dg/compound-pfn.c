/* pfn_to_page(page_to_pfn(p) + i) of an order>0
   __GFP_COMP allocation (the SPARSEMEM spelling of nth_page): a tail page.  */
/* { dg-do compile } */

void *pfn_alloc_pages(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;
	void *vaddr;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < 4; i++)
		pages[i] = pfn_to_page(page_to_pfn(p) + i);	/* { dg-message "derived here" } */
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

void *pfn_alloc_pages_node(int nid)
{
	struct page **pages;
	struct page *p = alloc_pages_node(nid, GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = pfn_to_page(page_to_pfn(p) + 1);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 1);
	kfree(pages);
	return NULL;
}

void *pfn___alloc_pages(int nid, unsigned int nr)
{
	struct page **pages;
	struct page *p;
	unsigned int i;
	void *vaddr;

	pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (nr > 8) {
		kfree(pages);
		return NULL;
	}
	p = __alloc_pages(GFP_KERNEL | __GFP_COMP, 3, nid, NULL);	/* { dg-message "allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < nr; i++)
		pages[i] = pfn_to_page(page_to_pfn(p) + i);	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, 3);
free_array:
	kfree(pages);
	return NULL;
}
