// SPDX-License-Identifier: GPL-2.0
/*
 * pageflow.c - where a struct page pointer comes from.
 *
 * A demand-driven backward walk over SSA use-def chains, in the manner of
 * PaX size_overflow's walk_use_def(): starting at the array handed to
 * vmap(), it finds the stores into that array's memory, then follows each
 * stored value back through copies, casts, PHIs, pointer arithmetic, the
 * derivations of kapi.c (folio_page(), virt_to_page(), the pfn round trip,
 * page_folio(), ...), loads from memory and calls, to the allocations.
 *
 * The answer for a value is a small set of facts: "a page of allocation A
 * (compound / unsplit / slab, order N), its first page or a later one",
 * each with the path of steps that led there, for the notes.  Inside a
 * function, a parameter is a symbolic fact (PK_PARAM), which is how the
 * function summaries of summary.c say "returns a page derived from its
 * first argument" or "stores pages loaded from *src into *dst".
 *
 * Memory is keyed by its root: a declared object, the call that allocated
 * it, a parameter, or the struct field / global pointer it was loaded from
 * (so an array kept in obj->pages is the same memory in every function).
 * Every walk is bounded (depth and a work budget); whatever is not
 * understood yields no fact, so no warning.
 *
 * This is the engine (layer 8): it answers questions about one function
 * (fnctx.h) from its GIMPLE, the API table, the memory layer (memroot.h)
 * and the summaries of its callees (summary.h).  It reports nothing.
 */
#include "kapi.h"
#include "kconst.h"
#include "valueset.h"
#include "containers.h"
#include "memroot.h"
#include "pathcond.h"
#include "linkfacts.h"
#include "pageflow.h"

#define ORDER_MAX 30	/* 2^30 pages: beyond any MAX_PAGE_ORDER, so not an order */

/* An integer operand's effect when added to a page/pfn/address. */
enum shift pf_shift_of(tree t)
{
	struct vset s;
	HOST_WIDE_INT v;

	if (TREE_CODE(t) == INTEGER_CST)
		return integer_zerop(t) ? SH_KEEP : SH_CONST;
	if (TREE_CODE(t) != SSA_NAME || !INTEGRAL_TYPE_P(TREE_TYPE(t)))
		return SH_ANY;
	vset_eval(t, &s);
	if (vset_provably_zero(&s))
		return SH_KEEP;
	if (s.n == 1 && vset_max_const(&s, &v))
		return SH_CONST;
	return SH_ANY;
}

/*
 * IN on paths where G held too (facts that cannot meet G dropped); with
 * FORGET, on any path: no conditions at all.
 */
static const struct factset *guarded(const struct factset *in, const struct guard *g,
				     bool forget)
{
	struct factset *out;
	int i;

	if (!forget && !g->n)
		return in;
	out = factset_new();
	for (i = 0; i < in->n; i++) {
		struct fact f = in->f[i];

		if (forget)
			f.guard.n = 0;
		else if (!guard_and(&f.guard, g))
			continue;
		factset_add(out, &f);
	}
	return out;
}

/*
 * Is T the base of a memory-model conversion, like vmemmap_base in
 * pfn_to_page() or page_offset_base in __va()?  A load from a global, or a
 * constant too big to be a page count.
 */
static bool is_conversion_base(tree t, int depth)
{
	gimple *def;

	if (depth > 4)
		return false;
	if (TREE_CODE(t) == INTEGER_CST)
		return !tree_fits_uhwi_p(t) || tree_to_uhwi(t) >= (HOST_WIDE_INT_1U << 32);
	if (TREE_CODE(t) == VAR_DECL)
		return pf_is_global(t);
	if (TREE_CODE(t) == ADDR_EXPR) {
		tree base = get_base_address(TREE_OPERAND(t, 0));

		return base && pf_is_global(base);
	}
	if (TREE_CODE(t) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(t))
		return false;
	def = SSA_NAME_DEF_STMT(t);
	if (!is_gimple_assign(def))
		return false;
	if (gimple_assign_single_p(def) || CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)))
		return is_conversion_base(gimple_assign_rhs1(def), depth + 1);
	return false;
}

/*
 * An arithmetic statement whose operand may be a page, pfn or address:
 * page + i, pfn - base, addr & mask.  Which operand carries the page, and
 * by how much the other moves it.
 */
