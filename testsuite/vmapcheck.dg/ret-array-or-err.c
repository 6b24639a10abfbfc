/* A helper that returns its page array on success and an error pointer
   (ERR_CAST of what failed, or ERR_PTR) on failure, as drm_gem_get_pages()
   does: its callers see what the array holds on the success path.  The
   pages are those of one order-2 compound allocation, handed over with
   VM_MAP_PUT_PAGES; mapped without the flag: silent.  */
/* { dg-do compile } */

static struct page **get_pages_or_err(int n)
{
	struct page **pages;
	struct page *p;
	int i;

	pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return ERR_PTR(-ENOMEM);
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kfree(pages);
		return ERR_CAST(p);
	}
	for (i = 0; i < n; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return pages;
}

void *map_or_err(void)
{
	struct page **pages = get_pages_or_err(4);	/* { dg-message "returned by 'get_pages_or_err' here" } */
	void *vaddr;

	if (IS_ERR(pages))
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(pages[0], 2);
		kfree(pages);
	}
	return vaddr;
}

void *show_or_err(void)
{
	struct page **pages = get_pages_or_err(4);

	if (IS_ERR(pages))
		return NULL;
	return vmap(pages, 4, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
