// SPDX-License-Identifier: GPL-2.0
/*
 * check_coverage.c - where the analysis is blind (a survey, not a check
 * that warns): -fplugin-arg-vmapcheck-coverage.
 *
 * A clean survey means nothing if the page array's allocator, or the
 * function that made its pages, is one the plugin does not know: on Linux
 * 7.2's headers the plugin of 2026-11-30 found 1 of 25 seeded bugs without
 * a word, because an allocator had a new spelling.  So for every vmap()
 * call that may hand its array over (VM_MAP_PUT_PAGES set here, or by a
 * caller through a parameter), this asks whether the array and each page
 * stored into it can be followed to where they come from: an API of the
 * table (kapi.c), a function of this unit (its summary), the caller (a
 * parameter), memory the engine reads (a field, a global, a load).  The
 * first call or construct it cannot follow is named.  Per unit, on stderr:
 *
 *   vmapcheck-coverage: UNIT: N vmap() with VM_MAP_PUT_PAGES, M followed
 *   vmapcheck-coverage: FILE:LINE: not followed: REASON
 *
 * (scripts/check-kernel.sh sums them over a survey).
 */
#include "kapi.h"
#include "memroot.h"
#include "pageflow.h"
#include "handover.h"
#include "linkfacts.h"
#include "check.h"

static bool enabled;
static unsigned int seen, followed;

static int coverage_option(const char *plugin, const char *key, const char *value)
{
	if (strcmp(key, "coverage"))
		return 0;
	if (value) {
		error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> takes no value (got %qs)"),
		      plugin, key, value);
		return -1;
	}
	enabled = true;
	return 1;
}

/*
 * Why CALL's result cannot be followed, into BUF; NULL if it can.  CALL may
 * be the PHI of alloc_hooks() (7.x) that joins two calls (memroot.c): each.
 */
static const char *call_stopper(const gimple *call, const char *what, char *buf, size_t len)
{
	const char *key;
	unsigned int i;

	if (gimple_code(call) == GIMPLE_PHI) {
		for (i = 0; i < gimple_phi_num_args((gimple *)call); i++) {
			tree a = gimple_phi_arg_def((gimple *)call, i);
			const char *r;

			if (TREE_CODE(a) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(a) ||
			    !is_gimple_call(SSA_NAME_DEF_STMT(a)))
				continue;
			r = call_stopper(SSA_NAME_DEF_STMT(a), what, buf, len);
			if (r)
				return r;
		}
		return NULL;
	}
	if (!is_gimple_call(call))
		return NULL;
	if (pf_call_known(call))
		return NULL;
	key = lf_callee_key(call);
	if (key && !strncmp(key, "field:", 6))
		snprintf(buf, len, "%s from a call through field %s (vmapcheck-link follows the functions stored there)",
			 what, key + 6);
	else if (vc_callee_name(call))
		snprintf(buf, len, "%s from '%s', which the API table does not know and this unit does not define (vmapcheck-link follows it if the build does)",
			 what, vc_callee_name(call));
	else
		snprintf(buf, len, "%s from an indirect call", what);
	return buf;
}

/* Why the page V cannot be followed to its origin; NULL if it can. */
static const char *page_stopper(tree v, int depth, char *buf, size_t len)
{
	gimple *def;
	unsigned int i;

	if (depth > 24 || TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v))
		return NULL;	/* a constant, an address, or the caller's */
	def = SSA_NAME_DEF_STMT(v);
	if (gimple_code(def) == GIMPLE_PHI) {
		for (i = 0; i < gimple_phi_num_args(def); i++) {
			const char *r = page_stopper(gimple_phi_arg_def(def, i), depth + 1, buf, len);

			if (r)
				return r;
		}
		return NULL;
	}
	if (is_gimple_call(def))
		return call_stopper(def, "a page", buf, len);
	if (gimple_code(def) == GIMPLE_ASM) {
		snprintf(buf, len, "a page from an asm statement");
		return buf;
	}
	if (!is_gimple_assign(def) || gimple_assign_load_p(def))
		return NULL;	/* a load: memory the engine follows */
	/* a copy, cast or offset of another value: its origin */
	return page_stopper(gimple_assign_rhs1(def), depth + 1, buf, len);
}