static const struct factset *eval_binary(gimple *stmt, int depth)
{
	enum tree_code code = gimple_assign_rhs_code(stmt);
	tree x = gimple_assign_rhs1(stmt), y = gimple_assign_rhs2(stmt);
	tree lhs = gimple_assign_lhs(stmt);
	const struct factset *fx, *fy, *t;
	tree u;
	enum shift sh;
	bool t_is_first;
	bool note;

	switch (code) {
	case POINTER_PLUS_EXPR:
	case PLUS_EXPR:
	case MINUS_EXPR:
	case POINTER_DIFF_EXPR:
	case MULT_EXPR:
	case LSHIFT_EXPR:
	case RSHIFT_EXPR:
	case EXACT_DIV_EXPR:
	case TRUNC_DIV_EXPR:
	case BIT_AND_EXPR:
	case BIT_IOR_EXPR:
		break;
	default:
		return &facts_empty;
	}
	fx = pf_eval(x, depth + 1);
	fy = pf_eval(y, depth + 1);
	if (!fx->n && !fy->n)
		return &facts_empty;
	if (fx->n && fy->n) {
		struct factset *both = factset_new();

		factset_union(both, fx);
		factset_union(both, fy);
		return pf_shifted(both, SH_ANY, stmt, STEP_DERIVE, NULL, NULL, false);
	}
	t_is_first = fx->n != 0;
	t = t_is_first ? fx : fy;
	u = t_is_first ? y : x;

	switch (code) {
	case POINTER_PLUS_EXPR:
		/* the value rides on a conversion base: vmemmap + pfn */
		sh = t_is_first ? pf_shift_of(u) : SH_KEEP;
		break;
	case PLUS_EXPR:
	case MINUS_EXPR:
		if (!t_is_first && code == MINUS_EXPR)
			sh = SH_ANY;
		else if (is_conversion_base(u, 0))
			sh = SH_KEEP;
		else
			sh = pf_shift_of(u);
		break;
	case POINTER_DIFF_EXPR:
		sh = (t_is_first && is_conversion_base(u, 0)) ? SH_KEEP : SH_ANY;
		break;
	default:
		/* scaling and masking change the unit, not the page */
		sh = TREE_CODE(u) == INTEGER_CST ? SH_KEEP : SH_ANY;
		break;
	}
	note = kapi_is_page_ptr(TREE_TYPE(lhs)) &&
	       (sh != SH_KEEP || !kapi_is_page_ptr(TREE_TYPE(t_is_first ? x : y)));
	return pf_shifted(t, sh, stmt, STEP_DERIVE, NULL, NULL, note);
}

/* &folio->page, &p[1]: the address of a part of what a pointer points to. */
static const struct factset *eval_addr(tree addr, gimple *stmt, int depth)
{
	tree ref = TREE_OPERAND(addr, 0), base, off;
	poly_int64 bitsize, bitpos;
	machine_mode mode;
	int unsignedp, reversep, volatilep;
	const struct factset *in;
	enum shift sh = SH_KEEP;
	bool note;

	if (!handled_component_p(ref) && TREE_CODE(ref) != MEM_REF)
		return &facts_empty;
	base = get_inner_reference(ref, &bitsize, &bitpos, &off, &mode,
				   &unsignedp, &reversep, &volatilep);
	if (!base || TREE_CODE(base) != MEM_REF)
		return &facts_empty;
	in = pf_eval(TREE_OPERAND(base, 0), depth + 1);
	if (!in->n)
		return in;
	if (off)
		sh = pf_shift_of(off);
	if (sh == SH_KEEP && (maybe_ne(bitpos, 0) || !integer_zerop(TREE_OPERAND(base, 1))))
		sh = SH_CONST;
	note = stmt && kapi_is_page_ptr(TREE_TYPE(addr)) &&
	       (sh != SH_KEEP ||
		vc_pointee_tag(TREE_TYPE(addr)) != vc_pointee_tag(TREE_TYPE(TREE_OPERAND(base, 0))));
	return pf_shifted(in, sh, stmt, STEP_DERIVE, NULL, NULL, note);
}

static const struct factset *eval_load(tree ref, gimple *load, int depth)
{
	struct root r;

	pf_root_of_ref(ref, &r, 0);
	if (r.kind == ROOT_NONE)
		return &facts_empty;
	return pf_eval_mem(&r, load, NULL, depth + 1);
}

