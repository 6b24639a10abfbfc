/* A helper allocates and fills a page array and
   returns it, or NULL on an error path (the return value is a PHI of the
   array and a NULL copy); the caller maps what it gets.  */
/* { dg-do compile } */

struct page **get_array(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	struct page *page = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	unsigned int i = 0;

	if (!pages || !page) {
		if (page)
			__free_pages(page, 2);
		kfree(pages);
		return NULL;
	}
	while (i < 4)
		pages[i++] = page++;	/* { dg-message "stored into the page array here" } */
	return pages;
}

void *map_array(void)
{
	struct page **pages = get_array();	/* { dg-message "returned by 'get_array' here" } */
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "page of an unsplit order-2 allocation" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(pages[0], 2);
	kfree(pages);
	return NULL;
}

/* The same helper shape, split before it returns: must not warn.  */
struct page **get_split_array(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	struct page *page = alloc_pages(GFP_KERNEL, 2);
	unsigned int i = 0;

	if (!pages || !page) {
		if (page)
			__free_pages(page, 2);
		kfree(pages);
		return NULL;
	}
	split_page(page, 2);
	while (i < 4)
		pages[i++] = page++;
	return pages;
}

void *map_split_array(void)
{
	struct page **pages = get_split_array();
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	for (i = 0; i < 4; i++)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}
