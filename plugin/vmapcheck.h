/* SPDX-License-Identifier: GPL-2.0 */
/*
 * vmapcheck.h - interfaces between the parts of the vmapcheck plugin:
 *
 *   kapi.c      what kernel APIs do with pages (one table)
 *   kconst.c    the kernel's flag values, taken from the translation unit
 *   valueset.c  what an integer (order, gfp mask, vmap flags) can be
 *   pageflow.c  where a struct page pointer comes from (the data-flow engine)
 *   report.c    how a finding is told to the user (GCC diagnostics)
 *   vmapcheck.c plugin entry, arguments, pass
 */
#ifndef VMAPCHECK_H
#define VMAPCHECK_H

#include "gcc-common.h"

/* ---- kapi.c ---------------------------------------------------------- */

enum kapi_role {
	KAPI_PAGE_ALLOC,	/* returns struct page * of 2^order pages */
	KAPI_FOLIO_ALLOC,	/* returns struct folio *, compound if order > 0 */
	KAPI_ADDR_ALLOC,	/* returns the address of 2^order pages */
	KAPI_SLAB_ALLOC,	/* returns slab memory */
	KAPI_SAFE_ALLOC,	/* returns independent order-0 pages */
	KAPI_DERIVE,		/* returns a page/address derived from an argument */
	KAPI_TO_HEAD,		/* returns the head page (folio) of its argument */
	KAPI_SPLIT,		/* makes every page of an allocation order-0 */
	KAPI_GET_ORDER,		/* integer function: order of a size in bytes */
	KAPI_VMAP,		/* the sink: vmap(pages, count, flags, prot) */
	KAPI_COPY,		/* copies memory: a = destination (-1: the result), b = source */
	KAPI_BOX_PUT,		/* keeps page a (c = 1: the pages of array a) in a box */
	KAPI_BOX_GET,		/* returns a page of a box (c = 1: any page of an entry) */
	/* level=possible only */
	KAPI_MAYBE_CACHE,	/* page-cache/shmem page or folio: maybe a tail */
	KAPI_MAYBE_VMALLOC,	/* a page another vmalloc area owns */
	KAPI_MAYBE_FRAG,	/* an address in a page-fragment cache's page */
	KAPI_GUP,		/* fills array argument a with pinned user pages */
};

struct kapi_entry {
	const char *name;
	enum kapi_role role;
	/*
	 * Argument positions, -1 if none.
	 * *_ALLOC: a = gfp mask, b = order (or fixed order in c when b < 0).
	 * DERIVE/TO_HEAD/SPLIT/GET_ORDER: a = the page or address, b = offset.
	 * VMAP: a = pages, b = flags.
	 * BOX_*: box names the container; NULL for the list the argument
	 * &page->member is put on (containers.c).
	 */
	signed char a, b, c;
	const char *box;
};

const struct kapi_entry *kapi_lookup(const char *name);
const struct kapi_entry *kapi_lookup_call(const gimple *stmt);

/* ---- kconst.c -------------------------------------------------------- */

enum kconst_id {
	KCONST_VM_MAP_PUT_PAGES,
	KCONST_GFP_COMP,
	KCONST_PAGE_SHIFT,
	KCONST_NR
};

struct kconst {
	const char *key;	/* plugin argument that overrides it */
	const char *macro;	/* macro in the kernel's headers */
	const char *enum_bit;	/* enumerator holding its bit number, or NULL */
	vc_uhwi fallback;
};

bool kconst_override(const char *key, const char *value, bool *bad_value);
void kconst_note_enum(tree type);
vc_uhwi kconst_get(enum kconst_id id);
const char *kconst_describe(enum kconst_id id);

/* ---- valueset.c ------------------------------------------------------ */

#define VSET_MAX 8

/* One possible value: the bits in mask are known to equal those in val. */
struct vbits {
	vc_uhwi mask, val;
	location_t loc;		/* where a constant entered, for notes */
};

/* The values an integer may take, one per path (unknown paths included). */
struct vset {
	int n;
	struct vbits v[VSET_MAX];
};

void vset_eval(tree t, struct vset *out);
void vset_free_cache(void);
bool vset_some_bit_set(const struct vset *s, vc_uhwi bit,
		       location_t *where);
bool vset_max_const(const struct vset *s, HOST_WIDE_INT *max);
bool vset_provably_zero(const struct vset *s);
int vset_bit_state(const struct vset *s, vc_uhwi bit);

/* ---- pageflow.c ------------------------------------------------------ */

