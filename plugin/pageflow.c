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
#include "vmapcheck.h"

#define PF_DEPTH 48
#define PF_BUDGET 20000

/* ROOT_CYCLE: only reached by going round a loop back to where we started */
enum root_kind { ROOT_NONE, ROOT_DECL, ROOT_CALL, ROOT_PARM, ROOT_FIELD, ROOT_CYCLE };

struct root {
	enum root_kind kind;
	tree decl;		/* VAR_DECL, PARM_DECL, or FIELD_DECL / global */
	gimple *call;
};

enum store_kind {
	SR_ASSIGN,		/* *p = page */
	SR_COPY,		/* memcpy(dst, src, n), kmemdup(src, ...) */
	SR_FILL,		/* fill(dst, ...) where fill's summary stores */
	SR_PRODUCE,		/* get_user_pages(..., dst): pages of a kind */
};

struct store_rec {
	gimple *stmt;
	enum store_kind kind;
	struct root root;	/* the memory written */
	struct root src;	/* SR_COPY: the memory read */
	int param;		/* SR_FILL: the callee's parameter */
	const struct fsum *callee;
};

enum { ST_NONE, ST_DONE, ST_BUSY };

static struct {
	function *fun;
	unsigned int nssa;
	/* facts memo, per SSA version */
	const struct factset **memo;
	unsigned char *state;
	int *busy_depth;
	int min_busy;		/* shallowest BUSY node hit by the current walk */
	int budget;
	/* root memo, per SSA version */
	struct root *roots;
	unsigned char *root_state;
	/* writes of pointers into memory, built on first use */
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
	pf.memo = XCNEWVEC(const struct factset *, pf.nssa);
	pf.state = XCNEWVEC(unsigned char, pf.nssa);
	pf.busy_depth = XCNEWVEC(int, pf.nssa);
	pf.roots = XCNEWVEC(struct root, pf.nssa);
	pf.root_state = XCNEWVEC(unsigned char, pf.nssa);
	pf.budget = PF_BUDGET;
	pf.min_busy = INT_MAX;
	vset_reset_cache();
}

void pageflow_end(void)
{
	XDELETEVEC(pf.memo);
	XDELETEVEC(pf.state);
	XDELETEVEC(pf.busy_depth);
	XDELETEVEC(pf.roots);
	XDELETEVEC(pf.root_state);
	XDELETEVEC(pf.stores);
	memset(&pf, 0, sizeof(pf));
	vset_reset_cache();
}

/* ---- small helpers --------------------------------------------------- */

static struct factset *fs_new(void)
{
	struct factset *s = (struct factset *)vc_alloc(sizeof(*s));

	s->n = 0;
	return s;
}

