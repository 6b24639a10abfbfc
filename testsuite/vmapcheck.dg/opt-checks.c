/* Plugin argument 'checks=LIST': naming the one check there is runs it,
   and a finding is reported as without the argument.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-checks=putpages" } */

void *checked(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	if (!p) {
		kfree(pages);
		return NULL;
	}
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(p, 2);
		kfree(pages);
	}
	return vaddr;
}
