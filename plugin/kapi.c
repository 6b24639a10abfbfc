// SPDX-License-Identifier: GPL-2.0
/*
 * kapi.c - what the kernel's page APIs do, as one table.
 *
 * A new allocator, derivation or sanitizer is one line here; the data-flow
 * engine (pageflow.c) only knows the roles.  Both spellings are listed: the
 * 6.1 names and the 6.10+ *_noprof names that the alloc_hooks() wrappers
 * call, and the static inline helpers as they appear before inlining.
 *
 * The columns are named in struct kapi_entry (kapi.h); the macros below
 * fill the ones each kind of entry has and set the others to -1.
 */
#include "kapi.h"

#define KAPI(n, role, gfp, order, fixed, arg, offset, flags, dst, src, many, box) \
	{ n, role, gfp, order, fixed, arg, offset, flags, dst, src, many, box, -1 }
/* allocators: (gfp, order argument) or (gfp, fixed order) */
#define ALLOC(n, role, gfp, order)	KAPI(n, role, gfp, order, -1, -1, -1, -1, -1, -1, false, NULL)
#define FIXED(n, role, gfp, order)	KAPI(n, role, gfp, -1, order, -1, -1, -1, -1, -1, false, NULL)
/* memory of a kind, nothing to read of its arguments */
#define MEM(n, role)			KAPI(n, role, -1, -1, -1, -1, -1, -1, -1, -1, false, NULL)
/* derivations: (page or address, offset argument or -1) */
#define DERIVE(n, role, arg, off)	KAPI(n, role, -1, -1, -1, arg, off, -1, -1, -1, false, NULL)
/* functions of one argument that matters */
#define ARG(n, role, arg)		KAPI(n, role, -1, -1, -1, arg, -1, -1, -1, -1, false, NULL)
#define SPLIT(n, arg, order)		KAPI(n, KAPI_SPLIT, -1, order, -1, arg, -1, -1, -1, -1, false, NULL)
#define VMAP(n, arg, flags)		KAPI(n, KAPI_VMAP, -1, -1, -1, arg, -1, flags, -1, -1, false, NULL)
#define COPY(n, dst, src)		KAPI(n, KAPI_COPY, -1, -1, -1, -1, -1, -1, dst, src, false, NULL)
/* managed allocators: (who frees the memory again) */
#define MANAGED(n, owner)		KAPI(n, KAPI_MANAGED_ALLOC, -1, -1, -1, -1, -1, -1, -1, -1, false, owner)
/* cleanup registrars: (the callback, the argument it is called with) */
#define ACTION(n, action, arg) \
	{ n, KAPI_ACTION_ADD, -1, -1, -1, arg, -1, -1, -1, -1, false, NULL, action }
/* containers: (page or page array, many, kind of container) */
#define BOX(n, role, arg, many, box)	KAPI(n, role, -1, -1, -1, arg, -1, -1, -1, -1, many, box)

