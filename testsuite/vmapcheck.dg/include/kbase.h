/* Mini kernel headers for the vmapcheck unit tier: the pieces that read the
   same in Linux 6.1 and 6.12 (x86_64, Debian's configs: NUMA,
   SPARSEMEM_VMEMMAP, SLUB, MEMCG, ZONE_DMA; no DEBUG_VIRTUAL, no DEBUG_VM,
   no MEM_ALLOC_PROFILING).  Not included directly: k612.h and k61.h include
   it and add the version-specific allocator spellings.

   Each block names the real header it mirrors.  Names, argument orders,
   static-inline-versus-extern and macro layering follow the real headers;
   bodies are cut down where they only matter at run time.  The real-header
   tier (vmapcheck.kmod) compiles against the installed headers themselves.  */

#ifndef VMAPCHECK_KBASE_H
#define VMAPCHECK_KBASE_H

/* ---- include/linux/compiler_types.h, compiler_attributes.h, compiler.h */
#define __force
#define __bitwise
#define __always_inline			inline __attribute__((__always_inline__))
#define __maybe_unused			__attribute__((__unused__))
#define __must_check			__attribute__((__warn_unused_result__))
#define __malloc			__attribute__((__malloc__))
#define __attribute_const__		__attribute__((__const__))
#define __assume_aligned(a, ...)	__attribute__((__assume_aligned__(a, ## __VA_ARGS__)))
#define __alloc_size__(x, ...)		__attribute__((__alloc_size__(x, ## __VA_ARGS__)))
#define __alloc_size(x, ...)		__alloc_size__(x, ## __VA_ARGS__) __malloc
#define __realloc_size(x, ...)		__alloc_size__(x, ## __VA_ARGS__)
#define likely(x)			__builtin_expect(!!(x), 1)
#define unlikely(x)			__builtin_expect(!!(x), 0)
#define READ_ONCE(x)			(*(const volatile typeof(x) *)&(x))
#define _RET_IP_			(unsigned long)__builtin_return_address(0)
#define BUILD_BUG_ON_INVALID(e)		((void)(sizeof((__force long)(e))))

/* ---- include/uapi/linux/const.h, include/vdso/const.h, include/vdso/bits.h */
#define __AC(X, Y)			(X##Y)
#define _AC(X, Y)			__AC(X, Y)
#define _UL(x)				(_AC(x, UL))
#define UL(x)				(_UL(x))
#define BIT(nr)				(UL(1) << (nr))

/* ---- include/linux/types.h, stddef.h */
typedef __SIZE_TYPE__ size_t;
typedef _Bool bool;
enum { false = 0, true = 1 };
#define NULL ((void *)0)
typedef unsigned long long u64;
typedef unsigned long pgoff_t;
typedef unsigned long phys_addr_t;
typedef unsigned int __bitwise gfp_t;
typedef struct { int counter; } atomic_t;
struct list_head { struct list_head *next, *prev; };

/* ---- include/linux/numa.h, nodemask.h, topology.h */
#define CONFIG_NODES_SHIFT	10
#define NODES_SHIFT		CONFIG_NODES_SHIFT
#define MAX_NUMNODES		(1 << NODES_SHIFT)
#define NUMA_NO_NODE		(-1)
typedef struct { unsigned long bits[MAX_NUMNODES / 64]; } nodemask_t;
extern nodemask_t node_states_online;
#define node_online(node)	((node_states_online.bits[(node) / 64] >> ((node) % 64)) & 1)
extern int numa_node;		/* a per-CPU variable in the kernel */
static inline int numa_node_id(void) { return numa_node; }
static inline int numa_mem_id(void) { return numa_node_id(); }

/* ---- include/linux/mmdebug.h (CONFIG_DEBUG_VM=n), printk.h */
#define VM_BUG_ON(cond)		BUILD_BUG_ON_INVALID(cond)
int _printk(const char *fmt, ...);
#define pr_warn(fmt, ...)	_printk("\0014" fmt, ##__VA_ARGS__)
void dump_stack(void);