static const struct factset *alloc_fact(gimple *call, const struct kapi_entry *e)
{
	struct factset *out;
	struct fact f;
	struct vset s;
	HOST_WIDE_INT order = e->fixed_order;

	memset(&f, 0, sizeof(f));
	if (e->order >= 0) {
		vset_eval(gimple_call_arg(call, e->order), &s);
		if (vset_provably_zero(&s))
			return &facts_empty;
		/* 0 on one path and not known on another is a run-time order */
		if (!vset_max_const(&s, &order) || (order <= 0 && vset_has_unknown(&s))) {
			/*
			 * An order only known at run time: maybe > 0.  Kept at
			 * every level: a page past the first proves it is > 0.
			 */
			if (e->role == KAPI_SLAB_ALLOC)
				return &facts_empty;
			order = -1;
		}
	}
	if (e->role != KAPI_SLAB_ALLOC && order != -1 && (order <= 0 || order > ORDER_MAX))
		return &facts_empty;

	f.origin = fnctx_origin(call);
	f.order = (int)order;
	f.param = -1;
	f.off = OFF_ZERO;
	switch (e->role) {
	case KAPI_SLAB_ALLOC:
		f.kind = PK_SLAB;
		f.gfp_known = true;
		break;
	case KAPI_FOLIO_ALLOC:
		f.kind = PK_COMPOUND;
		f.gfp_known = true;
		f.folio = true;
		break;
	default:
		vset_eval(gimple_call_arg(call, e->gfp), &s);
		switch (vset_bit_state(&s, kconst_get(KCONST_GFP_COMP))) {
		case 1:
			f.kind = PK_COMPOUND;
			f.gfp_known = true;
			break;
		case 0:
			f.kind = PK_UNSPLIT;
			f.gfp_known = true;
			break;
		default:
			f.kind = PK_UNSPLIT;
			f.gfp_known = false;
			break;
		}
	}
	if (!pc_and_stmt(&f.guard, call))
		return &facts_empty;
	if (order == -1 && e->role != KAPI_SLAB_ALLOC) {
		f.comp = f.kind == PK_COMPOUND;
		f.kind = PK_ANY_ORDER;
		/* known at each call if it is our parameter: order_at_call() */
		f.order_param = fnctx_param_of(gimple_call_arg(call, e->order), false) + 1;
	}
	f.path = step_new(STEP_ALLOC, fnctx_stmt_loc(call), e->name, NULL, NULL);
	out = factset_new();
	factset_add(out, &f);
	return out;
}

/* level=possible: a page that may be a tail page, or is not ours to free */
static const struct factset *maybe_fact(gimple *call, enum page_kind kind,
					const struct kapi_entry *e)
{
	struct factset *out;
	struct fact f;

	if (!kapi_produces(e))
		return &facts_empty;
	memset(&f, 0, sizeof(f));
	f.origin = fnctx_origin(call);
	f.kind = kind;
	f.param = -1;
	f.off = OFF_UNKNOWN;
	if (!pc_and_stmt(&f.guard, call))
		return &facts_empty;
	f.path = step_new(STEP_ALLOC, fnctx_stmt_loc(call), e->name, NULL, NULL);
	out = factset_new();
	factset_add(out, &f);
	return out;
}

/*
 * A symbolic fact (PK_EXT) for what other units hold under KEY (WHICH: what
 * of it), numbered ORIGIN, first seen at LOC: vmapcheck-link replaces it.
 */
static struct factset *ext_facts(unsigned int origin, int which, const char *key,
				 location_t loc, const struct guard *g, const gimple *call)
{
	struct factset *out;
	struct fact f;
	char consts[512], *copy;
	size_t kl = strlen(key), cl;

	/* the key, and after it the constants the call passes (pf_ext_consts()) */
	consts[0] = 0;
	if (call)
		lf_call_consts(call, consts, sizeof(consts));
	cl = strlen(consts);
	copy = (char *)facts_alloc(kl + cl + 2);
	memcpy(copy, key, kl + 1);
	memcpy(copy + kl + 1, consts, cl + 1);
	memset(&f, 0, sizeof(f));
	f.origin = origin;
	f.kind = PK_EXT;
	f.param = which;
	f.off = OFF_ZERO;
	f.gfp_known = true;
	f.shared = which == LF_FIELD;	/* any object's field */
	f.guard = *g;
	f.path = step_new(STEP_ALLOC, loc, lf_key_name(copy), copy, NULL);
	out = factset_new();
	factset_add(out, &f);
	return out;
}

const char *pf_ext_consts(const struct fact *f)
{
	const struct step *first = f->path;

	while (first && first->prev)
		first = first->prev;
	if (f->kind != PK_EXT || !first || !first->what)
		return "";
	return first->what + strlen(first->what) + 1;
}

