/* A helper fills the caller's page array (an array
   parameter) with bad pages that it allocated itself; the caller maps the
   array.  Warning at the caller's vmap(); notes at the allocation and store
   in the helper and "stored by 'helper' into its argument" at the call.  */
/* { dg-do compile } */

void fill_pages(struct page **pages, unsigned int n)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	unsigned int i;

	if (!p)
		return;
	for (i = 0; i < n && i < 4; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

void *fill_nonstatic(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	fill_pages(pages, 4);	/* { dg-message "stored by 'fill_pages' into its argument 'pages' here" } */
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(pages[0], 2);
free_array:
	kfree(pages);
	return NULL;
}

static void *fill_slab(struct page **out, size_t len)
{
	void *buf = kmalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */

	if (!buf)
		return NULL;
	*out = virt_to_page(buf);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return buf;
}

void *fill_static(size_t len)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *buf, *vaddr;

	if (!pages)
		return NULL;
	buf = fill_slab(pages, len);	/* { dg-message "stored by 'fill_slab' into its argument 'out' here" } */
	if (!buf)
		goto free_array;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator with '__free_page' \\\[vmapcheck:slab-page\\\]" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(buf);
free_array:
	kfree(pages);
	return NULL;
}

/* The array is the second parameter, filled through a moving pointer.  */
static inline void fill_unsplit(int nid, struct page **pages)
{
	struct page *p = alloc_pages_node(nid, GFP_KERNEL | __GFP_ZERO, 1);	/* { dg-message "order-1 pages allocated here without '__GFP_COMP'" } */

	if (!p)
		return;
	*pages++ = p;
	*pages = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

void *fill_static_inline(int nid)
{
	struct page **pages;
	void *vaddr;

	pages = kcalloc(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	fill_unsplit(nid, pages);	/* { dg-message "stored by 'fill_unsplit' into its argument 'pages' here" } */
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 2, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-1 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(pages[0], 1);
free_array:
	kfree(pages);
	return NULL;
}
