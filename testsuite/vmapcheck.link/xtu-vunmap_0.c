/* The ownership check across files: vunmap() of the address that a
   function of another file returns from vmap() with VM_MAP_PUT_PAGES
   leaks the pages and the array.  Released with vfree(), or the address
   of a mapping made without the flag: silent.  */
/* { dg-do compile } */

void *make_map(struct page **pages, int n);
void *make_plain(struct page **pages, int n);

static struct page **grab(int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	int i;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	return pages;
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}

void map_and_unmap(void)
{
	struct page **pages = grab(4);
	void *v;

	if (!pages)
		return;
	v = make_map(pages, 4);	/* { dg-message "returned by 'make_map' here" } */
	if (!v)
		return;
	vunmap(v);	/* { dg-warning "'vunmap' releases a mapping that 'vmap' made with 'VM_MAP_PUT_PAGES': the pages and the page array leak" } */
	/* { dg-message "fix: release it with 'vfree'" "" { target *-*-* } .-1 } */
}

void map_and_free(void)
{
	struct page **pages = grab(4);
	void *v;

	if (!pages)
		return;
	v = make_map(pages, 4);
	if (v)
		vfree(v);	/* { dg-bogus "vmapcheck" } */
}

void plain_and_unmap(void)
{
	struct page **pages = grab(4);
	void *v;

	if (!pages)
		return;
	v = make_plain(pages, 4);
	if (v)
		vunmap(v);	/* { dg-bogus "vmapcheck" } */
}
