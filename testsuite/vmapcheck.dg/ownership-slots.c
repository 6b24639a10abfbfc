/* vfree() of a VM_MAP_PUT_PAGES mapping drops one reference per slot of
   the array: one page in two slots is dropped twice.  A page obtained
   before a loop and stored into a new slot each round, and one value stored
   into two constant slots, are findings; a page per slot, an extra
   reference per slot (get_page()), and the same double mapping without the
   flag (as kernel/bpf/ringbuf.c does) are not.  */
/* { dg-do compile } */

void get_page(struct page *page);

void *one_page_everywhere(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	unsigned int i;
	void *vaddr;

	if (!pages || !page)
		goto err;
	for (i = 0; i < n; i++)
		pages[i] = page;	/* { dg-message "the same page is stored into a new slot in each round of this loop" } */
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "'vmap' with 'VM_MAP_PUT_PAGES' is given one page in more than one slot of the array: 'vfree' will drop its reference once per slot \\\[vmapcheck:page-in-two-slots\\\]" } */
	/* { dg-message "fix: take a reference per extra slot" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (page)
		__free_page(page);
	kfree(pages);
	return NULL;
}

void *two_slots(void)
{
	struct page **pages = kcalloc(2, sizeof(*pages), GFP_KERNEL);
	struct page *page = alloc_page(GFP_KERNEL);
	void *vaddr;

	if (!pages || !page)
		goto err;
	pages[0] = page;
	pages[1] = page;	/* { dg-message "the page is stored into a second slot here" } */
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "one page in more than one slot" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (page)
		__free_page(page);
	kfree(pages);
	return NULL;
}

/* ---- silent ---------------------------------------------------------- */

void *page_per_slot(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}

void *ref_per_slot(unsigned int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	struct page *page = alloc_page(GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages || !page)
		goto err;
	for (i = 1; i < n; i++)
		get_page(page);	/* one reference per slot */
	for (i = 0; i < n; i++)
		pages[i] = page;
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	for (i = 1; i < n; i++)
		put_page(page);
err:
	if (page)
		__free_page(page);
	kfree(pages);
	return NULL;
}

/* kernel/bpf/ringbuf.c: each data page mapped twice, without the flag */
void *ring(unsigned int nr_data)
{
	struct page **pages = kcalloc(2 * nr_data, sizeof(*pages), GFP_KERNEL);
	unsigned int i;
	void *vaddr;

	if (!pages)
		return NULL;
	for (i = 0; i < nr_data; i++) {
		struct page *page = alloc_page(GFP_KERNEL);

		if (!page)
			goto err;
		pages[i] = page;
		pages[nr_data + i] = page;
	}
	vaddr = vmap(pages, 2 * nr_data, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	kfree(pages);
	if (vaddr)
		return vaddr;
	return NULL;
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}
