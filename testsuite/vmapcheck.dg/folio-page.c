/* folio_page(folio, n) of an order>0 folio with n
   unknown or non-zero: a tail page.  */
/* { dg-do compile } */

void *tail_folio_alloc(void)
{
	struct page **pages = kvmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	struct folio *folio;
	int i;
	void *vaddr;

	if (!pages)
		return NULL;
	folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "allocated here" } */
	if (!folio)
		goto free_array;
	for (i = 0; i < 4; i++)
		pages[i] = folio_page(folio, i);	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(folio);
free_array:
	kvfree(pages);
	return NULL;
}

void *tail___folio_alloc(int nid)
{
	struct page **pages;
	struct folio *folio = __folio_alloc(GFP_KERNEL, 3, nid, NULL);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	pages[0] = folio_page(folio, 1);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}

void *tail_vma_alloc_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct page **pages;
	struct folio *folio;
	struct page *pg;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	folio = vma_alloc_folio(GFP_HIGHUSER, 2, vma, addr, true);	/* { dg-message "allocated here" } */
	if (!folio)
		goto free_array;
	pg = folio_page(folio, 3);	/* { dg-message "derived here" } */
	pages[0] = pg;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(folio);
free_array:
	kfree(pages);
	return NULL;
}
