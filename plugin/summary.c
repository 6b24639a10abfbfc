// SPDX-License-Identifier: GPL-2.0
/*
 * summary.c - what each function does with pages, for its callers, and
 * what struct fields, globals and containers hold.
 *
 * Function summaries (returns a bad page, or one derived from a parameter;
 * fills an array parameter; hands an array parameter to vmap(); splits a
 * parameter) and the facts known about memory kept in struct fields live
 * here, for the duration of the one IPA pass that computes and uses them.
 */
#include "summary.h"

static struct vc_tree_map *sums, *fields, *reads, *maps;
static bool stale;

void field_round_begin(void)
{
	vc_tree_map_free(&reads);
	stale = false;
}

bool field_round_stale(void)
{
	return stale;
}

static const char *param_name(tree fndecl, int idx)
{
	tree p;

	for (p = DECL_ARGUMENTS(fndecl); p && idx; p = DECL_CHAIN(p))
		idx--;
	if (!p || !DECL_NAME(p))
		return "?";
	return IDENTIFIER_POINTER(DECL_NAME(p));
}

/*
 * An empty summary of FNDECL: claims nothing.  Member by member: a summary
 * is mostly fact arrays of which only the counts need clearing (a memset
 * of the whole was most of the plugin's cost on large files).  A new
 * member of struct fsum is set here.
 */
void summary_init(struct fsum *sum, tree fndecl)
{
	int i;

	sum->name = fndecl ? vc_fn_name(fndecl) : NULL;
	sum->ret.n = 0;
	sum->ret_mem.n = 0;
	sum->split_mask = 0;
	sum->vunmap_mask = 0;
	sum->ret_map = UNKNOWN_LOCATION;
	sum->sink_mask = 0;
	for (i = 0; i < SUM_MAXP; i++) {
		sum->param_name[i] = fndecl ? param_name(fndecl, i) : NULL;
		sum->fill[i].n = 0;
		sum->sink_flags[i] = SINK_FLAGS_NONE;
		sum->sink_flag_loc[i] = UNKNOWN_LOCATION;
		sum->sink_guard[i].n = 0;
		sum->sink_path[i] = NULL;
		sum->vunmap_loc[i] = UNKNOWN_LOCATION;
	}
	sum->sink_val.n = 0;
	sum->sink_val_flag_loc = UNKNOWN_LOCATION;
	sum->sink_val_path = NULL;
	sum->flagged.n = 0;
	sum->flagged_mask = 0;
	sum->flagged_path = NULL;
	sum->out_arg = 0;
	sum->out_mem.n = 0;
	sum->sink_order.n = 0;
	sum->sink_order_flag_loc = UNKNOWN_LOCATION;
	sum->sink_order_path = NULL;
}

/* The one summary of every function that claims nothing (most of them). */
static struct fsum empty_sum;
static bool empty_ready;

static const struct fsum *empty_summary(void)
{
	if (!empty_ready) {
		summary_init(&empty_sum, NULL_TREE);
		empty_ready = true;
	}
	return &empty_sum;
}

bool summary_store(tree fndecl, const struct fsum *sum)
{
	void **slot = vc_tree_map_slot(&sums, fndecl, true);
	const struct fsum *old = *slot ? (const struct fsum *)*slot : empty_summary();
	bool changed = !summary_same(old, sum);

	if (summary_same(sum, empty_summary())) {
		/* shared: no memory per function that claims nothing */
		if (!*slot || changed)
			*slot = &empty_sum;
		return changed;
	}
	if (!changed && *slot)
		return false;
	if (!*slot || *slot == &empty_sum)
		*slot = facts_alloc(sizeof(struct fsum));
	*(struct fsum *)*slot = *sum;
	return changed;
}

struct fsum *summary_get(tree fndecl, bool create)
{
	void **slot;

	if (!fndecl)
		return NULL;
	slot = vc_tree_map_slot(&sums, fndecl, create);
	if (!slot)
		return NULL;
	if (!*slot && create) {
		struct fsum *s = (struct fsum *)facts_alloc(sizeof(*s));

		summary_init(s, fndecl);
		*slot = s;
	}
	return (struct fsum *)*slot;
}

/* The summary of a called function, if it has one in this unit. */
const struct fsum *summary_of_call(const gimple *call)
{
	tree fndecl;

	if (!is_gimple_call(call) || gimple_call_internal_p(call))
		return NULL;
	fndecl = gimple_call_fndecl(call);
	if (!fndecl)	/* ops->fn(): the one function the unit's own struct holds */
		fndecl = ops_call_target(call);
	return fndecl ? summary_get(fndecl, false) : NULL;
}

