// SPDX-License-Identifier: GPL-2.0
/*
 * sinks.c - the check at vmap(), and what a function tells its callers.
 *
 * A sink is a call that hands a page array to vmap() with VM_MAP_PUT_PAGES:
 * vmap() itself, or a function whose summary says it passes its argument on
 * to one.  The facts about the array's memory at the sink, minus what
 * split_page() made safe, are the findings.  The same walk, with parameters
 * as symbolic facts, gives the function's summary for its callers.
 */
#include "pageflow.h"

/* ---- sanitizers ------------------------------------------------------ */

/* The arguments a call splits: split_page(p), or a helper that does. */
static unsigned int split_mask_of(gimple *call)
{
	const struct kapi_entry *e = kapi_lookup_call(call);
	const struct fsum *sum;

	if (e)
		return e->role == KAPI_SPLIT ? 1u << e->a : 0;
	sum = pf_callee_summary(call);
	return sum ? sum->split_mask : 0;
}

static void build_splits(void)
{
	basic_block bb;
	int cap = 0;

	pf.splits_built = true;
	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			unsigned int mask;

			if (!is_gimple_call(stmt))
				continue;
			mask = split_mask_of(stmt);
			if (!mask)
				continue;
			if (pf.nsplits == cap) {
				cap = cap ? 2 * cap : 4;
				pf.splits = XRESIZEVEC(struct split_rec, pf.splits, cap);
			}
			pf.splits[pf.nsplits].stmt = stmt;
			pf.splits[pf.nsplits].mask = mask;
			pf.nsplits++;
		}
	}
}

/* Was ORIGIN passed to split_page() (here or in a callee) before AT? */
bool pf_split_before(const gimple *origin, gimple *at)
{
	int s, i;
	unsigned int k;

	if (!pf.splits_built)
		build_splits();
	for (s = 0; s < pf.nsplits; s++) {
		gimple *stmt = pf.splits[s].stmt;

		if (at && !pf_reaches(stmt, at))
			continue;
		for (k = 0; k < gimple_call_num_args(stmt) && k < SUM_MAXP; k++) {
			const struct factset *fs;

			if (!(pf.splits[s].mask & (1u << k)))
				continue;
			fs = pf_eval(gimple_call_arg(stmt, k), 0);
			for (i = 0; i < fs->n; i++)
				if (fs->f[i].kind != PK_PARAM && fs->f[i].origin == origin)
					return true;
		}
	}
	return false;
}

/*
 * Did a split_page() before AT (anywhere in the function if AT is NULL)
 * turn the allocation of F into order-0 pages?
 */
static bool split_away(const struct fact *f, gimple *at)
{
	/* split_page() of a compound page is itself a bug: it stays compound */
	return (f->kind == PK_UNSPLIT || (f->kind == PK_ANY_ORDER && !f->comp)) &&
	       pf_split_before(f->origin, at);
}

/* Drop what cannot hurt at AT: symbolic facts, and split allocations. */
void pf_keep_bad(const struct factset *in, gimple *at, struct factset *out)
{
	int i;

	out->n = 0;
	for (i = 0; i < in->n; i++)
		if (in->f[i].kind != PK_PARAM && !split_away(&in->f[i], at))
			factset_add(out, &in->f[i]);
}

/* ---- summaries ------------------------------------------------------- */

