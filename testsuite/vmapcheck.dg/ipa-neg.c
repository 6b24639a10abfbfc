/* Must not warn: helpers across functions that do
   nothing wrong.  A helper hands the array to vmap() without
   VM_MAP_PUT_PAGES; a flags parameter is given a value without it; helpers
   fill or return alloc_page() pages; a helper returns a compound page that
   the caller does not map with VM_MAP_PUT_PAGES.  */
/* { dg-do compile } */

void *map_no_flag(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP, PAGE_KERNEL);
}

void *neg_helper_no_flag(void)
{
	struct page *pages[4];
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
	int i;

	if (!p)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	return map_no_flag(pages, 4);	/* { dg-bogus "vmapcheck" } */
}

static void *map_flags(struct page **pages, unsigned int n, unsigned long flags)
{
	return vmap(pages, n, flags, PAGE_KERNEL);
}

void *neg_flags_param_without_flag(size_t len)
{
	struct page *pages[1];
	void *buf = kmalloc(len, GFP_KERNEL);

	if (!buf)
		return NULL;
	pages[0] = virt_to_page(buf);
	return map_flags(pages, 1, VM_MAP | VM_USERMAP);	/* { dg-bogus "vmapcheck" } */
}

void fill_order0(struct page **pages, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		pages[i] = alloc_page(GFP_KERNEL);
}

void *neg_fill_alloc_page(void)
{
	struct page **pages = kvcalloc(8, sizeof(*pages), GFP_KERNEL);
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	fill_order0(pages, 8);
	for (i = 0; i < 8; i++)
		if (!pages[i])
			goto err;
	vaddr = vmap(pages, 8, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	for (i = 0; i < 8; i++)
		if (pages[i])
			__free_page(pages[i]);
	kvfree(pages);
	return NULL;
}

static struct page *get_order0(void)
{
	return alloc_pages(GFP_KERNEL | __GFP_COMP, 0);
}

void *neg_ret_order0(void)
{
	struct page **pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	pages[0] = get_order0();
	pages[1] = get_order0();
	if (!pages[0] || !pages[1])
		goto err;
	vaddr = map_flags(pages, 2, VM_MAP_PUT_PAGES);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (pages[0])
		__free_page(pages[0]);
	if (pages[1])
		__free_page(pages[1]);
	kfree(pages);
	return NULL;
}

struct page *get_compound(void)
{
	return alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
}

void *neg_compound_without_flag(void)
{
	struct page *pages[4];
	struct page *p = get_compound();
	int i;

	if (!p)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	return vmap(pages, 4, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

/* The bad page is returned but stored into another array than the one
   mapped.  */
void *neg_other_array(void)
{
	struct page **pages, *other[1];
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	other[0] = get_compound();
	pages[0] = alloc_page(GFP_KERNEL);
	if (!other[0] || !pages[0])
		goto err;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		goto err;
	__free_pages(other[0], 2);
	return vaddr;
err:
	if (pages[0])
		__free_page(pages[0]);
	if (other[0])
		__free_pages(other[0], 2);
	kfree(pages);
	return NULL;
}
