/* Must not warn: the order is provably 0 through a
   variable (a constant, and get_order() of a size below PAGE_SIZE).  */
/* { dg-do compile } */

void *order0_var(void)
{
	struct page **pages;
	unsigned int order = 0;
	struct page *p;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);
	if (!p)
		goto free_array;
	pages[0] = p;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}

void *order0_get_order(int nid)
{
	struct page **pages;
	unsigned int order = get_order(sizeof(struct page) * 8);
	struct page *p;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	p = alloc_pages_node(nid, GFP_KERNEL, order);
	if (!p)
		goto free_array;
	pages[0] = p;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}
