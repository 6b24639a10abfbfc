/* The translation unit's own VM_MAP_PUT_PAGES is used: Linux 5.10 defined it as
   0x100 (the bit it shared with VM_FLUSH_RESET_PERMS until 5.11), so 0x100 is
   the flag here and 0x200 is not.  Self-contained 5.10-style declarations.  */
/* { dg-do compile } */


typedef __SIZE_TYPE__ size_t;
typedef unsigned int gfp_t;
typedef struct pgprot { unsigned long pgprot; } pgprot_t;
struct page { unsigned long flags; void *p[5]; unsigned int a, b; unsigned long c; };
#define NULL ((void *)0)
#define ___GFP_IO		0x40u
#define ___GFP_FS		0x80u
#define ___GFP_DIRECT_RECLAIM	0x400u
#define ___GFP_KSWAPD_RECLAIM	0x800u
#define ___GFP_COMP		0x40000u
#define __GFP_IO	((gfp_t)___GFP_IO)
#define __GFP_FS	((gfp_t)___GFP_FS)
#define __GFP_RECLAIM	((gfp_t)(___GFP_DIRECT_RECLAIM|___GFP_KSWAPD_RECLAIM))
#define __GFP_COMP	((gfp_t)___GFP_COMP)
#define GFP_KERNEL	(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define PAGE_KERNEL	((pgprot_t) { 0x163 })

/* include/linux/gfp.h, include/linux/vmalloc.h of Linux 5.10 */
struct page *alloc_pages(gfp_t gfp_mask, unsigned int order);
void __free_pages(struct page *page, unsigned int order);
#define VM_MAP			0x00000004	/* vmap()ed pages */
#define VM_FLUSH_RESET_PERMS	0x00000100	/* reset direct map and flush TLB on unmap, can't be freed in atomic context */
#define VM_MAP_PUT_PAGES	0x00000100	/* put pages and free array in vfree */
extern void *vmap(struct page **pages, unsigned int count,
			unsigned long flags, pgprot_t prot);

/* include/linux/slab.h */
void *kmalloc_array(size_t n, size_t size, gfp_t flags);
void kfree(const void *objp);

void *old_kernel(void)
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
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page; 'vfree' will" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
	kfree(pages);
free_p:
	__free_pages(p, 2);
	return NULL;
}

void *not_the_flag_here(void)
{
	struct page *pages[4];
	struct page *p = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
	int i;

	if (!p)
		return NULL;
	for (i = 0; i < 4; i++)
		pages[i] = p + i;
	return vmap(pages, 4, 0x00000200, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
}
