// SPDX-License-Identifier: GPL-2.0
/*
 * check_putpages.c - pages that vfree() cannot free, handed to
 * vmap(..., VM_MAP_PUT_PAGES, ...).
 *
 * vfree() of a VM_MAP_PUT_PAGES area frees every entry of the array as an
 * independent order-0 page.  At each call that hands an array over
 * (handover.h), the facts about the array's memory, minus what
 * split_page() made safe, are the findings: tail or head pages of a
 * compound page or large folio, pages of an unsplit order>0 allocation,
 * slab memory, and at level=possible pages that may be such.  One warning
 * per allocation and vmap(), the worst one found.
 *
 * Options:
 *   -fplugin-arg-vmapcheck-level=definite|possible
 */
#include "kapi.h"
#include "memroot.h"
#include "sanitize.h"
#include "handover.h"
#include "report.h"
#include "linkfacts.h"
#include "check.h"

static bool possible;	/* level=possible */
/* no condition: a helper's flag set inside it, on every path */
static const struct guard any = { 0, {} };

static int putpages_option(const char *plugin, const char *key, const char *value)
{
	if (strcmp(key, "level"))
		return 0;
	if (value && !strcmp(value, "definite")) {
		possible = false;
	} else if (value && !strcmp(value, "possible")) {
		possible = true;
	} else {
		error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> needs %<definite%> or %<possible%>, got %qs"),
		      plugin, key, value ? value : "");
		return -1;
	}
	kapi_enable_possible(possible);
	return 1;
}

/* ---- texts ----------------------------------------------------------- */

static const char *kind_text(const struct fact *f, char *buf, size_t len)
{
	switch (f->kind) {
	case PK_COMPOUND:
		snprintf(buf, len, "%s page of an order-%d compound page",
			 f->off == OFF_ZERO ? "head" : "tail", f->order);
		break;
	case PK_UNSPLIT:
		snprintf(buf, len, "page of an unsplit order-%d allocation", f->order);
		break;
	case PK_ANY_ORDER:
		if (f->moved && f->comp)
			snprintf(buf, len, "tail page of a compound page of run-time order");
		else if (f->moved)
			snprintf(buf, len, "page past the first of an unsplit allocation of run-time order");
		else
			snprintf(buf, len, "page of an allocation whose order is not known");
		break;
	case PK_CACHE:
		snprintf(buf, len, "page-cache or shmem page that may be a tail page of a large folio");
		break;
	case PK_GUP:
		snprintf(buf, len, "pinned user page that may be a tail page");
		break;
	case PK_VMALLOC:
		snprintf(buf, len, "page owned by another vmalloc area");
		break;
	case PK_FRAG:
		snprintf(buf, len, "page of a page-fragment cache, which may be a page of an order-3 compound page");
		break;
	case PK_EXT:	/* never told: vmapcheck-link words it from the callee's unit */
		snprintf(buf, len, "page from another translation unit");
		break;
	default:
		snprintf(buf, len, "slab page");
		break;
	}
	return buf;
}

