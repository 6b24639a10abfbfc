/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fnctx.h - the function being analysed (layer 6).
 *
 * The engine works on one function at a time: its memos, its index of
 * writes into memory and of split_page() calls, and reachability between
 * its statements all live in the one context pf, begun and ended around
 * each function by the summarizer and the checks.  The types of the memory
 * layer's memo (struct root, struct store_rec) are here, its functions in
 * memroot.h.
 */
#ifndef VMAPCHECK_FNCTX_H
#define VMAPCHECK_FNCTX_H

#include "facts.h"
#include "summary.h"

#define PF_DEPTH 48	/* deepest walk through definitions and memory */
#define PF_BUDGET 20000	/* work units one question may take; then: no answer */

/* ROOT_CYCLE: only reached by going round a loop back to where we started */
enum root_kind { ROOT_NONE, ROOT_DECL, ROOT_CALL, ROOT_PARM, ROOT_FIELD, ROOT_CYCLE };

/* The memory a pointer points into. */
struct root {
	enum root_kind kind;
	tree decl;		/* VAR_DECL, PARM_DECL, or FIELD_DECL / global */
	gimple *call;
	/* ROOT_CALL: -1, what the call returns; else its argument 'out' */
	int out;
};

enum store_kind {
	SR_ASSIGN,		/* *p = page */
	SR_COPY,		/* memcpy(dst, src, n), kmemdup(src, ...) */
	SR_FILL,		/* fill(dst, ...) where fill's summary stores */
	SR_PRODUCE,		/* get_user_pages(..., dst): pages of a kind */
	SR_EXTFILL,		/* fill(dst, ...) of another unit: vmapcheck-link */
	SR_SAFE_FILL,		/* alloc_pages_bulk(..., dst): order-0 pages, nothing bad */
};

/* One write into memory. */
struct store_rec {
	gimple *stmt;
	enum store_kind kind;
	struct root root;	/* the memory written */
	struct root src;	/* SR_COPY: the memory read */
	int param;		/* SR_FILL, SR_EXTFILL: the callee's parameter */
	const struct fsum *callee;
	const struct factset *facts;	/* what it writes, once known */
};

/* A call that splits some of its arguments: split_page(), or a helper. */
struct split_rec {
	gimple *stmt;
	unsigned int mask;	/* the arguments it splits */
	bool unseen;		/* a function this unit cannot see: it may */
};

/* memo states, per SSA version */
enum { ST_NONE, ST_DONE, ST_BUSY };

struct fnctx {
	function *fun;
	unsigned int nssa;
	/* facts memo, per SSA version */
	const struct factset **memo;
	unsigned char *state;
	int *busy_depth;
	int min_busy;		/* shallowest BUSY node hit by the current walk */
	int budget;
	/* root memo, per SSA version */
	struct root *roots;
	unsigned char *root_state;
	/* writes of pointers into memory, built on first use */
	VC_VEC(struct store_rec) *stores;
	bool stores_built;
	/* reachability between blocks, per source block, on demand */
	sbitmap *reach;
	/* calls that split_page() an argument, built on first use */
	VC_VEC(struct split_rec) *splits;
	bool splits_built;
	/* stores of pointers into struct fields, and calls: built on first use */
	VC_VEC(gimple *) *slot_stores;
	VC_VEC(gimple *) *calls;
	bool slots_built;
	bool dom_ours;		/* we computed the dominators: free them */
};

extern struct fnctx pf;

/* The function of NODE if it has a body in SSA form to analyse, else NULL. */
function *fnctx_analysable(struct cgraph_node *node);
void fnctx_begin(function *fun);
void fnctx_end(void);

location_t fnctx_stmt_loc(const gimple *stmt);
/* Our parameter T is, through copies and conversions (and with THROUGH_OR,
 * through "| constant": flags | VM_MAP), or -1. */
int fnctx_param_of(tree t, bool through_or);
bool fnctx_reaches(gimple *from, gimple *to);
/* Does every path from the entry to statement B pass statement A first? */
bool fnctx_dominates(gimple *a, gimple *b);

/* The number of the allocation CALL makes, the same for the whole pass. */
unsigned int fnctx_origin(const gimple *call);
/* The same for what other units keep under DECL (a struct field). */
unsigned int fnctx_origin_decl(tree decl);
void fnctx_pass_end(void);

#endif /* VMAPCHECK_FNCTX_H */
