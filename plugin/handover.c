// SPDX-License-Identifier: GPL-2.0
/*
 * handover.c - the calls that hand pages to vmap() with VM_MAP_PUT_PAGES.
 */
#include "kapi.h"
#include "kconst.h"
#include "valueset.h"
#include "memroot.h"
#include "handover.h"

int sinks_of(gimple *call, struct sink *out, int max)
{
	const struct kapi_entry *e = kapi_lookup_call(call);
	const struct fsum *sum;
	vc_uhwi bit = kconst_get(KCONST_VM_MAP_PUT_PAGES);
	struct vset flags;
	int n = 0, j;

	if (e) {
		if (e->role != KAPI_VMAP)
			return 0;
		out[0].pages_arg = e->arg;
		out[0].path = NULL;
		out[0].flag_loc = UNKNOWN_LOCATION;
		out[0].flags_param = SINK_FLAGS_INSIDE;
		out[0].cond.n = 0;
		out[0].callee_fill_counts = false;
		out[0].per_object = pc_flag_per_object(gimple_call_arg(call, e->flags), bit);
		vset_eval(gimple_call_arg(call, e->flags), &flags);
		if (vset_some_bit_set(&flags, bit, &out[0].flag_loc))
			/* where the flag is set; no path sets it: no sink */
			return pc_flag(gimple_call_arg(call, e->flags), bit, &out[0].cond) &&
			       pc_and_stmt(&out[0].cond, call);
		if (!pc_and_stmt(&out[0].cond, call))
			return 0;
		out[0].flags_param = fnctx_param_of(gimple_call_arg(call, e->flags), true);
		return out[0].flags_param >= 0 ? 1 : 0;
	}
	sum = summary_of_call(call);
	if (!sum || !sum->sink_mask)
		return 0;
	for (j = 0; j < SUM_MAXP && n < max; j++) {
		int fp;

		if (!(sum->sink_mask & (1u << j)) ||
		    (unsigned int)j >= gimple_call_num_args(call))
			continue;
		out[n].pages_arg = j;
		out[n].path = step_new(STEP_PASS, fnctx_stmt_loc(call), sum->name, NULL,
				       sum->sink_path[j]);
		out[n].flags_param = SINK_FLAGS_INSIDE;
		out[n].flag_loc = sum->sink_flag_loc[j];
		/* the callee's paths to its vmap(), as this call sees them */
		if (!pc_at_call(&sum->sink_guard[j], call, &out[n].cond))
			continue;
		fp = sum->sink_flags[j];
		out[n].callee_fill_counts = fp != SINK_FLAGS_INSIDE;
		out[n].per_object = fp >= 0 && (unsigned int)fp < gimple_call_num_args(call) &&
				    pc_flag_per_object(gimple_call_arg(call, fp), bit);
		if (fp == SINK_FLAGS_INSIDE) {
			n++;
			continue;
		}
		if (fp < 0 || (unsigned int)fp >= gimple_call_num_args(call))
			continue;
		vset_eval(gimple_call_arg(call, fp), &flags);
		if (vset_some_bit_set(&flags, bit, &out[n].flag_loc)) {
			struct guard g;

			if (pc_flag(gimple_call_arg(call, fp), bit, &g) &&
			    guard_and(&out[n].cond, &g))
				n++;
			continue;
		}
		/* still unknown here: maybe our own caller sets it */
		out[n].flags_param = fnctx_param_of(gimple_call_arg(call, fp), true);
		if (out[n].flags_param >= 0) {
			out[n].flag_loc = UNKNOWN_LOCATION;
			n++;
		}
	}
	return n;
}

const struct factset *value_sink_facts(gimple *call, const struct fsum *callee)
{
	struct factset *in = factset_new();
	int i;

	for (i = 0; i < callee->sink_val.n; i++)
		if (!(callee->split_mask & (1u << callee->sink_val.f[i].param)))
			factset_add(in, &callee->sink_val.f[i]);
	return in->n ? pf_import(in, call, STEP_PASS, 0) : &facts_empty;
}

const struct factset *flagged_facts(gimple *call, const struct fsum *callee, bool *set,
				    location_t *flag_loc, struct guard *cond,
				    unsigned int *ours)
{
	vc_uhwi bit = kconst_get(KCONST_VM_MAP_PUT_PAGES);
	unsigned int p;

	*set = false;
	*ours = 0;
	*flag_loc = UNKNOWN_LOCATION;
	cond->n = 0;
	for (p = 0; p < SUM_MAXP && p < gimple_call_num_args(call); p++) {
		struct vset flags;
		tree arg;
		int q;

		if (!(callee->flagged_mask & (1u << p)))
			continue;
		arg = gimple_call_arg(call, p);
		vset_eval(arg, &flags);
		if (!*set && vset_some_bit_set(&flags, bit, flag_loc) && pc_flag(arg, bit, cond) &&
		    pc_and_stmt(cond, call)) {
			*set = true;
			continue;
		}
		q = fnctx_param_of(arg, true);
		if (q >= 0)
			*ours |= 1u << q;
	}
	if (!*set && !*ours)
		return NULL;
	return pf_import(&callee->flagged, call, STEP_PASS, 0);
}