#define VC_WARN(kind, fmt, ...) \
	vc_warn(loc, kind, "vmapcheck: %<vmap%> with %<VM_MAP_PUT_PAGES%> is given a %s; %<vfree%> will " fmt, what, ##__VA_ARGS__)

static bool warn_at_vmap(location_t loc, const struct fact *f)
{
	char what[128];
	bool ok;

	kind_text(f, what, sizeof(what));
	switch (f->kind) {
	case PK_COMPOUND:
		if (f->off == OFF_ZERO)
			ok = VC_WARN(KIND_COMPOUND_HEAD, "free it with %<__free_page%> as if it were order 0");
		else
			ok = VC_WARN(KIND_TAIL_PAGE, "call %<__free_page%> on a page whose reference count is zero");
		break;
	case PK_UNSPLIT:
		ok = VC_WARN(KIND_UNSPLIT_PAGE, "call %<__free_page%> on pages that hold no reference of their own");
		break;
	case PK_ANY_ORDER:
		if (f->moved && f->comp)
			ok = VC_WARN(KIND_TAIL_PAGE, "call %<__free_page%> on a page whose reference count is zero");
		else if (f->moved)
			ok = VC_WARN(KIND_UNSPLIT_PAGE, "call %<__free_page%> on pages that hold no reference of their own");
		else
			ok = VC_WARN(KIND_UNKNOWN_ORDER, "call %<__free_page%> on each page, which is wrong if the order is not 0 and the allocation is not split");
		break;
	case PK_CACHE:
		ok = VC_WARN(KIND_CACHE_PAGE, "call %<__free_page%> on it; without the %<vfree%> fix that frees a tail page when the folio is large");
		break;
	case PK_GUP:
		ok = VC_WARN(KIND_USER_PAGE, "release it with %<__free_page%> instead of %<unpin_user_page%> or %<put_page%>");
		break;
	case PK_VMALLOC:
		ok = VC_WARN(KIND_VMALLOC_PAGE, "free a page that the other area still maps and will free again");
		break;
	case PK_FRAG:
		ok = VC_WARN(KIND_FRAG_PAGE, "call %<__free_page%> on it, which frees a compound page as order 0 or a tail page");
		break;
	default:
		ok = VC_WARN(KIND_SLAB_PAGE, "hand slab memory to the page allocator with %<__free_page%>");
		break;
	}
	return ok;
}

static void note_alloc(location_t loc, const struct fact *f, const char *api)
{
	switch (f->kind) {
	case PK_SLAB:
		vc_note(loc, "vmapcheck: slab memory allocated here");
		break;
	case PK_COMPOUND:
		if (f->folio)
			vc_note(loc, "vmapcheck: order-%d folio allocated here", f->order);
		else
			vc_note(loc, "vmapcheck: order-%d compound page allocated here", f->order);
		break;
	case PK_UNSPLIT:
		if (f->gfp_known)
			vc_note(loc, "vmapcheck: order-%d pages allocated here without %<__GFP_COMP%>", f->order);
		else
			vc_note(loc, "vmapcheck: order-%d pages allocated here", f->order);
		break;
	case PK_ANY_ORDER:
		if (f->moved)
			vc_note(loc, "vmapcheck: %s of a run-time order allocated here; a page past the first is mapped, so the order is not 0", !f->comp ? "pages" :
			       f->folio ? "folio" : "compound page");
		else
			vc_note(loc, "vmapcheck: pages of a run-time order allocated here");
		break;
	case PK_CACHE:
		vc_note(loc, "vmapcheck: page-cache page obtained here by %qs; it holds a reference on its folio, and if the folio is large it is a tail page, which an unfixed %<vfree%> frees with %<__free_page%> (reference count zero)", api);
		break;
	case PK_GUP:
		vc_note(loc, "vmapcheck: user pages pinned here by %qs", api);
		break;
	case PK_VMALLOC:
		vc_note(loc, "vmapcheck: page of another vmalloc area obtained here by %qs",
		       api);
		break;
	case PK_FRAG:
		vc_note(loc, "vmapcheck: page fragment allocated here by %qs; the cache carves fragments out of order-3 %<__GFP_COMP%> pages when it can", api);
		break;
	case PK_EXT:
		if (f->param == LF_FIELD)
			vc_note(loc, "vmapcheck: the pages other files keep in field %qs reach it here",
				api);
		else if (f->param >= 0)
			vc_note(loc, "vmapcheck: filled by %qs here", api);
		else
			vc_note(loc, "vmapcheck: returned by %qs here", api);
		break;
	default:
		break;
	}
}

static void note_fix(location_t loc, const struct fact *f)
{
	switch (f->kind) {
	case PK_COMPOUND:
		vc_note(loc, "vmapcheck: fix: map order-0 pages (allocate without %<__GFP_COMP%> and call %<split_page%>), or drop %<VM_MAP_PUT_PAGES%> and free the pages yourself");
		break;
	case PK_ANY_ORDER:
		if (f->comp) {
			vc_note(loc, "vmapcheck: fix: map order-0 pages (allocate without %<__GFP_COMP%> and call %<split_page%>), or drop %<VM_MAP_PUT_PAGES%> and free the pages yourself");
			break;
		}
		/* fall through */
	case PK_UNSPLIT:
		vc_note(loc, "vmapcheck: fix: call %<split_page%> on the allocation before %<vmap%>, use order-0 pages, or drop %<VM_MAP_PUT_PAGES%>");
		break;
	case PK_CACHE:
	case PK_GUP:
		vc_note(loc, "vmapcheck: fix: drop %<VM_MAP_PUT_PAGES%> and release the pages with %<put_page%> or %<unpin_user_pages%> after %<vunmap%>, or run on a kernel whose %<vfree%> uses %<put_page%> for %<VM_MAP_PUT_PAGES%> areas");
		break;
	case PK_VMALLOC:
		vc_note(loc, "vmapcheck: fix: drop %<VM_MAP_PUT_PAGES%>; the pages belong to the other vmalloc area");
		break;
	case PK_FRAG:
		vc_note(loc, "vmapcheck: fix: drop %<VM_MAP_PUT_PAGES%> and free the fragments with %<page_frag_free%>, or map pages from %<alloc_page%>");
		break;
	default:
		vc_note(loc, "vmapcheck: fix: map pages from %<alloc_page%>, not slab memory, or drop %<VM_MAP_PUT_PAGES%>");
		break;
	}
}

static const struct report_texts texts = {
	warn_at_vmap,
	note_alloc,
	note_fix,
};

/* ---- the check ------------------------------------------------------- */

/*
 * Is F a finding at the level asked for?  A run-time order is only a
 * definite bug once a page past the first is mapped: then the allocation
 * has more than one page, so its order is not 0.
 */
static bool reportable(const struct fact *f, bool per_object)
{
	/* what any object may hold, mapped as one object's field chose */
	if (per_object && f->shared)
		return possible;
	if (f->kind == PK_ANY_ORDER && !f->moved)
		return possible;
	/* a function this unit cannot see got it first, and may have split it */
	if (f->maybe_split)
		return possible;
	return true;
}

/*
 * Which finding to report when a vmap() gets several: the surest, worst.
 * Only the order matters: certain before possible, and among the certain
 * a tail page (a crash) before a head page before unsplit pages (leaks
 * and bad frees) before slab memory.
 */
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
	case PK_VMALLOC:
		return 1;
	default:
		return 0;
	}
}

