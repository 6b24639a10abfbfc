/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kapi.h - what the kernel's page APIs do (layer 1: kernel knowledge).
 *
 * One table, kapi.c, says for each kernel function which role it plays
 * and where its arguments are.  Everything above asks the table; nothing
 * above spells a kernel function's name.
 */
#ifndef VMAPCHECK_KAPI_H
#define VMAPCHECK_KAPI_H

#include "gcc-common.h"

enum kapi_role {
	KAPI_PAGE_ALLOC,	/* returns struct page * of 2^order pages */
	KAPI_FOLIO_ALLOC,	/* returns struct folio *, compound if order > 0 */
	KAPI_ADDR_ALLOC,	/* returns the address of 2^order pages */
	KAPI_SLAB_ALLOC,	/* returns slab memory */
	KAPI_VMALLOC_ALLOC,	/* returns vmalloc memory: kvfree() frees it, no page of ours */
	KAPI_SAFE_ALLOC,	/* returns independent order-0 pages */
	KAPI_DERIVE,		/* returns a page/address derived from arg */
	KAPI_TO_HEAD,		/* returns the head page (folio) of arg */
	KAPI_SPLIT,		/* makes every page of allocation arg order-0 */
	KAPI_GET_ORDER,		/* integer function: order of a size in bytes */
	KAPI_PAGE_FREE,		/* frees or drops a reference to page (or address) arg */
	KAPI_VMAP,		/* vmap(pages, count, flags, prot) */
	KAPI_COPY,		/* copies memory from src to dst */
	KAPI_BOX_PUT,		/* keeps page arg (many: the pages of array arg) in a box */
	KAPI_BOX_GET,		/* returns a page of a box (many: any page of an entry) */
	KAPI_USE,		/* uses page arg's memory or cache lines: never splits, frees or keeps it */
	KAPI_MANAGED_ALLOC,	/* returns memory its owner (box: who) frees again */
	KAPI_VUNMAP,		/* unmaps the area at arg, freeing neither pages nor array */
	KAPI_ACTION_ADD,	/* registers action(arg), called later by the owner */
	KAPI_MEM_FREE,		/* frees the memory at arg (kfree(), kvfree(), vfree()) */
	KAPI_PAGE_GET,		/* takes an extra reference on page arg */
	/* fills the NULL slots of the page array, its last argument in every
	 * kernel (6.1 __alloc_pages_bulk() ... 7.x alloc_pages_bulk_noprof()),
	 * with independent order-0 pages */
	KAPI_BULK_FILL,
	/* level=possible only: see kapi_enable_possible() */
	KAPI_MAYBE_CACHE,	/* page-cache/shmem page or folio: maybe a tail */
	KAPI_MAYBE_VMALLOC,	/* a page another vmalloc area owns */
	KAPI_MAYBE_FRAG,	/* an address in a page-fragment cache's page */
	KAPI_GUP,		/* fills array arg with pinned user pages */
};

/*
 * One kernel function.  Every column that names an argument is its
 * position (0 = first), or -1 for none; each keeps its meaning whatever
 * the role.
 */
struct kapi_entry {
	const char *name;
	enum kapi_role role;
	signed char gfp;	/* the gfp mask */
	signed char order;	/* the order (allocators, split_page()) */
	signed char fixed_order; /* allocators without an order argument */
	signed char arg;	/* the page, address, array or size acted on */
	signed char offset;	/* the page offset a derivation adds */
	signed char flags;	/* vmap()'s flags */
	signed char dst;	/* where a copy goes; -1: its result (kmemdup) */
	signed char src;	/* what a copy reads */
	bool many;		/* BOX_*: arg is a page array / any page of an entry */
	/* BOX_*: the kind of container, article included; NULL: a list of pages */
	const char *box;
	signed char action;	/* ACTION_ADD: the callback registered */
};

const struct kapi_entry *kapi_lookup(const char *name);
const struct kapi_entry *kapi_lookup_call(const gimple *stmt);

/* The level=possible roles produce facts only once this is switched on. */
void kapi_enable_possible(bool on);
bool kapi_produces(const struct kapi_entry *e);

/* A pointer to struct page or struct folio: what the kernel calls a page. */
bool kapi_is_page_ptr(tree type);

#endif /* VMAPCHECK_KAPI_H */
