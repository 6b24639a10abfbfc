/* SPDX-License-Identifier: GPL-2.0 */
/*
 * facts.h - what is known about a page pointer, as plain data (layer 3).
 *
 * A fact says "this value is (part of) a page of allocation N": the kind
 * of allocation, its order, which of its pages, and the path of steps
 * that led there, for the notes.  Facts hold no GIMPLE and no trees:
 * allocations are numbered origins, functions and fields are named by
 * strings, places are source locations.  Everything here lives on one
 * obstack until the end of the pass (facts_free_all()).
 */
#ifndef VMAPCHECK_FACTS_H
#define VMAPCHECK_FACTS_H

#include "gcc-common.h"

enum page_kind {
	PK_COMPOUND,		/* compound page or large folio */
	PK_UNSPLIT,		/* order > 0 without __GFP_COMP, not split */
	PK_SLAB,		/* slab memory */
	PK_PARAM,		/* symbolic: derived from a parameter (summaries) */
	/*
	 * symbolic: a page, or with param LF_MEM the pages of an array, that
	 * a function of another translation unit returned; its first step
	 * (STEP_ALLOC) names the call, its 'what' the callee's key
	 * (linkfacts.h).  Only vmapcheck-link knows what it is.
	 */
	PK_EXT,
	/* level=possible only */
	PK_ANY_ORDER,		/* allocation of an order unknown at compile time */
	PK_CACHE,		/* page-cache or shmem page, maybe of a large folio */
	PK_GUP,			/* pinned or GUP user page */
	PK_VMALLOC,		/* page of another vmalloc area */
	PK_FRAG,		/* page of a page-fragment cache (maybe compound) */
};

enum page_off {
	OFF_ZERO,		/* the first (head) page of the allocation */
	OFF_NONZERO,		/* a later page */
	OFF_UNKNOWN,		/* some page of it, maybe the first */
};

/* How an operation moves a value relative to its allocation's first page. */
enum shift { SH_KEEP, SH_CONST, SH_ANY };

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

/*
 * A condition a path met: the value VAR (a parameter, or a local that
 * takes one value per call) was in [lo, hi], or with neg outside it; or,
 * with a mask, VAR & mask was 0, or with neg was not (flags & FLAG).
 */
struct atom {
	int var;		/* >= 0: parameter number; < 0: -(SSA version) - 1 */
	bool neg;
	HOST_WIDE_INT lo, hi;
	unsigned HOST_WIDE_INT mask;	/* 0: the interval form */
};

/* Does the value V meet atom A? */
static inline bool atom_holds(const struct atom *a, HOST_WIDE_INT v)
{
	bool in = a->mask ? ((unsigned HOST_WIDE_INT)v & a->mask) == 0 : v >= a->lo && v <= a->hi;

	return in != a->neg;
}

#define GUARD_MAX 2

/*
 * A guard: every atom held on every path that brought the fact here (or,
 * at a vmap(), set the flag).  Fewer atoms is always safe: no atoms at all
 * claims nothing.
 */
struct guard {
	int n;
	struct atom a[GUARD_MAX];
};

/* "This value is (part of) a page of this allocation." */
struct fact {
	unsigned int origin;	/* the allocation, numbered from 1; 0: PK_PARAM */
	enum page_kind kind;
	int order;
	int param;		/* PK_PARAM: parameter number */
	bool mem;		/* PK_PARAM: a page loaded from *param */
	bool to_head;		/* PK_PARAM: the head of param's page, then off */
	bool gfp_known;		/* whether __GFP_COMP presence is known */
	bool folio;
	bool comp;		/* PK_ANY_ORDER: __GFP_COMP or a folio */
	bool moved;		/* went through an offset that may be non-zero */
	/* handed to a function this unit cannot see, which may split it */
	bool maybe_split;
	/* PK_ANY_ORDER: the order is parameter (order_param - 1); 0: not */
	int order_param;
	/* known of the struct field for every object of the type, not of one */
	bool shared;
	enum page_off off;
	struct guard guard;	/* what held on the paths that brought it */
	const struct step *path;
};

#define FACTS_MAX 8

struct factset {
	int n;
	struct fact f[FACTS_MAX];
};

extern const struct factset facts_empty;

void *facts_alloc(size_t size);
void facts_free_all(void);

struct factset *factset_new(void);
const struct step *step_new(enum step_kind kind, location_t loc, const char *callee,
			    const char *what, const struct step *prev);

/* merging facts about the same allocation keeps the worse path */
void factset_add(struct factset *s, const struct fact *f);
void factset_union(struct factset *s, const struct factset *t);
bool factset_same(const struct factset *a, const struct factset *b);

enum page_off shift_off(enum page_off off, enum shift sh);
struct factset *facts_shifted(const struct factset *in, enum shift sh, location_t loc,
			      enum step_kind kind, const char *callee, const char *what,
			      bool note);

/*
 * Bringing a callee's facts into its caller, at a call at LOC to CALLEE:
 * the callee's own allocations keep their paths plus one step at the call;
 * a fact about a parameter is replaced by ARG, the caller's facts about
 * what it passes there, each with the callee's steps and then the call's.
 */
/* G and A both hold; false: they cannot, a path that needs both is dead. */
bool guard_and_atom(struct guard *g, const struct atom *a);
bool guard_and(struct guard *g, const struct guard *h);
/* What G and H both say: one of the two held, so only that is known. */
void guard_meet(struct guard *g, const struct guard *h);
/* Can no path meet both G and H? */
bool guard_conflict(const struct guard *g, const struct guard *h);
bool guard_same(const struct guard *g, const struct guard *h);
/* Keep only the atoms about parameters (what a caller can translate). */
void guard_keep_params(struct guard *g);

void facts_import_own(const struct fact *f, enum step_kind kind, location_t loc,
		      const char *callee, const char *what, struct factset *out);
void facts_substitute(const struct fact *f, const struct factset *arg, enum step_kind kind,
		      location_t loc, const char *callee, const char *what,
		      struct factset *out);

#endif /* VMAPCHECK_FACTS_H */