/*
 * Is the array R given to a function this unit summarized?  Its stores were
 * followed there: a helper that fills it with independent order-0 pages
 * leaves no store record (nothing to tell of them), yet nothing is unknown.
 */
static bool given_to_summarized(const struct root *r)
{
	VC_VEC(gimple *) *calls = pf_calls();
	unsigned int i, j;
	struct root a;

	for (i = 0; i < vec_safe_length(calls); i++) {
		gimple *c = (*calls)[i];

		if (!summary_of_call(c))
			continue;
		for (j = 0; j < gimple_call_num_args(c); j++) {
			pf_root_of_ptr(gimple_call_arg(c, j), &a, 0);
			if (pf_root_eq(&a, r))
				return true;
		}
	}
	return false;
}

/* Why the array handed over at CALL (argument ARG) cannot be followed; NULL if it can. */
static const char *array_stopper(gimple *call, int arg, char *buf, size_t len)
{
	struct store_rec *rec;
	struct root r;
	unsigned int i, nstores = 0;
	const char *why;

	pf.budget = PF_BUDGET;
	pf_root_of_ptr(gimple_call_arg(call, arg), &r, 0);
	if (r.kind == ROOT_NONE || r.kind == ROOT_CYCLE) {
		snprintf(buf, len, "the array pointer (where it points is not known)");
		return buf;
	}
	if (r.kind == ROOT_CALL && r.out < 0) {
		why = call_stopper(r.call, "the array", buf, len);
		if (why)
			return why;
	}
	if (!pf.stores_built)
		pf_build_stores();
	FOR_EACH_VEC_SAFE_ELT(pf.stores, i, rec) {
		if (!pf_root_eq(&rec->root, &r))
			continue;
		nstores++;
		if (rec->kind == SR_EXTFILL) {
			snprintf(buf, len, "the pages '%s' stores into the array, which this unit does not define (vmapcheck-link follows it if the build does)",
				 vc_callee_name(rec->stmt) ? vc_callee_name(rec->stmt) : "?");
			return buf;
		}
		if (rec->kind == SR_ASSIGN) {
			why = page_stopper(gimple_assign_rhs1(rec->stmt), 0, buf, len);
			if (why)
				return why;
		}
	}
	/* an array of our own that nothing here fills: filled where we cannot see */
	if (!nstores && (r.kind == ROOT_CALL || (r.kind == ROOT_DECL && !is_global_var(r.decl))) &&
	    !given_to_summarized(&r)) {
		snprintf(buf, len, "the array: no store into it seen in '%s'",
			 vc_fn_name(current_function_decl));
		return buf;
	}
	return NULL;
}

static void coverage_run(void)
{
	VC_VEC(gimple *) *calls = pf_calls();
	unsigned int i;

	for (i = 0; i < vec_safe_length(calls); i++) {
		gimple *call = (*calls)[i];
		const struct kapi_entry *e = kapi_lookup_call(call);
		struct sink s[SUM_MAXP];
		expanded_location x;
		const char *why;
		char buf[512];

		if (!e || e->role != KAPI_VMAP || !sinks_of(call, s, SUM_MAXP))
			continue;
		seen++;
		why = array_stopper(call, e->arg, buf, sizeof(buf));
		if (!why) {
			followed++;
			continue;
		}
		x = expand_location(vc_user_location(fnctx_stmt_loc(call)));
		fprintf(stderr, "vmapcheck-coverage: %s:%d: not followed: %s\n",
			x.file ? x.file : "?", x.line, why);
	}
}

static bool coverage_wants(struct cgraph_node *node)
{
	return enabled && hands_over_any(node);
}

static void coverage_unit_end(struct cgraph_node **order, int n)
{
	(void)order;
	(void)n;
	if (enabled)
		fprintf(stderr, "vmapcheck-coverage: %s: %u vmap() with VM_MAP_PUT_PAGES, %u followed\n",
			main_input_filename ? main_input_filename : "?", seen, followed);
	seen = followed = 0;
}

const struct vc_check check_coverage = {
	"coverage",
	"with -fplugin-arg-vmapcheck-coverage: which vmap() calls were followed to their pages' origins",
	coverage_option,
	coverage_wants,
	coverage_run,
	coverage_unit_end,
};
