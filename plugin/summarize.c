// SPDX-License-Identifier: GPL-2.0
/*
 * summarize.c - what each function of the unit does with pages, for its
 * callers: one walk over each function, callees first.
 *
 * The summary (summary.h) says what a function returns, what it stores
 * into the memory its parameters point to, which parameters it splits,
 * which it hands over to vmap(), and which pages it is given it maps.  It
 * also records what the function puts into struct fields, globals and
 * containers.  Recursion is iterated to a fixed point, within a bound.
 */
#include "kapi.h"
#include "containers.h"
#include "memroot.h"
#include "sanitize.h"
#include "handover.h"
#include "summarize.h"

/*
 * Rounds over a unit with recursion before the summaries are taken as they
 * are: each round can only add what one more level of recursion shows.
 */
#define SUMMARY_ROUNDS 4

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
	    !kapi_is_page_ptr(TREE_TYPE(TREE_TYPE(lhs))))
		return;		/* only page arrays: struct page ** */
	key = pf_slot_key(lhs);
	if (!key)
		return;
	pf_root_of_ptr(rhs, &r, 0);
	if (r.kind != ROOT_CALL && r.kind != ROOT_DECL)
		return;
	pf_keep_bad(pf_eval_mem(&r, NULL, NULL, 0), rec->stmt, &bad);
	field_add(key, pf.fun->decl, &bad);
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
	if (e->many) {
		pf_root_of_ptr(page, &r, 0);
		if (r.kind == ROOT_NONE || r.kind == ROOT_CYCLE)
			return;
		in = pf_eval_mem(&r, call, NULL, 0);
	} else {
		in = pf_eval(page, 0);
	}
	pf_keep_bad(in, call, &bad);
	if (bad.n)
		field_add(key, pf.fun->decl, pf_shifted(&bad, SH_KEEP, call, STEP_BOX_PUT, e->name,
					  box_describe(key), true));
}

/*
 * Pages put into scatterlists, xarrays and lists.  Lists first: a page
 * taken off a list is often put into a scatterlist next.
 */
static void record_box_puts(void)
{
	VC_VEC(gimple *) *named = NULL;
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
				vec_safe_push(named, call);
			else
				record_box_put(call, e);
		}
	}
	for (i = 0; i < vec_safe_length(named); i++)
		record_box_put((*named)[i], kapi_lookup_call((*named)[i]));
	vec_free(named);
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

/* return X: what X is, and what the memory it points to holds */
static void summarize_return(struct fsum *sum, gimple *stmt)
{
	tree rv = gimple_return_retval(vc_as_return(stmt));
	struct map_origin m;
	struct root r;

	if (!rv)
		return;
	keep_for_caller(pf_eval(rv, 0), stmt, &sum->ret);
	if (!POINTER_TYPE_P(TREE_TYPE(rv)))
		return;
	if (sum->ret_map == UNKNOWN_LOCATION && putpages_mapping_of(rv, &m))
		sum->ret_map = m.vmap;
	if (TREE_CODE(rv) == SSA_NAME && gimple_code(SSA_NAME_DEF_STMT(rv)) == GIMPLE_PHI) {
		/* return pages; on one path, ERR_CAST(folio) on another: each array */
		gphi *phi = vc_as_phi(SSA_NAME_DEF_STMT(rv));
		unsigned int i;

		for (i = 0; i < gimple_phi_num_args(phi); i++) {
			pf_root_of_ptr(gimple_phi_arg_def(phi, i), &r, 0);
			if (r.kind == ROOT_CALL || r.kind == ROOT_DECL)
				keep_for_caller(pf_eval_mem(&r, stmt, NULL, 0), stmt, &sum->ret_mem);
		}
		return;
	}
	pf_root_of_ptr(rv, &r, 0);
	if (r.kind == ROOT_CALL || r.kind == ROOT_DECL)
		keep_for_caller(pf_eval_mem(&r, stmt, NULL, 0), stmt, &sum->ret_mem);
}

/* What an array of our own, handed over with flags parameter P, holds. */
static void add_flagged(struct fsum *sum, const struct factset *held, int p,
			const struct step *path)
{
	if (p < 0 || p >= SUM_MAXP || !held->n)
		return;
	keep_for_caller(held, NULL, &sum->flagged);
	sum->flagged_mask |= 1u << p;
	if (!sum->flagged_path)
		sum->flagged_path = path;
}

