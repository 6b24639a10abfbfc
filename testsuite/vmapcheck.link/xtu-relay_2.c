/* Callers of xtu-relay_0.c's public relay: with compound pages, and with
   order-0 pages (silent).  */
/* { dg-do compile } */

void *pass_relayed(struct page **pages, int n);

void *give_compound(void)
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
	vaddr = pass_relayed(pages, 4);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}

void *give_order0(void)
{
	struct page **pages = kcalloc(4, sizeof(*pages), GFP_KERNEL);
	void *vaddr;
	int i;

	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i])
			goto fail;
	}
	vaddr = pass_relayed(pages, 4);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	i = 4;
fail:
	while (i--)
		__free_page(pages[i]);
	kfree(pages);
	return NULL;
}