const struct step *pass_path(gimple *call, const struct fsum *callee, const struct step *below)
{
	return step_new(STEP_PASS, fnctx_stmt_loc(call), callee->name, NULL, below);
}

static void add_use(struct vunmap_use *out, int *n, int max, tree val, location_t loc,
		    const char *via, bool action)
{
	if (*n >= max)
		return;
	out[*n].val = val;
	out[*n].loc = loc;
	out[*n].via = via;
	out[*n].action = action;
	(*n)++;
}

int vunmaps_of(gimple *call, struct vunmap_use *out, int max)
{
	const struct kapi_entry *e = kapi_lookup_call(call);
	const struct fsum *sum;
	unsigned int nargs = gimple_call_num_args(call);
	int n = 0, p;

	if (e && e->role == KAPI_VUNMAP && (unsigned int)e->arg < nargs) {
		add_use(out, &n, max, gimple_call_arg(call, e->arg), fnctx_stmt_loc(call), NULL,
			false);
		return n;
	}
	if (e && e->role == KAPI_ACTION_ADD && (unsigned int)e->arg < nargs &&
	    (unsigned int)e->action < nargs) {
		tree cb = gimple_call_arg(call, e->action);

		STRIP_NOPS(cb);
		if (TREE_CODE(cb) != ADDR_EXPR ||
		    TREE_CODE(TREE_OPERAND(cb, 0)) != FUNCTION_DECL)
			return 0;
		sum = summary_get(TREE_OPERAND(cb, 0), false);
		if (sum && (sum->vunmap_mask & 1))
			add_use(out, &n, max, gimple_call_arg(call, e->arg), sum->vunmap_loc[0],
				sum->name, true);
		return n;
	}
	sum = summary_of_call(call);
	for (p = 0; sum && p < SUM_MAXP && (unsigned int)p < nargs; p++)
		if (sum->vunmap_mask & (1u << p))
			add_use(out, &n, max, gimple_call_arg(call, p), sum->vunmap_loc[p],
				sum->name, false);
	return n;
}

tree mapping_key(tree ref)
{
	while (TREE_CODE(ref) == ARRAY_REF)
		ref = TREE_OPERAND(ref, 0);
	if (TREE_CODE(ref) == COMPONENT_REF)
		return TREE_OPERAND(ref, 1);
	if (VAR_P(ref) && pf_is_global(ref))
		return ref;
	return NULL_TREE;
}

#define MAP_DEPTH 12

/* Does the vmap() CALL always set VM_MAP_PUT_PAGES? */
static bool always_putpages(gimple *call, const struct kapi_entry *e)
{
	struct vset flags;

	if ((unsigned int)e->flags >= gimple_call_num_args(call))
		return false;
	vset_eval(gimple_call_arg(call, e->flags), &flags);
	return vset_bit_state(&flags, kconst_get(KCONST_VM_MAP_PUT_PAGES)) == 1;
}

