/* Fills through a chain of three helpers:
   fill_outer() allocates and passes the page and the caller's array to
   fill_mid(), which passes both to fill_inner(), which stores
   dst[i] = src + i.  The notes walk the chain: one "stored by" note at each
   call that fills the array, fill_inner's inside fill_mid included.  And
   a chain whose innermost helper allocates itself.  */
/* { dg-do compile } */

void fill_inner(struct page **dst, struct page *src, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		dst[i] = src + i;
	/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-2 } */
}

void fill_mid(struct page **dst, struct page *src, unsigned int n)
{
	fill_inner(dst, src, n);	/* { dg-message "stored by 'fill_inner' into its argument 'dst' here" } */
}

void fill_outer(struct page **dst, unsigned int n)
{
	fill_mid(dst, alloc_pages(GFP_KERNEL, 2), n);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	/* { dg-message "stored by 'fill_mid' into its argument 'dst' here" "" { target *-*-* } .-1 } */
}

void *fill_chain_param(void)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	fill_outer(pages, 4);	/* { dg-message "stored by 'fill_outer' into its argument 'dst' here" } */
	if (!pages[0])		/* the allocation failed */
		goto free_array;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(pages[0], 2);
free_array:
	kfree(pages);
	return NULL;
}

static void alloc_fill3(struct page **pages)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */

	pages[0] = p;
	pages[1] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

static void alloc_fill2(struct page **pages)
{
	alloc_fill3(pages);	/* { dg-message "stored by 'alloc_fill3' into its argument 'pages' here" } */
}

void alloc_fill1(struct page **pages)
{
	alloc_fill2(pages);	/* { dg-message "stored by 'alloc_fill2' into its argument 'pages' here" } */
}

void *fill_chain_alloc(void)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	alloc_fill1(pages);	/* { dg-message "stored by 'alloc_fill1' into its argument 'pages' here" } */
	if (!pages[0])		/* the allocation failed */
		goto free_array;
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(pages[0], 1);
free_array:
	kfree(pages);
	return NULL;
}
