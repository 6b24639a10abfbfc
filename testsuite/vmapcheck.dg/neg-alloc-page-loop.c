/* Must not warn: order-0 pages from alloc_page() in a
   loop (the kunit_iov_iter / vmalloc pattern).  */
/* { dg-do compile } */

void *alloc_page_loop(unsigned int nr)
{
	struct page **pages;
	unsigned int i;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	for (i = 0; i < nr; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			return NULL;
	}
	return vmap(pages, nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *alloc_page_local(void)
{
	struct page **pages;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < 4; i++)
		pages[i] = alloc_pages_node(NUMA_NO_NODE, GFP_KERNEL, 0);
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