static int param_of(tree t)
{
	while (TREE_CODE(t) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF(t)) {
		gimple *def = SSA_NAME_DEF_STMT(t);

		if (!is_gimple_assign(def))
			return -1;
		if (gimple_assign_rhs_code(def) == BIT_IOR_EXPR &&
		    TREE_CODE(gimple_assign_rhs2(def)) == INTEGER_CST) {
			t = gimple_assign_rhs1(def);	/* flags | VM_MAP */
			continue;
		}
		if (!(gimple_assign_single_p(def) ||
		      CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
			return -1;
		t = gimple_assign_rhs1(def);
	}
	if (TREE_CODE(t) != SSA_NAME || !SSA_NAME_VAR(t) ||
	    TREE_CODE(SSA_NAME_VAR(t)) != PARM_DECL)
		return -1;
	return summary_param_index(pf.fun->decl, SSA_NAME_VAR(t));
}

/* Keep facts that mean something to a caller, minus split allocations. */
static void keep_for_caller(const struct factset *in, gimple *at, struct factset *out)
{
	int i;

	for (i = 0; i < in->n; i++)
		if (!split_away(&in->f[i], at))
			factset_add(out, &in->f[i]);
}

/*
 * A call that hands an array to vmap() with VM_MAP_PUT_PAGES: vmap itself,
 * or a function whose summary does.  Fills one struct sink per array
 * argument and returns how many; -1 for a vmap() whose flags are only
 * known as our parameter (flags_param), 0 if the flag is not set.
 */
struct sink {
	int pages_arg;
	location_t flag_loc;
	int flags_param;	/* sink in a summary: flags from this param */
	const struct step *path;
};

static int sinks_of(gimple *call, struct sink *out, int max)
{
	const struct kapi_entry *e = kapi_lookup_call(call);
	const struct fsum *sum;
	vc_uhwi bit = kconst_get(KCONST_VM_MAP_PUT_PAGES);
	struct vset flags;
	int n = 0, j;

	if (e) {
		if (e->role != KAPI_VMAP)
			return 0;
		out[0].pages_arg = e->a;
		out[0].path = NULL;
		out[0].flag_loc = UNKNOWN_LOCATION;
		out[0].flags_param = -2;
		vset_eval(gimple_call_arg(call, e->b), &flags);
		if (vset_some_bit_set(&flags, bit, &out[0].flag_loc))
			return 1;
		out[0].flags_param = param_of(gimple_call_arg(call, e->b));
		return out[0].flags_param >= 0 ? -1 : 0;
	}
	sum = pf_callee_summary(call);
	if (!sum || !sum->sink_mask)
		return 0;
	for (j = 0; j < SUM_MAXP && n < max; j++) {
		int fp;

		if (!(sum->sink_mask & (1u << j)) ||
		    (unsigned int)j >= gimple_call_num_args(call))
			continue;
		out[n].pages_arg = j;
		out[n].path = pf_step_new(STEP_PASS, pf_stmt_loc(call), pf_fn_name(sum->decl),
				       NULL, sum->sink_path[j]);
		out[n].flags_param = -2;
		out[n].flag_loc = sum->sink_flag_loc[j];
		fp = sum->sink_flags[j];
		if (fp == -1) {
			n++;
			continue;
		}
		if (fp < 0 || (unsigned int)fp >= gimple_call_num_args(call))
			continue;
		vset_eval(gimple_call_arg(call, fp), &flags);
		if (vset_some_bit_set(&flags, bit, &out[n].flag_loc)) {
			n++;
			continue;
		}
		/* still unknown here: maybe our own caller sets it */
		out[n].flags_param = param_of(gimple_call_arg(call, fp));
		if (out[n].flags_param >= 0) {
			out[n].flag_loc = UNKNOWN_LOCATION;
			n++;
		}
	}
	return n;
}

/* Which of our parameters a call splits: split_page(p) or split_helper(p). */
static unsigned int split_params(gimple *call)
{
	unsigned int mask = 0, split = split_mask_of(call), k;
	int i;

	for (k = 0; split && k < gimple_call_num_args(call) && k < SUM_MAXP; k++) {
		const struct factset *fs;

		if (!(split & (1u << k)))
			continue;
		fs = pf_eval(gimple_call_arg(call, k), 0);
		for (i = 0; i < fs->n; i++)
			if (fs->f[i].kind == PK_PARAM && !fs->f[i].mem &&
			    (fs->f[i].off == OFF_ZERO || fs->f[i].to_head))
				mask |= 1u << fs->f[i].param;
	}
	return mask;
}

/*
 * obj->pages = pages, or a global = pages: the array this function filled
 * becomes what every function loading that field or global sees.
 */
static void publish(const struct store_rec *rec)
{
	tree lhs, rhs, key;
	struct root r;
	struct factset bad;

	if (rec->kind != SR_ASSIGN)
		return;
	lhs = gimple_assign_lhs(rec->stmt);
	rhs = gimple_assign_rhs1(rec->stmt);
	if (!POINTER_TYPE_P(TREE_TYPE(lhs)) ||
	    !pf_is_page_ptr(TREE_TYPE(TREE_TYPE(lhs))))
		return;		/* only page arrays: struct page ** */
	key = pf_slot_key(lhs);
	if (!key)
		return;
	pf_root_of_ptr(rhs, &r, 0);
	if (r.kind != ROOT_CALL && r.kind != ROOT_DECL)
		return;
	pf_keep_bad(pf_eval_mem(&r, NULL, NULL, 0), rec->stmt, &bad);
	field_add(key, &bad);
}

/*
 * The array a vmap() gets is our own (local or allocated here) but holds
 * the pages of the array a parameter points to, page for page or converted
 * (pagelist[i] = virt_to_page(pages[i]), as PMU drivers' setup_aux() do):
 * that parameter's pages reach vmap().  FS is what the array holds; the
 * parameter's number, or -1.
 */
static int copied_param(const struct factset *fs)
{
	int i;

	for (i = 0; i < fs->n; i++)
		if (fs->f[i].kind == PK_PARAM && fs->f[i].mem && !fs->f[i].to_head)
			return fs->f[i].param;
	return -1;
}

/* What a BOX_PUT call puts into its container (containers.c), kept there. */
static void record_box_put(gimple *call, const struct kapi_entry *e)
{
	const struct factset *in;
	struct factset bad;
	tree key, page;
	struct root r;

	key = box_put_key(call, e, &page);
	if (!key)
		return;
	if (e->c) {
		pf_root_of_ptr(page, &r, 0);
		if (r.kind == ROOT_NONE || r.kind == ROOT_CYCLE)
			return;
		in = pf_eval_mem(&r, call, NULL, 0);
	} else {
		in = pf_eval(page, 0);
	}
	pf_keep_bad(in, call, &bad);
	if (bad.n)
		field_add(key, pf_shifted(&bad, SH_KEEP, call, STEP_BOX_PUT, e->name,
					  box_describe(key), true));
}

/*
 * Pages put into scatterlists, xarrays and lists.  Lists first: a page
 * taken off a list is often put into a scatterlist next.
 */
static void record_box_puts(void)
{
	auto_vec<gimple *, 8> named;
	basic_block bb;
	unsigned int i;
	gimple *call;

	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			const struct kapi_entry *e;

			call = gsi_stmt(gsi);
			if (!is_gimple_call(call))
				continue;
			e = kapi_lookup_call(call);
			if (!e || e->role != KAPI_BOX_PUT)
				continue;
			if (e->box)
				named.safe_push(call);
			else
				record_box_put(call, e);
		}
	}
	FOR_EACH_VEC_ELT(named, i, call)
		record_box_put(call, kapi_lookup_call(call));
}

