/* For check-coverage.sh: five vmap() calls with VM_MAP_PUT_PAGES; two are
   followed (kcalloc() and alloc_page(), both in the API table; an array
   filled by the bulk allocator, as lib/kunit_iov_iter.c does), one has an
   array from an allocator the table does not know, one pages from an unknown
   function, one an array filled by a function of another unit.  A vmap()
   without the flag is not counted.  */

/* an array of N pages, freed with its pages by my_put_pages_and_array() */
struct page **my_array_alloc(unsigned int n);
void my_put_pages_and_array(struct page **pages, unsigned int n);
struct page *my_get_page(void);
int my_fill(struct page **pages, unsigned int n);
void my_put_pages(struct page **pages, unsigned int n);
void release_pages(struct page **pages, int nr);

void *map_known(void)
{
	struct page **pages = kcalloc(2, sizeof(*pages), GFP_KERNEL);
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	for (i = 0; i < 2; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto fail;
	}
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* FOLLOWED */
	if (vaddr)
		return vaddr;
	i = 2;
fail:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}

void *map_unknown_array(void)
{
	struct page **pages = my_array_alloc(2);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* ARRAY */
	if (!vaddr)
		my_put_pages_and_array(pages, 2);
	return vaddr;
}

void *map_unknown_page(void)
{
	struct page **pages = kcalloc(1, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	pages[0] = my_get_page();
	if (!pages[0]) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* PAGE */
	if (!vaddr) {
		my_put_pages(pages, 1);
		kfree(pages);
	}
	return vaddr;
}

void *map_filled(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (my_fill(pages, 4)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* FILLED */
	if (!vaddr) {
		my_put_pages(pages, 4);
		kfree(pages);
	}
	return vaddr;
}

void *map_bulk(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (alloc_pages_bulk_array(GFP_KERNEL, 4, pages) != 4)
		goto fail;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* BULK */
	if (vaddr)
		return vaddr;
fail:
	release_pages(pages, 4);
	kfree(pages);
	return NULL;
}

void *map_plain(struct page **pages)
{
	return vmap(pages, 4, VM_MAP, PAGE_KERNEL);
}
