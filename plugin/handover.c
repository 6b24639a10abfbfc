// SPDX-License-Identifier: GPL-2.0
/*
 * handover.c - the calls that hand pages to vmap() with VM_MAP_PUT_PAGES.
 */
#include "kapi.h"
#include "kconst.h"
#include "valueset.h"
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
	return false;
}
