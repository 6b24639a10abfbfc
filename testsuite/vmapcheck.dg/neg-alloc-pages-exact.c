/* Must not warn: alloc_pages_exact() splits its block
   itself (make_alloc_exact), so virt_to_page(buf) + i are order-0 pages.  */
/* { dg-do compile } */

void *exact_pages(void)
{
	struct page **pages;
	void *buf = alloc_pages_exact(4 * PAGE_SIZE, GFP_KERNEL | __GFP_ZERO);
	int i;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages || !buf)
		goto err;
	for (i = 0; i < 4; i++)
		pages[i] = virt_to_page(buf) + i;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (buf)
		free_pages_exact(buf, 4 * PAGE_SIZE);
	kfree(pages);
	return NULL;
}

void *exact_virt(size_t size, unsigned int nr)
{
	struct page **pages;
	char *buf;
	unsigned int i;
	void *vaddr;

	if (nr > 8)
		return NULL;
	pages = kmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	buf = alloc_pages_exact(size, GFP_KERNEL);
	if (!buf)
		goto free_array;
	for (i = 0; i < nr; i++)
		pages[i] = virt_to_page(buf + i * PAGE_SIZE);
	vaddr = vmap(pages, nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	free_pages_exact(buf, size);
free_array:
	kfree(pages);
	return NULL;
}
