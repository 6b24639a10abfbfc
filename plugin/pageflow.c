// SPDX-License-Identifier: GPL-2.0
/*
 * pageflow.c - where a struct page pointer comes from.
 *
 * A demand-driven backward walk over SSA use-def chains, in the manner of
 * PaX size_overflow's walk_use_def(): starting at the array handed to
 * vmap(), it finds the stores into that array's memory, then follows each
 * stored value back through copies, casts, PHIs, pointer arithmetic, the
 * derivations of kapi.c (folio_page(), virt_to_page(), the pfn round trip,
 * page_folio(), ...) and loads from memory, to the allocations that made it.
 *
 * The answer for a value is a small set of facts: "a page of allocation A
 * (compound / unsplit / slab, order N), its first page or a later one",
 * each with the path of steps that led there, for the notes.
 *
 * Memory is keyed by its root: a declared object, the call that allocated
 * it, or a parameter.  Every walk is bounded (depth and a work budget);
 * whatever is not understood yields no fact, so no warning.
 */
#include "vmapcheck.h"

#define PF_DEPTH 48
#define PF_BUDGET 20000

/* ROOT_CYCLE: only reached by going round a loop back to where we started */
enum root_kind { ROOT_NONE, ROOT_DECL, ROOT_CALL, ROOT_PARM, ROOT_CYCLE };

struct root {
	enum root_kind kind;
	tree decl;
	gimple *call;
};

struct store_rec {
	gimple *stmt;
	struct root root;
};

enum { ST_NONE, ST_DONE, ST_BUSY };

static struct {
	function *fun;
	struct obstack ob;
	bool ob_live;
	unsigned int nssa;
	/* facts memo, per SSA version */
	struct factset **memo;
	unsigned char *state;
	int *busy_depth;
	int min_busy;		/* shallowest BUSY node hit by the current walk */
	int budget;
	/* root memo, per SSA version */
	struct root *roots;
	unsigned char *root_state;
	/* stores of pointers into memory, built on first use */
	struct store_rec *stores;
	int nstores;
	bool stores_built;
} pf;

static const struct factset empty_set = { 0, {} };

void pageflow_begin(function *fun)
{
	memset(&pf, 0, sizeof(pf));
	pf.fun = fun;
	pf.nssa = num_ssa_names;
	obstack_init(&pf.ob);
	pf.ob_live = true;
	pf.memo = XCNEWVEC(struct factset *, pf.nssa);
	pf.state = XCNEWVEC(unsigned char, pf.nssa);
	pf.busy_depth = XCNEWVEC(int, pf.nssa);
	pf.roots = XCNEWVEC(struct root, pf.nssa);
	pf.root_state = XCNEWVEC(unsigned char, pf.nssa);
}

void pageflow_end(void)
{
	if (pf.ob_live)
		obstack_free(&pf.ob, NULL);
	XDELETEVEC(pf.memo);
	XDELETEVEC(pf.state);
	XDELETEVEC(pf.busy_depth);
	XDELETEVEC(pf.roots);
	XDELETEVEC(pf.root_state);
	XDELETEVEC(pf.stores);
	memset(&pf, 0, sizeof(pf));
}

/* ---- small helpers --------------------------------------------------- */

static struct factset *fs_new(void)
{
	struct factset *s = XOBNEW(&pf.ob, struct factset);

	s->n = 0;
	return s;
}

static const struct step *step_new(enum step_kind kind, location_t loc,
				   const char *callee, const struct step *prev)
{
	struct step *st = XOBNEW(&pf.ob, struct step);

	st->kind = kind;
	st->loc = loc;
	st->callee = callee;
	st->prev = prev;
	return st;
}

static void fs_add(struct factset *s, const struct fact *f)
{
	int i;

	for (i = 0; i < s->n; i++) {
		if (s->f[i].origin != f->origin)
			continue;
		/* keep the path that shows a later page, it is the worse one */
		if (s->f[i].off == OFF_ZERO && f->off != OFF_ZERO)
			s->f[i].path = f->path;
		if (s->f[i].off != f->off)
			s->f[i].off = OFF_UNKNOWN;
		return;
	}
	if (s->n < FACTS_MAX)
		s->f[s->n++] = *f;
}

static void fs_union(struct factset *s, const struct factset *t)
{
	int i;

	for (i = 0; i < t->n; i++)
		fs_add(s, &t->f[i]);
}

/* The struct tag a pointer type points to ("page", "folio"), or NULL. */
static const char *pointee_tag(tree type)
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

