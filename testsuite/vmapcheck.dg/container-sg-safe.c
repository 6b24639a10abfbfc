/* Must not warn: order-0 pages (alloc_page(),
   split_page()d blocks) through a list and a scatterlist, then into a page
   array for vmap() with VM_MAP_PUT_PAGES.  */
/* { dg-do compile } */

struct sbuf {
	struct sg_table sgt;
	struct page *arr[16];
};

int sbuf_fill(struct sbuf *b, int n)
{
	struct list_head pages;
	struct page *page, *tmp;
	struct scatterlist *sg;
	int i;

	INIT_LIST_HEAD(&pages);
	for (i = 0; i < n; i++) {
		page = alloc_page(GFP_KERNEL);
		if (!page)
			return -1;
		list_add(&page->lru, &pages);
	}
	page = alloc_pages(GFP_KERNEL, 2);
	if (!page)
		return -1;
	split_page(page, 2);
	for (i = 0; i < 4; i++)
		list_add(&page[i].lru, &pages);
	if (sg_alloc_table(&b->sgt, n + 4, GFP_KERNEL))
		return -1;
	sg = b->sgt.sgl;
	list_for_each_entry_safe(page, tmp, &pages, lru) {
		sg_set_page(sg, page, 4096, 0);
		sg = sg_next(sg);
	}
	return 0;
}

void *sbuf_vmap(struct sbuf *b, int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	struct sg_page_iter piter;
	int i = 0;
	void *vaddr;

	if (!pages)
		return NULL;
	for_each_sgtable_page(&b->sgt, &piter, 0)
		pages[i++] = sg_page_iter_page(&piter);
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		kvfree(pages);
	return vaddr;
}

/* sg_alloc_table_from_pages() of order-0 pages, read back with sg_page() */
void *sbuf_from_pages(struct sbuf *b)
{
	struct page **pages;
	struct scatterlist *sg;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < 4; i++) {
		b->arr[i] = alloc_page(GFP_KERNEL);
		if (!b->arr[i])
			goto free_pages;
	}
	if (sg_alloc_table_from_pages(&b->sgt, b->arr, 4, 0, 4 * 4096, GFP_KERNEL))
		goto free_pages;
	for_each_sg(b->sgt.sgl, sg, 4, i)
		pages[i] = sg_page(sg);
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	sg_free_table(&b->sgt);
	i = 4;
free_pages:
	while (i--)
		__free_page(b->arr[i]);
	kfree(pages);
	return NULL;
}
