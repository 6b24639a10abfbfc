/* Page arrays copied with memcpy() and memmove()
   (declared as in arch/x86/include/asm/string_64.h): the facts of the
   source array reach the destination.  With a constant size GCC turns
   memcpy() into a block copy before the plugin runs, so that note may or
   may not name the function; with a run-time size it stays a call.  */
/* { dg-do compile } */

void *memcpy(void *to, const void *from, size_t len);
void *memmove(void *dest, const void *src, size_t count);

void *copy_memcpy_const(void)
{
	struct page *src[4], **dst;
	struct page *p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	void *vaddr;
	int i;

	if (!p)
		return NULL;
	dst = kmalloc_array(4, sizeof(*dst), GFP_KERNEL);
	if (!dst)
		goto free_p;
	for (i = 0; i < 4; i++)
		src[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	memcpy(dst, src, sizeof(src));	/* { dg-message "copied into the page array here" } */
	vaddr = vmap(dst, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(dst);
free_p:
	__free_pages(p, 2);
	return NULL;
}

void *copy_memcpy_var(unsigned int n)
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
		src[i] = nth_page(p, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	dst = kmalloc_array(n, sizeof(*dst), GFP_KERNEL);
	if (!dst)
		goto free_p;
	memcpy(dst, src, n * sizeof(*dst));	/* { dg-message "copied into the page array here by 'memcpy'" } */
	vaddr = vmap(dst, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-3 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(dst);
free_p:
	__free_pages(p, 3);
	return NULL;
}

void *copy_memmove(struct page **dst, unsigned int n)
{
	struct page *src[2];
	void *buf = kmalloc(64, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */
	void *vaddr;

	if (!buf)
		return NULL;
	if (n > 2)
		goto free_buf;
	src[0] = alloc_page(GFP_KERNEL);
	if (!src[0])
		goto free_buf;
	src[1] = virt_to_page(buf);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	memmove(dst, src, n * sizeof(*src));	/* { dg-message "copied into the page array here by 'memmove'" } */
	vaddr = vmap(dst, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	__free_page(src[0]);
free_buf:
	kfree(buf);
	return NULL;	/* the caller frees dst */
}

/* The source array is filled by a helper, the copy is mapped.  */
void fill_src(struct page **pages)
{
	struct folio *folio = folio_alloc(GFP_KERNEL, 1);	/* { dg-message "order-1 folio allocated here" } */

	pages[0] = &folio->page;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

void *copy_of_filled(unsigned int n)
{
	struct page *src[1];
	struct page **dst;
	void *vaddr;

	if (n > 1)
		return NULL;
	dst = kvmalloc_array(1, sizeof(*dst), GFP_KERNEL);
	if (!dst)
		return NULL;
	fill_src(src);	/* { dg-message "stored by 'fill_src' into its argument 'pages' here" } */
	if (!src[0])
		goto free_array;
	memcpy(dst, src, n * sizeof(*src));	/* { dg-message "copied into the page array here by 'memcpy'" } */
	vaddr = vmap(dst, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-1 compound page; 'vfree' will free it with '__free_page' as if it were order 0" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	folio_put(page_folio(src[0]));
free_array:
	kvfree(dst);
	return NULL;
}

/* A copy of good pages: no warning.  */
void *copy_good(unsigned int n)
{
	struct page *src[4], **dst;
	void *vaddr;
	unsigned int i;

	if (n > 4)
		return NULL;
	dst = kmalloc_array(n, sizeof(*dst), GFP_KERNEL);
	if (!dst)
		return NULL;
	for (i = 0; i < n; i++) {
		src[i] = alloc_page(GFP_KERNEL);
		if (!src[i])
			goto err;
	}
	memcpy(dst, src, n * sizeof(*src));
	vaddr = vmap(dst, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_page(src[i]);
	kfree(dst);
	return NULL;
}
