/* Relays of xtu-chain_0.c: each passes the array on to a function of
   xtu-chain_2.c.  */
/* { dg-do compile } */

void *do_map(struct page **pages, int n);
void *do_show(struct page **pages, int n);

void *relay_map(struct page **pages, int n)
{
	if (!pages)
		return NULL;
	return do_map(pages, n);	/* { dg-message "passed to 'do_map' here" } */
}

void *relay_show(struct page **pages, int n)
{
	return do_show(pages, n);
}
