/* Pages handed to a function of another file that maps them with
   VM_MAP_PUT_PAGES: directly by name, and through a struct field that
   the other file's ops table fills.  The twins hand over order-0 or split
   pages, or give compound pages to a function that maps them without the
   flag: silent.  A callee that hands the array over only for n >= 2 is
   told for a caller passing 4, not for one passing 1.  */
/* { dg-do compile } */

struct buf_ops {
	void *(*map)(struct page **pages, int n);
};

void *map_them(struct page **pages, int n);
void *map_pairs(struct page **pages, int n);
void *show_them(struct page **pages, int n);

void *grab_compound(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
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
	return map_them(pages, 4);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

void *grab_ops(const struct buf_ops *ops)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
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
		pages[i] = p + i;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	return ops->map(pages, 4);	/* { dg-warning "is given a page of an unsplit order-2 allocation" } */
	/* { dg-message "fix: call 'split_page'" "" { target *-*-* } .-1 } */
}

void *grab_order0(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	int i;

	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto err;
	}
	return map_them(pages, 4);	/* { dg-bogus "vmapcheck" } */
err:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}

void *grab_split(const struct buf_ops *ops)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL, 2);
	if (!p) {
		kfree(pages);
		return NULL;
	}
	split_page(p, 2);
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	return ops->map(pages, 4);	/* { dg-bogus "vmapcheck" } */
}

void *grab_shown(void)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	int i;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	return show_them(pages, 4);	/* { dg-bogus "vmapcheck" } */
}

void *grab_pairs(int one)
{
	struct page **pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
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
	if (one)
		return map_pairs(pages, 1);	/* { dg-bogus "vmapcheck" } */
	return map_pairs(pages, 4);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}
