// SPDX-License-Identifier: GPL-2.0
/*
 * valueset.c - what an integer can be, path by path.
 *
 * Orders, gfp masks and vmap() flags are usually constants once the
 * macros are expanded, but they travel through local variables, PHIs
 * (a flag set on one branch only), OR-ed masks and get_order(SIZE).
 * A value is kept as up to VSET_MAX alternatives, one per incoming path,
 * each a set of known bits, so "__GFP_COMP is set on every path", "some
 * path sets VM_MAP_PUT_PAGES" and "the order is 2" can all be answered.
 * Anything not understood is an alternative with no known bit.
 */
#include "kapi.h"
#include "kconst.h"
#include "valueset.h"

#define ALL_BITS (~(vc_uhwi)0)
#define VSET_DEPTH 24

enum { VS_NONE, VS_BUSY, VS_DONE };

static struct vset *cache;
static unsigned char *cache_state;
static unsigned int cache_size, cache_want;

/*
 * The cache is per function: the function context begins it with the
 * number of SSA names; it is allocated on first use and freed at the end.
 */
void vset_begin(unsigned int nssa)
{
	cache_want = nssa;
}

static void bcp_end(void);

void vset_end(void)
{
	bcp_end();
	XDELETEVEC(cache);
	XDELETEVEC(cache_state);
	cache = NULL;
	cache_state = NULL;
	cache_size = 0;
	cache_want = 0;
}

static void set_unknown(struct vset *s)
{
	s->n = 1;
	s->v[0].mask = 0;
	s->v[0].val = 0;
	s->v[0].loc = UNKNOWN_LOCATION;
}

static void set_const(struct vset *s, vc_uhwi c)
{
	s->n = 1;
	s->v[0].mask = ALL_BITS;
	s->v[0].val = c;
	s->v[0].loc = UNKNOWN_LOCATION;
}

static bool known(const struct vbits *b)
{
	return b->mask == ALL_BITS;
}

/* Too many alternatives: keep only what they all agree on. */
static void collapse(struct vset *s)
{
	vc_uhwi mask = ALL_BITS;
	int i;

	for (i = 1; i < s->n; i++)
		mask &= s->v[0].mask & s->v[i].mask & ~(s->v[0].val ^ s->v[i].val);
	if (s->n == 1)
		mask = s->v[0].mask;
	s->v[0].mask = mask;
	s->v[0].val &= mask;
	s->n = 1;
}

static void add_alt(struct vset *s, const struct vbits *b)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (s->v[i].mask == b->mask && s->v[i].val == b->val)
			return;
	if (s->n == VSET_MAX) {
		collapse(s);
		s->v[0].mask &= b->mask & ~(s->v[0].val ^ b->val);
		s->v[0].val &= s->v[0].mask;
		return;
	}
	s->v[s->n++] = *b;
}

static bool binop(enum tree_code code, const struct vbits *a,
		  const struct vbits *b, struct vbits *r)
{
	vc_uhwi ones, zeros;

	r->loc = UNKNOWN_LOCATION;
	switch (code) {
	case BIT_IOR_EXPR:
		ones = (a->val & a->mask) | (b->val & b->mask);
		zeros = (~a->val & a->mask) & (~b->val & b->mask);
		r->mask = ones | zeros;
		r->val = ones;
		return true;
	case BIT_AND_EXPR:
		ones = (a->val & a->mask) & (b->val & b->mask);
		zeros = (~a->val & a->mask) | (~b->val & b->mask);
		r->mask = ones | zeros;
		r->val = ones;
		return true;
	case BIT_XOR_EXPR:
		r->mask = a->mask & b->mask;
		r->val = (a->val ^ b->val) & r->mask;
		return true;
	default:
		break;
	}
	if (!known(a) || !known(b)) {
		r->mask = r->val = 0;
		return true;
	}
	r->mask = ALL_BITS;
	switch (code) {
	case PLUS_EXPR:
	case POINTER_PLUS_EXPR:
		r->val = a->val + b->val;
		return true;
	case MINUS_EXPR:
		r->val = a->val - b->val;
		return true;
	case MULT_EXPR:
		r->val = a->val * b->val;
		return true;
	case LSHIFT_EXPR:
		r->val = b->val < HOST_BITS_PER_WIDE_INT ? a->val << b->val : 0;
		return true;
	case RSHIFT_EXPR:
		r->val = b->val < HOST_BITS_PER_WIDE_INT ? a->val >> b->val : 0;
		return true;
	case TRUNC_DIV_EXPR:
	case EXACT_DIV_EXPR:
		if (!b->val)
			return false;
		r->val = a->val / b->val;
		return true;
	case MAX_EXPR:
		r->val = MAX(a->val, b->val);
		return true;
	case MIN_EXPR:
		r->val = MIN(a->val, b->val);
		return true;
	default:
		r->mask = r->val = 0;
		return true;
	}
}

