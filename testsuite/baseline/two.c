/* Two findings in two functions, for check-baseline.sh; a third function,
   maybe_third(), is a finding only when THIRD is defined.  */

void *map_compound(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}

void *map_unsplit(void)
{
	struct page **pages = kcalloc(2, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	void *vaddr;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 1);
	if (!p) {
		kfree(pages);
		return NULL;
	}
	pages[0] = p;
	pages[1] = p + 1;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr) {
		__free_pages(p, 1);
		kfree(pages);
	}
	return vaddr;
}

#ifdef THIRD
void *maybe_third(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}
#endif
