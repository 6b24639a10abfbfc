/* SPDX-License-Identifier: GPL-2.0 */
/*
 * handover.h - which calls hand pages over to vmap() with VM_MAP_PUT_PAGES
 * (layer 10): a fact about the API that every check and the summarizer
 * read.  vmap() itself, a function whose summary passes an array
 * parameter on to it, and a function that maps the pages it is given.
 */
#ifndef VMAPCHECK_HANDOVER_H
#define VMAPCHECK_HANDOVER_H

#include "pathcond.h"
#include "pageflow.h"

/* One page array a call hands to vmap(). */
struct sink {
	int pages_arg;		/* the call's argument that is the array */
	location_t flag_loc;	/* where VM_MAP_PUT_PAGES was set, if known */
	/*
	 * SINK_FLAGS_INSIDE: the flag is set (by a constant, here or below);
	 * else the parameter of ours the flags come from: maybe set by a
	 * caller, so it is the caller's question.
	 */
	int flags_param;
	const struct step *path;	/* down to the vmap(); NULL: the call is vmap() */
	struct guard cond;	/* what held on every path that set the flag */
	/*
	 * The callee took the flags from us: what it stored into the array
	 * before its vmap() was not reported there, so it counts here.
	 */
	bool callee_fill_counts;
	/* the flag was chosen by a field of an object (pc_flag_per_object()) */
	bool per_object;
};

/* The arrays CALL hands over, at most MAX of them; how many. */
int sinks_of(gimple *call, struct sink *out, int max);

/*
 * A call of a function that maps the pages it is given (CALLEE's sink_val):
 * what this function hands it, as facts of this function (split
 * parameters left out), and the path down to its vmap().
 */
const struct factset *value_sink_facts(gimple *call, const struct fsum *callee);
/* Passed to CALLEE at CALL, then BELOW (one of its summary's paths down to vmap()). */
const struct step *pass_path(gimple *call, const struct fsum *callee, const struct step *below);

/*
 * A call of a function that maps arrays of its own with flags from its
 * parameters (CALLEE's flagged): where an argument there sets the flag,
 * what those arrays hold, as facts of this function (*SET), with where the
 * flag was set and what held there.  *OURS: the mask of our own parameters
 * passed there, whose callers decide.  NULL if neither.
 */
const struct factset *flagged_facts(gimple *call, const struct fsum *callee, bool *set,
				    location_t *flag_loc, struct guard *cond,
				    unsigned int *ours);

/*
 * A value a call unmaps with vunmap(): itself, through a helper, or
 * through a cleanup action it registers (kunit_add_action(), ...).
 */
struct vunmap_use {
	tree val;		/* the address unmapped: an argument of the call */
	location_t loc;		/* the vunmap() */
	const char *via;	/* the helper or action that calls it; NULL: vunmap() */
	bool action;		/* via is a registered action */
};

/* The values CALL unmaps, at most MAX of them; how many. */
int vunmaps_of(gimple *call, struct vunmap_use *out, int max);

/* Where an address that a vmap() with VM_MAP_PUT_PAGES returned came from. */
struct map_origin {
	location_t vmap;	/* the vmap() */
	tree key;		/* kept in this struct field or global, or NULL */
	location_t kept;	/* stored there here */
	const char *helper;	/* returned by this function, or NULL */
	location_t call;	/* the call of helper */
};

/*
 * Is V, whatever path it comes by, such an address (or NULL)?  Through
 * copies, PHIs, functions that return one, and struct fields and globals
 * that are given nothing else.  Then *O says where it came from.
 */
bool putpages_mapping_of(tree v, struct map_origin *o);
/* The struct field or global that a load or store of REF uses, or NULL. */
tree mapping_key(tree ref);
/*
 * Is V, on every path, what a managed allocator (devm_kcalloc(), ...)
 * returned (or NULL)?  Then *K says which (KEPT_MANAGED), without store.
 */
bool managed_alloc_of(tree v, struct kept *k);
/* What the value V stored at STMT into a field or global is, for kept_add(). */
void kept_value(tree v, gimple *stmt, struct kept *k);

/* Does NODE call vmap(), or a function that hands arrays or pages on to it? */
bool hands_over_any(struct cgraph_node *node);

#endif /* VMAPCHECK_HANDOVER_H */
