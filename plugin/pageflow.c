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
 */
#include "pageflow.h"

struct pf_state pf;
const struct factset pf_empty_set = { 0, {} };

void pageflow_begin(function *fun)
{
	memset(&pf, 0, sizeof(pf));
	pf.fun = fun;
	pf.nssa = num_ssa_names;
	pf.memo = XCNEWVEC(const struct factset *, pf.nssa);
	pf.state = XCNEWVEC(unsigned char, pf.nssa);
	pf.busy_depth = XCNEWVEC(int, pf.nssa);
	pf.roots = XCNEWVEC(struct root, pf.nssa);
	pf.root_state = XCNEWVEC(unsigned char, pf.nssa);
	pf.budget = PF_BUDGET;
	pf.min_busy = INT_MAX;
}

void pageflow_end(void)
{
	int i;

	for (i = 0; pf.reach && i < last_basic_block_for_fn(pf.fun); i++)
		if (pf.reach[i])
			sbitmap_free(pf.reach[i]);
	XDELETEVEC(pf.reach);
	XDELETEVEC(pf.splits);
	XDELETEVEC(pf.memo);
	XDELETEVEC(pf.state);
	XDELETEVEC(pf.busy_depth);
	XDELETEVEC(pf.roots);
	XDELETEVEC(pf.root_state);
	XDELETEVEC(pf.stores);
	memset(&pf, 0, sizeof(pf));
	vset_free_cache();
}

/* ---- small helpers --------------------------------------------------- */

struct factset *pf_fs_new(void)
{
	struct factset *s = (struct factset *)vc_alloc(sizeof(*s));

	s->n = 0;
	return s;
}

const struct step *pf_step_new(enum step_kind kind, location_t loc,
				   const char *callee, const char *what,
				   const struct step *prev)
{
	struct step *st = (struct step *)vc_alloc(sizeof(*st));

	st->kind = kind;
	st->loc = loc;
	st->callee = callee;
	st->what = what;
	st->prev = prev;
	return st;
}

const char *pf_fn_name(tree fndecl)
{
	return fndecl && DECL_NAME(fndecl) ? IDENTIFIER_POINTER(DECL_NAME(fndecl)) : "?";
}

/* The struct tag a pointer type points to ("page", "folio"), or NULL. */
const char *pf_pointee_tag(tree type)
{
	tree name;

	if (!type || !POINTER_TYPE_P(type))
		return NULL;
	type = TYPE_MAIN_VARIANT(TREE_TYPE(type));
	if (TREE_CODE(type) != RECORD_TYPE)
		return NULL;
	name = TYPE_NAME(type);
	if (name && TREE_CODE(name) == TYPE_DECL)
		name = DECL_NAME(name);
	if (!name || TREE_CODE(name) != IDENTIFIER_NODE)
		return NULL;
	return IDENTIFIER_POINTER(name);
}

bool pf_is_page_ptr(tree type)
{
	const char *tag = pf_pointee_tag(type);

	return tag && (!strcmp(tag, "page") || !strcmp(tag, "folio"));
}

location_t pf_stmt_loc(const gimple *stmt)
{
	location_t loc = stmt ? gimple_location(stmt) : UNKNOWN_LOCATION;

	if (loc == UNKNOWN_LOCATION && pf.fun)
		loc = DECL_SOURCE_LOCATION(pf.fun->decl);
	return loc;
}

/* The blocks reachable from BB by one or more edges, computed once. */
static sbitmap reach_from(basic_block bb)
{
	basic_block *work;
	int nwork = 0;
	sbitmap seen;

	if (!pf.reach) {
		/* first question in this function: number its statements */
		pf.reach = XCNEWVEC(sbitmap, last_basic_block_for_fn(pf.fun));
		renumber_gimple_stmt_uids(pf.fun);
	}
	if (pf.reach[bb->index])
		return pf.reach[bb->index];
	seen = sbitmap_alloc(last_basic_block_for_fn(pf.fun));
	bitmap_clear(seen);
	work = XNEWVEC(basic_block, n_basic_blocks_for_fn(pf.fun) + 1);
	work[nwork++] = bb;
	while (nwork) {
		basic_block b = work[--nwork];
		edge e;
		edge_iterator ei;

		FOR_EACH_EDGE(e, ei, b->succs) {
			if (bitmap_bit_p(seen, e->dest->index))
				continue;
			bitmap_set_bit(seen, e->dest->index);
			work[nwork++] = e->dest;
		}
	}
	XDELETEVEC(work);
	pf.reach[bb->index] = seen;
	return seen;
}