/* Keep the facts of IN about our own parameters' pages as value sinks. */
static void add_value_sinks(struct fsum *sum, const struct factset *in,
			    location_t flag_loc, const struct step *path)
{
	int i;

	for (i = 0; i < in->n; i++) {
		const struct fact *f = &in->f[i];

		if (f->kind != PK_PARAM || f->mem || f->param >= SUM_MAXP)
			continue;
		factset_add(&sum->sink_val, f);
		if (!sum->sink_val_path) {
			sum->sink_val_path = path;
			sum->sink_val_flag_loc = flag_loc;
		}
	}
}

/*
 * A call of a function that maps the pages it is given: what this function
 * hands it, as facts of this function (split parameters left out).
 */
static const struct factset *value_sink_facts(gimple *call, const struct fsum *callee)
{
	struct factset *in = pf_fs_new();
	int i;

	for (i = 0; i < callee->sink_val.n; i++)
		if (!(callee->split_mask & (1u << callee->sink_val.f[i].param)))
			factset_add(in, &callee->sink_val.f[i]);
	return in->n ? pf_import(in, call, STEP_PASS, 0) : &pf_empty_set;
}

static const struct step *value_sink_path(gimple *call, const struct fsum *callee)
{
	return pf_step_new(STEP_PASS, pf_stmt_loc(call), pf_fn_name(callee->decl), NULL,
			   callee->sink_val_path);
}

