/* Must not warn: alloc_pages_exact() splits its block
   itself (make_alloc_exact), so virt_to_page(buf) + i are order-0 pages.  */
/* { dg-do compile } */

void *exact_pages(void)
{
	struct page **pages;
	void *buf = alloc_pages_exact(4 * PAGE_SIZE, GFP_KERNEL | __GFP_ZERO);
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (!buf) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = virt_to_page(buf) + i;
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *exact_virt(size_t size, unsigned int nr)
{
	struct page **pages;
	char *buf;
	unsigned int i;

	if (nr > 8)
		return NULL;
	pages = kmalloc_array(nr, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	buf = alloc_pages_exact(size, GFP_KERNEL);
	if (!buf)
		return NULL;
	for (i = 0; i < nr; i++)
		pages[i] = virt_to_page(buf + i * PAGE_SIZE);
	return vmap(pages, nr, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