/* Can control flow get from statement FROM to statement TO? */
bool pf_reaches(gimple *from, gimple *to)
{
	basic_block src = gimple_bb(from), dst = gimple_bb(to);

	sbitmap reach;

	if (!src || !dst || from == to)
		return from != to;
	reach = reach_from(src);	/* also numbers the statements */
	/* statements are numbered in order within a block */
	if (src == dst && gimple_uid(from) < gimple_uid(to))
		return true;
	/* otherwise control must leave SRC and come to DST (round a loop) */
	return bitmap_bit_p(reach, dst->index);
}

const struct fsum *pf_callee_summary(const gimple *call)
{
	tree fndecl;

	if (!is_gimple_call(call) || gimple_call_internal_p(call))
		return NULL;
	fndecl = gimple_call_fndecl(call);
	return fndecl ? summary_get(fndecl, false) : NULL;
}

/* ---- facts ----------------------------------------------------------- */

static enum page_off shift_off(enum page_off off, enum shift sh)
{
	if (sh == SH_ANY || (sh == SH_CONST && off != OFF_ZERO))
		return OFF_UNKNOWN;
	if (sh == SH_CONST)
		return OFF_NONZERO;
	return off;
}

struct factset *pf_shifted(const struct factset *in, enum shift sh,
			       const gimple *stmt, enum step_kind kind,
			       const char *callee, const char *what, bool note)
{
	struct factset *out = pf_fs_new();
	int i;

	for (i = 0; i < in->n; i++) {
		struct fact f = in->f[i];

		f.off = shift_off(f.off, sh);
		f.moved |= sh != SH_KEEP;
		if (note)
			f.path = pf_step_new(kind, pf_stmt_loc(stmt), callee, what, f.path);
		factset_add(out, &f);
	}
	return out;
}

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
		return &pf_empty_set;
	}
	fx = pf_eval(x, depth + 1);
	fy = pf_eval(y, depth + 1);
	if (!fx->n && !fy->n)
		return &pf_empty_set;
	if (fx->n && fy->n) {
		struct factset *both = pf_fs_new();

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
	note = pf_is_page_ptr(TREE_TYPE(lhs)) &&
	       (sh != SH_KEEP || !pf_is_page_ptr(TREE_TYPE(t_is_first ? x : y)));
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
		return &pf_empty_set;
	base = get_inner_reference(ref, &bitsize, &bitpos, &off, &mode,
				   &unsignedp, &reversep, &volatilep);
	if (!base || TREE_CODE(base) != MEM_REF)
		return &pf_empty_set;
	in = pf_eval(TREE_OPERAND(base, 0), depth + 1);
	if (!in->n)
		return in;
	if (off)
		sh = pf_shift_of(off);
	if (sh == SH_KEEP && (maybe_ne(bitpos, 0) || !integer_zerop(TREE_OPERAND(base, 1))))
		sh = SH_CONST;
	note = stmt && pf_is_page_ptr(TREE_TYPE(addr)) &&
	       (sh != SH_KEEP ||
		pf_pointee_tag(TREE_TYPE(addr)) != pf_pointee_tag(TREE_TYPE(TREE_OPERAND(base, 0))));
	return pf_shifted(in, sh, stmt, STEP_DERIVE, NULL, NULL, note);
}

static const struct factset *eval_load(tree ref, gimple *load, int depth)
{
	struct root r;

	pf_root_of_ref(ref, &r, 0);
	if (r.kind == ROOT_NONE)
		return &pf_empty_set;
	return pf_eval_mem(&r, load, NULL, depth + 1);
}

