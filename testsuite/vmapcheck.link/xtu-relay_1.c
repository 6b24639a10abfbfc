/* The other end of xtu-relay_0.c: one function maps the array with
   VM_MAP_PUT_PAGES, one without.  */
/* { dg-do compile } */

void *relay_put(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'relay_put' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

void *relay_plain(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP, PAGE_KERNEL);
}
