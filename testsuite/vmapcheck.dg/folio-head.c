/* &folio->page of an order>0 folio (folios are always
   compound): the head page.  folio_alloc, __folio_alloc, vma_alloc_folio.  */
/* { dg-do compile } */

void *head_folio_alloc(void)
{
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	pages[0] = &folio->page;	/* { dg-message "stored into the page array here" } */
	/* { dg-message "derived here" "folio to page" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}

void *head___folio_alloc(int nid)
{
	struct page **pages = kvcalloc(1, sizeof(*pages), GFP_KERNEL);
	struct folio *folio;
	void *vaddr;

	if (!pages)
		return NULL;
	folio = __folio_alloc(GFP_KERNEL, 3, nid, NULL);	/* { dg-message "allocated here" } */
	if (!folio)
		goto free_array;
	pages[0] = &folio->page;	/* { dg-message "stored into the page array here" } */
	/* { dg-message "derived here" "folio to page" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(folio);
free_array:
	kvfree(pages);
	return NULL;
}

void *head_vma_alloc_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct page **pages;
	struct folio *folio;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	folio = vma_alloc_folio(GFP_HIGHUSER, 1, vma, addr, false);	/* { dg-message "allocated here" } */
	if (!folio)
		goto free_array;
	pages[0] = &folio->page;	/* { dg-message "stored into the page array here" } */
	/* { dg-message "derived here" "folio to page" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(folio);
free_array:
	kfree(pages);
	return NULL;
}