/*
 * A page (WHICH LF_RET) or an array of pages (LF_MEM) that CALL, a call
 * this unit cannot resolve, returns.
 */
static const struct factset *ext_fact(gimple *call, int which)
{
	const char *key = lf_callee_key(call);
	tree lhs = gimple_call_lhs(call), type;
	struct guard g = { 0, {} };

	if (!key || !lhs)
		return &facts_empty;
	type = TREE_TYPE(lhs);
	if (which == LF_MEM)
		type = POINTER_TYPE_P(type) ? TREE_TYPE(type) : NULL_TREE;
	if (!type || !kapi_is_page_ptr(type) || !pc_and_stmt(&g, call))
		return &facts_empty;
	return ext_facts(fnctx_origin(call), which, key, fnctx_stmt_loc(call), &g, call);
}

/* What CALL, a call this unit cannot resolve, may store into the array of its argument ARG. */
static const struct factset *ext_fill_fact(gimple *call, int arg)
{
	const char *key = lf_callee_key(call);
	struct guard g = { 0, {} };

	if (!key || !pc_and_stmt(&g, call))
		return &facts_empty;
	return ext_facts(fnctx_origin(call), arg, key, fnctx_stmt_loc(call), &g, call);
}

/*
 * The pages that other units keep in the array of FIELD (a page array
 * field of a struct they can fill), read for AT.
 */
static const struct factset *ext_field_fact(tree field, gimple *at)
{
	static const struct guard none = { 0, {} };
	const char *key;

	if (TREE_CODE(field) != FIELD_DECL || !lf_page_array_type(TREE_TYPE(field)))
		return &facts_empty;
	key = lf_data_key(field);
	if (!key)
		return &facts_empty;
	return ext_facts(fnctx_origin_decl(field), LF_FIELD, key,
			 at ? fnctx_stmt_loc(at) : UNKNOWN_LOCATION, &none, NULL);
}

/*
 * A callee's allocation whose order is its parameter, at a CALL that
 * passes ARG there: order 0 is no finding (false), a known order makes it
 * an allocation of that order, our own parameter keeps it symbolic.
 */
static bool order_at_call(struct fact *g, tree arg)
{
	struct vset s;
	HOST_WIDE_INT order;

	vset_eval(arg, &s);
	if (vset_provably_zero(&s))
		return false;	/* order 0 on every path: independent pages */
	g->order_param = 0;
	if (s.n == 1 && vset_max_const(&s, &order) && order > 0 && order <= ORDER_MAX) {
		g->kind = g->comp ? PK_COMPOUND : PK_UNSPLIT;
		g->order = (int)order;
		return true;
	}
	g->order_param = fnctx_param_of(arg, false) + 1;
	return true;
}

/*
 * Bring facts from a callee's summary into this function at CALL: its own
 * pages keep their paths plus one step here; a fact about a parameter is
 * replaced by what the caller passes there (facts_substitute()).
 */
static const struct factset *import(const struct factset *in, gimple *call,
				    enum step_kind kind, const char *what, int depth)
{
	const char *callee = vc_callee_name(call);
	location_t loc = fnctx_stmt_loc(call);
	struct factset *out = factset_new();
	unsigned int nargs = gimple_call_num_args(call);
	int i;

	for (i = 0; i < in->n; i++) {
		struct fact gf = in->f[i];
		const struct fact *f = &gf;
		const struct factset *arg;

		/* the callee's paths as this call sees them */
		if (!pc_at_call(&in->f[i].guard, call, &gf.guard))
			continue;
		if (f->kind == PK_ANY_ORDER && f->order_param &&
		    (unsigned int)f->order_param - 1 < nargs) {
			struct fact g = *f;

			if (order_at_call(&g, gimple_call_arg(call, f->order_param - 1)))
				facts_import_own(&g, kind, loc, callee, what, out);
			continue;
		}
		if (f->kind != PK_PARAM) {
			facts_import_own(f, kind, loc, callee, what, out);
			continue;
		}
		if ((unsigned int)f->param >= nargs)
			continue;
		if (f->mem) {
			struct root r;

			pf_root_of_ptr(gimple_call_arg(call, f->param), &r, 0);
			if (r.kind == ROOT_NONE || r.kind == ROOT_CYCLE)
				continue;
			arg = pf_eval_mem(&r, call, call, depth + 1);
		} else {
			arg = pf_eval(gimple_call_arg(call, f->param), depth + 1);
		}
		facts_substitute(f, arg, kind, loc, callee, what, out);
	}
	return out;
}