enum page_kind {
	PK_COMPOUND,		/* compound page or large folio */
	PK_UNSPLIT,		/* order > 0 without __GFP_COMP, not split */
	PK_SLAB,		/* slab memory */
	PK_PARAM,		/* symbolic: derived from a parameter (summaries) */
	/* level=possible only */
	PK_ANY_ORDER,		/* allocation of an order unknown at compile time */
	PK_CACHE,		/* page-cache or shmem page, maybe of a large folio */
	PK_GUP,			/* pinned or GUP user page */
	PK_VMALLOC,		/* page of another vmalloc area */
	PK_FRAG,		/* page of a page-fragment cache (maybe compound) */
};

enum vc_level { LEVEL_DEFINITE, LEVEL_POSSIBLE };
extern enum vc_level vc_level;

enum page_off {
	OFF_ZERO,		/* the first (head) page of the allocation */
	OFF_NONZERO,		/* a later page */
	OFF_UNKNOWN,		/* some page of it, maybe the first */
};

enum step_kind {
	STEP_ALLOC,		/* allocated here */
	STEP_DERIVE,		/* derived here (by callee) */
	STEP_STORE,		/* stored into the page array here */
	STEP_COPY,		/* copied into the page array here */
	STEP_RETURN,		/* returned by callee here */
	STEP_FILL,		/* stored by callee into its argument 'what' */
	STEP_PASS,		/* passed to callee here */
	STEP_SINK,		/* callee hands the array to vmap() here */
	STEP_FIELD,		/* kept in struct field 'what' */
	STEP_BOX_PUT,		/* put into container 'what' here (by callee) */
	STEP_BOX_GET,		/* taken from container 'what' here (by callee) */
};

/* One event on the way from an allocation to vmap(), newest first. */
struct step {
	enum step_kind kind;
	location_t loc;
	const char *callee;	/* the function that did it, or NULL */
	const char *what;	/* parameter or field name, or NULL */
	const struct step *prev;
};

/* "This value is (part of) a page of this allocation." */
struct fact {
	gimple *origin;		/* the allocating call; NULL for PK_PARAM */
	enum page_kind kind;
	int order;
	int param;		/* PK_PARAM: parameter number */
	bool mem;		/* PK_PARAM: a page loaded from *param */
	bool to_head;		/* PK_PARAM: the head of param's page, then off */
	bool gfp_known;		/* whether __GFP_COMP presence is known */
	bool folio;
	bool comp;		/* PK_ANY_ORDER: __GFP_COMP or a folio */
	bool moved;		/* went through an offset that may be non-zero */
	enum page_off off;
	const struct step *path;
};

#define FACTS_MAX 8

struct factset {
	int n;
	struct fact f[FACTS_MAX];
};

/* ---- summary.c ------------------------------------------------------- */

#define SUM_MAXP 8

/* What a function does with pages, as its callers need to know. */
struct fsum {
	tree decl;
	struct factset ret;		/* what it returns */
	struct factset ret_mem;		/* what the memory it returns holds */
	struct factset fill[SUM_MAXP];	/* what it stores into *param */
	unsigned int split_mask;	/* params it split_page()s */
	unsigned int sink_mask;		/* params it hands to vmap() as pages */
	signed char sink_flags[SUM_MAXP]; /* flags param, or -1: set inside */
	location_t sink_flag_loc[SUM_MAXP];
	const struct step *sink_path[SUM_MAXP]; /* down to the vmap() */
	/*
	 * Pages given as parameters (PK_PARAM, not mem) that end up in an
	 * array of its own mapped with VM_MAP_PUT_PAGES set inside:
	 * map(page, order) doing pages[i] = page + i; vmap(pages, ...).
	 */
	struct factset sink_val;
	location_t sink_val_flag_loc;
	const struct step *sink_val_path;
};

struct fsum *summary_get(tree fndecl, bool create);
bool summary_same(const struct fsum *a, const struct fsum *b);
void summary_free_all(void);
int summary_param_index(tree fndecl, tree parm);
const char *summary_param_name(tree fndecl, int idx);

/* merging facts about the same allocation keeps the worse path */
void factset_add(struct factset *s, const struct fact *f);
void factset_union(struct factset *s, const struct factset *t);

/* facts kept in struct fields: keyed by record type and field */
void field_add(tree field, const struct factset *fs);
const struct factset *field_get(tree field);

void *vc_alloc(size_t size);	/* lives until the end of the IPA pass */

/* ---- pageflow.c ------------------------------------------------------ */

void pageflow_begin(function *fun);
void pageflow_end(void);
void pageflow_summarize(struct fsum *sum);
void pageflow_check_sinks(void);
void pageflow_reset_reports(void);

/* ---- report.c -------------------------------------------------------- */

extern bool vc_no_werror;
extern bool vc_verbose;

void report_bad_vmap(gimple *site, const struct fact *f, location_t flag_loc,
		     const struct step *sink_path);

#endif /* VMAPCHECK_H */
