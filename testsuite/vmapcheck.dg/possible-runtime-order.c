/* level=possible: an allocation whose order is only
   known at run time (a parameter, get_order() of a run-time size, through a
   helper).  Mapping a page past the first proves the order is not 0: that
   is told as the definite bug it is.  Mapping only the first page may be
   fine (order 0): told at level=possible only.  With "if (order)
   split_page()" as in dma-iommu's __iommu_dma_alloc_pages() every page is
   order 0: silent.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-level=possible" } */

void *map_runtime_order(unsigned int order)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	unsigned int i;

	pages = kmalloc_array(16, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (order > 4)
		goto free_array;
	p = alloc_pages(GFP_KERNEL, order);	/* { dg-message "pages of a run-time order allocated here; a page past the first is mapped, so the order is not 0" } */
	if (!p)
		goto free_array;
	for (i = 0; i < (1U << order); i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1U << order, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page past the first of an unsplit allocation of run-time order; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}

struct page *alloc_for_size(int nid, size_t size)
{
	return alloc_pages_node(nid, GFP_KERNEL | __GFP_ZERO, get_order(size));	/* { dg-message "pages of a run-time order allocated here" } */
}

void *map_sized(int nid, size_t size)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	unsigned int i, n = size >> PAGE_SHIFT;

	pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_for_size(nid, size);	/* { dg-message "returned by 'alloc_for_size' here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < n; i++)
		pages[i] = nth_page(p, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page past the first of an unsplit allocation of run-time order" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(p, get_order(size));
free_array:
	kvfree(pages);
	return NULL;
}

/* dma-iommu: the largest order the mask allows, split when non-zero.  */
void *map_iommu_style(int nid, unsigned int count, unsigned long order_mask)
{
	struct page **pages;
	unsigned int i = 0, n = count;
	void *vaddr;

	pages = kvcalloc(count, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	while (count) {
		struct page *page = NULL;
		unsigned int order_size;

		for (order_mask &= (2U << (31 - __builtin_clz(count))) - 1;
		     order_mask; order_mask &= ~order_size) {
			unsigned int order = 31 - __builtin_clz(order_mask);

			order_size = 1U << order;
			page = alloc_pages_node(nid, GFP_KERNEL | __GFP_NORETRY, order);
			if (!page)
				continue;
			if (order)
				split_page(page, order);
			break;
		}
		if (!page)
			goto err;
		count -= order_size;
		while (order_size--)
			pages[i++] = page++;
	}
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_page(pages[i]);
	kvfree(pages);
	return NULL;
}

/* Split unconditionally after a run-time-order allocation: silent.  */
void *map_runtime_order_split(unsigned int order)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	unsigned int i;

	pages = kmalloc_array(16, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	if (order > 4)
		goto free_array;
	p = alloc_pages(GFP_KERNEL, order);
	if (!p)
		goto free_array;
	if (order)
		split_page(p, order);
	for (i = 0; i < (1U << order); i++)
		pages[i] = p + i;
	vaddr = vmap(pages, 1U << order, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	for (i = 0; i < (1U << order); i++)
		__free_page(p + i);
free_array:
	kfree(pages);
	return NULL;
}

/* Only the first page is mapped: wrong only if the order is not 0.  */
void *map_runtime_order_head(unsigned int order)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL, order);	/* { dg-message "pages of a run-time order allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = p;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an allocation whose order is not known; 'vfree' will call '__free_page' on each page, which is wrong if the order is not 0 and the allocation is not split \\\[vmapcheck:unknown-order\\\]" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, order);
	kfree(pages);
	return NULL;
}
