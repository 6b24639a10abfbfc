/* Must not warn: the non-compound order>0 block is
   split_page()d before its pages reach vmap(), so every entry is an
   independent order-0 page.  */
/* { dg-do compile } */

void *split_alloc_pages(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL, 2);
	if (!p)
		goto free_array;
	split_page(p, 2);
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	for (i = 0; i < 4; i++)
		__free_page(p + i);
free_array:
	kfree(pages);
	return NULL;
}

void *split_alloc_pages_node(int nid, unsigned int nr)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	unsigned int i;

	if (nr > 8)
		return NULL;
	pages = kvcalloc(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages_node(nid, GFP_KERNEL | __GFP_ZERO, 3);
	if (!p)
		goto free_array;
	split_page(p, 3);
	for (i = 0; i < nr; i++)
		pages[i] = nth_page(p, i);
	vaddr = vmap(pages, nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr) {
		for (i = nr; i < 8; i++)
			__free_page(nth_page(p, i));	/* not mapped */
		return vaddr;
	}
	for (i = 0; i < 8; i++)
		__free_page(nth_page(p, i));
free_array:
	kvfree(pages);
	return NULL;
}

void *split_after_store(int nid)
{
	struct page **pages;
	struct page *p = __alloc_pages(GFP_KERNEL, 1, nid, NULL);
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p) {
		if (p)
			__free_pages(p, 1);
		kfree(pages);
		return NULL;
	}
	pages[0] = p;
	pages[1] = p + 1;
	split_page(p, 1);
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	__free_page(p);
	__free_page(p + 1);
	kfree(pages);
	return NULL;
}
