/* Calls through a field of a struct this file declares itself: no other
   file can store into it, so when the file stores exactly one function
   there (an initializer or an assignment), the call reaches that function
   and the compile tells the finding.  A field given two functions, or a
   value the file cannot name, is left to vmapcheck-link: silent here.  */
/* { dg-do compile } */

struct own_ops {
	void *(*map)(struct page **pages, int n);
};

struct two_ops {
	void *(*map)(struct page **pages, int n);
};

struct set_ops {
	void *(*map)(struct page **pages, int n);
};

struct given_ops {
	void *(*map)(struct page **pages, int n);
};

static void *own_map(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'own_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

static void *plain_map(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP, PAGE_KERNEL);
}

static void *set_map(struct page **pages, int n)
{
	return vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'set_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
}

const struct own_ops own = {
	.map = own_map,
};

const struct two_ops two_a = {
	.map = own_map,
};

const struct two_ops two_b = {
	.map = plain_map,
};

void set_ops_init(struct set_ops *ops)
{
	ops->map = set_map;
}

static struct page **grab(int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < n; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return pages;
}

void *map_own(const struct own_ops *ops)
{
	struct page **pages = grab(4);	/* { dg-message "returned by 'grab' here" } */

	if (!pages)
		return NULL;
	return ops->map(pages, 4);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *map_set(const struct set_ops *ops)
{
	struct page **pages = grab(4);	/* { dg-message "returned by 'grab' here" } */

	if (!pages)
		return NULL;
	return ops->map(pages, 4);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}

void *map_two(const struct two_ops *ops)
{
	struct page **pages = grab(4);

	if (!pages)
		return NULL;
	return ops->map(pages, 4);	/* { dg-bogus "vmapcheck" } */
}

const struct given_ops given_own = {
	.map = own_map,
};

void *map_given(struct given_ops *ops, void *(*fn)(struct page **, int))
{
	struct page **pages = grab(4);

	if (!pages)
		return NULL;
	ops->map = fn;
	return ops->map(pages, 4);	/* { dg-bogus "vmapcheck" } */
}