/* What of HELD has an order that is one of our parameters: our callers' call. */
static void add_order_sinks(struct fsum *sum, const struct factset *held, location_t flag_loc,
			    const struct step *path)
{
	int i;

	for (i = 0; i < held->n; i++) {
		const struct fact *f = &held->f[i];

		if (f->kind != PK_ANY_ORDER || !f->order_param)
			continue;
		keep_unsplit(f, NULL, &sum->sink_order);
		if (!sum->sink_order_path) {
			sum->sink_order_path = path;
			sum->sink_order_flag_loc = flag_loc;
		}
	}
}

/* vmap(param, ...) or map_pages(param, ...): the parameters handed over */
static void summarize_sinks(struct fsum *sum, gimple *stmt)
{
	struct sink sinks[SUM_MAXP];
	int n, i;

	n = sinks_of(stmt, sinks, SUM_MAXP);
	for (i = 0; i < n; i++) {
		const struct factset *held;
		bool copied = false;
		struct root r;
		int p;

		pf_root_of_ptr(gimple_call_arg(stmt, sinks[i].pages_arg), &r, 0);
		if (sinks[i].flags_param >= 0 && (r.kind == ROOT_CALL || r.kind == ROOT_DECL ||
						  r.kind == ROOT_FIELD)) {
			/* our own array, the caller's flags */
			add_flagged(sum, sinks[i].callee_fill_counts ? pf_eval_mem_through(&r, stmt, 0) :
				    pf_eval_mem(&r, stmt, NULL, 0), sinks[i].flags_param,
				    sinks[i].path ? sinks[i].path :
				    step_new(STEP_SINK, fnctx_stmt_loc(stmt), sum->name, NULL, NULL));
		}
		if (r.kind == ROOT_PARM) {
			p = summary_param_index(pf.fun->decl, r.decl);
		} else if (r.kind == ROOT_CALL || r.kind == ROOT_DECL) {
			/* our own array: which parameters' pages it holds */
			held = pf_eval_mem(&r, stmt, NULL, 0);
			p = copied_param(held);
			copied = true;
			if (sinks[i].flags_param == SINK_FLAGS_INSIDE)
				add_order_sinks(sum, held, sinks[i].flag_loc,
						sinks[i].path ? sinks[i].path :
						step_new(STEP_SINK, fnctx_stmt_loc(stmt),
							 sum->name, NULL, NULL));
			if (sinks[i].flags_param == SINK_FLAGS_INSIDE)
				add_value_sinks(sum, held, sinks[i].flag_loc,
						sinks[i].path ? sinks[i].path :
						step_new(STEP_SINK, fnctx_stmt_loc(stmt),
							 sum->name, "page", NULL));
		} else {
			continue;
		}
		if (p < 0 || p >= SUM_MAXP)
			continue;
		if (sum->sink_mask & (1u << p)) {
			/* handed over on more paths: only what they all say holds */
			guard_meet(&sum->sink_guard[p], &sinks[i].cond);
			/* the notes show the shortest way: its own vmap() */
			if (!sinks[i].path && !copied &&
			    sinks[i].flags_param == sum->sink_flags[p]) {
				sum->sink_flag_loc[p] = sinks[i].flag_loc;
				sum->sink_path[p] = step_new(STEP_SINK, fnctx_stmt_loc(stmt),
							     sum->name, NULL, NULL);
			}
			continue;
		}
		sum->sink_flags[p] = sinks[i].flags_param;
		sum->sink_flag_loc[p] = sinks[i].flag_loc;
		sum->sink_guard[p] = sinks[i].cond;
		guard_keep_params(&sum->sink_guard[p]);
		sum->sink_mask |= 1u << p;
		sum->sink_path[p] = sinks[i].path ? sinks[i].path :
			step_new(STEP_SINK, fnctx_stmt_loc(stmt), sum->name,
				 copied ? "pages" : NULL, NULL);
	}
}

static void summarize_vunmaps(struct fsum *sum, gimple *stmt)
{
	struct vunmap_use uses[SUM_MAXP];
	int n = vunmaps_of(stmt, uses, SUM_MAXP), i, p;

	for (i = 0; i < n; i++) {
		p = fnctx_param_of(uses[i].val, false);
		if (p < 0 || p >= SUM_MAXP || (sum->vunmap_mask & (1u << p)))
			continue;
		sum->vunmap_mask |= 1u << p;
		sum->vunmap_loc[p] = uses[i].loc;
	}
}