/* get_order(size) for a constant size, as include/asm-generic/getorder.h. */
static vc_uhwi get_order_of(vc_uhwi size)
{
	vc_uhwi shift = kconst_get(KCONST_PAGE_SHIFT);
	vc_uhwi order = 0;

	if (!size)
		return HOST_BITS_PER_WIDE_INT - shift;
	size = (size - 1) >> shift;
	while (size) {
		order++;
		size >>= 1;
	}
	return order;
}

static void eval(tree t, struct vset *out, int depth);

static void eval_call(gimple *stmt, struct vset *out, int depth)
{
	const struct kapi_entry *e = kapi_lookup_call(stmt);
	struct vset arg;
	int i;

	set_unknown(out);
	if (!e || e->role != KAPI_GET_ORDER)
		return;
	eval(gimple_call_arg(stmt, e->arg), &arg, depth + 1);
	out->n = 0;
	for (i = 0; i < arg.n; i++) {
		struct vbits b = { 0, 0, arg.v[i].loc };

		if (known(&arg.v[i])) {
			b.mask = ALL_BITS;
			b.val = get_order_of(arg.v[i].val);
		}
		add_alt(out, &b);
	}
}

/*
 * A load from a constant table, orders[i] with
 * static const unsigned int orders[] = {8, 4, 0}: one value per element
 * (the one element if the index is a constant).  False if REF is not such
 * a load.
 */
static bool eval_const_table(tree ref, struct vset *out)
{
	tree decl, idx, eidx, val;
	unsigned HOST_WIDE_INT i;

	if (TREE_CODE(ref) != ARRAY_REF)
		return false;
	decl = TREE_OPERAND(ref, 0);
	idx = TREE_OPERAND(ref, 1);
	if (TREE_CODE(decl) != VAR_DECL || !TREE_READONLY(decl) || !TREE_STATIC(decl) ||
	    TREE_THIS_VOLATILE(decl) || !DECL_INITIAL(decl) ||
	    TREE_CODE(DECL_INITIAL(decl)) != CONSTRUCTOR)
		return false;
	out->n = 0;
	FOR_EACH_CONSTRUCTOR_ELT(CONSTRUCTOR_ELTS(DECL_INITIAL(decl)), i, eidx, val) {
		struct vbits b = { ALL_BITS, 0, UNKNOWN_LOCATION };

		if (TREE_CODE(val) != INTEGER_CST ||
		    (eidx && TREE_CODE(eidx) != INTEGER_CST)) {
			set_unknown(out);
			return true;
		}
		if (TREE_CODE(idx) == INTEGER_CST &&
		    !tree_int_cst_equal(idx, eidx ? eidx : size_int(i)))
			continue;
		b.val = (vc_uhwi)TREE_INT_CST_LOW(val);
		b.loc = EXPR_LOCATION(val);
		add_alt(out, &b);
	}
	if (!out->n)
		set_unknown(out);
	return true;
}

/*
 * __builtin_constant_p(X) that is still a call where the pass runs: GCC
 * folds it later, to 1 if X is a constant by then, else to 0.  The
 * kernel's ilog2(), order_base_2(), roundup_pow_of_two() and the like
 * select a constant branch with it, and both branches compute the same
 * value.  So one side only is followed: the constant side if X is a known
 * constant here, else the other.  Nothing may be concluded from the
 * constant side for a run-time X (ilog2(n) is not 0).
 */
struct bcp_cond {
	tree arg;		/* X */
	edge if_const;		/* the edge taken when the call gives 1 */
	edge if_not;		/* ... and when it gives 0 */
};

static VC_VEC(struct bcp_cond) *bcps;
static bool bcps_built, dom_ours;

static void bcp_end(void)
{
	vec_free(bcps);
	bcps_built = false;
	if (dom_ours)
		free_dominance_info(CDI_DOMINATORS);
	dom_ours = false;
}