static bool is_page_ptr(tree type)
{
	const char *tag = pointee_tag(type);

	return tag && (!strcmp(tag, "page") || !strcmp(tag, "folio"));
}

static location_t stmt_loc(const gimple *stmt)
{
	location_t loc = stmt ? gimple_location(stmt) : UNKNOWN_LOCATION;

	if (loc == UNKNOWN_LOCATION && pf.fun)
		loc = DECL_SOURCE_LOCATION(pf.fun->decl);
	return loc;
}

/* Can control flow get from statement FROM to statement TO? */
static bool reaches(gimple *from, gimple *to)
{
	basic_block src = gimple_bb(from), dst = gimple_bb(to);
	basic_block *work;
	int nwork = 0;
	bool found = false;

	if (!src || !dst)
		return true;
	if (src == dst) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(src); !gsi_end_p(gsi); gsi_next(&gsi)) {
			if (gsi_stmt(gsi) == to)
				break;
			if (gsi_stmt(gsi) == from)
				return true;
		}
		/* TO comes first: only a loop brings FROM back round to it */
	}
	auto_sbitmap seen(last_basic_block_for_fn(pf.fun));
	bitmap_clear(seen);
	work = XNEWVEC(basic_block, n_basic_blocks_for_fn(pf.fun) + 1);
	work[nwork++] = src;
	while (nwork && !found) {
		basic_block bb = work[--nwork];
		edge e;
		edge_iterator ei;

		FOR_EACH_EDGE(e, ei, bb->succs) {
			basic_block s = e->dest;

			if (s == dst) {
				found = true;
				break;
			}
			if (s->index < 0 || bitmap_bit_p(seen, s->index))
				continue;
			bitmap_set_bit(seen, s->index);
			work[nwork++] = s;
		}
	}
	XDELETEVEC(work);
	return found;
}

/* ---- memory roots ---------------------------------------------------- */

static bool root_eq(const struct root *a, const struct root *b)
{
	if (a->kind != b->kind || a->kind == ROOT_NONE || a->kind == ROOT_CYCLE)
		return false;
	if (a->kind == ROOT_CALL)
		return a->call == b->call;
	return a->decl == b->decl;
}

static void root_of_ptr(tree ptr, struct root *r, int depth);

static void root_of_ref(tree ref, struct root *r, int depth)
{
	tree base = get_base_address(ref);

	r->kind = ROOT_NONE;
	if (!base)
		return;
	if (DECL_P(base)) {
		r->kind = ROOT_DECL;
		r->decl = base;
	} else if (TREE_CODE(base) == MEM_REF || TREE_CODE(base) == TARGET_MEM_REF) {
		root_of_ptr(TREE_OPERAND(base, 0), r, depth + 1);
	}
}

static void root_of_def(tree ptr, struct root *r, int depth)
{
	gimple *def = SSA_NAME_DEF_STMT(ptr);
	unsigned int i;

	r->kind = ROOT_NONE;
	if (SSA_NAME_IS_DEFAULT_DEF(ptr)) {
		tree var = SSA_NAME_VAR(ptr);

		if (var && TREE_CODE(var) == PARM_DECL) {
			r->kind = ROOT_PARM;
			r->decl = var;
		}
		return;
	}
	if (is_gimple_call(def)) {
		r->kind = ROOT_CALL;
		r->call = def;
		return;
	}
	if (is_gimple_assign(def)) {
		enum tree_code code = gimple_assign_rhs_code(def);

		if (code == SSA_NAME || code == ADDR_EXPR ||
		    CONVERT_EXPR_CODE_P(code) || code == POINTER_PLUS_EXPR)
			root_of_ptr(gimple_assign_rhs1(def), r, depth + 1);
		return;
	}
	if (gimple_code(def) == GIMPLE_PHI) {
		bool any = false;

		for (i = 0; i < gimple_phi_num_args(def); i++) {
			tree arg = gimple_phi_arg_def(def, i);
			struct root a;

			if (integer_zerop(arg))
				continue;	/* NULL on an error path */
			root_of_ptr(arg, &a, depth + 1);
			if (a.kind == ROOT_CYCLE)
				continue;	/* the way round a loop */
			if (a.kind == ROOT_NONE || (any && !root_eq(&a, r))) {
				r->kind = ROOT_NONE;
				return;
			}
			*r = a;
			any = true;
		}
		if (!any)
			r->kind = ROOT_CYCLE;
	}
}