void pageflow_summarize(struct fsum *sum)
{
	tree fndecl = pf.fun->decl;
	tree rtype = TREE_TYPE(TREE_TYPE(fndecl));
	bool want_ret = POINTER_TYPE_P(rtype) ||
			(INTEGRAL_TYPE_P(rtype) && TYPE_PRECISION(rtype) == POINTER_SIZE);
	basic_block bb;
	int i, j;

	memset(sum, 0, sizeof(*sum));
	sum->decl = fndecl;
	for (i = 0; i < SUM_MAXP; i++)
		sum->sink_flags[i] = -2;
	if (!pf.stores_built)
		pf_build_stores();
	record_box_puts();

	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct sink sinks[SUM_MAXP];
			const struct fsum *callee;
			int n;

			if (gimple_code(stmt) == GIMPLE_RETURN && want_ret) {
				tree rv = gimple_return_retval(vc_as_return(stmt));
				struct root r;

				if (!rv)
					continue;
				keep_for_caller(pf_eval(rv, 0), stmt, &sum->ret);
				if (!POINTER_TYPE_P(TREE_TYPE(rv)))
					continue;
				pf_root_of_ptr(rv, &r, 0);
				if (r.kind == ROOT_CALL || r.kind == ROOT_DECL)
					keep_for_caller(pf_eval_mem(&r, stmt, NULL, 0), stmt,
							&sum->ret_mem);
				continue;
			}
			if (!is_gimple_call(stmt))
				continue;

			/* split_page(param) */
			sum->split_mask |= split_params(stmt);

			/* map_page_range(param, order): our parameter's pages */
			callee = pf_callee_summary(stmt);
			if (callee && callee->sink_val.n)
				add_value_sinks(sum, value_sink_facts(stmt, callee),
						callee->sink_val_flag_loc,
						value_sink_path(stmt, callee));

			/* vmap(param, ...) or map_pages(param, ...) */
			n = sinks_of(stmt, sinks, SUM_MAXP);
			if (n < 0)
				n = 1;
			for (i = 0; i < n; i++) {
				const struct factset *held;
				bool copied = false;
				struct root r;
				int p;

				pf_root_of_ptr(gimple_call_arg(stmt, sinks[i].pages_arg), &r, 0);
				if (r.kind == ROOT_PARM) {
					p = summary_param_index(fndecl, r.decl);
				} else if (r.kind == ROOT_CALL || r.kind == ROOT_DECL) {
					/* our own array: which parameters' pages it holds */
					held = pf_eval_mem(&r, stmt, NULL, 0);
					p = copied_param(held);
					copied = true;
					if (sinks[i].flags_param == -2)
						add_value_sinks(sum, held, sinks[i].flag_loc,
								sinks[i].path ? sinks[i].path :
								pf_step_new(STEP_SINK, pf_stmt_loc(stmt),
									    pf_fn_name(fndecl), "page", NULL));
				} else {
					continue;
				}
				if (p < 0 || p >= SUM_MAXP || (sum->sink_mask & (1u << p)))
					continue;
				if (sinks[i].flags_param == -2 || sinks[i].flag_loc != UNKNOWN_LOCATION)
					sum->sink_flags[p] = -1;
				else
					sum->sink_flags[p] = sinks[i].flags_param;
				sum->sink_flag_loc[p] = sinks[i].flag_loc;
				sum->sink_mask |= 1u << p;
				sum->sink_path[p] = sinks[i].path ? sinks[i].path :
					pf_step_new(STEP_SINK, pf_stmt_loc(stmt), pf_fn_name(fndecl),
						 copied ? "pages" : NULL, NULL);
			}
		}
	}

	/* what it stores into *param, and into struct fields / globals */
	for (j = 0; j < pf.nstores; j++) {
		const struct store_rec *rec = &pf.stores[j];
		const struct factset *fs;

		if (rec->root.kind == ROOT_PARM) {
			int p = summary_param_index(fndecl, rec->root.decl);

			if (p < 0)
				continue;
			fs = pf_store_facts(rec, 0);
			for (i = 0; i < fs->n; i++) {
				const struct fact *f = &fs->f[i];

				if (f->kind == PK_PARAM && f->mem && f->param == p)
					continue;	/* what was there already */
				if (split_away(f, NULL))
					continue;
				factset_add(&sum->fill[p], f);
			}
		} else if (rec->root.kind == ROOT_FIELD) {
			struct factset bad;

			pf_keep_bad(pf_store_facts(rec, 0), rec->stmt, &bad);
			field_add(rec->root.decl, &bad);
		}
		publish(rec);
	}
	if (pf.budget < 0)
		memset(sum, 0, sizeof(*sum));	/* gave up: claim nothing */
	sum->decl = fndecl;
}

/* ---- the check at vmap() --------------------------------------------- */

/*
 * Is F a finding at the level asked for?  A run-time order is only a
 * definite bug once a page past the first is mapped: then the allocation
 * has more than one page, so its order is not 0.
 */