/* X, if T is __builtin_constant_p(X), through copies and conversions. */
static tree bcp_arg(tree t)
{
	int guard;

	for (guard = 0; guard < 4 && TREE_CODE(t) == SSA_NAME &&
	     !SSA_NAME_IS_DEFAULT_DEF(t); guard++) {
		gimple *def = SSA_NAME_DEF_STMT(t);

		if (gimple_call_builtin_p(def, BUILT_IN_CONSTANT_P) &&
		    gimple_call_num_args(def) == 1)
			return gimple_call_arg(def, 0);
		if (!is_gimple_assign(def) ||
		    !(gimple_assign_single_p(def) ||
		      CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
			return NULL_TREE;
		t = gimple_assign_rhs1(def);
	}
	return NULL_TREE;
}

/*
 * COND is LHS CODE RHS testing __builtin_constant_p(X) against 0: X, and
 * in *WHEN_CONST whether the condition holds when the call gives 1.
 */
static tree bcp_test(enum tree_code code, tree lhs, tree rhs, bool *when_const)
{
	tree x;

	if ((code != NE_EXPR && code != EQ_EXPR) || !integer_zerop(rhs))
		return NULL_TREE;
	x = bcp_arg(lhs);
	*when_const = code == NE_EXPR;
	return x;
}

static void build_bcps(void)
{
	basic_block bb;

	bcps_built = true;
	FOR_EACH_BB_FN(bb, cfun) {
		gimple *last = vc_last_stmt(bb);
		struct bcp_cond c;
		edge t, f;
		bool when_const;

		if (!last || gimple_code(last) != GIMPLE_COND)
			continue;
		c.arg = bcp_test(gimple_cond_code(last), gimple_cond_lhs(last),
				 gimple_cond_rhs(last), &when_const);
		if (!c.arg)
			continue;
		extract_true_false_edges_from_block(bb, &t, &f);
		c.if_const = when_const ? t : f;
		c.if_not = when_const ? f : t;
		vec_safe_push(bcps, c);
	}
	if (vec_safe_length(bcps))
		dom_ours |= vc_need_dominators();
}

/* Is X one known constant here? */
static bool known_const(tree x, int depth)
{
	struct vset s;

	eval(x, &s, depth + 1);
	return s.n == 1 && known(&s.v[0]);
}

/* Is E only taken on the side of a __builtin_constant_p() GCC will not take? */
static bool bcp_dead_edge(edge e, int depth)
{
	unsigned int i;

	if (!bcps_built)
		build_bcps();
	for (i = 0; i < vec_safe_length(bcps); i++) {
		const struct bcp_cond *c = &(*bcps)[i];
		edge dead = known_const(c->arg, depth) ? c->if_not : c->if_const;

		if (e == dead ||
		    (single_pred_p(dead->dest) &&
		     dominated_by_p(CDI_DOMINATORS, e->src, dead->dest)))
			return true;
	}
	return false;
}

/* ---- integer struct fields ------------------------------------------ */

/*
 * obj->vm_flags: which bits every value the unit stores into the field
 * agrees on (assignments and static initializers, of every object of the
 * type).  A field also given a value not known here, or never given one,
 * says nothing.  Objects are not paths: bits the stores disagree on are
 * unknown, not alternatives.
 */
struct field_val {
	bool any, unknown;
	struct vbits all;
};

static struct vc_tree_map *field_vals;
static struct obstack field_ob;
static bool field_vals_built;

static void field_val_add(tree field, tree val, location_t loc)
{
	void **slot = vc_tree_map_slot(&field_vals, field, true);
	struct field_val *fv = (struct field_val *)*slot;
	vc_uhwi c;

	if (!fv) {
		fv = XOBNEW(&field_ob, struct field_val);
		memset(fv, 0, sizeof(*fv));
		*slot = fv;
	}
	if (TREE_CODE(val) != INTEGER_CST) {
		fv->unknown = true;
		return;
	}
	c = (vc_uhwi)TREE_INT_CST_LOW(val);
	if (!fv->any) {
		fv->any = true;
		fv->all.mask = ALL_BITS;
		fv->all.val = c;
		fv->all.loc = loc;
		return;
	}
	fv->all.mask &= ~(fv->all.val ^ c);
	fv->all.val &= fv->all.mask;
}

static void scan_init(tree init, int depth)
{
	unsigned HOST_WIDE_INT i;
	tree idx, val;

	if (depth > 8 || TREE_CODE(init) != CONSTRUCTOR)
		return;
	FOR_EACH_CONSTRUCTOR_ELT(CONSTRUCTOR_ELTS(init), i, idx, val) {
		if (TREE_CODE(val) == CONSTRUCTOR)
			scan_init(val, depth + 1);
		else if (idx && TREE_CODE(idx) == FIELD_DECL && INTEGRAL_TYPE_P(TREE_TYPE(idx)))
			field_val_add(idx, val, EXPR_LOCATION(val));
	}
}

static void build_field_vals(void)
{
	struct cgraph_node *node;
	varpool_node *v;

	field_vals_built = true;
	gcc_obstack_init(&field_ob);
	FOR_EACH_FUNCTION_WITH_GIMPLE_BODY(node) {
		function *f = DECL_STRUCT_FUNCTION(node->decl);
		basic_block bb;

		if (!f || !f->cfg)
			continue;
		FOR_EACH_BB_FN(bb, f) {
			gimple_stmt_iterator gsi;

			for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
				gimple *s = gsi_stmt(gsi);
				tree lhs;

				if (!is_gimple_assign(s) || !gimple_store_p(s))
					continue;
				lhs = gimple_assign_lhs(s);
				if (TREE_CODE(lhs) == COMPONENT_REF && INTEGRAL_TYPE_P(TREE_TYPE(lhs)))
					field_val_add(TREE_OPERAND(lhs, 1),
						      gimple_assign_single_p(s) ?
						      gimple_assign_rhs1(s) : lhs,
						      gimple_location(s));
			}
		}
	}
	FOR_EACH_VARIABLE(v)
		if (DECL_INITIAL(v->decl))
			scan_init(DECL_INITIAL(v->decl), 0);
}

void vset_pass_end(void)
{
	if (field_vals_built)
		obstack_free(&field_ob, NULL);
	vc_tree_map_free(&field_vals);
	field_vals_built = false;
}

/* A load of an integer struct field: what every stored value agrees on. */
static bool eval_field(tree ref, struct vset *out)
{
	void **slot;
	const struct field_val *fv;

	if (TREE_CODE(ref) != COMPONENT_REF || !INTEGRAL_TYPE_P(TREE_TYPE(ref)))
		return false;
	if (!field_vals_built)
		build_field_vals();
	slot = vc_tree_map_slot(&field_vals, TREE_OPERAND(ref, 1), false);
	fv = slot ? (const struct field_val *)*slot : NULL;
	if (!fv || fv->unknown || !fv->any)
		return false;
	out->n = 1;
	out->v[0] = fv->all;
	return true;
}

static void eval_assign(gimple *stmt, struct vset *out, int depth)
{
	enum tree_code code = gimple_assign_rhs_code(stmt);
	struct vset a, b;
	int i, j;

	switch (get_gimple_rhs_class(code)) {
	case GIMPLE_SINGLE_RHS:
		if (code == SSA_NAME || code == INTEGER_CST) {
			eval(gimple_assign_rhs1(stmt), out, depth + 1);
			return;
		}
		if (!eval_const_table(gimple_assign_rhs1(stmt), out) &&
		    !eval_field(gimple_assign_rhs1(stmt), out))
			set_unknown(out);
		return;
	case GIMPLE_UNARY_RHS:
		if (!CONVERT_EXPR_CODE_P(code) && code != BIT_NOT_EXPR &&
		    code != NEGATE_EXPR) {
			set_unknown(out);
			return;
		}
		eval(gimple_assign_rhs1(stmt), out, depth + 1);
		for (i = 0; i < out->n; i++) {
			if (code == BIT_NOT_EXPR)
				out->v[i].val = ~out->v[i].val & out->v[i].mask;
			else if (code == NEGATE_EXPR)
				out->v[i].val = known(&out->v[i]) ? -out->v[i].val : 0;
		}
		return;
	case GIMPLE_BINARY_RHS:
		eval(gimple_assign_rhs1(stmt), &a, depth + 1);
		eval(gimple_assign_rhs2(stmt), &b, depth + 1);
		out->n = 0;
		for (i = 0; i < a.n; i++)
			for (j = 0; j < b.n; j++) {
				struct vbits r;

				if (!binop(code, &a.v[i], &b.v[j], &r))
					r.mask = r.val = 0;
				r.loc = gimple_location(stmt);
				add_alt(out, &r);
			}
		return;
	case GIMPLE_TERNARY_RHS:
		if (code == COND_EXPR) {
			tree cond = gimple_assign_rhs1(stmt), x = NULL_TREE;
			bool when_const = false;

			if (COMPARISON_CLASS_P(cond)) {
				x = bcp_test(TREE_CODE(cond), TREE_OPERAND(cond, 0),
					     TREE_OPERAND(cond, 1), &when_const);
			} else if (TREE_CODE(cond) == SSA_NAME) {
				x = bcp_arg(cond);
				when_const = true;
			}
			if (x) {
				/* __builtin_constant_p(X) ? a : b: the side GCC takes */
				bool take_rhs2 = known_const(x, depth) == when_const;

				eval(take_rhs2 ? gimple_assign_rhs2(stmt) :
				     gimple_assign_rhs3(stmt), out, depth + 1);
				return;
			}
			eval(gimple_assign_rhs2(stmt), out, depth + 1);
			eval(gimple_assign_rhs3(stmt), &b, depth + 1);
			for (j = 0; j < b.n; j++)
				add_alt(out, &b.v[j]);
			return;
		}
		/* fall through */
	default:
		set_unknown(out);
		return;
	}
}

static void eval_phi(gphi *phi, struct vset *out, int depth)
{
	unsigned int i;
	int j;

	out->n = 0;
	for (i = 0; i < gimple_phi_num_args(phi); i++) {
		struct vset a;

		if (bcp_dead_edge(gimple_phi_arg_edge(phi, i), depth))
			continue;
		eval(gimple_phi_arg_def(phi, i), &a, depth + 1);
		for (j = 0; j < a.n; j++) {
			if (a.v[j].loc == UNKNOWN_LOCATION)
				a.v[j].loc = gimple_phi_arg_location(phi, i);
			add_alt(out, &a.v[j]);
		}
	}
	if (!out->n)
		set_unknown(out);
}

static void eval(tree t, struct vset *out, int depth)
{
	gimple *def;
	unsigned int ver;
	int i;

	if (TREE_CODE(t) == INTEGER_CST) {
		set_const(out, (vc_uhwi)TREE_INT_CST_LOW(t));
		return;
	}
	if (TREE_CODE(t) != SSA_NAME || depth > VSET_DEPTH ||
	    !INTEGRAL_TYPE_P(TREE_TYPE(t))) {
		set_unknown(out);
		return;
	}
	ver = SSA_NAME_VERSION(t);
	if (ver < cache_size && cache_state[ver] == VS_DONE) {
		*out = cache[ver];
		return;
	}
	if (ver < cache_size && cache_state[ver] == VS_BUSY) {
		/* a loop: the value may be anything on the way round */
		set_unknown(out);
		return;
	}
	if (ver < cache_size)
		cache_state[ver] = VS_BUSY;

	def = SSA_NAME_DEF_STMT(t);
	if (SSA_NAME_IS_DEFAULT_DEF(t) || !def)
		set_unknown(out);
	else if (gimple_code(def) == GIMPLE_PHI)
		eval_phi(vc_as_phi(def), out, depth);
	else if (is_gimple_assign(def))
		eval_assign(def, out, depth);
	else if (is_gimple_call(def))
		eval_call(def, out, depth);
	else
		set_unknown(out);

	if (def && gimple_code(def) != GIMPLE_PHI)
		for (i = 0; i < out->n; i++)
			if (out->v[i].loc == UNKNOWN_LOCATION)
				out->v[i].loc = gimple_location(def);
	if (ver < cache_size) {
		cache[ver] = *out;
		cache_state[ver] = VS_DONE;
	}
}

void vset_eval(tree t, struct vset *out)
{
	if (!cache && cache_want) {
		cache_size = cache_want;
		cache = XCNEWVEC(struct vset, cache_size);
		cache_state = XCNEWVEC(unsigned char, cache_size);
	}
	eval(t, out, 0);
}

/* Is BIT certainly set on at least one path?  WHERE gets that path's spot. */
bool vset_some_bit_set(const struct vset *s, vc_uhwi bit,
		       location_t *where)
{
	int i;

	for (i = 0; i < s->n; i++)
		if ((s->v[i].mask & bit) == bit && (s->v[i].val & bit) == bit) {
			if (where)
				*where = s->v[i].loc;
			return true;
		}
	return false;
}

/* The largest value a path certainly has, if any path has a known value. */
bool vset_max_const(const struct vset *s, HOST_WIDE_INT *max)
{
	bool any = false;
	int i;

	for (i = 0; i < s->n; i++) {
		if (!known(&s->v[i]))
			continue;
		if (!any || (HOST_WIDE_INT)s->v[i].val > *max)
			*max = (HOST_WIDE_INT)s->v[i].val;
		any = true;
	}
	return any;
}

bool vset_has_unknown(const struct vset *s)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (!known(&s->v[i]))
			return true;
	return false;
}

bool vset_provably_zero(const struct vset *s)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (!known(&s->v[i]) || s->v[i].val)
			return false;
	return s->n > 0;
}

/* 1: BIT set on every path, 0: clear on every path, -1: not known. */
int vset_bit_state(const struct vset *s, vc_uhwi bit)
{
	int i, on = 0, off = 0;

	for (i = 0; i < s->n; i++) {
		if ((s->v[i].mask & bit) != bit)
			return -1;
		if ((s->v[i].val & bit) == bit)
			on++;
		else
			off++;
	}
	if (on && !off)
		return 1;
	if (off && !on)
		return 0;
	return -1;
}
