/* Calls through struct fields that other files fill by assignment: a
   field set with "ops->map = fn" and a whole struct set from a compound
   literal (as PMU drivers set up their struct pmu).  A third file stores
   a function that maps without the flag into the same field: no finding
   through it.  A finding this file proves alone is told by its compile,
   and not again by the link step.  */
/* { dg-do compile } */

struct dev_ops {
	void *(*map)(struct page **pages, int n);
};

struct pmu_like {
	int type;
	void *(*setup)(void **pages, int n);
};

static void *map_here(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'map_here' hands the array to 'vmap'" } */
}

void *grab_field(struct dev_ops *ops)
{
	struct page **pages = kcalloc(8, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 3);	/* { dg-message "order-3 compound page allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 8; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return ops->map(pages, 8);	/* { dg-warning "is given a tail page of an order-3 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *grab_pmu(struct pmu_like *pmu)
{
	void **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 2);	/* { dg-message "order-2 pages allocated here without '__GFP_COMP'" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = page_address(p + i);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return pmu->setup(pages, 4);	/* { dg-warning "is given a page of an unsplit order-2 allocation" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *grab_here(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return map_here(pages, 4);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}