/* What a container holds, taken out at STMT (by CALLEE). */
static const struct factset *box_facts(tree key, gimple *stmt, enum shift sh,
				       const char *callee)
{
	const struct factset *fs = key ? field_get(key, pf.fun->decl) : NULL;

	if (!fs || !fs->n)
		return &facts_empty;
	return pf_shifted(fs, sh, stmt, STEP_BOX_GET, callee, box_describe(key), true);
}

/* import() for the other parts of the engine: a callee's facts at CALL */
const struct factset *pf_import(const struct factset *in, gimple *call,
				enum step_kind kind, int depth)
{
	return import(in, call, kind, NULL, depth);
}

bool pf_call_known(const gimple *call)
{
	tree fn = gimple_call_fndecl(call);

	return gimple_call_internal_p(call) || kapi_lookup_call(call) || summary_of_call(call) ||
	       (fn && fndecl_built_in_p(fn));
}

static const struct factset *eval_call(gimple *call, int depth)
{
	const struct kapi_entry *e = kapi_lookup_call(call);
	const struct fsum *sum;
	const struct factset *in;
	struct factset *out;
	int i;

	if (!e) {
		sum = summary_of_call(call);
		if (!sum && lf_enabled())
			return ext_fact(call, LF_RET);
		if (!sum || !sum->ret.n)
			return &facts_empty;
		return import(&sum->ret, call, STEP_RETURN, NULL, depth);
	}
	switch (e->role) {
	case KAPI_PAGE_ALLOC:
	case KAPI_FOLIO_ALLOC:
	case KAPI_ADDR_ALLOC:
	case KAPI_SLAB_ALLOC:
		return alloc_fact(call, e);
	case KAPI_MAYBE_CACHE:
		return maybe_fact(call, PK_CACHE, e);
	case KAPI_MAYBE_VMALLOC:
		return maybe_fact(call, PK_VMALLOC, e);
	case KAPI_MAYBE_FRAG:
		return maybe_fact(call, PK_FRAG, e);
	case KAPI_BOX_GET:
		return box_facts(box_get_key(e), call, e->many ? SH_ANY : SH_KEEP, e->name);
	case KAPI_DERIVE:
		in = pf_eval(gimple_call_arg(call, e->arg), depth + 1);
		if (!in->n)
			return in;
		return pf_shifted(in, e->offset >= 0 ? pf_shift_of(gimple_call_arg(call, e->offset)) : SH_KEEP,
			       call, STEP_DERIVE, e->name, NULL, true);
	case KAPI_TO_HEAD:
		in = pf_eval(gimple_call_arg(call, e->arg), depth + 1);
		if (!in->n)
			return in;
		out = factset_new();
		for (i = 0; i < in->n; i++) {
			struct fact f = in->f[i];

			f.off = OFF_ZERO;
			f.moved = false;
			if (f.kind == PK_PARAM)
				f.to_head = true;
			f.path = step_new(STEP_DERIVE, fnctx_stmt_loc(call), e->name, NULL, f.path);
			factset_add(out, &f);
		}
		return out;
	default:
		return &facts_empty;
	}
}

/*
 * Does T, on its way back round a loop to TARGET (a PHI result), move the
 * page pointer by an offset that may be non-zero (page++, nth_page(p, 1))?
 */
static bool cycle_moves(tree t, tree target, bool moved, int depth, int *steps)
{
	const struct kapi_entry *e;
	gimple *def;
	unsigned int i;

	if (t == target)
		return moved;
	if (depth > 8 || --*steps < 0 || TREE_CODE(t) != SSA_NAME ||
	    SSA_NAME_IS_DEFAULT_DEF(t))
		return false;
	def = SSA_NAME_DEF_STMT(t);
	if (gimple_code(def) == GIMPLE_PHI) {
		for (i = 0; i < gimple_phi_num_args(def); i++)
			if (cycle_moves(gimple_phi_arg_def(def, i), target, moved, depth + 1, steps))
				return true;
		return false;
	}
	if (is_gimple_assign(def)) {
		enum tree_code code = gimple_assign_rhs_code(def);

		if (code == POINTER_PLUS_EXPR)
			return cycle_moves(gimple_assign_rhs1(def), target,
					   moved || pf_shift_of(gimple_assign_rhs2(def)) != SH_KEEP,
					   depth + 1, steps);
		if (gimple_assign_single_p(def) || CONVERT_EXPR_CODE_P(code))
			return cycle_moves(gimple_assign_rhs1(def), target, moved, depth + 1,
					   steps);
		return false;
	}
	e = is_gimple_call(def) ? kapi_lookup_call(def) : NULL;
	if (e && e->role == KAPI_DERIVE && e->arg >= 0 &&
	    (unsigned int)e->arg < gimple_call_num_args(def))
		return cycle_moves(gimple_call_arg(def, e->arg), target,
				   moved || (e->offset >= 0 &&
					     pf_shift_of(gimple_call_arg(def, e->offset)) != SH_KEEP),
				   depth + 1, steps);
	return false;
}

