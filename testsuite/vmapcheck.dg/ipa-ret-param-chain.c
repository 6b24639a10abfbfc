/* A page derived from a parameter is returned through
   three helpers (page_lvl1 -> page_lvl2 -> page_lvl3, which does the
   page + 1).  The notes walk the chain: a "returned by" note at each call
   whose return value carries the page, inside the helpers too, as for a
   page allocated by the innermost helper (ipa-ret-chain.c).  */
/* { dg-do compile } */

struct page *page_lvl3(struct page *page)
{
	return page + 1;
	/* { dg-message "page derived here" "" { target *-*-* } .-1 } */
}

struct page *page_lvl2(struct page *page)
{
	return page_lvl3(page);	/* { dg-message "returned by 'page_lvl3' here" } */
}

struct page *page_lvl1(struct page *page)
{
	return page_lvl2(page);	/* { dg-message "returned by 'page_lvl2' here" } */
}

void *ret_param_chain(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = page_lvl1(p);	/* { dg-message "returned by 'page_lvl1' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 1);
	kfree(pages);
	return NULL;
}