/* ---- include/linux/overflow.h */
static inline bool __must_check __must_check_overflow(bool overflow)
{
	return unlikely(overflow);
}
#define check_mul_overflow(a, b, d)	\
	__must_check_overflow(__builtin_mul_overflow(a, b, d))

/* ---- include/linux/log2.h, asm-generic/bitops/fls64.h */
static __always_inline int fls64(u64 x)
{
	return x ? 64 - __builtin_clzll(x) : 0;
}
static __always_inline __attribute_const__ int __ilog2_u64(u64 n)
{
	return fls64(n) - 1;
}
#define ilog2(n)				\
(						\
	__builtin_constant_p(n) ?		\
	((n) < 2 ? 0 :				\
	 63 - __builtin_clzll(n)) :		\
	__ilog2_u64(n)				\
 )

static inline __attribute__((const)) unsigned long __roundup_pow_of_two(unsigned long n)
{
	return 1UL << fls64(n - 1);
}

#define roundup_pow_of_two(n)			\
(						\
	__builtin_constant_p(n) ? (		\
		((n) == 1) ? 1 :		\
		(1UL << (ilog2((n) - 1) + 1))	\
				   ) :		\
	__roundup_pow_of_two(n)			\
 )

static inline __attribute_const__ int __order_base_2(unsigned long n)
{
	return n > 1 ? ilog2(n - 1) + 1 : 0;
}

#define order_base_2(n)				\
(						\
	__builtin_constant_p(n) ? (		\
		((n) == 0 || (n) == 1) ? 0 :	\
		ilog2((n) - 1) + 1) :		\
	__order_base_2(n)			\
)

/* ---- arch/x86/include/asm/page_types.h, page_64_types.h, page_64.h */
#define CONFIG_PAGE_SHIFT	12
#define PAGE_SHIFT		CONFIG_PAGE_SHIFT
#define PAGE_SIZE		(_AC(1, UL) << PAGE_SHIFT)
#define BITS_PER_LONG		64
#define __START_KERNEL_map	_AC(0xffffffff80000000, UL)
#define __PAGE_OFFSET		page_offset_base
#define PAGE_OFFSET		((unsigned long)__PAGE_OFFSET)

extern unsigned long phys_base;
extern unsigned long page_offset_base;
extern unsigned long vmemmap_base;

static __always_inline unsigned long __phys_addr_nodebug(unsigned long x)
{
	unsigned long y = x - __START_KERNEL_map;

	/* use the carry flag to determine if x was < __START_KERNEL_map */
	x = y + ((x > y) ? phys_base : (__START_KERNEL_map - PAGE_OFFSET));

	return x;
}
#define __phys_addr(x)		__phys_addr_nodebug(x)

/* ---- arch/x86/include/asm/page.h */
#define __pa(x)			__phys_addr((unsigned long)(x))
#define __va(x)			((void *)((unsigned long)(x)+PAGE_OFFSET))
#define virt_to_page(kaddr)	pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)

/* ---- arch/x86/include/asm/pgtable_64_types.h, pgtable_64.h */
#define VMEMMAP_START		vmemmap_base
#define vmemmap			((struct page *)VMEMMAP_START)

/* ---- include/asm-generic/memory_model.h (CONFIG_SPARSEMEM_VMEMMAP) */
#define __pfn_to_page(pfn)	(vmemmap + (pfn))
#define __page_to_pfn(page)	(unsigned long)((page) - vmemmap)
#define page_to_pfn		__page_to_pfn
#define pfn_to_page		__pfn_to_page

/* ---- arch/x86/include/asm/pgtable_types.h (cut down) */
typedef struct pgprot { unsigned long pgprot; } pgprot_t;
#define __pgprot(x)		((pgprot_t) { (x) } )
#define PAGE_KERNEL		__pgprot(0x8000000000000163UL)

/* ---- include/linux/mm_types.h (cut down, same offsets for what matters:
   folio->page is at offset 0 of struct folio, compound_head shares the
   second word of struct page) */
struct address_space;
struct vm_area_struct;
struct kmem_cache;
struct alloc_tag;

