/* Page arrays built from other arrays: an
   element-by-element copy loop (a store of a loaded page: "stored into the
   page array"), a struct assignment (a block copy: "copied into the page
   array"), and an array of pages derived from an array of heads.  */
/* { dg-do compile } */
/* The arrays mapped here are static or on the stack, which the ownership check
   reports (ownership-array.c); this test is about the pages in them.  */
/* { dg-additional-options "-fplugin-arg-vmapcheck-checks=putpages" } */

void *copy_loop(unsigned int n)
{
	struct page *src[8];
	struct page **dst;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 3);	/* { dg-message "order-3 compound page allocated here" } */
	void *vaddr;
	unsigned int i;

	if (!p)
		return NULL;
	if (n > 8)
		goto free_p;
	for (i = 0; i < 8; i++)
		src[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	dst = kvmalloc_array(n, sizeof(*dst), GFP_KERNEL);
	if (!dst)
		goto free_p;
	for (i = 0; i < n; i++)
		dst[i] = src[i];	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(dst, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero \\\[vmapcheck:tail-page\\\]" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kvfree(dst);
free_p:
	__free_pages(p, 3);
	return NULL;
}

/* Copy loop through moving pointers, from an array filled by a helper.  */
int fill_unsplit4(struct page **pages)
{
	struct page *p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	int i;

	if (!p)
		return -12;	/* -ENOMEM */
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

void *copy_ptr_loop(void)
{
	struct page *src[4], **dst;
	struct page **s = src, **d;
	void *vaddr;
	int i;

	dst = kmalloc_array(4, sizeof(*dst), GFP_KERNEL);
	if (!dst)
		return NULL;
	if (fill_unsplit4(src))	/* { dg-message "stored by 'fill_unsplit4' into its argument 'pages' here" } */
		goto free_array;
	d = dst;
	for (i = 0; i < 4; i++)
		*d++ = *s++;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(dst, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own \\\[vmapcheck:unsplit-page\\\]" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_pages(src[0], 2);
free_array:
	kfree(dst);
	return NULL;
}

struct page_vec {
	struct page *p[4];
};

void *copy_struct_assign(void)
{
	struct page_vec a, b;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	int i;

	if (!p)
		return NULL;
	for (i = 0; i < 4; i++)
		a.p[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	b = a;	/* { dg-message "copied into the page array here" } */
	return vmap(b.p, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

void *built_from_heads(void)
{
	struct page *heads[4];
	struct page **dst;
	void *vaddr;
	unsigned int i, j;

	dst = kmalloc_array(16, sizeof(*dst), GFP_KERNEL);
	if (!dst)
		return NULL;

	for (i = 0; i < 4; i++) {
		heads[i] = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		if (!heads[i])
			goto err;
	}
	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++)
			dst[i * 4 + j] = nth_page(heads[i], j);	/* { dg-message "page derived here" } */
			/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(dst, 16, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_pages(heads[i], 2);
	kfree(dst);
	return NULL;
}

/* Built from an array of good pages: no warning.  */
void *built_from_good(void)
{
	struct page *src[4], **dst;
	void *vaddr;
	int i;

	dst = kmalloc_array(4, sizeof(*dst), GFP_KERNEL);
	if (!dst)
		return NULL;
	for (i = 0; i < 4; i++) {
		src[i] = alloc_page(GFP_KERNEL);
		if (!src[i])
			goto err;
	}
	for (i = 0; i < 4; i++)
		dst[3 - i] = src[i];
	vaddr = vmap(dst, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_page(src[i]);
	kfree(dst);
	return NULL;
}