/*
 * Are orders that are our parameters decided by our callers?  When every
 * call is visible: a function of this file whose address is not taken.
 */
static bool callers_decide_order(void)
{
	struct cgraph_node *node = cgraph_node::get(pf.fun->decl);

	return node && !TREE_PUBLIC(pf.fun->decl) && node->callers && !node->address_taken;
}

/* The worst finding among FS at CALL, or NULL. */
static const struct fact *worst_of(gimple *call, const struct factset *fs,
				   const struct guard *cond, bool per_object, int *nbad)
{
	const struct fact *worst = NULL;
	struct factset *bad = factset_new();
	int j;

	pf_keep_bad(fs, call, bad);
	for (j = 0; j < bad->n; j++)
		if (bad->f[j].kind == PK_EXT)
			continue;	/* known at the link step: record_ext() */
		else if (!reportable(&bad->f[j], per_object) || guard_conflict(&bad->f[j].guard, cond) ||
		    (bad->f[j].order_param && callers_decide_order()))
			continue;	/* not at this level, never with the flag, or not here */
		else if (!worst || severity(&bad->f[j]) > severity(worst))
			worst = &bad->f[j];
	*nbad = bad->n;
	return worst;
}

/*
 * Pages from other units that reach a vmap() at CALL: each the finding it
 * is if that unit's function returns a bad page (recorded by
 * record_sources() there), worded but for the kind of page, which
 * vmapcheck-link takes from there.
 */
static void record_ext(gimple *call, const struct factset *fs, location_t flag_loc,
		       const struct step *path, const struct guard *cond, bool per_object)
{
	int j;

	for (j = 0; j < fs->n; j++) {
		const struct fact *f = &fs->f[j];
		const struct report_line *lines;
		const struct step *first;
		int n, shift;

		if (f->kind != PK_EXT || !reportable(f, per_object) ||
		    guard_conflict(&f->guard, cond))
			continue;
		for (first = f->path; first->prev; first = first->prev)
			;
		shift = f->off == OFF_ZERO && !f->moved ? SH_KEEP :
			f->off == OFF_NONZERO ? SH_CONST : SH_ANY;
		report_capture_begin();
		report_finding(&texts, vc_user_location(fnctx_stmt_loc(call)), f, flag_loc, path);
		n = report_capture_end(&lines);
		lf_ext(first->what, f->param, shift, pf_ext_consts(f), lines, n);
	}
}

