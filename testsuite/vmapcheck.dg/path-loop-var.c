/* A condition on a value that changes on every round of a loop says
   nothing about another round: the array is filled with a compound
   block's pages while "last" is false, and handed over because it is true
   at the end.  Some path has both, so it is reported.  */
/* { dg-do compile } */

void *plv_last_round(struct page **pages, unsigned int n)
{
	struct page *block;
	unsigned int i;
	bool last;
	void *vaddr;

	if (n < 2 || n > 4)
		return NULL;
	block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!block)
		return NULL;
	i = 0;
	do {
		last = i == n - 1;
		pages[i] = last ? alloc_page(GFP_KERNEL) : block + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		i++;
	} while (!last);
	vaddr = vmap(pages, n, last ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		if (pages[n - 1])
			__free_page(pages[n - 1]);
		__free_pages(block, 2);
	}
	return vaddr;
}