static void root_of_ptr(tree ptr, struct root *r, int depth)
{
	unsigned int ver;

	r->kind = ROOT_NONE;
	if (depth > PF_DEPTH)
		return;
	if (TREE_CODE(ptr) == ADDR_EXPR) {
		root_of_ref(TREE_OPERAND(ptr, 0), r, depth);
		return;
	}
	if (TREE_CODE(ptr) != SSA_NAME)
		return;
	ver = SSA_NAME_VERSION(ptr);
	if (ver >= pf.nssa)
		return;
	if (pf.root_state[ver] == ST_DONE) {
		*r = pf.roots[ver];
		return;
	}
	if (pf.root_state[ver] == ST_BUSY) {
		r->kind = ROOT_CYCLE;
		return;
	}
	pf.root_state[ver] = ST_BUSY;
	root_of_def(ptr, r, depth);
	pf.roots[ver] = *r;
	/* a loop-carried answer is only known once the loop head is done */
	pf.root_state[ver] = r->kind == ROOT_CYCLE ? ST_NONE : ST_DONE;
}

static void build_stores(void)
{
	basic_block bb;
	int cap = 16;

	pf.stores_built = true;
	pf.stores = XNEWVEC(struct store_rec, cap);
	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			tree lhs;

			if (!is_gimple_assign(stmt) || !gimple_store_p(stmt))
				continue;
			lhs = gimple_assign_lhs(stmt);
			if (!POINTER_TYPE_P(TREE_TYPE(lhs)))
				continue;
			if (pf.nstores == cap) {
				cap *= 2;
				pf.stores = XRESIZEVEC(struct store_rec, pf.stores, cap);
			}
			pf.stores[pf.nstores].stmt = stmt;
			root_of_ref(lhs, &pf.stores[pf.nstores].root, 0);
			pf.nstores++;
		}
	}
}

/* ---- facts ----------------------------------------------------------- */

static const struct factset *eval(tree t, int depth);

/* How an operation moves a value relative to its allocation's first page. */
enum shift { SH_KEEP, SH_CONST, SH_ANY };

static struct factset *shifted(const struct factset *in, enum shift sh,
			       gimple *stmt, const char *callee, bool note)
{
	struct factset *out = fs_new();
	int i;

	for (i = 0; i < in->n; i++) {
		struct fact f = in->f[i];

		if (sh == SH_ANY || (sh == SH_CONST && f.off != OFF_ZERO))
			f.off = OFF_UNKNOWN;
		else if (sh == SH_CONST)
			f.off = OFF_NONZERO;
		if (note)
			f.path = step_new(STEP_DERIVE, stmt_loc(stmt), callee, f.path);
		fs_add(out, &f);
	}
	return out;
}

/* An integer operand's effect when added to a page/pfn/address. */
static enum shift shift_of(tree t)
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
		return TREE_STATIC(t) || DECL_EXTERNAL(t);
	if (TREE_CODE(t) == ADDR_EXPR) {
		tree base = get_base_address(TREE_OPERAND(t, 0));

		return base && TREE_CODE(base) == VAR_DECL &&
		       (TREE_STATIC(base) || DECL_EXTERNAL(base));
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
		return &empty_set;
	}
	fx = eval(x, depth + 1);
	fy = eval(y, depth + 1);
	if (!fx->n && !fy->n)
		return &empty_set;
	if (fx->n && fy->n) {
		struct factset *both = fs_new();

		fs_union(both, fx);
		fs_union(both, fy);
		return shifted(both, SH_ANY, stmt, NULL, false);
	}
	t_is_first = fx->n != 0;
	t = t_is_first ? fx : fy;
	u = t_is_first ? y : x;

	switch (code) {
	case POINTER_PLUS_EXPR:
		/* the value rides on a conversion base: vmemmap + pfn */
		sh = t_is_first ? shift_of(u) : SH_KEEP;
		break;
	case PLUS_EXPR:
	case MINUS_EXPR:
		if (!t_is_first && code == MINUS_EXPR)
			sh = SH_ANY;
		else if (is_conversion_base(u, 0))
			sh = SH_KEEP;
		else
			sh = shift_of(u);
		break;
	case POINTER_DIFF_EXPR:
		sh = (t_is_first && is_conversion_base(u, 0)) ? SH_KEEP : SH_ANY;
		break;
	default:
		/* scaling and masking change the unit, not the page */
		sh = TREE_CODE(u) == INTEGER_CST ? SH_KEEP : SH_ANY;
		break;
	}
	note = is_page_ptr(TREE_TYPE(lhs)) &&
	       (sh != SH_KEEP || !is_page_ptr(TREE_TYPE(t_is_first ? x : y)));
	return shifted(t, sh, stmt, NULL, note);
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
		return &empty_set;
	base = get_inner_reference(ref, &bitsize, &bitpos, &off, &mode,
				   &unsignedp, &reversep, &volatilep);
	if (!base || TREE_CODE(base) != MEM_REF)
		return &empty_set;
	in = eval(TREE_OPERAND(base, 0), depth + 1);
	if (!in->n)
		return in;
	if (off)
		sh = shift_of(off);
	if (sh == SH_KEEP && (maybe_ne(bitpos, 0) || !integer_zerop(TREE_OPERAND(base, 1))))
		sh = SH_CONST;
	note = is_page_ptr(TREE_TYPE(addr)) &&
	       (sh != SH_KEEP ||
		pointee_tag(TREE_TYPE(addr)) != pointee_tag(TREE_TYPE(TREE_OPERAND(base, 0))));
	return shifted(in, sh, stmt, NULL, note);
}

