/* A chain of helpers where every link stores another
   page of the same compound allocation and passes the array on; the last
   one maps it with VM_MAP_PUT_PAGES.  That is one bug (one allocation, one
   vmap()), reported once, at the innermost link; the page reaches the
   links through a global page pointer, noted as "kept in 'base'".  */
/* { dg-do compile } */

static struct page *base;

__attribute__((noinline)) void *link3(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'link3' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

__attribute__((noinline)) void *link2(struct page **pages, int n)
{
	pages[n] = base + n;	/* { dg-message "stored into the page array here" } */
	return link3(pages, n + 1);	/* { dg-warning "tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

__attribute__((noinline)) void *link1(struct page **pages, int n)
{
	pages[n] = base + n;
	return link2(pages, n + 1);	/* { dg-bogus "vmapcheck" } */
}

void *chain_start(struct page **pages)
{
	base = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	/* { dg-message "kept in 'base' here" "" { target *-*-* } .-1 } */
	return link1(pages, 0);	/* { dg-bogus "vmapcheck" } */
}
