/* The page sources of xtu-return_0.c: a compound page, an order-0 page,
   an array of the pages of an unsplit order-2 allocation, and (through an
   ops table) an order-1 compound page.  */
/* { dg-do compile } */

struct pool_ops {
	struct page *(*get)(void);
};

struct page *get_big(void)
{
	return alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
}

struct page *get_one(void)
{
	return alloc_page(GFP_KERNEL);
}

struct page **get_array(int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < n; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return pages;
}

static struct page *pool_get(void)
{
	return alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */
}

const struct pool_ops pool = {
	.get = pool_get,
};

void *map_it(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_it' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}