static const struct factset *eval_load(tree ref, gimple *load, int depth)
{
	struct root r;
	struct factset *out;
	int i;

	root_of_ref(ref, &r, 0);
	if (r.kind == ROOT_NONE)
		return &empty_set;
	if (!pf.stores_built)
		build_stores();
	out = fs_new();
	for (i = 0; i < pf.nstores; i++) {
		gimple *st = pf.stores[i].stmt;

		if (!root_eq(&pf.stores[i].root, &r) || !reaches(st, load))
			continue;
		fs_union(out, eval(gimple_assign_rhs1(st), depth + 1));
	}
	return out;
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
		if (vset_provably_zero(&s) || !vset_max_const(&s, &order))
			return &empty_set;
	}
	if (e->role != KAPI_SLAB_ALLOC && (order <= 0 || order > 30))
		return &empty_set;

	f.origin = call;
	f.order = (int)order;
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
	f.path = step_new(STEP_ALLOC, stmt_loc(call), e->name, NULL);
	out = fs_new();
	fs_add(out, &f);
	return out;
}

static const struct factset *eval_call(gimple *call, int depth)
{
	const struct kapi_entry *e = kapi_lookup_call(call);
	const struct factset *in;
	struct factset *out;
	int i;

	if (!e)
		return &empty_set;
	switch (e->role) {
	case KAPI_PAGE_ALLOC:
	case KAPI_FOLIO_ALLOC:
	case KAPI_ADDR_ALLOC:
	case KAPI_SLAB_ALLOC:
		return alloc_fact(call, e);
	case KAPI_DERIVE:
		in = eval(gimple_call_arg(call, e->a), depth + 1);
		if (!in->n)
			return in;
		return shifted(in, e->b >= 0 ? shift_of(gimple_call_arg(call, e->b)) : SH_KEEP,
			       call, e->name, true);
	case KAPI_TO_HEAD:
		in = eval(gimple_call_arg(call, e->a), depth + 1);
		if (!in->n)
			return in;
		out = fs_new();
		for (i = 0; i < in->n; i++) {
			struct fact f = in->f[i];

			f.off = OFF_ZERO;
			f.path = step_new(STEP_DERIVE, stmt_loc(call), e->name, f.path);
			fs_add(out, &f);
		}
		return out;
	default:
		return &empty_set;
	}
}

static const struct factset *eval_phi(gphi *phi, int depth, int my_depth)
{
	struct factset *out = fs_new();
	unsigned int i;
	int saved = pf.min_busy;
	int k;

	pf.min_busy = INT_MAX;
	for (i = 0; i < gimple_phi_num_args(phi); i++)
		fs_union(out, eval(gimple_phi_arg_def(phi, i), depth + 1));
	if (pf.min_busy <= my_depth)
		/* it goes round a loop: any page of the allocation */
		for (k = 0; k < out->n; k++)
			out->f[k].off = OFF_UNKNOWN;
	pf.min_busy = MIN(saved, pf.min_busy);
	return out;
}

