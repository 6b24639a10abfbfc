/* The page array is a global array (not a pointer):
   filled in one function, mapped in another.  Like a global array pointer
   (ipa-global.c), its contents are known in every function.  */
/* { dg-do compile } */
/* The arrays mapped here are static or on the stack, which the ownership check
   reports (ownership-array.c); this test is about the pages in them.  */
/* { dg-additional-options "-fplugin-arg-vmapcheck-checks=putpages" } */

static struct page *scratch_pages[2];

void scratch_fill(size_t len)
{
	void *buf = kzalloc(len, GFP_KERNEL);	/* { dg-message "slab memory allocated here" } */

	scratch_pages[0] = alloc_page(GFP_KERNEL);
	scratch_pages[1] = virt_to_page(buf);	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

void *scratch_vmap(void)
{
	return vmap(scratch_pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a slab page; 'vfree' will hand slab memory to the page allocator" } */
	/* { dg-message "fix: map pages from 'alloc_page', not slab memory" "" { target *-*-* } .-1 } */
}

struct page *dev_pages[2];

void dev_fill(void)
{
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 1);	/* { dg-message "order-1 compound page allocated here" } */

	if (!p)
		return;
	dev_pages[0] = p;
	dev_pages[1] = p + 1;	/* { dg-message "page derived here" } */
	/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
}

void *dev_vmap(void)
{
	return vmap(dev_pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-1 compound page; 'vfree' will call '__free_page' on a page whose reference count is zero" } */
	/* { dg-message "fix: map order-0 pages" "" { target *-*-* } .-1 } */
}
