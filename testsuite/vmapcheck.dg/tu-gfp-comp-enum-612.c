/* The translation unit's own __GFP_COMP is used, 6.12 style: BIT(___GFP_COMP_BIT)
   from the gfp_types.h enum.  This (hypothetical) configuration has one more
   bit before it, so __GFP_COMP is 0x80000 and 0x40000 (the extra bit) is not a
   compound request.  */
/* { dg-do compile } */

#include "kbase.h"

/* include/linux/gfp_types.h with an extra (hypothetical) config bit */
enum {
	___GFP_DMA_BIT,
	___GFP_HIGHMEM_BIT,
	___GFP_DMA32_BIT,
	___GFP_MOVABLE_BIT,
	___GFP_RECLAIMABLE_BIT,
	___GFP_HIGH_BIT,
	___GFP_IO_BIT,
	___GFP_FS_BIT,
	___GFP_ZERO_BIT,
	___GFP_UNUSED_BIT,
	___GFP_DIRECT_RECLAIM_BIT,
	___GFP_KSWAPD_RECLAIM_BIT,
	___GFP_WRITE_BIT,
	___GFP_NOWARN_BIT,
	___GFP_RETRY_MAYFAIL_BIT,
	___GFP_NOFAIL_BIT,
	___GFP_NORETRY_BIT,
	___GFP_MEMALLOC_BIT,
	___GFP_EXTRA_CONFIG_BIT,
	___GFP_COMP_BIT,
	___GFP_NOMEMALLOC_BIT,
	___GFP_LAST_BIT
};
#define ___GFP_IO		BIT(___GFP_IO_BIT)
#define ___GFP_FS		BIT(___GFP_FS_BIT)
#define ___GFP_DIRECT_RECLAIM	BIT(___GFP_DIRECT_RECLAIM_BIT)
#define ___GFP_KSWAPD_RECLAIM	BIT(___GFP_KSWAPD_RECLAIM_BIT)
#define ___GFP_EXTRA_CONFIG	BIT(___GFP_EXTRA_CONFIG_BIT)
#define ___GFP_COMP		BIT(___GFP_COMP_BIT)
#define __GFP_IO	((__force gfp_t)___GFP_IO)
#define __GFP_FS	((__force gfp_t)___GFP_FS)
#define __GFP_RECLAIM ((__force gfp_t)(___GFP_DIRECT_RECLAIM|___GFP_KSWAPD_RECLAIM))
#define __GFP_EXTRA_CONFIG	((__force gfp_t)___GFP_EXTRA_CONFIG)
#define __GFP_COMP	((__force gfp_t)___GFP_COMP)
#define GFP_KERNEL	(__GFP_RECLAIM | __GFP_IO | __GFP_FS)

/* include/linux/sched.h, alloc_tag.h (CONFIG_MEM_ALLOC_PROFILING=n) */
#define alloc_tag_save(_tag)			NULL
#define alloc_tag_restore(_tag, _old)		do {} while (0)
#define DEFINE_ALLOC_TAG(_alloc_tag)
#define alloc_hooks_tag(_tag, _do_alloc)				\
({									\
	struct alloc_tag * __maybe_unused _old = alloc_tag_save(_tag);	\
	typeof(_do_alloc) _res = _do_alloc;				\
	alloc_tag_restore(_tag, _old);					\
	_res;								\
})
#define alloc_hooks(_do_alloc)						\
({									\
	DEFINE_ALLOC_TAG(_alloc_tag);					\
	alloc_hooks_tag(&_alloc_tag, _do_alloc);			\
})

/* include/linux/gfp.h */
struct page *alloc_pages_noprof(gfp_t gfp, unsigned int order);
#define alloc_pages(...)			alloc_hooks(alloc_pages_noprof(__VA_ARGS__))

/* include/linux/slab.h */
void *kmalloc_array_noprof(size_t n, size_t size, gfp_t flags);
#define kmalloc_array(...)			alloc_hooks(kmalloc_array_noprof(__VA_ARGS__))

void *comp_is_bit_19(void)
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

void *bit_18_is_not_comp(void)
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