/* A call: what it splits, hands over or maps of our parameters. */
static void summarize_call(struct fsum *sum, gimple *stmt)
{
	const struct fsum *callee;

	/* split_page(param) */
	sum->split_mask |= split_params(stmt);

	/* vunmap(param), here, in a helper or in an action registered for later */
	summarize_vunmaps(sum, stmt);

	/* map_page_range(param, order): our parameter's pages */
	callee = summary_of_call(stmt);
	if (callee && callee->sink_val.n)
		add_value_sinks(sum, value_sink_facts(stmt, callee), callee->sink_val_flag_loc,
				pass_path(stmt, callee, callee->sink_val_path));

	/* grab_map(order) with our own order: our callers decide */
	if (callee && callee->sink_order.n)
		add_order_sinks(sum, pf_import(&callee->sink_order, stmt, STEP_PASS, 0),
				callee->sink_order_flag_loc,
				pass_path(stmt, callee, callee->sink_order_path));

	/* map_own(obj, flags) with our own flags: our callers decide */
	if (callee && callee->flagged.n) {
		struct guard cond;
		location_t loc;
		unsigned int ours, q;
		bool set;
		const struct factset *fs = flagged_facts(stmt, callee, &set, &loc, &cond, &ours);

		for (q = 0; fs && q < SUM_MAXP; q++)
			if (ours & (1u << q))
				add_flagged(sum, fs, q, pass_path(stmt, callee, callee->flagged_path));
	}

	summarize_sinks(sum, stmt);
}

/*
 * *out = pages, pages an array of our own: the caller's variable then
 * points to it (get_pages(&pages), or *ppages = kcalloc(...) and
 * (*ppages)[i] = ...), so what it holds at our end is handed back.
 */
static void summarize_out(struct fsum *sum, const struct store_rec *rec)
{
	tree lhs = gimple_assign_lhs(rec->stmt), rhs = gimple_assign_rhs1(rec->stmt);
	struct root r;
	int p;

	if (!POINTER_TYPE_P(TREE_TYPE(lhs)) || !kapi_is_page_ptr(TREE_TYPE(TREE_TYPE(lhs))) ||
	    TREE_CODE(lhs) != MEM_REF || !integer_zerop(TREE_OPERAND(lhs, 1)))
		return;
	p = summary_param_index(pf.fun->decl, rec->root.decl);
	if (p < 0 || (sum->out_arg && sum->out_arg != p + 1))
		return;
	pf_root_of_ptr(rhs, &r, 0);
	if (r.kind != ROOT_CALL)
		return;
	sum->out_arg = p + 1;
	keep_for_caller(pf_eval_mem(&r, NULL, NULL, 0), NULL, &sum->out_mem);
}

/*
 * *obj = tmp: the page arrays embedded in the struct are copied with it;
 * every function reading obj->pages[] of that type sees what TMP held.
 */
static void publish_struct_copy(const struct store_rec *rec)
{
	tree type, field;
	struct factset bad;

	if (rec->kind != SR_COPY || !is_gimple_assign(rec->stmt))
		return;
	type = TREE_TYPE(gimple_assign_lhs(rec->stmt));
	if (TREE_CODE(type) != RECORD_TYPE)
		return;
	for (field = TYPE_FIELDS(type); field; field = DECL_CHAIN(field)) {
		tree ft = TREE_TYPE(field);

		if (TREE_CODE(field) != FIELD_DECL || TREE_CODE(ft) != ARRAY_TYPE ||
		    !kapi_is_page_ptr(TREE_TYPE(ft)))
			continue;
		pf_keep_bad(pf_eval_mem(&rec->src, rec->stmt, rec->stmt, 0), rec->stmt, &bad);
		field_add(field, pf.fun->decl,
			  pf_shifted(&bad, SH_KEEP, rec->stmt, STEP_COPY, NULL, NULL, true));
	}
}

/* field = vmap(..., VM_MAP_PUT_PAGES, ...), devm_kcalloc(), or something else */
static void note_kept_store(gimple *stmt)
{
	tree key = mapping_key(gimple_assign_lhs(stmt)), rhs = gimple_assign_rhs1(stmt);
	struct kept k;

	if (!key || integer_zerop(rhs))
		return;
	kept_value(rhs, stmt, &k);
	kept_add(key, &k);
}

