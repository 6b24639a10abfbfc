/* Page arrays filled by functions of another file (xtu-fill_1.c) and mapped
   here with VM_MAP_PUT_PAGES: the link step follows the pages from where
   the filler allocates them into the array it is given.  Filled with
   order-0 pages, mapped without the flag, or a count the filler refuses
   (its condition on the parameter fails for the constant): silent.  */
/* { dg-do compile } */

int fill_compound(struct page **pages, int n);
int fill_order0(struct page **pages, int n);
void put_filled(struct page **pages, int n);

void *map_filled(int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (fill_compound(pages, n)) {	/* { dg-message "filled by 'fill_compound' here" } */
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		put_filled(pages, n);
		kfree(pages);
	}
	return vaddr;
}

void *map_filled_order0(int n)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (fill_order0(pages, n)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		put_filled(pages, n);
		kfree(pages);
	}
	return vaddr;
}

void *map_filled_noflag(int n, struct page ***out)
{
	struct page **pages = kcalloc(n, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (fill_compound(pages, n)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, n, VM_MAP, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		put_filled(pages, n);
		kfree(pages);
		return NULL;
	}
	*out = pages;
	return vaddr;
}

void *map_eight(void)
{
	struct page **pages = kcalloc(8, sizeof(*pages), GFP_KERNEL);
	void *vaddr;

	if (!pages)
		return NULL;
	if (fill_compound(pages, 8)) {
		kfree(pages);
		return NULL;
	}
	vaddr = vmap(pages, 8, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (!vaddr) {
		put_filled(pages, 8);
		kfree(pages);
	}
	return vaddr;
}