struct page {
	unsigned long flags;
	union {
		struct {
			union {
				struct list_head lru;
				struct list_head buddy_list;
				struct list_head pcp_list;
			};
			struct address_space *mapping;
			union {
				pgoff_t index;
				unsigned long share;
			};
			unsigned long private;
		};
		struct {
			unsigned long compound_head;	/* Bit zero is set */
		};
	};
	union {
		unsigned int page_type;
		atomic_t _mapcount;
	};
	atomic_t _refcount;
	unsigned long memcg_data;
};

struct folio {
	union {
		struct {
			unsigned long flags;
			union {
				struct list_head lru;
				struct {
					void *__filler;
					unsigned int mlock_count;
				};
			};
			struct address_space *mapping;
			pgoff_t index;
			union {
				void *private;
			};
			atomic_t _mapcount;
			atomic_t _refcount;
			unsigned long memcg_data;
		};
		struct page page;
	};
	union {
		struct {
			unsigned long _flags_1;
			unsigned long _head_1;
			atomic_t _large_mapcount;
			atomic_t _entire_mapcount;
			atomic_t _nr_pages_mapped;
			atomic_t _pincount;
			unsigned int _folio_nr_pages;
		};
		struct page __page_1;
	};
};

/* ---- include/linux/page-flags.h (no HUGETLB_PAGE_OPTIMIZE_VMEMMAP) */
enum pageflags {
	PG_locked,
	PG_writeback,
	PG_referenced,
	PG_uptodate,
	PG_dirty,
	PG_lru,
	PG_head,
};

static inline const struct page *page_fixed_fake_head(const struct page *page)
{
	return page;
}

static __always_inline unsigned long _compound_head(const struct page *page)
{
	unsigned long head = READ_ONCE(page->compound_head);

	if (unlikely(head & 1))
		return head - 1;
	return (unsigned long)page_fixed_fake_head(page);
}

#define compound_head(page)	((typeof(page))_compound_head(page))

#define page_folio(p)		(_Generic((p),				\
	const struct page *:	(const struct folio *)_compound_head(p), \
	struct page *:		(struct folio *)_compound_head(p)))

#define folio_page(folio, n)	nth_page(&(folio)->page, n)

static inline bool folio_test_head(const struct folio *folio)
{
	return (folio->flags >> PG_head) & 1;
}

static inline bool folio_test_large(const struct folio *folio)
{
	return folio_test_head(folio);
}

/* ---- include/linux/err.h */
#define MAX_ERRNO	4095
#define IS_ERR_VALUE(x) unlikely((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)
static inline bool __must_check IS_ERR(const void *ptr)
{
	return IS_ERR_VALUE((unsigned long)ptr);
}

static inline void * __must_check ERR_PTR(long error)
{
	return (void *)error;
}

static inline long __must_check PTR_ERR(const void *ptr)
{
	return (long)ptr;
}

static inline void * __must_check ERR_CAST(const void *ptr)
{
	return (void *)ptr;
}

/* ---- include/uapi/asm-generic/errno-base.h */
#ifndef ENOMEM
#define ENOMEM		12
#endif
#ifndef EINVAL
#define EINVAL		22
#endif

/* ---- include/linux/mm.h */
#define CONFIG_SPARSEMEM 1
#define CONFIG_SPARSEMEM_VMEMMAP 1
#if defined(CONFIG_SPARSEMEM) && !defined(CONFIG_SPARSEMEM_VMEMMAP)
#define nth_page(page,n) pfn_to_page(page_to_pfn((page)) + (n))
#define folio_page_idx(folio, p)	(page_to_pfn(p) - folio_pfn(folio))
#else
#define nth_page(page,n) ((page) + (n))
#define folio_page_idx(folio, p)	((p) - &(folio)->page)
#endif

#define page_to_virt(x)		__va(PFN_PHYS(page_to_pfn(x)))
#define PFN_PHYS(x)		((phys_addr_t)(x) << PAGE_SHIFT)
#define page_address(page)	page_to_virt(page)

void split_page(struct page *page, unsigned int order);
void put_page(struct page *page);	/* static inline in the kernel */
void folio_put(struct folio *folio);	/* static inline in the kernel */