static const struct factset *eval_def(tree t, int depth)
{
	gimple *def = SSA_NAME_DEF_STMT(t);

	if (SSA_NAME_IS_DEFAULT_DEF(t) || !def)
		return &empty_set;
	if (gimple_code(def) == GIMPLE_PHI)
		return eval_phi(as_a<gphi *>(def), depth, depth);
	if (is_gimple_call(def))
		return eval_call(def, depth);
	if (!is_gimple_assign(def))
		return &empty_set;

	switch (get_gimple_rhs_class(gimple_assign_rhs_code(def))) {
	case GIMPLE_SINGLE_RHS: {
		tree rhs = gimple_assign_rhs1(def);

		if (TREE_CODE(rhs) == SSA_NAME)
			return eval(rhs, depth + 1);
		if (TREE_CODE(rhs) == ADDR_EXPR)
			return eval_addr(rhs, def, depth);
		if (gimple_assign_load_p(def))
			return eval_load(rhs, def, depth);
		return &empty_set;
	}
	case GIMPLE_UNARY_RHS:
		if (CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)) ||
		    gimple_assign_rhs_code(def) == VIEW_CONVERT_EXPR) {
			tree rhs = gimple_assign_rhs1(def);
			const struct factset *in = eval(rhs, depth + 1);

			/* an address or pfn becomes a page: virt_to_page() */
			if (in->n && is_page_ptr(TREE_TYPE(t)) &&
			    !is_page_ptr(TREE_TYPE(rhs)))
				return shifted(in, SH_KEEP, def, NULL, true);
			return in;
		}
		return &empty_set;
	case GIMPLE_BINARY_RHS:
		return eval_binary(def, depth);
	default:
		return &empty_set;
	}
}

static const struct factset *eval(tree t, int depth)
{
	const struct factset *res;
	unsigned int ver;
	int saved;

	if (depth > PF_DEPTH || --pf.budget < 0)
		return &empty_set;
	if (TREE_CODE(t) == ADDR_EXPR)
		return eval_addr(t, NULL, depth);
	if (TREE_CODE(t) != SSA_NAME)
		return &empty_set;
	ver = SSA_NAME_VERSION(t);
	if (ver >= pf.nssa)
		return &empty_set;
	if (pf.state[ver] == ST_DONE)
		return pf.memo[ver];
	if (pf.state[ver] == ST_BUSY) {
		pf.min_busy = MIN(pf.min_busy, pf.busy_depth[ver]);
		return &empty_set;
	}
	pf.state[ver] = ST_BUSY;
	pf.busy_depth[ver] = depth;
	saved = pf.min_busy;
	pf.min_busy = INT_MAX;
	res = eval_def(t, depth);
	if (pf.min_busy >= depth) {
		/* no open loop depends on it: the answer is final */
		pf.memo[ver] = (struct factset *)res;
		pf.state[ver] = ST_DONE;
		pf.min_busy = saved;
	} else {
		pf.state[ver] = ST_NONE;
		pf.min_busy = MIN(saved, pf.min_busy);
	}
	return res;
}

/* ---- the query from vmap() ------------------------------------------- */

/* Allocations that a split_page() before VMAP_CALL turned into order-0. */
static bool split_before(gimple *origin, gimple *vmap_call)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			const struct kapi_entry *e;
			const struct factset *fs;
			int i;

			if (!is_gimple_call(stmt))
				continue;
			e = kapi_lookup_call(stmt);
			if (!e || e->role != KAPI_SPLIT || !reaches(stmt, vmap_call))
				continue;
			fs = eval(gimple_call_arg(stmt, e->a), 0);
			for (i = 0; i < fs->n; i++)
				if (fs->f[i].origin == origin)
					return true;
		}
	}
	return false;
}

void pageflow_array_facts(gimple *vmap_call, tree pages, struct factset *out)
{
	struct root r;
	int i, j;

	out->n = 0;
	pf.budget = PF_BUDGET;
	pf.min_busy = INT_MAX;
	root_of_ptr(pages, &r, 0);
	if (r.kind == ROOT_NONE)
		return;
	if (!pf.stores_built)
		build_stores();
	for (i = 0; i < pf.nstores; i++) {
		gimple *st = pf.stores[i].stmt;
		const struct factset *fs;

		if (!root_eq(&pf.stores[i].root, &r) || !reaches(st, vmap_call))
			continue;
		fs = eval(gimple_assign_rhs1(st), 0);
		for (j = 0; j < fs->n; j++) {
			struct fact f = fs->f[j];

			if (!is_page_ptr(TREE_TYPE(gimple_assign_rhs1(st))))
				continue;
			if (f.kind == PK_UNSPLIT && split_before(f.origin, vmap_call))
				continue;
			f.path = step_new(STEP_STORE, stmt_loc(st), NULL, f.path);
			fs_add(out, &f);
		}
	}
	if (pf.budget < 0)
		out->n = 0;	/* gave up: say nothing rather than guess */
}
