/* The fillers of xtu-fill_0.c: one stores the pages of an order-2
   compound allocation (at most 4 of them: for more it fills nothing), one
   allocates each page on its own (order 0).  */
/* { dg-do compile } */

int fill_compound(struct page **pages, int n)
{
	struct page *p;
	int i;

	if (n > 4)
		return -EINVAL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p)
		return -ENOMEM;
	for (i = 0; i < n; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return 0;
}

int fill_order0(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto fail;
	}
	return 0;
fail:
	while (i--)
		__free_page(pages[i]);
	return -ENOMEM;
}

void put_filled(struct page **pages, int n)
{
	int i;

	for (i = 0; i < n; i++)
		put_page(pages[i]);
}
