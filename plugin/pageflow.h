/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pageflow.h - what the parts of the data-flow engine share:
 *
 *   pageflow.c  facts about values: where a page pointer comes from
 *   memroot.c   memory: roots, and the writes into memory of a function
 *   containers.c  scatterlists, xarrays and lists that pages are kept in
 *   sinks.c     function summaries and the check at vmap() calls
 *
 * The engine works on one function at a time (struct pf_state pf);
 * summaries of the functions it calls come from summary.c.
 */
#ifndef VMAPCHECK_PAGEFLOW_H
#define VMAPCHECK_PAGEFLOW_H

#include "vmapcheck.h"

#define PF_DEPTH 48
#define PF_BUDGET 20000

/* ROOT_CYCLE: only reached by going round a loop back to where we started */
enum root_kind { ROOT_NONE, ROOT_DECL, ROOT_CALL, ROOT_PARM, ROOT_FIELD, ROOT_CYCLE };

struct root {
	enum root_kind kind;
	tree decl;		/* VAR_DECL, PARM_DECL, or FIELD_DECL / global */
	gimple *call;
};

enum store_kind {
	SR_ASSIGN,		/* *p = page */
	SR_COPY,		/* memcpy(dst, src, n), kmemdup(src, ...) */
	SR_FILL,		/* fill(dst, ...) where fill's summary stores */
	SR_PRODUCE,		/* get_user_pages(..., dst): pages of a kind */
};

struct store_rec {
	gimple *stmt;
	enum store_kind kind;
	struct root root;	/* the memory written */
	struct root src;	/* SR_COPY: the memory read */
	int param;		/* SR_FILL: the callee's parameter */
	const struct fsum *callee;
	const struct factset *facts;	/* what it writes, once known */
};

enum { ST_NONE, ST_DONE, ST_BUSY };

struct split_rec {
	gimple *stmt;
	unsigned int mask;	/* the arguments it splits */
};

struct pf_state {
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
	struct store_rec *stores;
	int nstores;
	bool stores_built;
	/* reachability between blocks, per source block, on demand */
	sbitmap *reach;
	/* calls that split_page() an argument, built on first use */
	struct split_rec *splits;
	int nsplits;
	bool splits_built;
};

extern struct pf_state pf;
extern const struct factset pf_empty_set;

/* How an operation moves a value relative to its allocation's first page. */
enum shift { SH_KEEP, SH_CONST, SH_ANY };

/* pageflow.c */
struct factset *pf_fs_new(void);
const struct step *pf_step_new(enum step_kind kind, location_t loc,
			       const char *callee, const char *what,
			       const struct step *prev);
const char *pf_fn_name(tree fndecl);
const char *pf_pointee_tag(tree type);
bool pf_is_page_ptr(tree type);
location_t pf_stmt_loc(const gimple *stmt);
bool pf_reaches(gimple *from, gimple *to);
const struct fsum *pf_callee_summary(const gimple *call);
const struct factset *pf_eval(tree t, int depth);
const struct factset *pf_eval_mem(const struct root *r, gimple *at,
				  gimple *skip, int depth);
const struct factset *pf_store_facts(const struct store_rec *rec, int depth);
const struct factset *pf_import(const struct factset *in, gimple *call,
				enum step_kind kind, int depth);
struct factset *pf_shifted(const struct factset *in, enum shift sh,
			   const gimple *stmt, enum step_kind kind,
			   const char *callee, const char *what, bool note);
enum shift pf_shift_of(tree t);

/* memroot.c */
bool pf_root_eq(const struct root *a, const struct root *b);
bool pf_is_global(tree decl);
tree pf_slot_key(tree ref);
void pf_root_of_ptr(tree ptr, struct root *r, int depth);
void pf_root_of_ref(tree ref, struct root *r, int depth);
void pf_build_stores(void);

/*
 * containers.c: pages kept in containers other than arrays (scatterlists,
 * xarrays, lists); a container is keyed by a unique tree, like a struct
 * field (field_add).
 */
tree box_put_key(const gimple *call, const struct kapi_entry *e, tree *page);
tree box_get_key(const struct kapi_entry *e);
tree box_container_of_key(const gimple *assign);
const char *box_describe(tree key);

/* sinks.c */
bool pf_split_before(const gimple *origin, gimple *at);
void pf_keep_bad(const struct factset *in, gimple *at, struct factset *out);

#endif /* VMAPCHECK_PAGEFLOW_H */
