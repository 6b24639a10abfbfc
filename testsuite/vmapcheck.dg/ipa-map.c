/* A helper hands its array parameter to vmap() with
   VM_MAP_PUT_PAGES (set inside the helper, or passed in as a flags
   parameter); the caller fills the array with bad pages.  The warning is at
   the caller's call of the helper, with a note at the helper's vmap().  */
/* { dg-do compile } */

void *map_pages(struct page **pages, unsigned int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_pages' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *map_unsplit(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	void *vaddr;
	int i;

	if (!p)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto free_p;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = map_pages(pages, 4);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(pages);
free_p:
	__free_pages(p, 2);
	return NULL;
}

static void *map_with_flags(struct page **pages, unsigned int n, unsigned long flags)
{
	return vmap(pages, n, flags, PAGE_KERNEL);	/* { dg-message "'map_with_flags' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *map_flags_param(size_t len)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *buf = kmalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */
	void *vaddr;

	if (!pages || !buf)
		goto err;
	pages[0] = virt_to_page(buf);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = map_with_flags(pages, 1, VM_MAP | VM_MAP_PUT_PAGES);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	kfree(buf);
	kfree(pages);
	return NULL;
}

/* The flags are set on another line of the caller.  */
void *map_flags_var(void)
{
	unsigned long flags = VM_MAP_PUT_PAGES;	/* { dg-message "'VM_MAP_PUT_PAGES' set here" } */
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL, 1);	/* { dg-message "order-1 folio allocated here" } */
	void *vaddr;

	if (!folio)
		return NULL;
	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto put_folio;
	pages[0] = folio_page(folio, 0);
	pages[1] = folio_page(folio, 1);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = map_with_flags(pages, 2, flags);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(pages);
put_folio:
	folio_put(folio);
	return NULL;
}

/* The helper fills and maps: the bad pages are known at its own vmap().  */
void *fill_and_map(struct page **pages)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
	void *vaddr;

	if (!p)
		return NULL;
	pages[0] = p;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-1 compound page; 'vfree' will free it with '__free_page' as if it were order 0 \\\[vmapcheck:compound-head\\\]" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr)
		__free_pages(p, 1);
	return vaddr;
}

void *fill_and_map_caller(void)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	vaddr = fill_and_map(pages);	/* { dg-bogus "vmapcheck" "reported once, in fill_and_map" } */
	if (!vaddr)
		kfree(pages);
	return vaddr;
}