/* ---- include/asm-generic/getorder.h */
static __always_inline __attribute_const__ int get_order(unsigned long size)
{
	if (__builtin_constant_p(size)) {
		if (!size)
			return BITS_PER_LONG - PAGE_SHIFT;

		if (size < (1UL << PAGE_SHIFT))
			return 0;

		return ilog2((size) - 1) - PAGE_SHIFT + 1;
	}

	size--;
	size >>= PAGE_SHIFT;
	return fls64(size);
}

/* ---- include/linux/gfp.h (the parts without allocation hooks) */
extern void __free_pages(struct page *page, unsigned int order);
extern void free_pages(unsigned long addr, unsigned int order);
#define __free_page(page) __free_pages((page), 0)
#define free_page(addr) free_pages((addr), 0)
void free_pages_exact(void *virt, size_t size);

/* ---- include/linux/slab.h (the parts that did not change) */
void kfree(const void *objp);
extern void kvfree(const void *addr);
struct kmem_cache *kmem_cache_create(const char *name, unsigned int size,
			unsigned int align, unsigned int flags, void (*ctor)(void *));
#define ZERO_SIZE_PTR ((void *)16)

/* ---- include/linux/vmalloc.h */
#define VM_IOREMAP		0x00000001	/* ioremap() and friends */
#define VM_ALLOC		0x00000002	/* vmalloc() */
#define VM_MAP			0x00000004	/* vmap()ed pages */
#define VM_USERMAP		0x00000008	/* suitable for remap_vmalloc_range */
#define VM_DMA_COHERENT		0x00000010	/* dma_alloc_coherent */
#define VM_UNINITIALIZED	0x00000020	/* vm_struct is not fully initialized */
#define VM_NO_GUARD		0x00000040	/* ***DANGEROUS*** don't add guard page */
#define VM_KASAN		0x00000080	/* has allocated kasan shadow memory */
#define VM_FLUSH_RESET_PERMS	0x00000100	/* reset direct map and flush TLB on unmap, can't be freed in atomic context */
#define VM_MAP_PUT_PAGES	0x00000200	/* put pages and free array in vfree */

extern void vfree(const void *addr);
extern void vunmap(const void *addr);
extern void *vmap(struct page **pages, unsigned int count,
			unsigned long flags, pgprot_t prot);


/* ---- include/linux/container_of.h, list.h (the parts used here) */
#define offsetof(TYPE, MEMBER)	__builtin_offsetof(TYPE, MEMBER)
#define container_of(ptr, type, member) ({				\
	void *__mptr = (void *)(ptr);					\
	((type *)(__mptr - offsetof(type, member))); })
#define list_entry(ptr, type, member) container_of(ptr, type, member)
#define list_first_entry(ptr, type, member) list_entry((ptr)->next, type, member)
#define list_next_entry(pos, member) \
	list_entry((pos)->member.next, __typeof__(*(pos)), member)
#define list_entry_is_head(pos, head, member) list_is_head(&pos->member, (head))
#define list_for_each_entry_safe(pos, n, head, member)			\
	for (pos = list_first_entry(head, __typeof__(*pos), member),	\
		n = list_next_entry(pos, member);			\
	     !list_entry_is_head(pos, head, member);			\
	     pos = n, n = list_next_entry(n, member))
static inline void INIT_LIST_HEAD(struct list_head *list)
{
	list->next = list;
	list->prev = list;
}
static inline int list_is_head(const struct list_head *list, const struct list_head *head)
{
	return list == head;
}
static inline void __list_add(struct list_head *new, struct list_head *prev,
			      struct list_head *next)
{
	next->prev = new;
	new->next = next;
	new->prev = prev;
	prev->next = new;
}
static inline void list_add(struct list_head *new, struct list_head *head)
{
	__list_add(new, head, head->next);
}
static inline void list_add_tail(struct list_head *new, struct list_head *head)
{
	__list_add(new, head->prev, head);
}
static inline void list_del(struct list_head *entry)
{
	entry->next->prev = entry->prev;
	entry->prev->next = entry->next;
}