static const struct factset *eval_phi(gphi *phi, int depth, int my_depth)
{
	struct factset *out = factset_new();
	unsigned int i;
	int saved = pf.min_busy;
	int k;

	pf.min_busy = INT_MAX;
	for (i = 0; i < gimple_phi_num_args(phi); i++) {
		const struct factset *in = pf_eval(gimple_phi_arg_def(phi, i), depth + 1);
		struct guard g;

		if (!in->n)
			continue;
		pc_edge(gimple_phi_arg_edge(phi, i), &g);
		factset_union(out, guarded(in, &g, false));
	}
	if (pf.min_busy <= my_depth) {
		/* it goes round a loop: any page of the allocation */
		bool moved = false;
		int steps = 256;	/* bounded: PHIs of big switches */

		for (i = 0; i < gimple_phi_num_args(phi) && !moved; i++)
			moved = cycle_moves(gimple_phi_arg_def(phi, i),
					    gimple_phi_result(phi), false, 0, &steps);
		for (k = 0; k < out->n; k++) {
			out->f[k].off = OFF_UNKNOWN;
			out->f[k].moved |= moved;
		}
	}
	pf.min_busy = MIN(saved, pf.min_busy);
	return out;
}

static const struct factset *param_fact(tree t)
{
	struct factset *out;
	struct fact f;
	int idx;

	idx = summary_param_index(pf.fun->decl, SSA_NAME_VAR(t));
	if (idx < 0)
		return &facts_empty;
	memset(&f, 0, sizeof(f));
	f.kind = PK_PARAM;
	f.param = idx;
	f.off = OFF_ZERO;
	out = factset_new();
	factset_add(out, &f);
	return out;
}

/* The facts of SSA name T, from its definition (pf_eval() memoizes them). */
static const struct factset *eval_def(tree t, int depth)
{
	gimple *def = SSA_NAME_DEF_STMT(t);

	if (SSA_NAME_IS_DEFAULT_DEF(t)) {
		if (SSA_NAME_VAR(t) && TREE_CODE(SSA_NAME_VAR(t)) == PARM_DECL)
			return param_fact(t);
		return &facts_empty;
	}
	if (!def)
		return &facts_empty;
	if (gimple_code(def) == GIMPLE_PHI)
		return eval_phi(vc_as_phi(def), depth, depth);
	if (is_gimple_call(def))
		return eval_call(def, depth);
	if (!is_gimple_assign(def))
		return &facts_empty;

	switch (get_gimple_rhs_class(gimple_assign_rhs_code(def))) {
	case GIMPLE_SINGLE_RHS: {
		tree rhs = gimple_assign_rhs1(def);

		if (TREE_CODE(rhs) == SSA_NAME)
			return pf_eval(rhs, depth + 1);
		if (TREE_CODE(rhs) == ADDR_EXPR)
			return eval_addr(rhs, def, depth);
		if (gimple_assign_load_p(def))
			return eval_load(rhs, def, depth);
		return &facts_empty;
	}
	case GIMPLE_UNARY_RHS:
		if (CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)) ||
		    gimple_assign_rhs_code(def) == VIEW_CONVERT_EXPR) {
			tree rhs = gimple_assign_rhs1(def);
			const struct factset *in = pf_eval(rhs, depth + 1);

			/* an address or pfn becomes a page: virt_to_page() */
			if (in->n && kapi_is_page_ptr(TREE_TYPE(t)) &&
			    !kapi_is_page_ptr(TREE_TYPE(rhs)))
				return pf_shifted(in, SH_KEEP, def, STEP_DERIVE, NULL, NULL, true);
			return in;
		}
		return &facts_empty;
	case GIMPLE_BINARY_RHS: {
		tree key = box_container_of_key(def);

		if (key)
			return box_facts(key, def, SH_KEEP, NULL);
		return eval_binary(def, depth);
	}
	default:
		return &facts_empty;
	}
}

