/* After vmap() with VM_MAP_PUT_PAGES succeeded, vfree() will free the
   page array and drop one reference per entry: the caller freeing either
   again is a double free.  Frees on the failure path (if (!vaddr) ... and
   goto error labels), frees after a plain VM_MAP mapping, and page
   references the caller took for itself are silent.  */
/* { dg-do compile } */

void release_pages(struct page **pages, int nr);
void get_page(struct page *page);
#define ENOMEM		12

/* PAGES[0..N) of order-0 pages in an array of its own, or NULL */
static struct page **get_pages(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			release_pages(pages, i);
			kfree(pages);
			return NULL;
		}
	}
	return pages;
}

void *array_freed(void)
{
	struct page **pages = get_pages(4);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr)
		release_pages(pages, 4);
	kfree(pages);	/* { dg-warning "the page array that 'vmap' took over with 'VM_MAP_PUT_PAGES' is freed after it succeeded: 'vfree' will free it again \\\[vmapcheck:array-freed-after-handover\\\]" } */
	/* { dg-message "fix: free them only when 'vmap' returns NULL" "" { target *-*-* } .-1 } */
	return vaddr;
}

void *array_freed_after_check(void)
{
	struct page **pages = get_pages(4);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		release_pages(pages, 4);
		kvfree(pages);
		return NULL;
	}
	kvfree(pages);	/* { dg-warning "the page array that 'vmap' took over" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	return vaddr;
}

void *pages_released(void)
{
	struct page **pages = get_pages(4);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (vaddr)
		release_pages(pages, 4);	/* { dg-warning "the references of pages that 'vmap' took over with 'VM_MAP_PUT_PAGES' are dropped after it succeeded: 'vfree' will drop them again \\\[vmapcheck:pages-put-after-handover\\\]" } */
		/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	else
		kfree(pages);
	return vaddr;
}

void *page_loop_freed(unsigned int n)
{
	struct page **pages = get_pages(n);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	for (i = 0; i < n; i++)
		__free_page(pages[i]);	/* { dg-warning "the references of pages that 'vmap' took over" } */
		/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kfree(pages);
	return vaddr;
}

/* ---- silent ---------------------------------------------------------- */

void *failure_path(void)
{
	struct page **pages = get_pages(4);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr) {
		release_pages(pages, 4);	/* { dg-bogus "vmapcheck" } */
		kfree(pages);	/* { dg-bogus "vmapcheck" } */
	}
	return vaddr;
}

void *error_label(unsigned int n)
{
	struct page **pages = kvmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_page(pages[i]);	/* { dg-bogus "vmapcheck" } */
	kvfree(pages);	/* { dg-bogus "vmapcheck" } */
	return NULL;
}

/* VM_MAP alone takes nothing over: the caller frees its array and pages */
void *plain_map(struct page ***out)
{
	struct page **pages = get_pages(4);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP, PAGE_KERNEL);
	if (!vaddr) {
		release_pages(pages, 4);
		kfree(pages);
		return NULL;
	}
	*out = pages;
	return vaddr;
}

void plain_unmap(void *vaddr, struct page **pages)
{
	vunmap(vaddr);
	release_pages(pages, 4);	/* { dg-bogus "vmapcheck" } */
	kfree(pages);	/* { dg-bogus "vmapcheck" } */
}

/* the caller takes a reference of its own per page, and drops it later;
   the result is tested after a store to *vaddr (read back from memory) */
void *own_refs(struct page **shared, unsigned int n, void **vaddr)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		get_page(shared[i]);	/* the reference vmap() takes over */
		pages[i] = shared[i];
	}
	*vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!*vaddr) {
		for (i = 0; i < n; i++)
			put_page(shared[i]);
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < n; i++)
		put_page(shared[i]);	/* { dg-bogus "vmapcheck" } */
	return shared;
}

/* the same with the result in a local: the references dropped are its own */
void *own_refs_local(struct page **shared, unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		get_page(shared[i]);
		pages[i] = shared[i];
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);
	if (!vaddr) {
		release_pages(pages, n);
		kfree(pages);
	}
	return vaddr;
}

/* the vmap() in a helper that returns its mapping or NULL */
#define noinline	__attribute__((__noinline__))
static noinline void *map_pages_owned(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_pages_owned' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *array_freed_after_helper(void)
{
	struct page **pages = get_pages(4);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = map_pages_owned(pages, 4);	/* { dg-message "handed over with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		release_pages(pages, 4);
		kfree(pages);
		return NULL;
	}
	kfree(pages);	/* { dg-warning "the page array that 'vmap' took over with 'VM_MAP_PUT_PAGES' is freed after it succeeded" } */
	return vaddr;	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

/* the same helper, the array freed only when it failed */
void *helper_failure_path(void)
{
	struct page **pages = get_pages(4);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = map_pages_owned(pages, 4);
	if (!vaddr) {
		release_pages(pages, 4);
		kfree(pages);	/* { dg-bogus "vmapcheck" } */
	}
	return vaddr;
}
