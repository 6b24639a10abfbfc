/* One finding, for the machine-readable output tests (check.py): the
   warning goes at the line marked VMAP, with notes at ALLOC, DERIVE and
   the fix.  Correct code apart from the bug: the pages are tail pages of
   an order-2 compound page.  */
void *map_compound(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* ALLOC */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* DERIVE */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* VMAP */
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}
