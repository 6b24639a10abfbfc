/* Recursive and mutually recursive helpers: the
   summaries reach a fixed point (the compile terminates) and the bad page
   is still found.  */
/* { dg-do compile } */

struct page *rec_get(int depth)
{
	if (depth <= 0) {
		struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */

		return p ? p + 3 : NULL;	/* { dg-message "page derived here" } */
	}
	return rec_get(depth - 1);
}

void *rec_caller(void)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = rec_get(5);	/* { dg-message "returned by 'rec_get' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	put_page(pages[0]);	/* the whole order-2 compound page */
free_array:
	kfree(pages);
	return NULL;
}

struct page *even_get(int n);

struct page *odd_get(int n)
{
	if (!n)
		return alloc_pages(GFP_KERNEL, 1);	/* { dg-message "order-1 pages allocated here without '__GFP_COMP'" } */
	return even_get(n - 1);
}

struct page *even_get(int n)
{
	return odd_get(n ? n - 1 : 1);	/* { dg-message "returned by 'odd_get' here" } */
}

void *mutual_caller(void)
{
	struct page **pages;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	pages[0] = even_get(4);	/* { dg-message "returned by 'even_get' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	if (!pages[0])
		goto free_array;
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-1 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(pages[0], 1);
free_array:
	kfree(pages);
	return NULL;
}

/* A recursive filler and a recursive mapper that pass their parameters
   round in a cycle; with good pages nothing is reported, with bad ones
   the warning is at the call of the mapper.  */
void rec_fill(struct page **pages, unsigned int n)
{
	if (!n)
		return;
	pages[n - 1] = alloc_page(GFP_KERNEL);
	rec_fill(pages, n - 1);
}

void *rec_map(struct page **pages, unsigned int n, unsigned long flags)
{
	if (n > 16)
		return rec_map(pages, n / 2, flags);
	return vmap(pages, n, flags, PAGE_KERNEL);	/* { dg-message "'rec_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" "for rec_map_bad" } */
}

void *rec_good(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	rec_fill(pages, 4);
	for (i = 0; i < 4; i++)
		if (!pages[i])
			goto err;
	vaddr = rec_map(pages, 4, VM_MAP_PUT_PAGES);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	for (i = 0; i < 4; i++)
		if (pages[i])
			__free_page(pages[i]);
	kfree(pages);
	return NULL;
}

void *rec_map_bad(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
	void *vaddr;

	if (!p)
		return NULL;
	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto free_p;
	pages[0] = p;
	pages[1] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = rec_map(pages, 2, VM_MAP_PUT_PAGES);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(pages);
free_p:
	__free_pages(p, 1);
	return NULL;
}
