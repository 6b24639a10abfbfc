/* vmap() with VM_MAP_PUT_PAGES of pages that functions of another file
   return: a page (its head kept, or moved to later pages), an array of
   them, and a page from a function reached through an ops table.  The
   twins map order-0 pages, or map without the flag: silent.  */
/* { dg-do compile } */

struct pool_ops {
	struct page *(*get)(void);
};

struct page *get_big(void);
struct page *get_one(void);
struct page **get_array(int n);

void *map_big(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = get_big();	/* { dg-message "returned by 'get_big' here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

void *map_big_head(void)
{
	struct page **pages = kcalloc(1, sizeof(*pages), GFP_KERNEL);

	if (!pages)
		return NULL;
	pages[0] = get_big();	/* { dg-message "returned by 'get_big' here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a head page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

void *map_array(void)
{
	struct page **pages = get_array(4);	/* { dg-message "returned by 'get_array' here" } */

	if (!pages)
		return NULL;
	return vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a page of an unsplit order-2 allocation" } */
	/* { dg-message "fix: call 'split_page'" "" { target *-*-* } .-1 } */
}

void *map_ops(const struct pool_ops *ops)
{
	struct page **pages = kcalloc(2, sizeof(*pages), GFP_KERNEL);
	struct page *p;

	if (!pages)
		return NULL;
	p = ops->get();	/* { dg-message "returned by 'get' here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	pages[0] = p;
	pages[1] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-1 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

void *map_one(void)
{
	struct page **pages = kcalloc(1, sizeof(*pages), GFP_KERNEL);

	if (!pages)
		return NULL;
	pages[0] = get_one();
	return vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *show_big(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = get_big();
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	return vmap(pages, 4, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}

void *map_it(struct page **pages, int n);

/* an array that holds a page of another file and pages of this one, handed to a third function */
void *mixed(void)
{
	struct page **pages = kcalloc(2, sizeof(*pages), GFP_KERNEL);
	struct page *p;

	if (!pages)
		return NULL;
	pages[0] = get_one();
	p = alloc_pages(GFP_KERNEL, 1);	/* { dg-message "order-1 pages allocated here without '__GFP_COMP'" } */
	if (!p) {
		if (pages[0])
			__free_page(pages[0]);
		kfree(pages);
		return NULL;
	}
	pages[1] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return map_it(pages, 2);	/* { dg-warning "is given a page of an unsplit order-1 allocation" } */
	/* { dg-message "fix: call 'split_page'" "" { target *-*-* } .-1 } */
}