/* What it stores into *param, and into struct fields and globals. */
static void summarize_stores(struct fsum *sum)
{
	unsigned int j;
	int i;

	for (j = 0; j < vec_safe_length(pf.stores); j++) {
		const struct store_rec *rec = &(*pf.stores)[j];
		const struct factset *fs;

		if (rec->kind == SR_ASSIGN)
			note_kept_store(rec->stmt);
		if (rec->root.kind == ROOT_PARM) {
			int p = summary_param_index(pf.fun->decl, rec->root.decl);

			if (p < 0)
				continue;
			if (rec->kind == SR_ASSIGN)
				summarize_out(sum, rec);
			fs = pf_store_facts(rec, 0);
			for (i = 0; i < fs->n; i++) {
				const struct fact *f = &fs->f[i];

				if (f->kind == PK_PARAM && f->mem && f->param == p)
					continue;	/* what was there already */
				keep_unsplit(f, NULL, &sum->fill[p]);
			}
		} else if (rec->root.kind == ROOT_FIELD) {
			struct factset bad;

			pf_keep_bad(pf_store_facts(rec, 0), rec->stmt, &bad);
			field_add(rec->root.decl, pf.fun->decl, &bad);
		}
		publish(rec);
		publish_struct_copy(rec);
	}
}

/* The summary of the function of pf. */
static void summarize_function(struct fsum *sum)
{
	tree fndecl = pf.fun->decl;
	tree rtype = TREE_TYPE(TREE_TYPE(fndecl));
	bool want_ret = POINTER_TYPE_P(rtype) ||
			(INTEGRAL_TYPE_P(rtype) && TYPE_PRECISION(rtype) == POINTER_SIZE);
	basic_block bb;

	summary_init(sum, fndecl);
	if (!pf.stores_built)
		pf_build_stores();
	/* first: what the function's own containers hold is read below */
	record_box_puts();

	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (gimple_code(stmt) == GIMPLE_RETURN && want_ret)
				summarize_return(sum, stmt);
			else if (is_gimple_call(stmt))
				summarize_call(sum, stmt);
		}
	}
	summarize_stores(sum);
	if (pf.budget < 0)
		summary_init(sum, fndecl);	/* gave up: claim nothing */
}

/* Does any function call itself, or a function summarized after it? */
static bool has_recursion(struct cgraph_node **order, int n)
{
	bool found = false;
	int i;

	for (i = 0; i < n; i++)
		order[i]->aux = (void *)(intptr_t)(i + 1);
	for (i = 0; i < n && !found; i++) {
		struct cgraph_edge *e;

		for (e = order[i]->callees; e; e = e->next_callee) {
			struct cgraph_node *callee = e->callee->ultimate_alias_target();

			if (callee->aux && (intptr_t)callee->aux > i) {
				found = true;
				break;
			}
		}
		/* ops->fn() resolved to a function summarized later: rounds as for recursion */
		for (e = order[i]->indirect_calls; e && !found; e = e->next_callee) {
			tree t = e->call_stmt ? ops_call_target(e->call_stmt) : NULL_TREE;
			struct cgraph_node *callee = t ? cgraph_node::get(t) : NULL;

			if (callee && callee->aux && (intptr_t)callee->aux > i)
				found = true;
		}
	}
	for (i = 0; i < n; i++)
		order[i]->aux = NULL;
	return found;
}

/* Summarize every function; iterate while recursion changes summaries. */
void summarize_all(struct cgraph_node **order, int n)
{
	bool recursion = has_recursion(order, n);
	int iter, i;

	for (iter = 0; iter < SUMMARY_ROUNDS; iter++) {
		bool changed = false;

		field_round_begin();
		for (i = 0; i < n; i++) {
			function *fun = fnctx_analysable(order[i]);
			struct fsum tmp;

			if (!fun)
				continue;
			push_cfun(fun);
			fnctx_begin(fun);
			summarize_function(&tmp);
			fnctx_end();
			pop_cfun();
			if (summary_store(fun->decl, &tmp))
				changed = true;
		}
		/*
		 * Again while recursion changes summaries, or while struct
		 * fields learnt something a function summarized earlier in the
		 * round may have read (it is rare: only bad pages are kept).
		 */
		if ((!changed || !recursion) && !field_round_stale())
			break;
	}
}