/* Did a recomputation change anything a caller could see? */
bool summary_same(const struct fsum *a, const struct fsum *b)
{
	int i;

	if (a->split_mask != b->split_mask || a->sink_mask != b->sink_mask ||
	    a->vunmap_mask != b->vunmap_mask || a->ret_map != b->ret_map ||
	    !factset_same(&a->ret, &b->ret) || !factset_same(&a->ret_mem, &b->ret_mem) ||
	    !factset_same(&a->sink_val, &b->sink_val) ||
	    a->flagged_mask != b->flagged_mask || !factset_same(&a->flagged, &b->flagged) ||
	    a->out_arg != b->out_arg || !factset_same(&a->out_mem, &b->out_mem) ||
	    !factset_same(&a->sink_order, &b->sink_order))
		return false;
	for (i = 0; i < SUM_MAXP; i++)
		if (!factset_same(&a->fill[i], &b->fill[i]) ||
		    a->sink_flags[i] != b->sink_flags[i] ||
		    !guard_same(&a->sink_guard[i], &b->sink_guard[i]))
			return false;
	return true;
}

int summary_param_index(tree fndecl, tree parm)
{
	tree p;
	int i = 0;

	for (p = DECL_ARGUMENTS(fndecl); p; p = DECL_CHAIN(p), i++)
		if (p == parm)
			return i < SUM_MAXP ? i : -1;
	return -1;
}

/* What functions of one ops-table tag stored under a key. */
struct field_slot {
	unsigned int tag;
	struct factset fs;
	struct field_slot *next;
};

void field_add(tree key, tree writer, const struct factset *fs)
{
	struct field_slot *s;
	unsigned int tag;
	void **slot;
	int i;

	if (!fs->n)
		return;
	tag = ops_tag(writer);
	slot = vc_tree_map_slot(&fields, key, true);
	for (s = (struct field_slot *)*slot; s && s->tag != tag; s = s->next)
		;
	if (!s) {
		s = (struct field_slot *)facts_alloc(sizeof(*s));
		s->tag = tag;
		s->fs.n = 0;
		s->next = (struct field_slot *)*slot;
		*slot = s;
	}
	for (i = 0; i < fs->n; i++) {
		/* any function reads it, any time later: no path's conditions */
		struct fact f = fs->f[i];
		struct factset before = s->fs;

		f.guard.n = 0;
		factset_add(&s->fs, &f);
		if (!factset_same(&before, &s->fs) && vc_tree_map_slot(&reads, key, false))
			stale = true;	/* someone of this round read it before */
	}
}

const struct factset *field_get(tree key, tree reader)
{
	void **slot = vc_tree_map_slot(&fields, key, false);
	struct field_slot *s, *only = NULL;
	struct factset *out;
	unsigned int tag;
	int n = 0;

	*vc_tree_map_slot(&reads, key, true) = (void *)1;
	if (!slot)
		return NULL;
	tag = ops_tag(reader);
	for (s = slot ? (struct field_slot *)*slot : NULL; s; s = s->next)
		if (ops_compatible(tag, s->tag)) {
			only = s;
			n++;
		}
	if (n <= 1)
		return only ? &only->fs : NULL;
	out = factset_new();
	for (s = (struct field_slot *)*slot; s; s = s->next)
		if (ops_compatible(tag, s->tag))
			factset_union(out, &s->fs);
	return out;
}

struct field_walk {
	field_fn *fn;
	void *data;
};

static void field_one(tree key, void *value, void *data)
{
	struct field_walk *w = (struct field_walk *)data;
	struct factset all = facts_empty;
	struct field_slot *s;

	for (s = (struct field_slot *)value; s; s = s->next)
		factset_union(&all, &s->fs);
	w->fn(key, &all, w->data);
}

void field_for_each(field_fn *fn, void *data)
{
	struct field_walk w = { fn, data };

	vc_tree_map_each(fields, field_one, &w);
}

/* What a field or global was given: the first value of one kind, or mixed. */
struct kept_slot {
	struct kept first;
	bool mixed;
};

void kept_add(tree key, const struct kept *k)
{
	void **slot = vc_tree_map_slot(&maps, key, true);
	struct kept_slot *m = (struct kept_slot *)*slot;

	if (!m) {
		m = (struct kept_slot *)facts_alloc(sizeof(*m));
		m->first = *k;
		m->mixed = k->kind == KEPT_OTHER;
		*slot = m;
	} else if (k->kind != m->first.kind) {
		m->mixed = true;
	}
}

bool kept_get(tree key, struct kept *out)
{
	void **slot = vc_tree_map_slot(&maps, key, false);
	const struct kept_slot *m = slot ? (const struct kept_slot *)*slot : NULL;

	if (!m || m->mixed)
		return false;
	*out = m->first;
	return true;
}

void summary_free_all(void)
{
	empty_ready = false;
	field_round_begin();
	vc_tree_map_free(&sums);
	vc_tree_map_free(&fields);
	vc_tree_map_free(&maps);
}
