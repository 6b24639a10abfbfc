/* Pages kept in an xarray (xa_store()) and read back
   with xa_load() into a page array for vmap() with VM_MAP_PUT_PAGES: the
   tail page of a compound page is reported.  The same walk with plain
   VM_MAP is silent; order-0 pages through an xarray are in
   container-xarray-safe.c (all xarrays of a file share one set of
   facts).  */
/* { dg-do compile } */

struct pcache {
	struct xarray pages;
};

int pcache_fill(struct pcache *c)
{
	struct page *page = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */

	if (!page)
		return -1;
	xa_store(&c->pages, 0, page, GFP_KERNEL);
	xa_store(&c->pages, 1, page + 1, GFP_KERNEL);	/* { dg-message "page derived here" } */
	/* { dg-message "put into an xarray here by 'xa_store'" "" { target *-*-* } .-1 } */
	return 0;
}

void *pcache_map(struct pcache *c)
{
	struct page **pages;
	unsigned long i;
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;

	for (i = 0; i < 2; i++)
		pages[i] = xa_load(&c->pages, i);	/* { dg-message "taken from an xarray here by 'xa_load'" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr)
		kfree(pages);
	return vaddr;
}

/* the same walk without the flag: silent */
void *pcache_map_plain(struct pcache *c)
{
	struct page *pages[2];
	unsigned long i;

	for (i = 0; i < 2; i++)
		pages[i] = xa_erase(&c->pages, i);
	return vmap(pages, 2, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
