/* A helper tests the flags it is given: with VM_MAP_PUT_PAGES it maps
   order-0 pages (handed over), without it a compound page (kept).  A
   caller's constant flags decide the helper's branch: no path has the
   compound page and the flag together, so nothing is reported.  The
   crossed helper, which maps the compound page exactly when asked to hand
   the pages over, is reported at the call that sets the flag.  */
/* { dg-do compile } */

static void free_order0(struct page **pages, unsigned int n)
{
	while (n--)
		__free_page(pages[n]);
}

static void *map_by_flags(struct page **pages, unsigned long flags)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (flags & VM_MAP_PUT_PAGES) {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				free_order0(pages, i);
				return NULL;
			}
		}
	} else {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;
	}
	vaddr = vmap(pages, 4, flags, PAGE_KERNEL);
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			free_order0(pages, 4);
	}
	return vaddr;
}

void *pf_owned(struct page **pages)
{
	return map_by_flags(pages, VM_MAP | VM_MAP_PUT_PAGES);	/* { dg-bogus "vmapcheck" } */
}

void *pf_kept(struct page **pages)
{
	return map_by_flags(pages, VM_MAP);	/* { dg-bogus "vmapcheck" } */
}

static void *map_by_flags_crossed(struct page **pages, unsigned long flags)
{
	struct page *block = NULL;
	unsigned int i;
	void *vaddr;

	if (!(flags & VM_MAP_PUT_PAGES)) {
		for (i = 0; i < 4; i++) {
			pages[i] = alloc_page(GFP_KERNEL);
			if (!pages[i]) {
				free_order0(pages, i);
				return NULL;
			}
		}
	} else {
		block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
		if (!block)
			return NULL;
		for (i = 0; i < 4; i++)
			pages[i] = block + i;	/* { dg-message "page derived here" } */
			/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	}
	vaddr = vmap(pages, 4, flags, PAGE_KERNEL);	/* { dg-message "'map_by_flags_crossed' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	if (!vaddr) {
		if (block)
			__free_pages(block, 2);
		else
			free_order0(pages, 4);
	}
	return vaddr;
}

void *pf_owned_crossed(struct page **pages)
{
	return map_by_flags_crossed(pages, VM_MAP | VM_MAP_PUT_PAGES);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	/* { dg-message "stored by 'map_by_flags_crossed' into its argument 'pages' here" "" { target *-*-* } .-2 } */
}

void *pf_kept_crossed(struct page **pages)
{
	return map_by_flags_crossed(pages, VM_MAP);	/* { dg-bogus "vmapcheck" } */
}
