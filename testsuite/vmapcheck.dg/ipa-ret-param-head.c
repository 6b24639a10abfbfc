/* A helper returns the head of the page it is given
   (compound_head(), page_folio()).  Handed a tail page of a compound
   allocation, it returns the head page: the warning must say "head page",
   as it does when compound_head() is called in the same function
   (compound-head.c).  */
/* { dg-do compile } */

struct page *head_of(struct page *page)
{
	return compound_head(page);
	/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
}

void *ret_param_compound_head(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = head_of(p + 1);	/* { dg-message "returned by 'head_of' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	/* { dg-message "page derived here" "" { target *-*-* } .-2 } */
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

static struct folio *folio_of(struct page *page)
{
	return page_folio(page);
	/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
}

void *ret_param_page_folio(void)
{
	struct page **pages;
	struct folio *folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "order-2 folio allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !folio)
		goto err;
	pages[0] = &folio_of(folio_page(folio, 3))->page;	/* { dg-message "returned by 'folio_of' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	/* { dg-message "page derived here" "" { target *-*-* } .-2 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-2 compound page; 'vfree' will free it with '__free_page' as if it were order 0" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (folio)
		folio_put(folio);
	kfree(pages);
	return NULL;
}
