/* SPDX-License-Identifier: GPL-2.0 */
/*
 * summary.h - what other functions and struct fields are known to hold
 * (layer 5): the one door through which the engine learns about a callee.
 *
 * A summary is plain data (facts, names, masks), kept per function
 * declaration for the duration of the pass; facts about memory reached
 * through a struct field, a global or a container are kept per key.
 */
#ifndef VMAPCHECK_SUMMARY_H
#define VMAPCHECK_SUMMARY_H

#include "facts.h"
#include "opstable.h"

#define SUM_MAXP 8	/* parameters followed; later ones are not */

/* sink_flags[p] when the flag is set inside the function (or below it) */
#define SINK_FLAGS_INSIDE (-1)
/* sink_flags[p] when parameter p is not handed to vmap() */
#define SINK_FLAGS_NONE (-2)

/* What a function does with pages, as its callers need to know. */
struct fsum {
	const char *name;		/* the function */
	const char *param_name[SUM_MAXP];
	struct factset ret;		/* what it returns */
	struct factset ret_mem;		/* what the memory it returns holds */
	struct factset fill[SUM_MAXP];	/* what it stores into *param */
	unsigned int split_mask;	/* params it split_page()s */
	/* params it unmaps with vunmap(), here or in a helper; where */
	unsigned int vunmap_mask;
	location_t vunmap_loc[SUM_MAXP];
	/* it returns what a vmap() with VM_MAP_PUT_PAGES made here (else unknown) */
	location_t ret_map;
	/*
	 * Handed over: the params it passes to vmap() as the page array
	 * with VM_MAP_PUT_PAGES, set inside or by the flags parameter
	 * sink_flags[p] (a parameter number, or SINK_FLAGS_INSIDE).
	 */
	unsigned int sink_mask;
	signed char sink_flags[SUM_MAXP];
	location_t sink_flag_loc[SUM_MAXP];
	/* what held, in parameters, where it handed parameter p over */
	struct guard sink_guard[SUM_MAXP];
	const struct step *sink_path[SUM_MAXP]; /* down to the vmap() */
	/*
	 * Pages given as parameters (PK_PARAM, not mem) that end up in an
	 * array of its own mapped with VM_MAP_PUT_PAGES set inside:
	 * map(page, order) doing pages[i] = page + i; vmap(pages, ...).
	 */
	struct factset sink_val;
	location_t sink_val_flag_loc;
	const struct step *sink_val_path;
	/*
	 * Arrays of its own (allocated, local, or read from a struct field)
	 * handed to vmap() with flags that are one of the parameters of
	 * flagged_mask: what they hold is the finding of a caller whose
	 * argument there sets VM_MAP_PUT_PAGES.
	 */
	struct factset flagged;
	unsigned int flagged_mask;
	const struct step *flagged_path;
	/*
	 * get_pages(&pages): an array of its own whose pointer it stores
	 * into *param (out_arg - 1; 0: none), and what that array holds.
	 */
	int out_arg;
	struct factset out_mem;
	/*
	 * Pages of arrays of its own that it hands over itself (the flag set
	 * inside) whose order is one of its parameters: decided at each call
	 * (grab_map(order) doing alloc_pages(gfp, order) and p + i).
	 */
	struct factset sink_order;
	location_t sink_order_flag_loc;
	const struct step *sink_order_path;
};

void summary_init(struct fsum *sum, tree fndecl);
/* Keep SUM as FNDECL's summary; whether that changed what callers see. */
bool summary_store(tree fndecl, const struct fsum *sum);
struct fsum *summary_get(tree fndecl, bool create);
const struct fsum *summary_of_call(const gimple *call);
bool summary_same(const struct fsum *a, const struct fsum *b);
int summary_param_index(tree fndecl, tree parm);

/*
 * Facts kept in struct fields, globals and containers: keyed by a tree,
 * and by the ops-table tag (opstable.h) of WRITER, the function that stored
 * them; READER sees what functions of a compatible tag stored.
 */
void field_add(tree key, tree writer, const struct factset *fs);
const struct factset *field_get(tree key, tree reader);
/* FN(KEY, what every writer stored there, DATA) for each key of the unit. */
typedef void field_fn(tree key, const struct factset *fs, void *data);
void field_for_each(field_fn *fn, void *data);
/*
 * A round of summaries: did a field learn something after a function of
 * the round had read it (so that function's summary may be stale)?
 */
void field_round_begin(void);
bool field_round_stale(void);

/*
 * What struct fields and globals keep, for the ownership rules: KEY (a
 * FIELD_DECL or a global) is given, by the store at STORE, the address of
 * a VM_MAP_PUT_PAGES mapping (KEPT_MAPPING) or a managed allocation
 * (KEPT_MANAGED) made at MADE; or something else (KEPT_OTHER).
 * kept_get: true if every non-NULL value stored there is of one kind
 * (then the first of them), false if none or mixed.
 */
enum kept_kind { KEPT_OTHER, KEPT_MAPPING, KEPT_MANAGED };

struct kept {
	enum kept_kind kind;
	location_t made;	/* the vmap() or the allocation */
	location_t store;	/* where it was stored */
	const char *api;	/* KEPT_MANAGED: the allocator */
	const char *owner;	/* KEPT_MANAGED: who frees it again */
};

void kept_add(tree key, const struct kept *k);
bool kept_get(tree key, struct kept *out);

void summary_free_all(void);

#endif /* VMAPCHECK_SUMMARY_H */
