/* A page array of folio tail pages goes into an sg
   table with sg_alloc_table_from_pages(); the pages are read back with
   sg_page() and handed to vmap() with VM_MAP_PUT_PAGES.  */
/* { dg-do compile } */

void *from_pages(struct sg_table *sgt)
{
	struct page *src[4], **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "order-2 folio allocated here" } */
	struct scatterlist *sg;
	void *vaddr;
	int i;

	if (!folio)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto put_folio;
	for (i = 0; i < 4; i++)
		src[i] = folio_page(folio, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (sg_alloc_table_from_pages(sgt, src, 4, 0, 4 * 4096, GFP_KERNEL))	/* { dg-message "put into a scatterlist here by 'sg_alloc_table_from_pages'" } */
		goto free_array;
	for_each_sg(sgt->sgl, sg, 4, i)
		pages[i] = sg_page(sg);	/* { dg-message "taken from a scatterlist here by 'sg_page'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	sg_free_table(sgt);
free_array:
	kfree(pages);
put_folio:
	folio_put(folio);
	return NULL;
}
