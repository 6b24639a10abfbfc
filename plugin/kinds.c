// SPDX-License-Identifier: GPL-2.0
/*
 * kinds.c - the kinds of finding, their checks and one line of help each.
 */
#include "gcc-common.h"
#include "kinds.h"

const struct vc_kind vc_kinds[] = {
	{ KIND_TAIL_PAGE, "putpages", "definite",
	  "a tail page of a compound page or large folio: vfree() calls __free_page() on a page whose reference count is zero" },
	{ KIND_COMPOUND_HEAD, "putpages", "definite",
	  "the head page of an order>0 compound allocation: vfree() frees it as if it were order 0" },
	{ KIND_UNSPLIT_PAGE, "putpages", "definite",
	  "a page of a high-order allocation never split_page()d: vfree() frees pages that hold no reference of their own" },
	{ KIND_UNKNOWN_ORDER, "putpages", "possible",
	  "a page of an allocation whose order is only known at run time (wrong unless it is 0 or the allocation is split)" },
	{ KIND_CACHE_PAGE, "putpages", "possible",
	  "a page-cache or shmem page that may be a tail page of a large folio" },
	{ KIND_USER_PAGE, "putpages", "possible",
	  "a pinned user page: released with __free_page() instead of unpin_user_page() or put_page()" },
	{ KIND_VMALLOC_PAGE, "putpages", "possible",
	  "a page another vmalloc area owns and will free again" },
	{ KIND_FRAG_PAGE, "putpages", "possible",
	  "a page of a page-fragment cache, carved out of order-3 compound pages" },
	{ KIND_SLAB_PAGE, "putpages", "definite",
	  "slab memory: vfree() hands it to the page allocator with __free_page()" },
	{ KIND_UNOWNED_ARRAY, "ownership", "definite",
	  "the page array handed over is not one kvfree() can free: on the stack, static, a struct member, a pointer into an array, or memory its owner frees" },
	{ KIND_VUNMAP, "ownership", "definite",
	  "vunmap() of a mapping made with VM_MAP_PUT_PAGES: the pages and the page array leak (vfree() releases them)" },
	{ KIND_PAGES_PUT_AFTER, "ownership", "definite",
	  "the pages' references dropped after a successful hand-over: vfree() drops them again" },
	{ KIND_ARRAY_FREED_AFTER, "ownership", "definite",
	  "the page array freed after a successful hand-over: vfree() frees it again" },
	{ KIND_PAGE_TWO_SLOTS, "ownership", "definite",
	  "one page in more than one slot of the array: vfree() drops its reference once per slot" },
};

const unsigned int vc_nkinds = ARRAY_SIZE(vc_kinds);