static const struct factset *alloc_fact(gimple *call, const struct kapi_entry *e)
{
	struct factset *out;
	struct fact f;
	struct vset s;
	HOST_WIDE_INT order = e->c;

	memset(&f, 0, sizeof(f));
	if (e->b >= 0) {
		vset_eval(gimple_call_arg(call, e->b), &s);
		if (vset_provably_zero(&s))
			return &pf_empty_set;
		if (!vset_max_const(&s, &order)) {
			/*
			 * An order only known at run time: maybe > 0.  Kept at
			 * every level: a page past the first proves it is > 0.
			 */
			if (e->role == KAPI_SLAB_ALLOC)
				return &pf_empty_set;
			order = -1;
		}
	}
	if (e->role != KAPI_SLAB_ALLOC && order != -1 && (order <= 0 || order > 30))
		return &pf_empty_set;

	f.origin = call;
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
		vset_eval(gimple_call_arg(call, e->a), &s);
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
	if (order == -1 && e->role != KAPI_SLAB_ALLOC) {
		f.comp = f.kind == PK_COMPOUND;
		f.kind = PK_ANY_ORDER;
	}
	f.path = pf_step_new(STEP_ALLOC, pf_stmt_loc(call), e->name, NULL, NULL);
	out = pf_fs_new();
	factset_add(out, &f);
	return out;
}

/* level=possible: a page that may be a tail page, or is not ours to free */
static const struct factset *maybe_fact(gimple *call, enum page_kind kind,
					const char *name)
{
	struct factset *out;
	struct fact f;

	if (vc_level < LEVEL_POSSIBLE)
		return &pf_empty_set;
	memset(&f, 0, sizeof(f));
	f.origin = call;
	f.kind = kind;
	f.param = -1;
	f.off = OFF_UNKNOWN;
	f.path = pf_step_new(STEP_ALLOC, pf_stmt_loc(call), name, NULL, NULL);
	out = pf_fs_new();
	factset_add(out, &f);
	return out;
}

/* Put the steps of SYM (a callee's path, newest first) on top of BASE. */
static const struct step *graft(const struct step *base, const struct step *sym,
				int depth)
{
	if (!sym || depth > 32)
		return base;
	return pf_step_new(sym->kind, sym->loc, sym->callee, sym->what,
			   graft(base, sym->prev, depth + 1));
}

/*
 * Bring facts from a callee's summary into this function at CALL: its own
 * pages keep their paths plus one step here; symbolic parameter facts are
 * replaced by what the caller passes.
 */
static const struct factset *import(const struct factset *in, gimple *call,
				    enum step_kind kind, const char *what, int depth)
{
	const char *callee = vc_callee_name(call);
	struct factset *out = pf_fs_new();
	unsigned int nargs = gimple_call_num_args(call);
	int i, j;