static const struct kapi_entry kapi_table[] = {
	/* struct page * allocators: (gfp, order) */
	ALLOC("alloc_pages",			KAPI_PAGE_ALLOC, 0, 1),
	ALLOC("alloc_pages_noprof",		KAPI_PAGE_ALLOC, 0, 1),
	ALLOC("alloc_pages_node",		KAPI_PAGE_ALLOC, 1, 2),
	ALLOC("alloc_pages_node_noprof",	KAPI_PAGE_ALLOC, 1, 2),
	ALLOC("__alloc_pages_node",		KAPI_PAGE_ALLOC, 1, 2),
	ALLOC("__alloc_pages_node_noprof",	KAPI_PAGE_ALLOC, 1, 2),
	ALLOC("__alloc_pages",			KAPI_PAGE_ALLOC, 0, 1),
	ALLOC("__alloc_pages_noprof",		KAPI_PAGE_ALLOC, 0, 1),
	ALLOC("alloc_pages_mpol",		KAPI_PAGE_ALLOC, 0, 1),
	ALLOC("alloc_pages_mpol_noprof",	KAPI_PAGE_ALLOC, 0, 1),
	ALLOC("alloc_pages_vma",		KAPI_PAGE_ALLOC, 0, 1),

	/* folio allocators: always compound (__GFP_COMP is added) */
	ALLOC("folio_alloc",			KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("folio_alloc_noprof",		KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("__folio_alloc",			KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("__folio_alloc_noprof",		KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("__folio_alloc_node",		KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("__folio_alloc_node_noprof",	KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("folio_alloc_node",		KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("folio_alloc_node_noprof",	KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("vma_alloc_folio",		KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("vma_alloc_folio_noprof",		KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("folio_alloc_mpol",		KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("folio_alloc_mpol_noprof",	KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("filemap_alloc_folio",		KAPI_FOLIO_ALLOC, 0, 1),
	ALLOC("filemap_alloc_folio_noprof",	KAPI_FOLIO_ALLOC, 0, 1),

	/* allocators returning the address of 2^order pages */
	ALLOC("__get_free_pages",		KAPI_ADDR_ALLOC, 0, 1),
	ALLOC("get_free_pages_noprof",		KAPI_ADDR_ALLOC, 0, 1),
	FIXED("get_zeroed_page",		KAPI_ADDR_ALLOC, 0, 0),
	FIXED("get_zeroed_page_noprof",		KAPI_ADDR_ALLOC, 0, 0),

	/* slab memory: virt_to_page() of it is never an owned page */
	FIXED("kmalloc",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmalloc_noprof",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("__kmalloc",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("__kmalloc_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kzalloc",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kzalloc_noprof",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmalloc_node",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmalloc_node_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("__kmalloc_node",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("__kmalloc_node_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kzalloc_node",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kzalloc_node_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmalloc_trace",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmalloc_trace_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("__kmalloc_cache_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmalloc_array",			KAPI_SLAB_ALLOC, 2, 0),
	FIXED("kmalloc_array_noprof",		KAPI_SLAB_ALLOC, 2, 0),
	FIXED("kcalloc",			KAPI_SLAB_ALLOC, 2, 0),
	FIXED("kcalloc_noprof",			KAPI_SLAB_ALLOC, 2, 0),
	FIXED("kmem_cache_alloc",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmem_cache_alloc_noprof",	KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmem_cache_zalloc",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmem_cache_alloc_lru",		KAPI_SLAB_ALLOC, 2, 0),
	FIXED("kmem_cache_alloc_lru_noprof",	KAPI_SLAB_ALLOC, 2, 0),
	FIXED("kmem_cache_alloc_node",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kmem_cache_alloc_node_noprof",	KAPI_SLAB_ALLOC, 1, 0),
	/* 7.x: inline wrappers that take a kmalloc_token_t last */
	FIXED("_kmalloc_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("_kmalloc_node_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("_kzalloc_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("_kmalloc_array_noprof",		KAPI_SLAB_ALLOC, 2, 0),
	FIXED("_kmalloc_array_node_noprof",	KAPI_SLAB_ALLOC, 2, 0),
	/*
	 * kvmalloc(): slab memory, or vmalloc memory if that fails; 6.1's
	 * out-of-line kvmalloc_node() and static inlines, 6.10+'s
	 * __kvmalloc_node_noprof() (whose gfp argument moves with
	 * CONFIG_SLAB_BUCKETS and 7.x's align and token arguments: not read for
	 * slab memory) and its array inlines
	 */
	FIXED("kvmalloc_node",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kvmalloc",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kvzalloc",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kvzalloc_node",			KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kvmalloc_array",			KAPI_SLAB_ALLOC, 2, 0),
	FIXED("kvcalloc",			KAPI_SLAB_ALLOC, 2, 0),
	FIXED("__kvmalloc_node_noprof",		KAPI_SLAB_ALLOC, 1, 0),
	FIXED("kvmalloc_array_node_noprof",	KAPI_SLAB_ALLOC, 2, 0),
	FIXED("_kvmalloc_array_node_noprof",	KAPI_SLAB_ALLOC, 2, 0),

	/*
	 * vmalloc memory: a page array kvfree() frees (vfree() of a
	 * VM_MAP_PUT_PAGES area does); 6.1 names, 6.10+ *_noprof
	 */
	MEM("vmalloc",				KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_noprof",			KAPI_VMALLOC_ALLOC),
	MEM("vzalloc",				KAPI_VMALLOC_ALLOC),
	MEM("vzalloc_noprof",			KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_node",			KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_node_noprof",		KAPI_VMALLOC_ALLOC),
	MEM("vzalloc_node",			KAPI_VMALLOC_ALLOC),
	MEM("vzalloc_node_noprof",		KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_user",			KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_user_noprof",		KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_huge",			KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_huge_noprof",		KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_huge_node_noprof",		KAPI_VMALLOC_ALLOC),
	MEM("__vmalloc",			KAPI_VMALLOC_ALLOC),
	MEM("__vmalloc_noprof",			KAPI_VMALLOC_ALLOC),
	MEM("__vmalloc_node",			KAPI_VMALLOC_ALLOC),
	MEM("__vmalloc_node_noprof",		KAPI_VMALLOC_ALLOC),
	MEM("__vmalloc_node_range",		KAPI_VMALLOC_ALLOC),
	MEM("__vmalloc_node_range_noprof",	KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_array",			KAPI_VMALLOC_ALLOC),
	MEM("vmalloc_array_noprof",		KAPI_VMALLOC_ALLOC),
	MEM("__vmalloc_array",			KAPI_VMALLOC_ALLOC),
	MEM("__vmalloc_array_noprof",		KAPI_VMALLOC_ALLOC),
	MEM("vcalloc",				KAPI_VMALLOC_ALLOC),
	MEM("vcalloc_noprof",			KAPI_VMALLOC_ALLOC),
	MEM("__vcalloc",			KAPI_VMALLOC_ALLOC),
	MEM("__vcalloc_noprof",			KAPI_VMALLOC_ALLOC),

	/* independent order-0 pages: safe to hand to vmap() */
	FIXED("alloc_pages_exact",		KAPI_SAFE_ALLOC, 1, 0),
	FIXED("alloc_pages_exact_noprof",	KAPI_SAFE_ALLOC, 1, 0),
	FIXED("alloc_pages_exact_nid",		KAPI_SAFE_ALLOC, 2, 0),
	FIXED("alloc_pages_exact_nid_noprof",	KAPI_SAFE_ALLOC, 2, 0),
	FIXED("alloc_page_vma",			KAPI_SAFE_ALLOC, 0, 0),
	FIXED("alloc_page_vma_noprof",		KAPI_SAFE_ALLOC, 0, 0),

	/* derivations: (page or address, offset) */
	DERIVE("folio_file_page",			KAPI_DERIVE, 0, 1),
	DERIVE("folio_page",			KAPI_DERIVE, 0, 1),
	DERIVE("nth_page",				KAPI_DERIVE, 0, 1),
	DERIVE("virt_to_page",			KAPI_DERIVE, 0, -1),
	DERIVE("page_address",			KAPI_DERIVE, 0, -1),
	DERIVE("lowmem_page_address",		KAPI_DERIVE, 0, -1),
	DERIVE("__phys_addr",			KAPI_DERIVE, 0, -1),
	DERIVE("__phys_addr_nodebug",		KAPI_DERIVE, 0, -1),
	DERIVE("__phys_addr_symbol",		KAPI_DERIVE, 0, -1),
	/* arm64, arm, riscv with CONFIG_DEBUG_VIRTUAL: __pa() out of line */
	DERIVE("__virt_to_phys",			KAPI_DERIVE, 0, -1),
	DERIVE("__virt_to_phys_nodebug",		KAPI_DERIVE, 0, -1),
	DERIVE("virt_to_phys",			KAPI_DERIVE, 0, -1),
	DERIVE("__phys_to_virt",			KAPI_DERIVE, 0, -1),
	DERIVE("__pfn_to_page",			KAPI_DERIVE, 0, -1),
	DERIVE("__page_to_pfn",			KAPI_DERIVE, 0, -1),
	DERIVE("pfn_to_page",			KAPI_DERIVE, 0, -1),
	DERIVE("page_to_pfn",			KAPI_DERIVE, 0, -1),

	/* back to the head page */
	ARG("_compound_head",			KAPI_TO_HEAD, 0),
	ARG("compound_head",			KAPI_TO_HEAD, 0),
	ARG("page_folio",			KAPI_TO_HEAD, 0),
	ARG("virt_to_folio",			KAPI_TO_HEAD, 0),
	ARG("folio_head",			KAPI_TO_HEAD, 0),

	/* sanitizers */
	SPLIT("split_page",			0, 1),

	/*
	 * out of line on some arches, and no sanitizer: they touch the page's
	 * memory or cache lines and leave its allocation as it was
	 */
	ARG("arch_dma_prep_coherent",		KAPI_USE, 0),
	ARG("flush_dcache_page",		KAPI_USE, 0),
	ARG("flush_dcache_folio",		KAPI_USE, 0),
	ARG("__kmap_local_page_prot",		KAPI_USE, 0),
	ARG("kmap_high",			KAPI_USE, 0),
	ARG("kunmap_high",			KAPI_USE, 0),
	ARG("dma_map_page_attrs",		KAPI_USE, 1),

	/*
	 * managed memory: freed by its owner when the device goes, the test
	 * ends or the DRM device is released; the static inline wrappers too
	 */
	MANAGED("devm_kmalloc",			"the device's devres"),
	MANAGED("devm_kzalloc",			"the device's devres"),
	MANAGED("devm_kmalloc_array",		"the device's devres"),
	MANAGED("devm_kcalloc",			"the device's devres"),
	MANAGED("devm_krealloc",			"the device's devres"),
	MANAGED("devm_krealloc_array",		"the device's devres"),
	MANAGED("devm_kmemdup",			"the device's devres"),
	MANAGED("devm_kmemdup_array",		"the device's devres"),
	MANAGED("kunit_kmalloc_array",		"the KUnit test"),
	MANAGED("kunit_kmalloc",			"the KUnit test"),
	MANAGED("kunit_kzalloc",			"the KUnit test"),
	MANAGED("kunit_kcalloc",			"the KUnit test"),
	MANAGED("kunit_kmemdup",			"the KUnit test"),
	MANAGED("drmm_kmalloc",			"the DRM device's managed release"),
	MANAGED("drmm_kzalloc",			"the DRM device's managed release"),
	MANAGED("drmm_kmalloc_array",		"the DRM device's managed release"),
	MANAGED("drmm_kcalloc",			"the DRM device's managed release"),

	/* freeing memory: a page array among others */
	ARG("kfree",				KAPI_MEM_FREE, 0),
	ARG("kvfree",				KAPI_MEM_FREE, 0),
	ARG("kfree_sensitive",			KAPI_MEM_FREE, 0),
	ARG("kvfree_sensitive",			KAPI_MEM_FREE, 0),
	ARG("vfree",				KAPI_MEM_FREE, 0),

	/* an extra reference: the caller keeps one of its own */
	ARG("get_page",				KAPI_PAGE_GET, 0),
	ARG("folio_get",			KAPI_PAGE_GET, 0),
	ARG("try_get_page",			KAPI_PAGE_GET, 0),
	ARG("page_ref_inc",			KAPI_PAGE_GET, 0),
	ARG("folio_ref_inc",			KAPI_PAGE_GET, 0),

	/* releasing a mapping without what VM_MAP_PUT_PAGES handed over */
	ARG("vunmap",				KAPI_VUNMAP, 0),

	/* cleanup actions: the callback is called with the argument later */
	ACTION("kunit_add_action",		1, 2),
	ACTION("kunit_add_action_or_reset",	1, 2),
	ACTION("devm_add_action",		1, 2),
	ACTION("devm_add_action_or_reset",	1, 2),
	ACTION("__devm_add_action",		1, 2),
	ACTION("__devm_add_action_or_reset",	1, 2),

	/* releasing pages: they free what they get, never keep it split */
	ARG("__free_pages",			KAPI_PAGE_FREE, 0),
	ARG("free_pages",			KAPI_PAGE_FREE, 0),
	ARG("free_pages_exact",			KAPI_PAGE_FREE, 0),
	ARG("put_page",				KAPI_PAGE_FREE, 0),
	ARG("folio_put",			KAPI_PAGE_FREE, 0),
	ARG("__folio_put",			KAPI_PAGE_FREE, 0),
	ARG("free_unref_page",			KAPI_PAGE_FREE, 0),
	ARG("release_pages",			KAPI_PAGE_FREE, 0),
	ARG("free_pages_bulk",			KAPI_PAGE_FREE, 0),
	/* bulk allocators: order-0 pages into the array (KAPI_BULK_FILL: its last argument) */
	ARG("__alloc_pages_bulk",		KAPI_BULK_FILL, -1),
	ARG("alloc_pages_bulk_noprof",		KAPI_BULK_FILL, -1),
	ARG("alloc_pages_bulk_array_mempolicy",	KAPI_BULK_FILL, -1),
	ARG("alloc_pages_bulk_array_mempolicy_noprof", KAPI_BULK_FILL, -1),
	ARG("alloc_pages_bulk_mempolicy_noprof", KAPI_BULK_FILL, -1),
	ARG("unpin_user_page",			KAPI_PAGE_FREE, 0),
	ARG("unpin_user_pages",			KAPI_PAGE_FREE, 0),

	/* integer helpers */
	ARG("get_order",			KAPI_GET_ORDER, 0),

	/* the sink */
	VMAP("vmap",				0, 2),

	/* copies of memory, page arrays included: (destination, source) */
	COPY("memcpy",				0, 1),
	COPY("memmove",				0, 1),
	COPY("__builtin_memcpy",			0, 1),
	COPY("__builtin_memmove",		0, 1),
	COPY("__memcpy",				0, 1),
	COPY("__memmove",			0, 1),
	COPY("kmemdup",				-1, 0),
	COPY("kmemdup_noprof",			-1, 0),
	COPY("__real_kmemdup",			-1, 0),	/* 7.x FORTIFY_SOURCE */
	COPY("kvmemdup",				-1, 0),
	COPY("kmemdup_array",			-1, 0),

	/* containers: (page or page array, 1 = array / any page of an entry) */
	BOX("sg_set_page",			KAPI_BOX_PUT, 1, false, "a scatterlist"),
	BOX("sg_assign_page",			KAPI_BOX_PUT, 1, false, "a scatterlist"),
	BOX("sg_set_folio",			KAPI_BOX_PUT, 1, false, "a scatterlist"),
	BOX("sg_alloc_table_from_pages",	KAPI_BOX_PUT, 1, true, "a scatterlist"),
	BOX("sg_alloc_table_from_pages_segment", KAPI_BOX_PUT, 1, true, "a scatterlist"),
	BOX("__sg_alloc_table_from_pages",	KAPI_BOX_PUT, 1, true, "a scatterlist"),
	BOX("sg_alloc_append_table_from_pages",	KAPI_BOX_PUT, 1, true, "a scatterlist"),
	BOX("sg_page",				KAPI_BOX_GET, 0, false, "a scatterlist"),
	BOX("sg_page_iter_page",		KAPI_BOX_GET, 0, true, "a scatterlist"),
	BOX("xa_store",				KAPI_BOX_PUT, 2, false, "an xarray"),
	BOX("__xa_store",			KAPI_BOX_PUT, 2, false, "an xarray"),
	BOX("xa_store_irq",			KAPI_BOX_PUT, 2, false, "an xarray"),
	BOX("xa_store_bh",			KAPI_BOX_PUT, 2, false, "an xarray"),
	BOX("xa_insert",			KAPI_BOX_PUT, 2, false, "an xarray"),
	BOX("__xa_insert",			KAPI_BOX_PUT, 2, false, "an xarray"),
	BOX("xa_load",				KAPI_BOX_GET, 0, false, "an xarray"),
	BOX("xa_erase",				KAPI_BOX_GET, 0, false, "an xarray"),
	BOX("xa_find",				KAPI_BOX_GET, 0, false, "an xarray"),
	BOX("xa_find_after",			KAPI_BOX_GET, 0, false, "an xarray"),
	BOX("radix_tree_insert",		KAPI_BOX_PUT, 2, false, "a radix tree"),
	BOX("radix_tree_lookup",		KAPI_BOX_GET, 0, false, "a radix tree"),
	BOX("radix_tree_delete",		KAPI_BOX_GET, 0, false, "a radix tree"),
	BOX("idr_alloc",			KAPI_BOX_PUT, 1, false, "an IDR"),
	BOX("idr_alloc_u32",			KAPI_BOX_PUT, 1, false, "an IDR"),
	BOX("idr_alloc_cyclic",			KAPI_BOX_PUT, 1, false, "an IDR"),
	BOX("idr_replace",			KAPI_BOX_PUT, 1, false, "an IDR"),
	BOX("idr_find",				KAPI_BOX_GET, 0, false, "an IDR"),
	BOX("idr_remove",			KAPI_BOX_GET, 0, false, "an IDR"),
	BOX("list_add",				KAPI_BOX_PUT, 0, false, NULL),
	BOX("list_add_tail",			KAPI_BOX_PUT, 0, false, NULL),
	BOX("list_move",			KAPI_BOX_PUT, 0, false, NULL),
	BOX("list_move_tail",			KAPI_BOX_PUT, 0, false, NULL),

	/* level=possible: pages that may be tail pages, or not ours to free */
	ARG("shmem_read_mapping_page_gfp",	KAPI_MAYBE_CACHE, 0),
	ARG("shmem_read_mapping_page",		KAPI_MAYBE_CACHE, 0),
	ARG("shmem_read_folio_gfp",		KAPI_MAYBE_CACHE, 0),
	ARG("shmem_read_folio",			KAPI_MAYBE_CACHE, 0),
	ARG("read_cache_page",			KAPI_MAYBE_CACHE, 0),
	ARG("read_cache_page_gfp",		KAPI_MAYBE_CACHE, 0),
	ARG("read_mapping_page",		KAPI_MAYBE_CACHE, 0),
	ARG("read_cache_folio",			KAPI_MAYBE_CACHE, 0),
	ARG("read_mapping_folio",		KAPI_MAYBE_CACHE, 0),
	ARG("find_get_page",			KAPI_MAYBE_CACHE, 0),
	ARG("find_get_page_flags",		KAPI_MAYBE_CACHE, 0),
	ARG("find_lock_page",			KAPI_MAYBE_CACHE, 0),
	ARG("pagecache_get_page",		KAPI_MAYBE_CACHE, 0),
	ARG("filemap_get_folio",		KAPI_MAYBE_CACHE, 0),
	ARG("__filemap_get_folio",		KAPI_MAYBE_CACHE, 0),
	ARG("filemap_lock_folio",		KAPI_MAYBE_CACHE, 0),
	ARG("filemap_grab_folio",		KAPI_MAYBE_CACHE, 0),
	ARG("vmalloc_to_page",			KAPI_MAYBE_VMALLOC, 0),
	ARG("page_frag_alloc",			KAPI_MAYBE_FRAG, 0),
	ARG("page_frag_alloc_align",		KAPI_MAYBE_FRAG, 0),
	ARG("__page_frag_alloc_align",		KAPI_MAYBE_FRAG, 0),
	ARG("napi_alloc_frag",			KAPI_MAYBE_FRAG, 0),
	ARG("napi_alloc_frag_align",		KAPI_MAYBE_FRAG, 0),
	ARG("__napi_alloc_frag_align",		KAPI_MAYBE_FRAG, 0),
	ARG("netdev_alloc_frag",		KAPI_MAYBE_FRAG, 0),
	ARG("netdev_alloc_frag_align",		KAPI_MAYBE_FRAG, 0),
	ARG("__netdev_alloc_frag_align",	KAPI_MAYBE_FRAG, 0),
	/* GUP and pinning: a = the page array they fill */
	ARG("get_user_pages",			KAPI_GUP, 3),
	ARG("pin_user_pages",			KAPI_GUP, 3),
	ARG("get_user_pages_fast",		KAPI_GUP, 3),
	ARG("pin_user_pages_fast",		KAPI_GUP, 3),
	ARG("get_user_pages_fast_only",		KAPI_GUP, 3),
	ARG("get_user_pages_unlocked",		KAPI_GUP, 2),
	ARG("pin_user_pages_unlocked",		KAPI_GUP, 2),
	ARG("get_user_pages_remote",		KAPI_GUP, 4),
	ARG("pin_user_pages_remote",		KAPI_GUP, 4),
};

static struct vc_name_map *by_name;

const struct kapi_entry *kapi_lookup(const char *name)
{
	const void **slot;
	size_t i;

	if (!by_name) {
		for (i = 0; i < ARRAY_SIZE(kapi_table); i++) {
			slot = vc_name_map_slot(&by_name, kapi_table[i].name, true);
			if (!*slot)
				*slot = &kapi_table[i];
		}
	}
	if (!name)
		return NULL;
	slot = vc_name_map_slot(&by_name, name, false);
	return slot ? (const struct kapi_entry *)*slot : NULL;
}

static bool fits(int pos, unsigned int nargs)
{
	return pos < 0 || (unsigned int)pos < nargs;
}

/* The table entry for a call, if its arguments fit the entry. */
const struct kapi_entry *kapi_lookup_call(const gimple *stmt)
{
	const struct kapi_entry *e = kapi_lookup(vc_callee_name(stmt));
	unsigned int nargs;

	if (!e)
		return NULL;
	nargs = gimple_call_num_args(stmt);
	if (!fits(e->gfp, nargs) || !fits(e->order, nargs) || !fits(e->arg, nargs) ||
	    !fits(e->offset, nargs) || !fits(e->flags, nargs) || !fits(e->dst, nargs) ||
	    !fits(e->src, nargs))
		return NULL;
	return e;
}

static bool possible;

void kapi_enable_possible(bool on)
{
	possible = on;
}

/* Does E yield facts at the level asked for? */
bool kapi_produces(const struct kapi_entry *e)
{
	switch (e->role) {
	case KAPI_MAYBE_CACHE:
	case KAPI_MAYBE_VMALLOC:
	case KAPI_MAYBE_FRAG:
	case KAPI_GUP:
		return possible;
	default:
		return true;
	}
}

bool kapi_is_page_ptr(tree type)
{
	const char *tag = vc_pointee_tag(type);

	return tag && (!strcmp(tag, "page") || !strcmp(tag, "folio"));
}
