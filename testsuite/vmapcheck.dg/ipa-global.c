/* The page array is a global array pointer, filled
   in one function and mapped in another.  A global array of good pages is
   not reported.  */
/* { dg-do compile } */
/* The arrays mapped here are static or on the stack, which the ownership check
   reports (ownership-array.c); this test is about the pages in them.  */
/* { dg-additional-options "-fplugin-arg-vmapcheck-checks=putpages" } */

struct page **ring_pages;
unsigned int ring_nr;

int ring_setup(void)
{
	struct folio *folio;
	unsigned int i;

	ring_pages = kcalloc(ring_nr, sizeof(*ring_pages), GFP_KERNEL);
	if (!ring_pages)
		return -12;
	folio = folio_alloc(GFP_KERNEL, 2);	/* { dg-message "order-2 folio allocated here" } */
	if (!folio) {
		kfree(ring_pages);
		ring_pages = NULL;
		return -12;
	}
	for (i = 0; i < ring_nr && i < 4; i++)
		ring_pages[i] = folio_page(folio, i);	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

void *ring_vmap(void)
{
	return vmap(ring_pages, ring_nr, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

/* A global array holding only alloc_page() pages: no warning.  */
struct page *good_pages[4];

void good_fill(void)
{
	int i;

	for (i = 0; i < 4; i++)
		good_pages[i] = alloc_page(GFP_KERNEL);
}

void *good_vmap(void)
{
	return vmap(good_pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