	for (i = 0; i < in->n; i++) {
		const struct fact *f = &in->f[i];
		const struct factset *arg;
		struct fact g;

		if (f->kind != PK_PARAM) {
			g = *f;
			g.path = pf_step_new(kind, pf_stmt_loc(call), callee, what, f->path);
			factset_add(out, &g);
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
		for (j = 0; j < arg->n; j++) {
			g = arg->f[j];
			if (f->to_head && g.kind != PK_PARAM) {
				g.off = OFF_ZERO;	/* the callee took the head */
				g.moved = false;
			} else if (f->to_head) {
				g.to_head = true;
			}
			g.off = shift_off(g.off, f->off == OFF_ZERO ? SH_KEEP :
					  f->off == OFF_NONZERO ? SH_CONST : SH_ANY);
			g.moved |= f->moved;
			/* what the callee did with it, then this call */
			g.path = graft(g.path, f->path, 0);
			g.path = pf_step_new(kind, pf_stmt_loc(call), callee, what, g.path);
			factset_add(out, &g);
		}
	}
	return out;
}

/* What a container holds, taken out at STMT (by CALLEE). */
static const struct factset *box_facts(tree key, gimple *stmt, enum shift sh,
				       const char *callee)
{
	const struct factset *fs = key ? field_get(key) : NULL;

	if (!fs || !fs->n)
		return &pf_empty_set;
	return pf_shifted(fs, sh, stmt, STEP_BOX_GET, callee, box_describe(key), true);
}

/* import() for the other parts of the engine: a callee's facts at CALL */
const struct factset *pf_import(const struct factset *in, gimple *call,
				enum step_kind kind, int depth)
{
	return import(in, call, kind, NULL, depth);
}

static const struct factset *eval_call(gimple *call, int depth)
{
	const struct kapi_entry *e = kapi_lookup_call(call);
	const struct fsum *sum;
	const struct factset *in;
	struct factset *out;
	int i;

	if (!e) {
		sum = pf_callee_summary(call);
		if (!sum || !sum->ret.n)
			return &pf_empty_set;
		return import(&sum->ret, call, STEP_RETURN, NULL, depth);
	}
	switch (e->role) {
	case KAPI_PAGE_ALLOC:
	case KAPI_FOLIO_ALLOC:
	case KAPI_ADDR_ALLOC:
	case KAPI_SLAB_ALLOC:
		return alloc_fact(call, e);
	case KAPI_MAYBE_CACHE:
		return maybe_fact(call, PK_CACHE, e->name);
	case KAPI_MAYBE_VMALLOC:
		return maybe_fact(call, PK_VMALLOC, e->name);
	case KAPI_MAYBE_FRAG:
		return maybe_fact(call, PK_FRAG, e->name);
	case KAPI_BOX_GET:
		return box_facts(box_get_key(e), call, e->c ? SH_ANY : SH_KEEP, e->name);
	case KAPI_DERIVE:
		in = pf_eval(gimple_call_arg(call, e->a), depth + 1);
		if (!in->n)
			return in;
		return pf_shifted(in, e->b >= 0 ? pf_shift_of(gimple_call_arg(call, e->b)) : SH_KEEP,
			       call, STEP_DERIVE, e->name, NULL, true);
	case KAPI_TO_HEAD:
		in = pf_eval(gimple_call_arg(call, e->a), depth + 1);
		if (!in->n)
			return in;
		out = pf_fs_new();
		for (i = 0; i < in->n; i++) {
			struct fact f = in->f[i];

			f.off = OFF_ZERO;
			f.moved = false;
			if (f.kind == PK_PARAM)
				f.to_head = true;
			f.path = pf_step_new(STEP_DERIVE, pf_stmt_loc(call), e->name, NULL, f.path);
			factset_add(out, &f);
		}
		return out;
	default:
		return &pf_empty_set;
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
	if (e && e->role == KAPI_DERIVE && e->a >= 0 &&
	    (unsigned int)e->a < gimple_call_num_args(def))
		return cycle_moves(gimple_call_arg(def, e->a), target,
				   moved || (e->b >= 0 &&
					     pf_shift_of(gimple_call_arg(def, e->b)) != SH_KEEP),
				   depth + 1, steps);
	return false;
}

static const struct factset *eval_phi(gphi *phi, int depth, int my_depth)
{
	struct factset *out = pf_fs_new();
	unsigned int i;
	int saved = pf.min_busy;
	int k;

	pf.min_busy = INT_MAX;
	for (i = 0; i < gimple_phi_num_args(phi); i++)
		factset_union(out, pf_eval(gimple_phi_arg_def(phi, i), depth + 1));
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
		return &pf_empty_set;
	memset(&f, 0, sizeof(f));
	f.kind = PK_PARAM;
	f.param = idx;
	f.off = OFF_ZERO;
	out = pf_fs_new();
	factset_add(out, &f);
	return out;
}

static const struct factset *eval_def(tree t, int depth)
{
	gimple *def = SSA_NAME_DEF_STMT(t);

	if (SSA_NAME_IS_DEFAULT_DEF(t)) {
		if (SSA_NAME_VAR(t) && TREE_CODE(SSA_NAME_VAR(t)) == PARM_DECL)
			return param_fact(t);
		return &pf_empty_set;
	}
	if (!def)
		return &pf_empty_set;
	if (gimple_code(def) == GIMPLE_PHI)
		return eval_phi(vc_as_phi(def), depth, depth);
	if (is_gimple_call(def))
		return eval_call(def, depth);
	if (!is_gimple_assign(def))
		return &pf_empty_set;

	switch (get_gimple_rhs_class(gimple_assign_rhs_code(def))) {
	case GIMPLE_SINGLE_RHS: {
		tree rhs = gimple_assign_rhs1(def);

		if (TREE_CODE(rhs) == SSA_NAME)
			return pf_eval(rhs, depth + 1);
		if (TREE_CODE(rhs) == ADDR_EXPR)
			return eval_addr(rhs, def, depth);
		if (gimple_assign_load_p(def))
			return eval_load(rhs, def, depth);
		return &pf_empty_set;
	}
	case GIMPLE_UNARY_RHS:
		if (CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)) ||
		    gimple_assign_rhs_code(def) == VIEW_CONVERT_EXPR) {
			tree rhs = gimple_assign_rhs1(def);
			const struct factset *in = pf_eval(rhs, depth + 1);

			/* an address or pfn becomes a page: virt_to_page() */
			if (in->n && pf_is_page_ptr(TREE_TYPE(t)) &&
			    !pf_is_page_ptr(TREE_TYPE(rhs)))
				return pf_shifted(in, SH_KEEP, def, STEP_DERIVE, NULL, NULL, true);
			return in;
		}
		return &pf_empty_set;
	case GIMPLE_BINARY_RHS: {
		tree key = box_container_of_key(def);

		if (key)
			return box_facts(key, def, SH_KEEP, NULL);
		return eval_binary(def, depth);
	}
	default:
		return &pf_empty_set;
	}
}