static const struct step *step_new(enum step_kind kind, location_t loc,
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

static bool same_fact(const struct fact *a, const struct fact *b)
{
	if (a->kind == PK_PARAM || b->kind == PK_PARAM)
		return a->kind == b->kind && a->param == b->param && a->mem == b->mem;
	return a->origin == b->origin;
}

static void fs_add(struct factset *s, const struct fact *f)
{
	int i;

	for (i = 0; i < s->n; i++) {
		if (!same_fact(&s->f[i], f))
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

static const char *fn_name(tree fndecl)
{
	return fndecl && DECL_NAME(fndecl) ? IDENTIFIER_POINTER(DECL_NAME(fndecl)) : "?";
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

	if (!src || !dst || from == to)
		return from != to;
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

static const struct fsum *callee_summary(const gimple *call)
{
	tree fndecl;

	if (!is_gimple_call(call) || gimple_call_internal_p(call))
		return NULL;
	fndecl = gimple_call_fndecl(call);
	return fndecl ? summary_get(fndecl, false) : NULL;
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

/* A pointer loaded from obj->field or from a global: keyed by that slot. */
static void root_of_load(tree ref, struct root *r)
{
	r->kind = ROOT_NONE;
	if (TREE_CODE(ref) == COMPONENT_REF) {
		r->kind = ROOT_FIELD;
		r->decl = TREE_OPERAND(ref, 1);
	} else if (TREE_CODE(ref) == VAR_DECL && (TREE_STATIC(ref) || DECL_EXTERNAL(ref))) {
		r->kind = ROOT_FIELD;
		r->decl = ref;
	}
}

static void root_of_def(tree ptr, struct root *r, int depth)
{
	gimple *def = SSA_NAME_DEF_STMT(ptr);
	unsigned int i;

	r->kind = ROOT_NONE;
	if (SSA_NAME_IS_DEFAULT_DEF(ptr)) {
		tree var = SSA_NAME_VAR(ptr);

		if (var && TREE_CODE(var) == PARM_DECL &&
		    summary_param_index(pf.fun->decl, var) >= 0) {
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

		if (gimple_assign_load_p(def))
			root_of_load(gimple_assign_rhs1(def), r);
		else if (code == SSA_NAME || code == ADDR_EXPR ||
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

static bool is_copy_call(const char *name, int *dst, int *src)
{
	static const char * const copies[] = {
		"memcpy", "memmove", "__builtin_memcpy", "__builtin_memmove",
		"__memcpy", "__memmove",
	};
	size_t i;

	for (i = 0; name && i < ARRAY_SIZE(copies); i++)
		if (!strcmp(name, copies[i])) {
			*dst = 0;
			*src = 1;
			return true;
		}
	if (name && (!strcmp(name, "kmemdup") || !strcmp(name, "kmemdup_noprof") ||
		     !strcmp(name, "kvmemdup") || !strcmp(name, "kmemdup_array"))) {
		*dst = -1;	/* the result */
		*src = 0;
		return true;
	}
	return false;
}

static struct store_rec *new_store(int *cap)
{
	if (pf.nstores == *cap) {
		*cap *= 2;
		pf.stores = XRESIZEVEC(struct store_rec, pf.stores, *cap);
	}
	memset(&pf.stores[pf.nstores], 0, sizeof(pf.stores[0]));
	return &pf.stores[pf.nstores++];
}

static void record_call_stores(gimple *stmt, int *cap)
{
	const struct kapi_entry *e;
	const struct fsum *sum;
	unsigned int nargs = gimple_call_num_args(stmt);
	int dst, src, j;

	if (is_copy_call(vc_callee_name(stmt), &dst, &src)) {
		struct store_rec *rec;

		if ((unsigned int)src >= nargs || (dst >= 0 && (unsigned int)dst >= nargs))
			return;
		rec = new_store(cap);
		rec->stmt = stmt;
		rec->kind = SR_COPY;
		if (dst < 0) {
			rec->root.kind = ROOT_CALL;
			rec->root.call = stmt;
		} else {
			root_of_ptr(gimple_call_arg(stmt, dst), &rec->root, 0);
		}
		root_of_ptr(gimple_call_arg(stmt, src), &rec->src, 0);
		return;
	}
	e = kapi_lookup_call(stmt);
	if (e && e->role == KAPI_GUP) {
		struct store_rec *rec = new_store(cap);

		rec->stmt = stmt;
		rec->kind = SR_PRODUCE;
		root_of_ptr(gimple_call_arg(stmt, e->a), &rec->root, 0);
		return;
	}
	sum = callee_summary(stmt);
	if (!sum)
		return;
	for (j = 0; j < SUM_MAXP && (unsigned int)j < nargs; j++) {
		struct store_rec *rec;

		if (!sum->fill[j].n)
			continue;
		rec = new_store(cap);
		rec->stmt = stmt;
		rec->kind = SR_FILL;
		rec->param = j;
		rec->callee = sum;
		root_of_ptr(gimple_call_arg(stmt, j), &rec->root, 0);
	}
}

/*
 * The memory a non-pointer store copies from, if it is a block copy big
 * enough to carry page pointers: an aggregate assignment, or the wide
 * integer load and store a small memcpy() is folded into.
 */
static tree block_copy_source(gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt), rhs = gimple_assign_rhs1(stmt), size;
	gimple *def;

	size = TYPE_SIZE(TREE_TYPE(lhs));
	if (!size || !tree_fits_uhwi_p(size) || tree_to_uhwi(size) < POINTER_SIZE)
		return NULL_TREE;
	if (gimple_assign_load_p(stmt))
		return rhs;
	if (TREE_CODE(rhs) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(rhs))
		return NULL_TREE;
	def = SSA_NAME_DEF_STMT(rhs);
	if (!is_gimple_assign(def) || !gimple_assign_load_p(def))
		return NULL_TREE;
	return gimple_assign_rhs1(def);
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
			struct store_rec *rec;
			tree lhs, src;

			if (is_gimple_call(stmt)) {
				record_call_stores(stmt, &cap);
				continue;
			}
			if (!is_gimple_assign(stmt) || !gimple_store_p(stmt))
				continue;
			lhs = gimple_assign_lhs(stmt);
			if (POINTER_TYPE_P(TREE_TYPE(lhs))) {
				rec = new_store(&cap);
				rec->stmt = stmt;
				rec->kind = SR_ASSIGN;
				root_of_ref(lhs, &rec->root, 0);
				continue;
			}
			src = block_copy_source(stmt);
			if (!src)
				continue;
			/* *dst = *src, or memcpy() folded into a wide load and store */
			rec = new_store(&cap);
			rec->stmt = stmt;
			rec->kind = SR_COPY;
			root_of_ref(lhs, &rec->root, 0);
			root_of_ref(src, &rec->src, 0);
		}
	}
}

/* ---- facts ----------------------------------------------------------- */

static const struct factset *eval(tree t, int depth);
static const struct factset *eval_mem(const struct root *r, gimple *at,
				      gimple *skip, int depth);

/* How an operation moves a value relative to its allocation's first page. */
enum shift { SH_KEEP, SH_CONST, SH_ANY };

static enum page_off shift_off(enum page_off off, enum shift sh)
{
	if (sh == SH_ANY || (sh == SH_CONST && off != OFF_ZERO))
		return OFF_UNKNOWN;
	if (sh == SH_CONST)
		return OFF_NONZERO;
	return off;
}

static struct factset *shifted(const struct factset *in, enum shift sh,
			       const gimple *stmt, enum step_kind kind,
			       const char *callee, const char *what, bool note)
{
	struct factset *out = fs_new();
	int i;

	for (i = 0; i < in->n; i++) {
		struct fact f = in->f[i];

		f.off = shift_off(f.off, sh);
		if (note)
			f.path = step_new(kind, stmt_loc(stmt), callee, what, f.path);
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
		return shifted(both, SH_ANY, stmt, STEP_DERIVE, NULL, NULL, false);
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
	return shifted(t, sh, stmt, STEP_DERIVE, NULL, NULL, note);
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
	note = stmt && is_page_ptr(TREE_TYPE(addr)) &&
	       (sh != SH_KEEP ||
		pointee_tag(TREE_TYPE(addr)) != pointee_tag(TREE_TYPE(TREE_OPERAND(base, 0))));
	return shifted(in, sh, stmt, STEP_DERIVE, NULL, NULL, note);
}

static const struct factset *eval_load(tree ref, gimple *load, int depth)
{
	struct root r;

	root_of_ref(ref, &r, 0);
	if (r.kind == ROOT_NONE)
		return &empty_set;
	return eval_mem(&r, load, NULL, depth + 1);
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
			return &empty_set;
		if (!vset_max_const(&s, &order)) {
			/* an order only known at run time: maybe > 0 */
			if (vc_level < LEVEL_POSSIBLE || e->role == KAPI_SLAB_ALLOC)
				return &empty_set;
			order = -1;
		}
	}
	if (e->role != KAPI_SLAB_ALLOC && order != -1 && (order <= 0 || order > 30))
		return &empty_set;

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
		f.kind = PK_ANY_ORDER;
		f.off = OFF_UNKNOWN;
	}
	f.path = step_new(STEP_ALLOC, stmt_loc(call), e->name, NULL, NULL);
	out = fs_new();
	fs_add(out, &f);
	return out;
}

/* level=possible: a page that may be a tail page, or is not ours to free */
static const struct factset *maybe_fact(gimple *call, enum page_kind kind,
					const char *name)
{
	struct factset *out;
	struct fact f;

	if (vc_level < LEVEL_POSSIBLE)
		return &empty_set;
	memset(&f, 0, sizeof(f));
	f.origin = call;
	f.kind = kind;
	f.param = -1;
	f.off = OFF_UNKNOWN;
	f.path = step_new(STEP_ALLOC, stmt_loc(call), name, NULL, NULL);
	out = fs_new();
	fs_add(out, &f);
	return out;
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
	struct factset *out = fs_new();
	unsigned int nargs = gimple_call_num_args(call);
	int i;

	for (i = 0; i < in->n; i++) {
		const struct fact *f = &in->f[i];
		const struct factset *arg;
		struct fact g;

		if (f->kind != PK_PARAM) {
			g = *f;
			g.path = step_new(kind, stmt_loc(call), callee, what, f->path);
			fs_add(out, &g);
			continue;
		}
		if ((unsigned int)f->param >= nargs)
			continue;
		if (f->mem) {
			struct root r;

			root_of_ptr(gimple_call_arg(call, f->param), &r, 0);
			if (r.kind == ROOT_NONE || r.kind == ROOT_CYCLE)
				continue;
			arg = eval_mem(&r, call, call, depth + 1);
		} else {
			arg = eval(gimple_call_arg(call, f->param), depth + 1);
		}
		fs_union(out, shifted(arg, f->off == OFF_ZERO ? SH_KEEP :
				      f->off == OFF_NONZERO ? SH_CONST : SH_ANY,
				      call, kind, callee, what, true));
	}
	return out;
}

static const struct factset *eval_call(gimple *call, int depth)
{
	const struct kapi_entry *e = kapi_lookup_call(call);
	const struct fsum *sum;
	const struct factset *in;
	struct factset *out;
	int i;

	if (!e) {
		sum = callee_summary(call);
		if (!sum || !sum->ret.n)
			return &empty_set;
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
	case KAPI_DERIVE:
		in = eval(gimple_call_arg(call, e->a), depth + 1);
		if (!in->n)
			return in;
		return shifted(in, e->b >= 0 ? shift_of(gimple_call_arg(call, e->b)) : SH_KEEP,
			       call, STEP_DERIVE, e->name, NULL, true);
	case KAPI_TO_HEAD:
		in = eval(gimple_call_arg(call, e->a), depth + 1);
		if (!in->n)
			return in;
		out = fs_new();
		for (i = 0; i < in->n; i++) {
			struct fact f = in->f[i];

			f.off = OFF_ZERO;
			f.path = step_new(STEP_DERIVE, stmt_loc(call), e->name, NULL, f.path);
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

static const struct factset *param_fact(tree t)
{
	struct factset *out;
	struct fact f;
	int idx;

	idx = summary_param_index(pf.fun->decl, SSA_NAME_VAR(t));
	if (idx < 0)
		return &empty_set;
	memset(&f, 0, sizeof(f));
	f.kind = PK_PARAM;
	f.param = idx;
	f.off = OFF_ZERO;
	out = fs_new();
	fs_add(out, &f);
	return out;
}

static const struct factset *eval_def(tree t, int depth)
{
	gimple *def = SSA_NAME_DEF_STMT(t);

	if (SSA_NAME_IS_DEFAULT_DEF(t)) {
		if (SSA_NAME_VAR(t) && TREE_CODE(SSA_NAME_VAR(t)) == PARM_DECL)
			return param_fact(t);
		return &empty_set;
	}
	if (!def)
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
				return shifted(in, SH_KEEP, def, STEP_DERIVE, NULL, NULL, true);
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
static const struct factset *store_facts(const struct store_rec *rec, int depth)
{
	tree rhs;

	switch (rec->kind) {
	case SR_ASSIGN:
		rhs = gimple_assign_rhs1(rec->stmt);
		if (!is_page_ptr(TREE_TYPE(rhs)))
			return &empty_set;
		return shifted(eval(rhs, depth + 1), SH_KEEP, rec->stmt, STEP_STORE,
			       NULL, NULL, true);
	case SR_COPY:
		return shifted(eval_mem(&rec->src, rec->stmt, rec->stmt, depth + 1),
			       SH_KEEP, rec->stmt, STEP_COPY,
			       is_gimple_call(rec->stmt) ? vc_callee_name(rec->stmt) : NULL,
			       NULL, true);
	case SR_PRODUCE:
		return maybe_fact(rec->stmt, PK_GUP, vc_callee_name(rec->stmt));
	case SR_FILL:
		return import(&rec->callee->fill[rec->param], rec->stmt, STEP_FILL,
			      summary_param_name(rec->callee->decl, rec->param), depth);
	}
	return &empty_set;
}

/*
 * What memory R holds when statement AT runs: the writes that can reach
 * AT (except SKIP), plus what is known from outside this function.
 */
static const struct factset *eval_mem(const struct root *r, gimple *at,
				      gimple *skip, int depth)
{
	struct factset *out;
	const struct factset *fs;
	const struct fsum *sum;
	int i;

	if (depth > PF_DEPTH || --pf.budget < 0)
		return &empty_set;
	if (!pf.stores_built)
		build_stores();
	out = fs_new();
	for (i = 0; i < pf.nstores; i++) {
		const struct store_rec *rec = &pf.stores[i];

		if (rec->stmt == skip || !root_eq(&rec->root, r) || !reaches(rec->stmt, at))
			continue;
		fs_union(out, store_facts(rec, depth));
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
			fs_add(out, &f);
		break;
	}
	case ROOT_FIELD:
		fs = field_get(r->decl);
		if (fs)
			fs_union(out, fs);
		break;
	case ROOT_CALL:
		sum = callee_summary(r->call);
		if (sum && sum->ret_mem.n)
			fs_union(out, import(&sum->ret_mem, r->call, STEP_RETURN, NULL, depth));
		break;
	default:
		break;
	}
	return out;
}

/* ---- sanitizers ------------------------------------------------------ */

/* Was ORIGIN passed to split_page() (here or in a callee) before AT? */
static bool split_before(const gimple *origin, gimple *at)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			const struct kapi_entry *e;
			const struct fsum *sum;
			const struct factset *fs;
			unsigned int mask = 0;
			unsigned int k;
			int i;

			if (!is_gimple_call(stmt))
				continue;
			e = kapi_lookup_call(stmt);
			if (e && e->role == KAPI_SPLIT)
				mask = 1u << e->a;
			else if (!e && (sum = callee_summary(stmt)))
				mask = sum->split_mask;
			if (!mask || !reaches(stmt, at))
				continue;
			for (k = 0; k < gimple_call_num_args(stmt) && k < SUM_MAXP; k++) {
				if (!(mask & (1u << k)))
					continue;
				fs = eval(gimple_call_arg(stmt, k), 0);
				for (i = 0; i < fs->n; i++)
					if (fs->f[i].kind != PK_PARAM && fs->f[i].origin == origin)
						return true;
			}
		}
	}
	return false;
}

/* Drop what cannot hurt at AT: symbolic facts, and split allocations. */
static void keep_bad(const struct factset *in, gimple *at, struct factset *out)
{
	int i;

	out->n = 0;
	for (i = 0; i < in->n; i++) {
		const struct fact *f = &in->f[i];

		if (f->kind == PK_PARAM)
			continue;
		if ((f->kind == PK_UNSPLIT || f->kind == PK_ANY_ORDER) &&
		    split_before(f->origin, at))
			continue;
		fs_add(out, f);
	}
}

/* ---- summaries ------------------------------------------------------- */

static int param_of(tree t)
{
	while (TREE_CODE(t) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF(t)) {
		gimple *def = SSA_NAME_DEF_STMT(t);

		if (!is_gimple_assign(def) ||
		    !(gimple_assign_single_p(def) ||
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

	for (i = 0; i < in->n; i++) {
		const struct fact *f = &in->f[i];

		if ((f->kind == PK_UNSPLIT || f->kind == PK_ANY_ORDER) && at &&
		    split_before(f->origin, at))
			continue;
		fs_add(out, f);
	}
}

/*
 * A call that hands an array to vmap() with VM_MAP_PUT_PAGES: vmap itself,
 * or a function whose summary does.  Returns the argument holding the pages
 * and fills *flag_set / *flag_loc / *sink_path; -1 if the flag is not set.
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
	unsigned HOST_WIDE_INT bit = kconst_get(KCONST_VM_MAP_PUT_PAGES);
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
	sum = callee_summary(call);
	if (!sum || !sum->sink_mask)
		return 0;
	for (j = 0; j < SUM_MAXP && n < max; j++) {
		int fp;

		if (!(sum->sink_mask & (1u << j)) ||
		    (unsigned int)j >= gimple_call_num_args(call))
			continue;
		out[n].pages_arg = j;
		out[n].path = step_new(STEP_PASS, stmt_loc(call), fn_name(sum->decl),
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
		build_stores();

	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct sink sinks[SUM_MAXP];
			const struct kapi_entry *e;
			int n;

			if (gimple_code(stmt) == GIMPLE_RETURN && want_ret) {
				tree rv = gimple_return_retval(as_a<greturn *>(stmt));
				struct root r;

				if (!rv)
					continue;
				keep_for_caller(eval(rv, 0), stmt, &sum->ret);
				if (!POINTER_TYPE_P(TREE_TYPE(rv)))
					continue;
				root_of_ptr(rv, &r, 0);
				if (r.kind == ROOT_CALL || r.kind == ROOT_DECL)
					keep_for_caller(eval_mem(&r, stmt, NULL, 0), stmt,
							&sum->ret_mem);
				continue;
			}
			if (!is_gimple_call(stmt))
				continue;

			/* split_page(param) */
			e = kapi_lookup_call(stmt);
			if (e && e->role == KAPI_SPLIT) {
				const struct factset *fs = eval(gimple_call_arg(stmt, e->a), 0);

				for (i = 0; i < fs->n; i++)
					if (fs->f[i].kind == PK_PARAM && !fs->f[i].mem &&
					    fs->f[i].off == OFF_ZERO)
						sum->split_mask |= 1u << fs->f[i].param;
			}

			/* vmap(param, ...) or map_pages(param, ...) */
			n = sinks_of(stmt, sinks, SUM_MAXP);
			if (n < 0)
				n = 1;
			for (i = 0; i < n; i++) {
				struct root r;
				int p;

				root_of_ptr(gimple_call_arg(stmt, sinks[i].pages_arg), &r, 0);
				if (r.kind != ROOT_PARM)
					continue;
				p = summary_param_index(fndecl, r.decl);
				if (p < 0 || (sum->sink_mask & (1u << p)))
					continue;
				if (sinks[i].flags_param == -2 || sinks[i].flag_loc != UNKNOWN_LOCATION)
					sum->sink_flags[p] = -1;
				else
					sum->sink_flags[p] = sinks[i].flags_param;
				sum->sink_flag_loc[p] = sinks[i].flag_loc;
				sum->sink_mask |= 1u << p;
				sum->sink_path[p] = sinks[i].path ? sinks[i].path :
					step_new(STEP_SINK, stmt_loc(stmt), fn_name(fndecl),
						 NULL, NULL);
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
			fs = store_facts(rec, 0);
			for (i = 0; i < fs->n; i++)
				if (!(fs->f[i].kind == PK_PARAM && fs->f[i].mem &&
				      fs->f[i].param == p))
					fs_add(&sum->fill[p], &fs->f[i]);
		} else if (rec->root.kind == ROOT_FIELD) {
			struct factset bad;

			keep_bad(store_facts(rec, 0), rec->stmt, &bad);
			field_add(rec->root.decl, &bad);
		}
	}
	if (pf.budget < 0)
		memset(sum, 0, sizeof(*sum));	/* gave up: claim nothing */
	sum->decl = fndecl;
}

/* ---- the check at vmap() --------------------------------------------- */

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
		return 4;
	case PK_CACHE:
		return 3;
	case PK_GUP:
		return 2;
	default:
		return 1;
	}
}

static void check_call(gimple *call)
{
	struct sink sinks[SUM_MAXP];
	int n, i, j;

	n = sinks_of(call, sinks, SUM_MAXP);
	for (i = 0; i < n; i++) {
		struct factset bad;
		const struct factset *fs;
		const struct fact *worst = NULL;
		struct root r;

		if (sinks[i].flags_param >= 0 && sinks[i].flag_loc == UNKNOWN_LOCATION &&
		    sinks[i].path)
			continue;	/* flags only known in our caller */
		pf.budget = PF_BUDGET;
		root_of_ptr(gimple_call_arg(call, sinks[i].pages_arg), &r, 0);
		if (r.kind == ROOT_NONE || r.kind == ROOT_CYCLE)
			continue;
		/* a callee's own stores were reported in the callee */
		fs = eval_mem(&r, call, sinks[i].path ? call : NULL, 0);
		if (pf.budget < 0)
			continue;	/* gave up: say nothing rather than guess */
		keep_bad(fs, call, &bad);
		for (j = 0; j < bad.n; j++)
			if (!worst || severity(&bad.f[j]) > severity(worst))
				worst = &bad.f[j];
		if (vc_verbose)
			inform(vc_user_location(gimple_location(call)),
			       "vmapcheck: %qs hands %d bad page source(s) to %<vmap%>",
			       vc_callee_name(call), bad.n);
		if (worst)
			report_bad_vmap(call, worst, sinks[i].flag_loc, sinks[i].path);
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
