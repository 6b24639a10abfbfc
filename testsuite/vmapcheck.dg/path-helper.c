/* The condition travels through calls: a helper fills the array by a
   bool parameter and the caller picks the flags by the same bool; a
   helper picks the flags by its parameter, given the negation; a constant
   argument decides the helper's branch.  Nothing reaches vmap() with the
   flag and a bad page on one path, so nothing is reported; the crossed
   twins are.  */
/* { dg-do compile } */

static void free_order0(struct page **pages, unsigned int n)
{
	while (n--)
		__free_page(pages[n]);
}

/* Compound pages when asked, order-0 pages otherwise; 0 or -ENOMEM. */
static int fill(struct page **pages, struct page **block, bool compound)
{
	unsigned int i;

	*block = NULL;
	if (compound) {
		*block = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		if (!*block)
			return -12;
		for (i = 0; i < 4; i++)
			pages[i] = *block + i;	/* { dg-message "page derived here" } */
			/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
		return 0;
	}
	for (i = 0; i < 4; i++) {
		pages[i] = alloc_page(GFP_KERNEL);
		if (!pages[i]) {
			free_order0(pages, i);
			return -12;
		}
	}
	return 0;
}

static void unfill(struct page **pages, struct page *block)
{
	if (block)
		__free_pages(block, 2);
	else
		free_order0(pages, 4);
}

void *ph_caller_flags(struct page **pages, bool compound)
{
	struct page *block;
	void *vaddr;

	if (fill(pages, &block, compound))
		return NULL;
	vaddr = vmap(pages, 4, compound ? VM_MAP : VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		unfill(pages, block);
	return vaddr;
}

void *ph_caller_flags_crossed(struct page **pages, bool compound)
{
	struct page *block;
	void *vaddr;

	if (fill(pages, &block, compound))	/* { dg-message "stored by 'fill' into its argument 'pages' here" } */
		return NULL;
	vaddr = vmap(pages, 4, compound ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		unfill(pages, block);
	return vaddr;
}

/* The mapping helper decides the flags; the caller passes !compound. */
static void *map_owned(struct page **pages, bool owned)
{
	return vmap(pages, 4, owned ? VM_MAP | VM_MAP_PUT_PAGES : VM_MAP, PAGE_KERNEL);	/* { dg-message "'map_owned' hands the array to 'vmap' with 'VM_MAP_PUT_PAGES' here" } */
	/* { dg-message "'VM_MAP_PUT_PAGES' set here" "" { target *-*-* } .-1 } */
}

void *ph_helper_flags(struct page **pages, bool compound)
{
	struct page *block;
	void *vaddr;

	if (fill(pages, &block, compound))
		return NULL;
	vaddr = map_owned(pages, !compound);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		unfill(pages, block);
	return vaddr;
}

void *ph_helper_flags_crossed(struct page **pages, bool compound)
{
	struct page *block;
	void *vaddr;

	if (fill(pages, &block, compound))	/* { dg-message "stored by 'fill' into its argument 'pages' here" } */
		return NULL;
	vaddr = map_owned(pages, compound);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		unfill(pages, block);
	return vaddr;
}

/* A constant argument: the helper's compound branch is not taken. */
void *ph_const_order0(struct page **pages)
{
	struct page *block;
	void *vaddr;

	if (fill(pages, &block, false))
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr)
		unfill(pages, block);
	return vaddr;
}

void *ph_const_compound(struct page **pages)
{
	struct page *block;
	void *vaddr;

	if (fill(pages, &block, true))	/* { dg-message "stored by 'fill' into its argument 'pages' here" } */
		return NULL;
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr)
		unfill(pages, block);
	return vaddr;
}
