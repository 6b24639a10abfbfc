/* A static helper allocates with the order its callers give, takes the
   pages past the first and maps them itself with VM_MAP_PUT_PAGES.  A
   page past the first proves order > 0 only where the order is not known
   at the call: every caller here passing 0 maps independent order-0 pages
   (one each), so the helper is not reported; a caller passing 2 is, at its
   call.  (An exported helper, whose callers are not all visible, is still
   reported in itself: runtime-order.c.)  */
/* { dg-do compile } */

static void *grab_map(unsigned int order)
{
	unsigned int i, n = 1U << order;
	struct page **pages;
	struct page *p;
	void *vaddr;

	if (n > 8)
		return NULL;
	pages = kmalloc_array(n, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);	/* { dg-message "order-2 compound page allocated here" } */
	if (!p)
		goto free_array;
	for (i = 0; i < n; i++)
		pages[i] = p + i;	/* { dg-message "page derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-message "'grab_map' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}

void *grab_one(void)
{
	return grab_map(0);	/* { dg-bogus "vmapcheck" } */
}

void *grab_one_more(void)
{
	void *a = grab_map(0);	/* { dg-bogus "vmapcheck" } */

	if (!a)
		return NULL;
	vfree(a);
	return grab_map(0);	/* { dg-bogus "vmapcheck" } */
}

/* a static helper only ever given order 0: silent */
static void *grab_map0(unsigned int order)
{
	struct page **pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	struct page *p;
	void *vaddr;

	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, order);
	if (!p)
		goto free_array;
	pages[0] = p + (order ? 1 : 0);
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
	__free_pages(p, order);
free_array:
	kfree(pages);
	return NULL;
}

void *grab0_user(void)
{
	return grab_map0(0);	/* { dg-bogus "vmapcheck" } */
}

void *grab_four(void)
{
	return grab_map(2);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
}
