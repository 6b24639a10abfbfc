/* Plugin argument 'gfp-comp=0x40000' (the value 6.1 has anyway): accepted,
   and the check works as without it.  */
/* { dg-do compile } */
/* { dg-additional-options "-fplugin-arg-vmapcheck-gfp-comp=0x40000" } */

#include "k61.h"

void *gfp_comp_same(void)
{
	struct page **pages;
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages || !p)
		goto err;
	pages[0] = p;	/* { dg-message "stored into the page array here" } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a head page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	if (p)
		__free_pages(p, 2);
	kfree(pages);
	return NULL;
}
