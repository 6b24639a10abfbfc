/* Must not warn: split_page() is called inside a
   helper (on a parameter, or on a block the helper allocates and returns),
   so every page that reaches vmap() is an independent order-0 page.  */
/* { dg-do compile } */

void make_order0(struct page *page, unsigned int order)
{
	split_page(page, order);
}

void *split_param(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL, 2);
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p) {
		if (p)
			__free_pages(p, 2);
		kfree(pages);
		return NULL;
	}
	make_order0(p, 2);
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	for (i = 0; i < 4; i++)
		__free_page(p + i);
	kfree(pages);
	return NULL;
}

static struct page *alloc_split(int nid, unsigned int order)
{
	struct page *p = alloc_pages_node(nid, GFP_KERNEL, order);

	if (!p)
		return NULL;
	split_page(p, order);
	return p;
}

void *split_in_allocator(int nid)
{
	struct page **pages;
	struct page *p = alloc_split(nid, 3);
	void *vaddr;
	int i;

	pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	for (i = 0; i < 8; i++)
		pages[i] = nth_page(p, i);
	vaddr = vmap(pages, 8, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		for (i = 0; i < 8; i++)
			__free_page(nth_page(p, i));
	kfree(pages);
	return NULL;
}

/* Two levels down: a helper that calls the splitting helper on its own
   parameter splits that parameter too.  */
static inline void split_twice_removed(struct page *page)
{
	make_order0(page, 1);
}

void *split_two_levels(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL, 1);
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p) {
		if (p)
			__free_pages(p, 1);
		kfree(pages);
		return NULL;
	}
	split_twice_removed(p);
	pages[0] = p;
	pages[1] = p + 1;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	__free_page(p);
	__free_page(p + 1);
	kfree(pages);
	return NULL;
}

/* A fill helper that splits before it stores (as dma-iommu's
   __iommu_dma_alloc_pages() does), directly or through a helper.  */
static void fill_split(struct page **pages)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_ZERO, 1);

	if (!p)
		return;
	split_page(p, 1);
	pages[0] = p;
	pages[1] = p + 1;
}

void *split_in_filler(void)
{
	struct page **pages;
	void *vaddr;

	pages = kcalloc(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	fill_split(pages);
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	__free_page(pages[0]);
	__free_page(pages[1]);
free_array:
	kfree(pages);
	return NULL;
}

void fill_split_helper(struct page **pages, int nid)
{
	struct page *p = alloc_pages_node(nid, GFP_KERNEL, 2);
	int i;

	if (!p)
		return;
	make_order0(p, 2);
	for (i = 0; i < 4; i++)
		*pages++ = p++;
}

void *split_helper_in_filler(int nid)
{
	struct page **pages = kvcalloc(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	fill_split_helper(pages, nid);
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	for (i = 0; i < 4; i++)
		__free_page(pages[i]);
free_array:
	kvfree(pages);
	return NULL;
}

/* The helper that splits is not the one that maps; __get_free_pages().  */
void *map_pages_of(unsigned long addr, unsigned int n)
{
	struct page **pages;
	void *vaddr;
	unsigned int i;

	if (n > 4)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < n; i++)
		pages[i] = virt_to_page((void *)addr) + i;
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		kfree(pages);	/* the caller still owns the pages */
	return vaddr;
}

void *split_getfree(void)
{
	unsigned long addr = __get_free_pages(GFP_KERNEL, 2);
	void *vaddr;
	int i;

	if (!addr)
		return NULL;
	make_order0(virt_to_page((void *)addr), 2);
	vaddr = map_pages_of(addr, 4);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		for (i = 0; i < 4; i++)
			free_page(addr + i * PAGE_SIZE);
	return vaddr;
}