/* 1: such a mapping (*O set, if not yet), 0: NULL or seen already, -1: other */
static int mapping_walk(tree v, struct map_origin *o, bitmap seen, int depth)
{
	const struct kapi_entry *e;
	const struct fsum *sum;
	struct kept k;
	gimple *def;
	unsigned int i;
	int r = 0;

	if (TREE_CODE(v) == INTEGER_CST)
		return 0;
	if (TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v) || depth > MAP_DEPTH)
		return -1;
	if (!bitmap_set_bit(seen, SSA_NAME_VERSION(v)))
		return 0;
	def = SSA_NAME_DEF_STMT(v);
	if (gimple_code(def) == GIMPLE_PHI) {
		for (i = 0; i < gimple_phi_num_args(def); i++) {
			int a = mapping_walk(gimple_phi_arg_def(def, i), o, seen, depth + 1);

			if (a < 0)
				return -1;
			r |= a;
		}
		return r;
	}
	if (is_gimple_assign(def) && gimple_assign_load_p(def)) {
		tree key = mapping_key(gimple_assign_rhs1(def));

		if (!key || !kept_get(key, &k) || k.kind != KEPT_MAPPING)
			return -1;
		if (VAR_P(key) && DECL_INITIAL(key) && !integer_zerop(DECL_INITIAL(key)))
			return -1;	/* it starts out as something else */
		if (o->vmap == UNKNOWN_LOCATION) {
			o->vmap = k.made;
			o->key = key;
			o->kept = k.store;
		}
		return 1;
	}
	if (is_gimple_assign(def) && (gimple_assign_single_p(def) ||
				      CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
		return mapping_walk(gimple_assign_rhs1(def), o, seen, depth + 1);
	if (!is_gimple_call(def))
		return -1;
	e = kapi_lookup_call(def);
	if (e) {
		if (e->role != KAPI_VMAP || !always_putpages(def, e))
			return -1;
		if (o->vmap == UNKNOWN_LOCATION)
			o->vmap = fnctx_stmt_loc(def);
		return 1;
	}
	sum = summary_of_call(def);
	if (!sum || sum->ret_map == UNKNOWN_LOCATION)
		return -1;
	if (o->vmap == UNKNOWN_LOCATION) {
		o->vmap = sum->ret_map;
		o->helper = sum->name;
		o->call = fnctx_stmt_loc(def);
	}
	return 1;
}

bool putpages_mapping_of(tree v, struct map_origin *o)
{
	bitmap seen;
	int r;

	memset(o, 0, sizeof(*o));
	o->vmap = UNKNOWN_LOCATION;
	if (TREE_CODE(v) != SSA_NAME)
		return false;
	seen = BITMAP_ALLOC(NULL);
	r = mapping_walk(v, o, seen, 0);
	BITMAP_FREE(seen);
	return r > 0;
}

/* 1: managed (*K set, if not yet), 0: NULL or seen already, -1: other */
static int managed_walk(tree v, struct kept *k, bitmap seen, int depth)
{
	const struct kapi_entry *e;
	gimple *def;
	unsigned int i;
	int r = 0;

	if (TREE_CODE(v) == INTEGER_CST)
		return 0;
	if (TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v) || depth > MAP_DEPTH)
		return -1;
	if (!bitmap_set_bit(seen, SSA_NAME_VERSION(v)))
		return 0;
	def = SSA_NAME_DEF_STMT(v);
	if (gimple_code(def) == GIMPLE_PHI) {
		for (i = 0; i < gimple_phi_num_args(def); i++) {
			int a = managed_walk(gimple_phi_arg_def(def, i), k, seen, depth + 1);

			if (a < 0)
				return -1;
			r |= a;
		}
		return r;
	}
	if (is_gimple_assign(def) && !gimple_assign_load_p(def) &&
	    (gimple_assign_single_p(def) || CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
		return managed_walk(gimple_assign_rhs1(def), k, seen, depth + 1);
	if (!is_gimple_call(def))
		return -1;
	e = kapi_lookup_call(def);
	if (!e || e->role != KAPI_MANAGED_ALLOC)
		return -1;
	if (k->kind != KEPT_MANAGED) {
		k->kind = KEPT_MANAGED;
		k->made = fnctx_stmt_loc(def);
		k->api = vc_callee_name(def);
		k->owner = e->box;
	}
	return 1;
}

bool managed_alloc_of(tree v, struct kept *k)
{
	bitmap seen;
	int r;

	memset(k, 0, sizeof(*k));
	k->kind = KEPT_OTHER;
	if (TREE_CODE(v) != SSA_NAME)
		return false;
	seen = BITMAP_ALLOC(NULL);
	r = managed_walk(v, k, seen, 0);
	BITMAP_FREE(seen);
	return r > 0;
}

void kept_value(tree v, gimple *stmt, struct kept *k)
{
	struct map_origin m;

	if (putpages_mapping_of(v, &m)) {
		memset(k, 0, sizeof(*k));
		k->kind = KEPT_MAPPING;
		k->made = m.vmap;
	} else if (!managed_alloc_of(v, k)) {
		memset(k, 0, sizeof(*k));
		k->kind = KEPT_OTHER;
	}
	k->store = fnctx_stmt_loc(stmt);
}

/* Does NODE call vmap(), or a function that hands an array on to it? */
bool hands_over_any(struct cgraph_node *node)
{
	struct cgraph_edge *e;

	for (e = node->callees; e; e = e->next_callee) {
		tree decl = e->callee->decl;
		const struct kapi_entry *k;
		const struct fsum *sum;

		k = kapi_lookup(DECL_NAME(decl) ? IDENTIFIER_POINTER(DECL_NAME(decl)) : NULL);
		if (k && k->role == KAPI_VMAP)
			return true;
		sum = summary_get(decl, false);
		if (sum && (sum->sink_mask || sum->sink_val.n || sum->flagged.n ||
			    sum->sink_order.n))
			return true;
	}
	/* ops->fn() that the unit resolves (opstable.h) */
	for (e = node->indirect_calls; e; e = e->next_callee) {
		const struct fsum *sum = e->call_stmt ? summary_of_call(e->call_stmt) : NULL;

		if (sum && (sum->sink_mask || sum->sink_val.n || sum->flagged.n ||
			    sum->sink_order.n))
			return true;
	}
	return false;
}
