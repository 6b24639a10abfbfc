/* A helper returns a page derived from its parameter
   (page + i, nth_page(), folio_page(), the parameter itself); the caller
   passes it a page of a bad allocation.  The summary says "derived from
   argument N", and the caller's fact decides the kind: "returned by" is
   noted at the call.  */
/* { dg-do compile } */

struct page *page_at(struct page *head, unsigned int i)
{
	return nth_page(head, i);
}

void *ret_param_unsplit(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	void *vaddr;
	unsigned int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	for (i = 0; i < 4; i++)
		pages[i] = page_at(p, i);	/* { dg-message "returned by 'page_at' here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will call '__free_page' on pages that hold no reference of their own" } */
	/* { dg-message "fix: call 'split_page' on the allocation before 'vmap'" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 2);
	kfree(pages);
	return NULL;
}

static struct page *second_page(struct folio *folio)
{
	return folio_page(folio, 1);
	/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
}

void *ret_param_folio_tail(void)
{
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL | __GFP_ZERO, 2);	/* { dg-message "order-2 folio allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	pages[0] = second_page(folio);	/* { dg-message "returned by 'second_page' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}

struct page *same_page(struct page *page)
{
	return page;
}

void *ret_param_identity_head(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = same_page(p);	/* { dg-message "returned by 'same_page' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-1 compound page; 'vfree' will free it with '__free_page' as if it were order 0" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 1);
	kfree(pages);
	return NULL;
}

/* The same helpers given good pages: no warning.  */
void *ret_param_good(void)
{
	struct page **pages;
	struct page *a = alloc_page(GFP_KERNEL);
	struct page *b = alloc_page(GFP_KERNEL);
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages || !a || !b)
		goto err;
	pages[0] = same_page(a);
	pages[1] = page_at(b, 0);
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	if (a)
		__free_page(a);
	if (b)
		__free_page(b);
	kfree(pages);
	return NULL;
}
