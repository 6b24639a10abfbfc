/* folio_file_page(folio, index) (a static inline in
   pagemap.h; what shmem_read_mapping_page_gfp() returns) of an order>0 folio:
   a tail page for an unknown index.  */
/* { dg-do compile } */

void *file_page_folio_alloc(pgoff_t index)
{
	struct page **pages = kvcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct folio *folio;
	int i;
	void *vaddr;

	if (!pages)
		return NULL;
	folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "allocated here" } */
	if (!folio)
		goto free_array;
	for (i = 0; i < 4; i++)
		pages[i] = folio_file_page(folio, index + i);	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(folio);
free_array:
	kvfree(pages);
	return NULL;
}

void *file_page___folio_alloc(int nid)
{
	struct page **pages;
	struct folio *folio = __folio_alloc(GFP_KERNEL, 1, nid, NULL);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	pages[0] = folio_file_page(folio, 1);	/* { dg-message "derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}

void *file_page_vma_alloc_folio(struct vm_area_struct *vma, unsigned long addr,
				pgoff_t index, unsigned int nr)
{
	struct page **pages;
	struct folio *folio;
	unsigned int i;
	void *vaddr;

	pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (nr > 8) {
		kfree(pages);
		return NULL;
	}
	folio = vma_alloc_folio(GFP_HIGHUSER, 3, vma, addr, false);	/* { dg-message "allocated here" } */
	if (!folio)
		goto free_array;
	for (i = 0; i < nr; i++)
		pages[i] = folio_file_page(folio, index + i);	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(folio);
free_array:
	kfree(pages);
	return NULL;
}
