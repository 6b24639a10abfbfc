/* Must not warn: order-0 pages from alloc_page() in a
   loop (the kunit_iov_iter / vmalloc pattern).  */
/* { dg-do compile } */

void *alloc_page_loop(unsigned int nr)
{
	struct page **pages;
	unsigned int i;
	void *vaddr;

	pages = kvmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	for (i = 0; i < nr; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	vaddr = vmap(pages, nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_page(pages[i]);
	kvfree(pages);
	return NULL;
}

void *alloc_page_local(void)
{
	struct page **pages;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < 4; i++) {
		pages[i] = alloc_pages_node(NUMA_NO_NODE, GFP_KERNEL, 0);
		if (!pages[i])
			goto err;
	}
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}
