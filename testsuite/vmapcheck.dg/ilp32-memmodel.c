/* A 32-bit kernel (arm, sh, x86 with -m32): pointer offsets are 32-bit
   sizetype constants, so container_of() on page->lru is "page + 2^32 - 4",
   and the linear map's PAGE_OFFSET (0xc0000000) fits in 32 bits.  The
   pages are still followed through a list of pages, FLATMEM's mem_map and
   __va()/__pa() with constant offsets, as on a 64-bit kernel.  Self-contained:
   the declarations below are those of a 32-bit FLATMEM kernel (arm
   multi_v7 without LPAE; sh).  */
/* { dg-do compile } */
/* dg.exp adds -m32 where the compiler has it (vmapcheck_dg_m32).  */

typedef unsigned int gfp_t;
typedef unsigned int size_t;
typedef struct { unsigned long pgprot; } pgprot_t;
struct list_head { struct list_head *next, *prev; };
struct page {
	unsigned long flags;
	struct list_head lru;	/* byte 4 on a 32-bit kernel */
	void *mapping;
	unsigned long index;
	unsigned long private;
	int _mapcount;
	int _refcount;
};

#define NULL			((void *)0)
#define GFP_KERNEL		((gfp_t)0xcc0u)
#define __GFP_COMP		((gfp_t)0x40000u)
#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define PAGE_KERNEL		((pgprot_t){ 0x40f })
#define VM_MAP			0x00000004
#define VM_MAP_PUT_PAGES	0x00000200
#define offsetof(T, m)		__builtin_offsetof(T, m)
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define list_entry(ptr, type, member)	container_of(ptr, type, member)
#define list_for_each_entry(pos, head, member)					\
	for (pos = list_entry((head)->next, __typeof__(*pos), member);		\
	     &pos->member != (head);						\
	     pos = list_entry(pos->member.next, __typeof__(*pos), member))
#define LIST_HEAD(name)		struct list_head name = { &(name), &(name) }

static inline void list_add_tail(struct list_head *new, struct list_head *head)
{
	struct list_head *prev = head->prev;

	head->prev = new;
	new->next = head;
	new->prev = prev;
	prev->next = new;
}

/* FLATMEM, arm without ARM_PATCH_PHYS_VIRT: constant offsets */
extern struct page *mem_map;
#define PAGE_OFFSET		0xc0000000UL
#define PHYS_OFFSET		0x80000000UL
#define ARCH_PFN_OFFSET		(PHYS_OFFSET >> PAGE_SHIFT)
#define __pfn_to_page(pfn)	(mem_map + ((pfn) - ARCH_PFN_OFFSET))
#define __page_to_pfn(page)	((unsigned long)((page) - mem_map) + ARCH_PFN_OFFSET)
#define __pa(x)			((unsigned long)(x) - PAGE_OFFSET + PHYS_OFFSET)
#define __va(x)			((void *)((unsigned long)(x) - PHYS_OFFSET + PAGE_OFFSET))
#define virt_to_page(kaddr)	__pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
#define page_address(page)	__va(__page_to_pfn(page) << PAGE_SHIFT)

struct page *alloc_pages(gfp_t gfp, unsigned int order);
void __free_pages(struct page *page, unsigned int order);
void *kmalloc_array(size_t n, size_t size, gfp_t flags);
void kfree(const void *p);
void *vmap(struct page **pages, unsigned int count, unsigned long flags, pgprot_t prot);

/* order-2 compound blocks kept on a list by page->lru, then every page */
void *from_list(void)
{
	LIST_HEAD(blocks);
	struct page **pages, *page;
	unsigned int n = 0, i, j;
	void *vaddr;

	pages = kmalloc_array(8, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	for (i = 0; i < 2; i++) {
		page = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
		if (!page)
			goto err;
		list_add_tail(&page->lru, &blocks);	/* { dg-message "put into a list of struct page" } */
	}
	list_for_each_entry(page, &blocks, lru)	/* { dg-message "taken from a list of struct page" } */
		for (j = 0; j < 4; j++)
			pages[n++] = page + j;	/* { dg-message "stored into the page array here" } */
			/* { dg-message "derived here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, n, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a tail page of an order-2 compound page" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (vaddr)
		return vaddr;
err:
	list_for_each_entry(page, &blocks, lru)
		__free_pages(page, 2);
	kfree(pages);
	return NULL;
}

/* the pages of one order-1 block through page_address() and virt_to_page() */
void *through_linear_map(void)
{
	struct page **pages, *block;
	char *addr;
	void *vaddr;

	pages = kmalloc_array(2, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	block = alloc_pages(GFP_KERNEL, 1);	/* { dg-message "order-1 pages allocated here" } */
	if (!block) {
		kfree(pages);
		return NULL;
	}
	addr = page_address(block);
	pages[0] = virt_to_page(addr);	/* { dg-message "stored into the page array here" } */
	/* { dg-message "derived here" "" { target *-*-* } .-1 } */
	pages[1] = virt_to_page(addr + PAGE_SIZE);
	vaddr = vmap(pages, 2, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "is given a page of an unsplit order-1 allocation" } */
	/* { dg-message "fix:" "" { target *-*-* } .-1 } */
	if (!vaddr) {
		__free_pages(block, 1);
		kfree(pages);
	}
	return vaddr;
}

/*
 * The head page alone, through the linear map: still the head, not a tail.
 * Known limit: the constant ARCH_PFN_OFFSET added by page_to_pfn() and
 * taken away again by pfn_to_page() is not seen to cancel, so the page
 * counts as moved off the head and is reported as a tail page (still a
 * finding; a run-time order would count as proven > 0).  A global offset
 * (arm's __pv_phys_pfn_offset, x86's and arm64's bases) does not have this.
 */
void *head_through_linear_map(void)
{
	struct page **pages, *head;
	void *vaddr;

	pages = kmalloc_array(1, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	head = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);	/* { dg-message "order-2 compound page allocated here" } */
	if (!head) {
		kfree(pages);
		return NULL;
	}
	pages[0] = virt_to_page(page_address(head));	/* { dg-message "stored into the page array here" } */
	/* { dg-message "derived here" "" { target *-*-* } .-1 } */
	vaddr = vmap(pages, 1, VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-warning "free it with '__free_page' as if it were order 0" "" { xfail *-*-* } } */
	/* { dg-warning "is given a tail page of an order-2 compound page" "the limit above" { target *-*-* } .-1 } */
	/* { dg-message "fix:" "" { target *-*-* } .-2 } */
	if (!vaddr) {
		__free_pages(head, 2);
		kfree(pages);
	}
	return vaddr;
}

/*
 * order-0 pages through the same linear map: silent.  (Not on a list of
 * their own: every list of struct page by one member is one container per
 * translation unit, so from_list()'s compound pages would be found there.)
 */
void *order0_linear_map(void)
{
	struct page **pages, *page;
	unsigned int i;
	void *vaddr;

	pages = kmalloc_array(4, sizeof(*pages), GFP_KERNEL);
	if (!pages)
		return NULL;
	for (i = 0; i < 4; i++) {
		page = alloc_pages(GFP_KERNEL, 0);
		if (!page)
			goto err;
		pages[i] = virt_to_page(page_address(page));
	}
	vaddr = vmap(pages, 4, VM_MAP | VM_MAP_PUT_PAGES, PAGE_KERNEL);	/* { dg-bogus "vmapcheck" } */
	if (vaddr)
		return vaddr;
err:
	while (i--)
		__free_pages(pages[i], 0);
	kfree(pages);
	return NULL;
}
