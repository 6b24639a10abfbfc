// SPDX-License-Identifier: GPL-2.0
/*
 * sanitize.c - split_page(), here or in a helper, and what it makes safe.
 *
 * The calls of a function that split an argument are indexed once; a fact
 * is made safe when its allocation reaches such an argument on a path
 * that reaches the question's statement.
 */
#include "kapi.h"
#include "sanitize.h"

/* The arguments a call splits: split_page(p), or a helper that does. */
static unsigned int split_mask_of(gimple *call, const struct kapi_entry *e)
{
	const struct fsum *sum;

	if (e)
		return e->role == KAPI_SPLIT ? 1u << e->arg : 0;
	sum = summary_of_call(call);
	return sum ? sum->split_mask : 0;
}

/*
 * The page arguments of a call of a function whose body this unit does
 * not have (another translation unit, or through a pointer): it may
 * split_page() them.
 */
static unsigned int unseen_mask(gimple *call)
{
	unsigned int mask = 0, k;

	if (gimple_call_internal_p(call) || summary_of_call(call) ||
	    (gimple_call_fndecl(call) && fndecl_built_in_p(gimple_call_fndecl(call))))
		return 0;
	for (k = 0; k < gimple_call_num_args(call) && k < SUM_MAXP; k++)
		if (kapi_is_page_ptr(TREE_TYPE(gimple_call_arg(call, k))))
			mask |= 1u << k;
	return mask;
}

/* Index the calls of the function that split an argument, or may. */
static void build_splits(void)
{
	basic_block bb;

	pf.splits_built = true;
	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			const struct kapi_entry *e;
			struct split_rec rec;

			if (!is_gimple_call(stmt))
				continue;
			e = kapi_lookup_call(stmt);
			rec.mask = split_mask_of(stmt, e);
			rec.unseen = false;
			if (!rec.mask && !e) {
				rec.mask = unseen_mask(stmt);
				rec.unseen = true;
			}
			if (!rec.mask)
				continue;
			rec.stmt = stmt;
			vec_safe_push(pf.splits, rec);
		}
	}
}

enum split_state pf_split_before(unsigned int origin, gimple *at)
{
	enum split_state st = SPLIT_NO;
	unsigned int s, k;
	int i;

	if (!pf.splits_built)
		build_splits();
	for (s = 0; s < vec_safe_length(pf.splits); s++) {
		gimple *stmt = (*pf.splits)[s].stmt;

		if (at && !fnctx_reaches(stmt, at))
			continue;
		for (k = 0; k < gimple_call_num_args(stmt) && k < SUM_MAXP; k++) {
			const struct factset *fs;

			if (!((*pf.splits)[s].mask & (1u << k)))
				continue;
			fs = pf_eval(gimple_call_arg(stmt, k), 0);
			for (i = 0; i < fs->n; i++) {
				if (fs->f[i].kind == PK_PARAM || fs->f[i].origin != origin)
					continue;
				if (!(*pf.splits)[s].unseen)
					return SPLIT_YES;
				st = SPLIT_MAYBE;
			}
		}
	}
	return st;
}

enum split_state split_state_of(const struct fact *f, gimple *at)
{
	/* split_page() of a compound page is itself a bug: it stays compound */
	if (f->kind != PK_UNSPLIT && (f->kind != PK_ANY_ORDER || f->comp))
		return SPLIT_NO;
	return pf_split_before(f->origin, at);
}

void keep_unsplit(const struct fact *f, gimple *at, struct factset *out)
{
	enum split_state st = split_state_of(f, at);
	struct fact g;

	if (st == SPLIT_YES)
		return;
	g = *f;
	g.maybe_split |= st == SPLIT_MAYBE;
	factset_add(out, &g);
}

void pf_keep_bad(const struct factset *in, gimple *at, struct factset *out)
{
	int i;

	out->n = 0;
	for (i = 0; i < in->n; i++)
		if (in->f[i].kind != PK_PARAM)
			keep_unsplit(&in->f[i], at, out);
}

void keep_for_caller(const struct factset *in, gimple *at, struct factset *out)
{
	int i;

	for (i = 0; i < in->n; i++)
		keep_unsplit(&in->f[i], at, out);
}

unsigned int split_params(gimple *call)
{
	unsigned int mask = 0, split = split_mask_of(call, kapi_lookup_call(call)), k;
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