static bool vc_reportable(const struct fact *f)
{
	if (f->kind == PK_ANY_ORDER && !f->moved)
		return vc_level >= LEVEL_POSSIBLE;
	return true;
}

/* Which finding to report when a vmap() gets several: the surest, worst. */
static int severity(const struct fact *f)
{
	switch (f->kind) {
	case PK_COMPOUND:
		return f->off == OFF_ZERO ? 7 : 8;
	case PK_UNSPLIT:
		return 6;
	case PK_SLAB:
		return 5;
	case PK_ANY_ORDER:
		return f->moved ? 5 : 4;
	case PK_CACHE:
		return 3;
	case PK_GUP:
	case PK_FRAG:
		return 2;
	default:
		return 1;
	}
}

/*
 * One warning per allocation and vmap() call: a helper chain in which every
 * link stores another page of the same allocation is one bug, reported at
 * the first (innermost) place found.
 */
static struct reported {
	const gimple *origin;
	location_t vmap_loc;
} *reported;
static int nreported, capreported;

static bool first_report(const struct fact *f, gimple *call, const struct step *path)
{
	location_t vmap_loc = gimple_location(call);
	int i;

	for (; path; path = path->prev)
		vmap_loc = path->loc;	/* the innermost step is the vmap() */
	for (i = 0; i < nreported; i++)
		if (reported[i].origin == f->origin && reported[i].vmap_loc == vmap_loc)
			return false;
	if (nreported == capreported) {
		capreported = capreported ? 2 * capreported : 16;
		reported = XRESIZEVEC(struct reported, reported, capreported);
	}
	reported[nreported].origin = f->origin;
	reported[nreported].vmap_loc = vmap_loc;
	nreported++;
	return true;
}

void pageflow_reset_reports(void)
{
	XDELETEVEC(reported);
	reported = NULL;
	nreported = capreported = 0;
}

/* Report the worst of what reaches a vmap() at CALL, once. */
static void report_worst(gimple *call, const struct factset *fs, location_t flag_loc,
			 const struct step *path)
{
	const struct fact *worst = NULL;
	struct factset bad;
	int j;

	if (pf.budget < 0) {
		/* gave up: say nothing rather than guess */
		if (vc_verbose)
			inform(vc_user_location(gimple_location(call)),
			       "vmapcheck: analysis budget exhausted here; not checked");
		return;
	}
	pf_keep_bad(fs, call, &bad);
	for (j = 0; j < bad.n; j++)
		if (!vc_reportable(&bad.f[j]))
			continue;
		else if (!worst || severity(&bad.f[j]) > severity(worst))
			worst = &bad.f[j];
	if (vc_verbose)
		inform(vc_user_location(gimple_location(call)),
		       "vmapcheck: %qs hands %d bad page source(s) to %<vmap%>",
		       vc_callee_name(call), bad.n);
	if (worst && first_report(worst, call, path))
		report_bad_vmap(call, worst, flag_loc, path);
}

static void check_call(gimple *call)
{
	struct sink sinks[SUM_MAXP];
	const struct fsum *callee;
	int n, i;

	n = sinks_of(call, sinks, SUM_MAXP);
	for (i = 0; i < n; i++) {
		const struct factset *fs;
		struct root r;

		if (sinks[i].flags_param >= 0 && sinks[i].flag_loc == UNKNOWN_LOCATION &&
		    sinks[i].path)
			continue;	/* flags only known in our caller */
		pf.budget = PF_BUDGET;
		pf_root_of_ptr(gimple_call_arg(call, sinks[i].pages_arg), &r, 0);
		if (r.kind == ROOT_NONE || r.kind == ROOT_CYCLE)
			continue;
		/* a callee's own stores were reported in the callee */
		fs = pf_eval_mem(&r, call, sinks[i].path ? call : NULL, 0);
		report_worst(call, fs, sinks[i].flag_loc, sinks[i].path);
	}

	/* a helper that maps the pages it is given */
	callee = pf_callee_summary(call);
	if (callee && callee->sink_val.n) {
		pf.budget = PF_BUDGET;
		report_worst(call, value_sink_facts(call, callee), callee->sink_val_flag_loc,
			     value_sink_path(call, callee));
	}
}

void pageflow_check_sinks(void)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi))
			if (is_gimple_call(gsi_stmt(gsi)))
				check_call(gsi_stmt(gsi));
	}
}
