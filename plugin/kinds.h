/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kinds.h - the kinds of finding (plain data, layer 1).
 *
 * Every warning ends with [vmapcheck:KIND], one stable name per kind,
 * so that CI can grep, count and diff findings whatever the words of the
 * message become; -fplugin-arg-vmapcheck-help lists them.  A new kind is
 * one macro here and one line in kinds.c.
 */
#ifndef VMAPCHECK_KINDS_H
#define VMAPCHECK_KINDS_H

/* putpages: what vmap() with VM_MAP_PUT_PAGES is given */
#define KIND_COMPOUND_HEAD	"compound-head"
#define KIND_TAIL_PAGE		"tail-page"
#define KIND_UNSPLIT_PAGE	"unsplit-page"
#define KIND_UNKNOWN_ORDER	"unknown-order"
#define KIND_CACHE_PAGE		"cache-page"
#define KIND_USER_PAGE		"user-page"
#define KIND_VMALLOC_PAGE	"vmalloc-page"
#define KIND_FRAG_PAGE		"frag-page"
#define KIND_SLAB_PAGE		"slab-page"
/* ownership: what happens to what vmap() with VM_MAP_PUT_PAGES takes over */
#define KIND_UNOWNED_ARRAY	"unowned-array"
#define KIND_VUNMAP		"vunmap-put-pages"
#define KIND_PAGES_PUT_AFTER	"pages-put-after-handover"
#define KIND_ARRAY_FREED_AFTER	"array-freed-after-handover"
#define KIND_PAGE_TWO_SLOTS	"page-in-two-slots"

struct vc_kind {
	const char *name;	/* KIND_* */
	const char *check;	/* the check that reports it */
	const char *level;	/* "definite": reported by default; "possible": only at level=possible */
	const char *help;	/* one line: what it is and why vfree() breaks */
};

extern const struct vc_kind vc_kinds[];
extern const unsigned int vc_nkinds;

#endif /* VMAPCHECK_KINDS_H */
