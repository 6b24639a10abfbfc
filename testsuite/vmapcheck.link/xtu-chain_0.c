/* Pages handed to a function of another file that passes the array on to
   a function of a third file, which maps it with VM_MAP_PUT_PAGES: the
   link step chains the two.  Through a relay that passes it to a function
   that maps without the flag: silent.  */
/* { dg-do compile } */

void *relay_map(struct page **pages, int n);
void *relay_show(struct page **pages, int n);

void *grab_chain(void)
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
	return relay_map(pages, 4);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}

void *grab_shown(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
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
	return relay_show(pages, 4);	/* { dg-bogus "vmapcheck" } */
}