/* Report the worst of what reaches a vmap() at CALL, once. */
static void report_worst(gimple *call, const struct factset *fs, location_t flag_loc,
			 const struct step *path, const struct guard *cond, bool per_object)
{
	const struct fact *worst;
	int nbad;

	if (pf.budget < 0) {
		/* gave up: say nothing rather than guess */
		if (report_verbose())
			inform(vc_user_location(gimple_location(call)),
			       "vmapcheck: analysis budget exhausted here; not checked");
		return;
	}
	worst = worst_of(call, fs, cond, per_object, &nbad);
	if (report_verbose())
		inform(vc_user_location(gimple_location(call)),
		       "vmapcheck: %qs hands %d bad page source(s) to %<vmap%>",
		       vc_callee_name(call), nbad);
	if (worst && report_first(&texts, worst->origin, gimple_location(call), path))
		report_finding(&texts, vc_user_location(fnctx_stmt_loc(call)), worst, flag_loc,
			       path);
	if (lf_enabled())
		record_ext(call, fs, flag_loc, path, cond, per_object);
}

/*
 * What a function other units can call returns, for their vmap()s: per
 * bad fact and per way the caller may move the page (kept, by a non-zero
 * constant, by any offset), the finding it makes, worded.
 */
static void record_sources(tree fndecl, const char *key, const struct factset *fs, int which)
{
	static const enum shift shifts[] = { SH_KEEP, SH_CONST, SH_ANY };
	unsigned int k;
	int j;

	for (j = 0; j < fs->n; j++) {
		struct fact f = fs->f[j];

		/* a caller sees conditions on its arguments only; other units none */
		guard_keep_params(&f.guard);
		/*
		 * what the caller gives, or what holds only on some paths: conditions
		 * on our parameters are told, a caller's constants can refute them
		 */
		if (f.kind == PK_PARAM || f.kind == PK_EXT || f.order_param)
			continue;
		for (k = 0; k < ARRAY_SIZE(shifts); k++) {
			const struct report_line *lines;
			struct fact g = f;
			int n;

			g.off = shift_off(f.off, shifts[k]);
			g.moved = f.moved || shifts[k] != SH_KEEP;
			if (!reportable(&g, false))
				continue;
			report_capture_begin();
			report_finding(&texts, fndecl ? DECL_SOURCE_LOCATION(fndecl) : input_location,
				       &g, UNKNOWN_LOCATION, NULL);
			n = report_capture_end(&lines);
			if (fndecl)
				lf_source(fndecl, which, shifts[k], severity(&g), &f.guard, lines,
					  n);
			else
				lf_source_key(key, which, shifts[k], severity(&g), &f.guard, lines,
					      n);
		}
	}
}

/* What this unit keeps in a page array field that other units read. */
static void record_field_sources(tree key, const struct factset *fs, void *data)
{
	const char *dk;
	char buf[512];

	(void)data;
	if (TREE_CODE(key) != FIELD_DECL || !lf_page_array_type(TREE_TYPE(key)))
		return;
	dk = lf_data_key(key);
	if (!dk)
		return;
	snprintf(buf, sizeof(buf), "%s", dk);
	record_sources(NULL, buf, fs, LF_FIELD);
}

static void putpages_unit_end(struct cgraph_node **order, int n)
{
	int i, p;

	if (!lf_enabled())
		return;
	for (i = 0; i < n; i++) {
		const struct fsum *sum = summary_get(order[i]->decl, false);
		tree type = TREE_TYPE(TREE_TYPE(order[i]->decl));

		if (!sum || (!TREE_PUBLIC(order[i]->decl) && !order[i]->address_taken))
			continue;	/* no other unit can call it */
		/* what callers follow (ext_fact()): pages, and arrays of them */
		if (kapi_is_page_ptr(type))
			record_sources(order[i]->decl, NULL, &sum->ret, LF_RET);
		else if (POINTER_TYPE_P(type) && kapi_is_page_ptr(TREE_TYPE(type)))
			record_sources(order[i]->decl, NULL, &sum->ret_mem, LF_MEM);
		/* and what it stores into the page arrays it is given */
		for (p = 0; p < SUM_MAXP; p++)
			if (sum->fill[p].n)
				record_sources(order[i]->decl, NULL, &sum->fill[p], p);
	}
	field_for_each(record_field_sources, NULL);
}

/*
 * A call this unit cannot resolve (KEY): for each array of pointers it is
 * given, the finding it would be if the callee handed it to vmap() with
 * VM_MAP_PUT_PAGES, worded, for vmapcheck-link to match with that callee.
 */
