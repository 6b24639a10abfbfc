/* The translation unit's own __GFP_COMP is used, 6.1 style: a literal
   ___GFP_COMP macro.  This (hypothetical) configuration has it at 0x80000, so
   0x40000 is not a compound request here.  */
/* { dg-do compile } */

#include "kbase.h"

#define ___GFP_IO		0x40u
#define ___GFP_FS		0x80u
#define ___GFP_DIRECT_RECLAIM	0x400u
#define ___GFP_KSWAPD_RECLAIM	0x800u
#define ___GFP_EXTRA_CONFIG	0x40000u
#define ___GFP_COMP		0x80000u
#define __GFP_IO	((__force gfp_t)___GFP_IO)
#define __GFP_FS	((__force gfp_t)___GFP_FS)
#define __GFP_RECLAIM ((__force gfp_t)(___GFP_DIRECT_RECLAIM|___GFP_KSWAPD_RECLAIM))
#define __GFP_EXTRA_CONFIG	((__force gfp_t)___GFP_EXTRA_CONFIG)
#define __GFP_COMP	((__force gfp_t)___GFP_COMP)
#define GFP_KERNEL	(__GFP_RECLAIM | __GFP_IO | __GFP_FS)

/* include/linux/gfp.h */
struct page *alloc_pages(gfp_t gfp, unsigned int order);

/* include/linux/slab.h */
void *kmalloc_array(size_t n, size_t size, gfp_t flags);

void *comp_is_0x80000(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "allocated here" } */
	if (!p)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto free_p;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(pages);
free_p:
	__free_pages(p, 2);
	return NULL;
}

void *bit_0x40000_is_not_comp(void)
{
	struct page **pages;
	struct page *p;
	void *vaddr;
	int i;

	p = alloc_pages(GFP_KERNEL | __GFP_EXTRA_CONFIG, 2);	/* { dg-message "allocated here" } */
	if (!p)
		return NULL;
	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		goto free_p;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;	/* { dg-message "derived here" } */
		/* { dg-message "stored into the page array here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 4, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a page of an unsplit order-2 allocation; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(pages);
free_p:
	__free_pages(p, 2);
	return NULL;
}
