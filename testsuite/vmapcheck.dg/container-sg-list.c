/* Pages kept in a scatterlist (sg_set_page(),
   sg_alloc_table_from_pages()) or on a list through page->lru
   (list_add_tail(), list_for_each_entry_safe(), i.e. container_of()) and
   taken out again (sg_page(), for_each_sgtable_page() with
   sg_page_iter_page()) into a page array for vmap() with VM_MAP_PUT_PAGES.
   The dma-buf system heap shape: orders from a constant table.  Order-0 or
   split pages through the same containers: silent.  */
/* { dg-do compile } */

struct heap_buffer {
	struct sg_table sg_table;
	unsigned long len;
};

static const unsigned int orders[] = {8, 4, 0};

static struct page *alloc_largest(unsigned long size, unsigned int max_order)
{
	struct page *page;
	int i;

	for (i = 0; i < 3; i++) {
		if (size < (4096UL << orders[i]) || max_order < orders[i])
			continue;
		page = alloc_pages(GFP_KERNEL | __GFP_COMP, orders[i]);	/* { dg-message "order-8 compound page allocated here" } */
		if (page)
			return page;
	}
	return NULL;
}

int heap_allocate(struct heap_buffer *buffer, unsigned long len)
{
	struct list_head pages;
	struct page *page, *tmp_page;
	struct scatterlist *sg;
	unsigned long left = len;
	int i = 0;

	INIT_LIST_HEAD(&pages);
	while (left > 0) {
		page = alloc_largest(left, 8);	/* { dg-message "returned by 'alloc_largest' here" } */
		if (!page)
			return -1;
		list_add_tail(&page->lru, &pages);	/* { dg-message "put into a list of struct page \\\(by the list_head at byte 8\\\) here by 'list_add_tail'" } */
		left -= 4096;
		i++;
	}
	if (sg_alloc_table(&buffer->sg_table, i, GFP_KERNEL))
		return -1;
	sg = buffer->sg_table.sgl;
	list_for_each_entry_safe(page, tmp_page, &pages, lru) {	/* { dg-message "taken from a list of struct page" } */
		sg_set_page(sg, page, 4096, 0);	/* { dg-message "put into a scatterlist here by 'sg_set_page'" } */
		sg = sg_next(sg);
		list_del(&page->lru);
	}
	return 0;
}

void *heap_vmap(struct heap_buffer *buffer)
{
	struct sg_table *table = &buffer->sg_table;
	int npages = buffer->len / 4096;
	struct page **pages = kvmalloc_array(npages, sizeof(*pages), GFP_KERNEL);
	struct page **tmp = pages;
	struct sg_page_iter piter;
	void *vaddr;

	if (!pages)
		return NULL;
	for_each_sgtable_page(table, &piter, 0)
		*tmp++ = sg_page_iter_page(&piter);	/* { dg-message "taken from a scatterlist here by 'sg_page_iter_page'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, npages, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-8 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kvfree(pages);
	return vaddr;
}

/* the same walk, without VM_MAP_PUT_PAGES: silent */
void *heap_vmap_plain(struct heap_buffer *buffer)
{
	struct page *pages[16];
	struct page **tmp = pages;
	struct sg_page_iter piter;

	for_each_sgtable_page(&buffer->sg_table, &piter, 0)
		*tmp++ = sg_page_iter_page(&piter);
	return vmap(pages, 16, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
