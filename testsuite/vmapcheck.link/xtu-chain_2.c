/* The end of xtu-chain's relays: one maps with VM_MAP_PUT_PAGES, one
   without.  */
/* { dg-do compile } */

void *do_map(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'do_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *do_show(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP, PAGE_KERNEL);
}