static void record_unresolved(gimple *call, const char *key)
{
	unsigned int i;

	for (i = 0; i < gimple_call_num_args(call) && i < SUM_MAXP; i++) {
		const struct report_line *lines;
		const struct fact *worst;
		struct root r;
		int nbad, n;

		if (!lf_page_array_type(TREE_TYPE(gimple_call_arg(call, i))))
			continue;
		pf.budget = PF_BUDGET;
		pf_root_of_ptr(gimple_call_arg(call, i), &r, 0);
		if (r.kind == ROOT_PARM) {
			/* our parameter's array passed on: the link step chains it */
			lf_forward(pf.fun->decl, summary_param_index(pf.fun->decl, r.decl), key,
				   (int)i, call);
			continue;
		}
		if (r.kind == ROOT_NONE || r.kind == ROOT_CYCLE)
			continue;
		worst = worst_of(call, pf_eval_mem(&r, call, NULL, 0), &any, false, &nbad);
		if (!worst || pf.budget < 0)
			continue;
		report_capture_begin();
		report_finding(&texts, vc_user_location(fnctx_stmt_loc(call)), worst,
			       UNKNOWN_LOCATION, NULL);
		n = report_capture_end(&lines);
		lf_call(key, (int)i, call, lines, n);
	}
}

/* Every array and every page that CALL hands over with VM_MAP_PUT_PAGES. */
static void check_call(gimple *call)
{
	struct sink sinks[SUM_MAXP];
	const struct fsum *callee;
	int n, i;

	n = sinks_of(call, sinks, SUM_MAXP);
	for (i = 0; i < n; i++) {
		const struct factset *fs;
		struct root r;

		if (sinks[i].flags_param >= 0)
			continue;	/* flags only known in our caller */
		pf.budget = PF_BUDGET;
		pf_root_of_ptr(gimple_call_arg(call, sinks[i].pages_arg), &r, 0);
		if (r.kind == ROOT_NONE || r.kind == ROOT_CYCLE)
			continue;
		/* a callee's own stores were reported in the callee, unless the flags were ours */
		if (sinks[i].callee_fill_counts)
			fs = pf_eval_mem_through(&r, call, 0);
		else
			fs = pf_eval_mem(&r, call, sinks[i].path ? call : NULL, 0);
		report_worst(call, fs, sinks[i].flag_loc, sinks[i].path, &sinks[i].cond,
			     sinks[i].per_object);
	}

	callee = summary_of_call(call);
	if (lf_enabled()) {
		/* another unit's callee, or one of ours that passes the array on to one */
		const char *k = callee ? NULL : lf_callee_key(call);
		char key[512];

		if (!k)
			k = lf_relay_key(call);
		/* (a copy: following the arguments may ask for other calls' keys) */
		if (k) {
			snprintf(key, sizeof(key), "%s", k);
			record_unresolved(call, key);
		}
	}
	/* a helper that maps pages of the order we give it */
	if (callee && callee->sink_order.n) {
		pf.budget = PF_BUDGET;
		report_worst(call, pf_import(&callee->sink_order, call, STEP_PASS, 0),
			     callee->sink_order_flag_loc,
			     pass_path(call, callee, callee->sink_order_path), &any, false);
	}
	/* a helper that maps an array of its own with the flags we give it */
	if (callee && callee->flagged.n) {
		const struct factset *fs;
		struct guard cond;
		location_t loc;
		unsigned int ours;
		bool set;

		pf.budget = PF_BUDGET;
		fs = flagged_facts(call, callee, &set, &loc, &cond, &ours);
		if (fs && set)
			report_worst(call, fs, loc, pass_path(call, callee, callee->flagged_path), &cond,
				     false);
	}

	/* a helper that maps the pages it is given */
	if (callee && callee->sink_val.n) {
		pf.budget = PF_BUDGET;
		report_worst(call, value_sink_facts(call, callee), callee->sink_val_flag_loc,
			     pass_path(call, callee, callee->sink_val_path), &any, false);
	}
}

static void putpages_run(void)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi))
			if (is_gimple_call(gsi_stmt(gsi)))
				check_call(gsi_stmt(gsi));
	}
}
/* Hands pages over here, or maybe in another unit. */
static bool putpages_wants(struct cgraph_node *node)
{
	return hands_over_any(node) || lf_passes_arrays(node);
}

const struct vc_check check_putpages = {
	"putpages",
	"pages vfree() cannot free, handed to vmap() with VM_MAP_PUT_PAGES",
	putpages_option,
	putpages_wants,
	putpages_run,
	putpages_unit_end,
};
