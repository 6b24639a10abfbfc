/* The mappings of xtu-vunmap_0.c: one made with VM_MAP_PUT_PAGES, one
   without.  */
/* { dg-do compile } */

void *make_map(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "mapped with 'VM_MAP_PUT_PAGES' here" } */
}

void *make_plain(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP, PAGE_KERNEL);
}