const struct factset *pf_eval(tree t, int depth)
{
	const struct factset *res;
	unsigned int ver;
	int saved;

	if (depth > PF_DEPTH || --pf.budget < 0)
		return &pf_empty_set;
	if (TREE_CODE(t) == ADDR_EXPR)
		return eval_addr(t, NULL, depth);
	if (TREE_CODE(t) != SSA_NAME)
		return &pf_empty_set;
	ver = SSA_NAME_VERSION(t);
	if (ver >= pf.nssa)
		return &pf_empty_set;
	if (pf.state[ver] == ST_DONE)
		return pf.memo[ver];
	if (pf.state[ver] == ST_BUSY) {
		pf.min_busy = MIN(pf.min_busy, pf.busy_depth[ver]);
		return &pf_empty_set;
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

/* The facts one write puts into memory. */
static const struct factset *write_facts(const struct store_rec *rec, int depth)
{
	const char *what = NULL;
	tree rhs, lhs;

	switch (rec->kind) {
	case SR_ASSIGN:
		rhs = gimple_assign_rhs1(rec->stmt);
		/* a page, or its address (void *aux_pages[]) */
		if (!pf_is_page_ptr(TREE_TYPE(rhs)) &&
		    !(POINTER_TYPE_P(TREE_TYPE(rhs)) && VOID_TYPE_P(TREE_TYPE(TREE_TYPE(rhs)))))
			return &pf_empty_set;
		lhs = gimple_assign_lhs(rec->stmt);
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
		return maybe_fact(rec->stmt, PK_GUP, vc_callee_name(rec->stmt));
	case SR_FILL:
		return import(&rec->callee->fill[rec->param], rec->stmt, STEP_FILL,
			      summary_param_name(rec->callee->decl, rec->param), depth);
	}
	return &pf_empty_set;
}

/* The facts one write puts into memory; a write's answer is kept once final. */
const struct factset *pf_store_facts(const struct store_rec *rec, int depth)
{
	const struct factset *res;
	int saved = pf.min_busy;

	if (rec->facts)
		return rec->facts;
	pf.min_busy = INT_MAX;
	res = write_facts(rec, depth);
	if (pf.min_busy == INT_MAX && pf.budget >= 0)
		((struct store_rec *)rec)->facts = res;
	pf.min_busy = MIN(saved, pf.min_busy);
	return res;
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
	int i;

	if (depth > PF_DEPTH || --pf.budget < 0)
		return &pf_empty_set;
	if (!pf.stores_built)
		pf_build_stores();
	out = pf_fs_new();
	for (i = 0; i < pf.nstores; i++) {
		const struct store_rec *rec = &pf.stores[i];

		if (rec->stmt == skip || !pf_root_eq(&rec->root, r) ||
		    (at && !pf_reaches(rec->stmt, at)))
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
		fs = field_get(r->decl);
		if (fs)
			factset_union(out, fs);
		break;
	case ROOT_CALL:
		sum = pf_callee_summary(r->call);
		if (sum && sum->ret_mem.n)
			factset_union(out, import(&sum->ret_mem, r->call, STEP_RETURN, NULL, depth));
		break;
	default:
		break;
	}
	return out;
}