const struct factset *pf_eval(tree t, int depth)
{
	const struct factset *res;
	unsigned int ver;
	int saved;

	if (depth > PF_DEPTH || --pf.budget < 0)
		return &facts_empty;
	if (TREE_CODE(t) == ADDR_EXPR)
		return eval_addr(t, NULL, depth);
	if (TREE_CODE(t) != SSA_NAME)
		return &facts_empty;
	ver = SSA_NAME_VERSION(t);
	if (ver >= pf.nssa)
		return &facts_empty;
	if (pf.state[ver] == ST_DONE)
		return pf.memo[ver];
	if (pf.state[ver] == ST_BUSY) {
		pf.min_busy = MIN(pf.min_busy, pf.busy_depth[ver]);
		return &facts_empty;
	}
	pf.state[ver] = ST_BUSY;
	pf.busy_depth[ver] = depth;
	saved = pf.min_busy;
	pf.min_busy = INT_MAX;
	res = eval_def(t, depth);
	if (pf.min_busy >= depth) {
		/* no open loop depends on it: the answer is final */
		pf.memo[ver] = res;
		pf.state[ver] = ST_DONE;
		pf.min_busy = saved;
	} else {
		pf.state[ver] = ST_NONE;
		pf.min_busy = MIN(saved, pf.min_busy);
	}
	return res;
}

/* ---- memory ---------------------------------------------------------- */

/*
 * Memory that outlives the call (a global, a static, a struct field) may
 * hold what another call stored, on its own paths: no conditions of ours.
 */
static bool outlives_call(const struct root *r)
{
	return r->kind == ROOT_FIELD || (r->kind == ROOT_DECL && pf_is_global(r->decl));
}

/* A page pointer, or an address (void *) that may be a page's. */
static bool holds_page(tree type)
{
	return kapi_is_page_ptr(type) ||
	       (POINTER_TYPE_P(type) && VOID_TYPE_P(TREE_TYPE(type)));
}

static const struct factset *write_facts(const struct store_rec *rec, int depth);

/* The facts one write puts into memory, with what held where it ran. */
static const struct factset *written(const struct store_rec *rec, int depth)
{
	const struct factset *fs = write_facts(rec, depth);

	if (!fs->n)
		return fs;
	return guarded(fs, pc_block(gimple_bb(rec->stmt)), outlives_call(&rec->root));
}

/* The facts one write puts into memory. */
static const struct factset *write_facts(const struct store_rec *rec, int depth)
{
	const char *what = NULL;
	tree rhs, lhs;

	switch (rec->kind) {
	case SR_ASSIGN:
		rhs = gimple_assign_rhs1(rec->stmt);
		lhs = gimple_assign_lhs(rec->stmt);
		/*
		 * a page, or its address (void *aux_pages[]), into a slot
		 * that holds one: not the array pointer itself (a global
		 * struct page **pages = kmalloc_array(...) is keyed like the
		 * memory it points to)
		 */
		if (!holds_page(TREE_TYPE(rhs)) || !holds_page(TREE_TYPE(lhs)))
			return &facts_empty;
		/* a page kept in a plain variable, not in an array */
		if (DECL_P(lhs) && DECL_NAME(lhs))
			what = IDENTIFIER_POINTER(DECL_NAME(lhs));
		return pf_shifted(pf_eval(rhs, depth + 1), SH_KEEP, rec->stmt, STEP_STORE,
			       NULL, what, true);
	case SR_COPY:
		return pf_shifted(pf_eval_mem(&rec->src, rec->stmt, rec->stmt, depth + 1),
			       SH_KEEP, rec->stmt, STEP_COPY,
			       is_gimple_call(rec->stmt) ? vc_callee_name(rec->stmt) : NULL,
			       NULL, true);
	case SR_PRODUCE:
		return maybe_fact(rec->stmt, PK_GUP, kapi_lookup_call(rec->stmt));
	case SR_FILL:
		return import(&rec->callee->fill[rec->param], rec->stmt, STEP_FILL,
			      rec->callee->param_name[rec->param], depth);
	case SR_SAFE_FILL:
		return &facts_empty;	/* independent order-0 pages */
	case SR_EXTFILL:
		return lf_enabled() ? ext_fill_fact(rec->stmt, rec->param) : &facts_empty;
	}
	return &facts_empty;
}

