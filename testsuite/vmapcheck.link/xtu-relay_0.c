/* Pages handed to a static helper of this file that passes the array on
   to a function of another file, which maps it with VM_MAP_PUT_PAGES: the
   helper's forwarding is recorded under its unit-qualified name, and the
   link step follows it.  A public function that passes its own parameter
   through the same helper forwards too (xtu-relay_2.c calls it).  Through a
   helper that passes the array to a function that maps without the flag:
   silent.  */
/* { dg-do compile } */

void *relay_put(struct page **pages, int n);
void *relay_plain(struct page **pages, int n);

static void *hand_on(struct page **pages, int n)
{
	if (!pages)
		return NULL;
	return relay_put(pages, n);	/* { dg-message "passed to 'relay_put' here" } */
}

static void *hand_plain(struct page **pages, int n)
{
	return relay_plain(pages, n);
}

void *grab_relayed(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	void *vaddr;
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
	vaddr = hand_on(pages, 4);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}

void *grab_plain(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	void *vaddr;
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
	vaddr = hand_plain(pages, 4);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}

void *pass_relayed(struct page **pages, int n)
{
	return hand_on(pages, n);	/* { dg-message "passed to 'hand_on' here" } */
}