/* ---- include/linux/scatterlist.h (the parts used here) */
struct scatterlist {
	unsigned long	page_link;
	unsigned int	offset;
	unsigned int	length;
	unsigned long	dma_address;
	unsigned int	dma_length;
};
struct sg_table {
	struct scatterlist *sgl;
	unsigned int nents;
	unsigned int orig_nents;
};
struct sg_page_iter {
	struct scatterlist	*sg;
	unsigned int		sg_pgoffset;
	unsigned int		__nents;
	int			__pg_advance;
};
#define SG_CHAIN	0x01UL
#define SG_END		0x02UL
#define SG_PAGE_LINK_MASK (SG_CHAIN | SG_END)
static inline void sg_assign_page(struct scatterlist *sg, struct page *page)
{
	unsigned long page_link = sg->page_link & SG_PAGE_LINK_MASK;

	sg->page_link = page_link | (unsigned long)page;
}
static inline void sg_set_page(struct scatterlist *sg, struct page *page,
			       unsigned int len, unsigned int offset)
{
	sg_assign_page(sg, page);
	sg->offset = offset;
	sg->length = len;
}
static inline struct page *sg_page(struct scatterlist *sg)
{
	return (struct page *)((sg)->page_link & ~SG_PAGE_LINK_MASK);
}
struct scatterlist *sg_next(struct scatterlist *);
int sg_alloc_table(struct sg_table *, unsigned int, gfp_t);
void sg_free_table(struct sg_table *);
int sg_alloc_table_from_pages_segment(struct sg_table *sgt, struct page **pages,
				      unsigned int n_pages, unsigned int offset,
				      unsigned long size, unsigned int max_segment,
				      gfp_t gfp_mask);
static inline int sg_alloc_table_from_pages(struct sg_table *sgt, struct page **pages,
					    unsigned int n_pages, unsigned int offset,
					    unsigned long size, gfp_t gfp_mask)
{
	return sg_alloc_table_from_pages_segment(sgt, pages, n_pages, offset,
						 size, 0xffffffffU, gfp_mask);
}
#define for_each_sg(sglist, sg, nr, __i)	\
	for (__i = 0, sg = (sglist); __i < (nr); __i++, sg = sg_next(sg))
void __sg_page_iter_start(struct sg_page_iter *piter, struct scatterlist *sglist,
			  unsigned int nents, unsigned long pgoffset);
bool __sg_page_iter_next(struct sg_page_iter *piter);
static inline struct page *sg_page_iter_page(struct sg_page_iter *piter)
{
	return nth_page(sg_page(piter->sg), piter->sg_pgoffset);
}
#define for_each_sg_page(sglist, piter, nents, pgoffset)		   \
	for (__sg_page_iter_start((piter), (sglist), (nents), (pgoffset)); \
	     __sg_page_iter_next(piter);)
#define for_each_sgtable_page(sgt, piter, pgoffset)	\
	for_each_sg_page((sgt)->sgl, piter, (sgt)->orig_nents, pgoffset)


/* ---- include/linux/xarray.h (the parts used here) */
struct xarray { unsigned int xa_flags; void *xa_head; };
void *xa_load(struct xarray *, unsigned long index);
void *xa_store(struct xarray *, unsigned long index, void *entry, gfp_t);
void *xa_erase(struct xarray *, unsigned long index);

/* ---- include/linux/radix-tree.h, idr.h (the parts used here) */
#define radix_tree_root		xarray
#define RADIX_TREE(name, mask)	struct radix_tree_root name = { mask, NULL }
int radix_tree_insert(struct radix_tree_root *, unsigned long index, void *);
void *radix_tree_lookup(const struct radix_tree_root *, unsigned long);
void *radix_tree_delete(struct radix_tree_root *, unsigned long);
struct idr { struct radix_tree_root idr_rt; unsigned int idr_base, idr_next; };
int idr_alloc(struct idr *, void *ptr, int start, int end, gfp_t);
void *idr_find(const struct idr *, unsigned long id);
void *idr_remove(struct idr *, unsigned long id);


/* ---- include/linux/page_frag_cache.h, skbuff.h (the parts used here) */
struct page_frag_cache;
void *page_frag_alloc(struct page_frag_cache *nc, unsigned int fragsz, gfp_t gfp_mask);
void page_frag_free(void *addr);
void *napi_alloc_frag(unsigned int fragsz);

#endif /* VMAPCHECK_KBASE_H */