/* The facts one write puts into memory; a write's answer is kept once final. */
const struct factset *pf_store_facts(const struct store_rec *rec, int depth)
{
	const struct factset *res;
	int saved = pf.min_busy;

	if (rec->facts)
		return rec->facts;
	pf.min_busy = INT_MAX;
	res = written(rec, depth);
	if (pf.min_busy == INT_MAX && pf.budget >= 0)
		((struct store_rec *)rec)->facts = res;
	pf.min_busy = MIN(saved, pf.min_busy);
	return res;
}

const struct factset *pf_eval_mem_through(const struct root *r, gimple *call, int depth)
{
	struct factset *out = factset_new();
	unsigned int i;

	factset_union(out, pf_eval_mem(r, call, NULL, depth));
	for (i = 0; i < vec_safe_length(pf.stores); i++) {
		const struct store_rec *rec = &(*pf.stores)[i];

		if (rec->stmt == call && pf_root_covers(r, &rec->root))
			factset_union(out, pf_store_facts(rec, depth));
	}
	return out;
}

/*
 * *obj = tmp: a struct assignment copies the arrays embedded in TMP into
 * the object; a read of obj->pages[] (a field's memory) sees them.
 */
static bool copies_field(const struct store_rec *rec, tree field)
{
	tree type;

	if (rec->kind != SR_COPY || !is_gimple_assign(rec->stmt) ||
	    TREE_CODE(field) != FIELD_DECL)
		return false;
	type = TREE_TYPE(gimple_assign_lhs(rec->stmt));
	return TREE_CODE(type) == RECORD_TYPE &&
	       TYPE_MAIN_VARIANT(type) == TYPE_MAIN_VARIANT(DECL_CONTEXT(field));
}

/*
 * What memory R holds when statement AT runs: the writes that can reach
 * AT (except SKIP), plus what is known from outside this function.
 */
const struct factset *pf_eval_mem(const struct root *r, gimple *at,
				      gimple *skip, int depth)
{
	struct factset *out;
	const struct factset *fs;
	const struct fsum *sum;
	unsigned int i;

	if (depth > PF_DEPTH || --pf.budget < 0)
		return &facts_empty;
	if (!pf.stores_built)
		pf_build_stores();
	out = factset_new();
	for (i = 0; i < vec_safe_length(pf.stores); i++) {
		const struct store_rec *rec = &(*pf.stores)[i];

		if (rec->stmt == skip || (at && !fnctx_reaches(rec->stmt, at)))
			continue;
		if (r->kind == ROOT_FIELD && copies_field(rec, r->decl)) {
			/* the whole struct copied in: its arrays come with it */
			fs = pf_eval_mem(&rec->src, rec->stmt, rec->stmt, depth + 1);
			factset_union(out, guarded(pf_shifted(fs, SH_KEEP, rec->stmt, STEP_COPY,
							      NULL, NULL, true), NULL, true));
			continue;
		}
		if (!pf_root_covers(r, &rec->root))
			continue;
		factset_union(out, pf_store_facts(rec, depth));
	}
	switch (r->kind) {
	case ROOT_PARM: {
		struct fact f;

		memset(&f, 0, sizeof(f));
		f.kind = PK_PARAM;
		f.param = summary_param_index(pf.fun->decl, r->decl);
		f.mem = true;
		f.off = OFF_ZERO;
		if (f.param >= 0)
			factset_add(out, &f);
		break;
	}
	case ROOT_FIELD:
		fs = field_get(r->decl, pf.fun->decl);
		for (i = 0; fs && i < (unsigned int)fs->n; i++) {
			struct fact f = fs->f[i];

			f.shared = true;	/* what any object of the type may hold */
			factset_add(out, &f);
		}
		/* what other units keep there: vmapcheck-link */
		if (lf_enabled())
			factset_union(out, ext_field_fact(r->decl, at));
		break;
	case ROOT_CALL:
		sum = summary_of_call(r->call);
		if (sum && r->out >= 0 && sum->out_arg == r->out + 1 && sum->out_mem.n)
			factset_union(out, import(&sum->out_mem, r->call, STEP_FILL,
						  sum->param_name[r->out], depth));
		else if (sum && r->out < 0 && sum->ret_mem.n)
			factset_union(out, import(&sum->ret_mem, r->call, STEP_RETURN, NULL, depth));
		else if (!sum && r->out < 0 && lf_enabled())
			factset_union(out, ext_fact(r->call, LF_MEM));
		break;
	default:
		break;
	}
	return out;
}
