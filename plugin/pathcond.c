// SPDX-License-Identifier: GPL-2.0
/*
 * pathcond.c - the conditions that held on the paths to a point.
 *
 * The guard of a block is what its dominating branches said on the way
 * in: if (compound) { here: compound != 0 }.  It is computed once per
 * block, from its immediate dominator's, innermost condition first (the
 * one most likely to matter; a guard holds at most GUARD_MAX atoms).
 * Conditions are GIMPLE_CONDs comparing an integer with a constant, and
 * switch cases with one value, looked at through value-preserving
 * conversions, boolean negations and stored comparisons (c = n > 4).
 */
#include "valueset.h"
#include "pathcond.h"

#define PC_DEPTH 8	/* through conversions and negations, and flag PHIs */
#define PC_STEPS 256	/* work for one flag question; then: no atoms */

enum { BG_NONE, BG_DONE };
enum { CY_UNKNOWN, CY_NO, CY_YES };

static function *fn;
static struct guard *bguard;
static unsigned char *bstate, *cycle;
static int *comp;	/* each block's strongly connected component */
static int nblocks;
static bool dom_ours, cycles_found;

void pathcond_begin(function *fun)
{
	fn = fun;
}

void pathcond_end(void)
{
	XDELETEVEC(bguard);
	XDELETEVEC(bstate);
	XDELETEVEC(cycle);
	XDELETEVEC(comp);
	comp = NULL;
	bguard = NULL;
	bstate = cycle = NULL;
	nblocks = 0;
	cycles_found = false;
	if (dom_ours)
		free_dominance_info(CDI_DOMINATORS);
	dom_ours = false;
	fn = NULL;
}

static bool ready(void)
{
	if (!fn)
		return false;
	if (!bguard) {
		nblocks = last_basic_block_for_fn(fn);
		bguard = XCNEWVEC(struct guard, nblocks);
		bstate = XCNEWVEC(unsigned char, nblocks);
		cycle = XCNEWVEC(unsigned char, nblocks);
		comp = XCNEWVEC(int, nblocks);
	}
	dom_ours |= vc_need_dominators();
	return true;
}

/* One block of the depth-first walk of find_cycles(), with its next edge. */
struct dfs_frame {
	basic_block bb;
	edge_iterator ei;
};

/*
 * Which blocks lie on a cycle of the CFG: Tarjan's strongly connected
 * components, without recursion, once per function (linear in the CFG).
 * A block is on a cycle if its component has more than one block, or an
 * edge to itself.
 */
static void find_cycles(void)
{
	int *index = XNEWVEC(int, nblocks), *low = XNEWVEC(int, nblocks);
	int *stack = XNEWVEC(int, nblocks);
	bool *on = XCNEWVEC(bool, nblocks);
	struct dfs_frame *fr = XNEWVEC(struct dfs_frame, nblocks + 1);
	int next = 0, sp = 0, depth, i;
	basic_block root;

	for (i = 0; i < nblocks; i++)
		index[i] = -1;
	FOR_ALL_BB_FN(root, fn) {
		if (root->index >= nblocks || index[root->index] >= 0)
			continue;
		depth = 0;
		fr[depth].bb = root;
		fr[depth].ei = ei_start(root->succs);
		index[root->index] = low[root->index] = next++;
		stack[sp++] = root->index;
		on[root->index] = true;
		while (depth >= 0) {
			struct dfs_frame *f = &fr[depth];
			int v = f->bb->index;

			if (!ei_end_p(f->ei)) {
				basic_block w = ei_edge(f->ei)->dest;

				ei_next(&f->ei);
				if (w->index >= nblocks)
					continue;
				if (w == f->bb) {
					cycle[v] = CY_YES;	/* an edge to itself */
				} else if (index[w->index] < 0) {
					index[w->index] = low[w->index] = next++;
					stack[sp++] = w->index;
					on[w->index] = true;
					depth++;
					fr[depth].bb = w;
					fr[depth].ei = ei_start(w->succs);
				} else if (on[w->index]) {
					low[v] = MIN(low[v], index[w->index]);
				}
				continue;
			}
			if (low[v] == index[v]) {
				int n = 0, top;

				do {
					top = stack[--sp];
					on[top] = false;
					comp[top] = v;
					n++;
					if (cycle[top] != CY_YES)
						cycle[top] = CY_NO;
				} while (top != v);
				if (n > 1)
					for (i = sp; i < sp + n; i++)
						cycle[stack[i]] = CY_YES;
			}
			depth--;
			if (depth >= 0)
				low[fr[depth].bb->index] = MIN(low[fr[depth].bb->index], low[v]);
		}
	}
	XDELETEVEC(index);
	XDELETEVEC(low);
	XDELETEVEC(stack);
	XDELETEVEC(on);
	XDELETEVEC(fr);
}

/* Can control come back to BB once it left it? */
static bool in_cycle(basic_block bb)
{
	if (bb->index >= nblocks)
		return true;
	if (!cycles_found) {
		find_cycles();
		cycles_found = true;
	}
	return cycle[bb->index] != CY_NO;
}

bool pc_same_cycle(basic_block a, basic_block b)
{
	if (!ready() || a->index >= nblocks || b->index >= nblocks || !in_cycle(a))
		return false;
	return comp[a->index] == comp[b->index];
}

/* T as an atom's variable: a parameter, or a local set once per call. */
static bool var_of(tree t, int *var)
{
	basic_block bb;
	int idx;

	if (TREE_CODE(t) != SSA_NAME || !INTEGRAL_TYPE_P(TREE_TYPE(t)))
		return false;
	if (SSA_NAME_IS_DEFAULT_DEF(t)) {
		if (!SSA_NAME_VAR(t) || TREE_CODE(SSA_NAME_VAR(t)) != PARM_DECL)
			return false;
		idx = summary_param_index(fn->decl, SSA_NAME_VAR(t));
		if (idx < 0)
			return false;
		*var = idx;
		return true;
	}
	bb = gimple_bb(SSA_NAME_DEF_STMT(t));
	if (!bb || in_cycle(bb))
		return false;
	*var = -(int)SSA_NAME_VERSION(t) - 1;
	return true;
}

static bool is_bool(tree type)
{
	return TREE_CODE(type) == BOOLEAN_TYPE ||
	       (INTEGRAL_TYPE_P(type) && TYPE_PRECISION(type) == 1 && TYPE_UNSIGNED(type));
}

static bool zero_test(const struct atom *a)
{
	return a->lo == 0 && a->hi == 0;
}

/* Does converting INNER to OUTER keep every value? */
static bool keeps_value(tree inner, tree outer)
{
	if (!INTEGRAL_TYPE_P(inner) || !INTEGRAL_TYPE_P(outer))
		return false;
	if (TYPE_PRECISION(inner) > TYPE_PRECISION(outer))
		return false;
	if (TYPE_PRECISION(inner) == TYPE_PRECISION(outer))
		return TYPE_UNSIGNED(inner) == TYPE_UNSIGNED(outer);
	return TYPE_UNSIGNED(inner) || !TYPE_UNSIGNED(outer);
}

static bool cmp_atom(enum tree_code code, tree lhs, tree rhs, bool truth,
		     struct atom *out, int depth);

/* "T is in A's interval (or outside it)", said of a variable: OUT. */
static bool value_atom(tree t, struct atom a, struct atom *out, int depth)
{
	gimple *def;
	enum tree_code code;

	if (depth > PC_DEPTH || TREE_CODE(t) != SSA_NAME)
		return false;
	def = SSA_NAME_IS_DEFAULT_DEF(t) ? NULL : SSA_NAME_DEF_STMT(t);
	if (def && is_gimple_assign(def)) {
		tree r1 = gimple_assign_rhs1(def);

		code = gimple_assign_rhs_code(def);
		/* a conversion to bool is a test against 0 */
		if (CONVERT_EXPR_CODE_P(code) &&
		    (keeps_value(TREE_TYPE(r1), TREE_TYPE(t)) ||
		     (zero_test(&a) && !a.mask && is_bool(TREE_TYPE(t)) &&
		      INTEGRAL_TYPE_P(TREE_TYPE(r1)))) &&
		    value_atom(r1, a, out, depth + 1))
			return true;
		if (zero_test(&a) && !a.mask && TREE_CODE_CLASS(code) == tcc_comparison &&
		    cmp_atom(code, r1, gimple_assign_rhs2(def), a.neg, out, depth + 1))
			return true;
		/* (x & FLAG) == 0, or != 0: a test of x's bits */
		if (zero_test(&a) && !a.mask && code == BIT_AND_EXPR &&
		    TREE_CODE(gimple_assign_rhs2(def)) == INTEGER_CST &&
		    !integer_zerop(gimple_assign_rhs2(def)) &&
		    keeps_value(TREE_TYPE(r1), TREE_TYPE(t))) {
			struct atom m = a;

			m.mask = (unsigned HOST_WIDE_INT)TREE_INT_CST_LOW(gimple_assign_rhs2(def));
			m.lo = m.hi = 0;
			if (value_atom(r1, m, out, depth + 1))
				return true;
		}
		if (zero_test(&a) && !a.mask && is_bool(TREE_TYPE(t)) && is_bool(TREE_TYPE(r1)) &&
		    (code == BIT_NOT_EXPR ||
		     (code == BIT_XOR_EXPR && integer_onep(gimple_assign_rhs2(def))))) {
			a.neg = !a.neg;
			if (value_atom(r1, a, out, depth + 1))
				return true;
			a.neg = !a.neg;
		}
	}
	if (!var_of(t, &a.var))
		return false;
	/* a boolean is 0 or 1: "is 1" is "is not 0", so both spellings meet */
	if (!a.mask && is_bool(TREE_TYPE(t)) && a.lo == 1 && a.hi == 1) {
		a.lo = a.hi = 0;
		a.neg = !a.neg;
	}
	*out = a;
	return true;
}

/* "LHS CODE RHS" was TRUTH: an atom OUT, if it can be said of a variable. */
static bool cmp_atom(enum tree_code code, tree lhs, tree rhs, bool truth,
		     struct atom *out, int depth)
{
	struct atom a;
	HOST_WIDE_INT k;
	tree type;

	if (TREE_CODE(lhs) == INTEGER_CST) {
		tree x = lhs;

		lhs = rhs;
		rhs = x;
		code = swap_tree_comparison(code);
	}
	if (TREE_CODE(lhs) != SSA_NAME || TREE_CODE(rhs) != INTEGER_CST ||
	    !tree_fits_shwi_p(rhs))
		return false;
	type = TREE_TYPE(lhs);
	if (!INTEGRAL_TYPE_P(type) || TYPE_PRECISION(type) > HOST_BITS_PER_WIDE_INT)
		return false;
	if (!truth)
		code = invert_tree_comparison(code, false);
	k = tree_to_shwi(rhs);
	memset(&a, 0, sizeof(a));
	a.lo = TYPE_UNSIGNED(type) ? 0 : HOST_WIDE_INT_MIN;
	a.hi = HOST_WIDE_INT_MAX;
	switch (code) {
	case EQ_EXPR:
		a.lo = a.hi = k;
		break;
	case NE_EXPR:
		a.lo = a.hi = k;
		a.neg = true;
		break;
	case LT_EXPR:
		if (k == HOST_WIDE_INT_MIN)
			return false;
		a.hi = k - 1;
		break;
	case LE_EXPR:
		a.hi = k;
		break;
	case GT_EXPR:
		if (k == HOST_WIDE_INT_MAX)
			return false;
		a.lo = k + 1;
		break;
	case GE_EXPR:
		a.lo = k;
		break;
	default:
		return false;
	}
	if (a.lo > a.hi)
		return false;
	return value_atom(lhs, a, out, depth);
}

/* What taking edge E out of its block says, if anything. */
static bool edge_atom(edge e, struct atom *out)
{
	gimple *last = vc_last_stmt(e->src);

	if (!last || EDGE_COUNT(e->src->succs) < 2)
		return false;
	if (gimple_code(last) == GIMPLE_COND) {
		if (!(e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE)))
			return false;
		return cmp_atom(gimple_cond_code(last), gimple_cond_lhs(last),
				gimple_cond_rhs(last), e->flags & EDGE_TRUE_VALUE, out, 0);
	}
	if (gimple_code(last) == GIMPLE_SWITCH) {
		gswitch *sw = as_a<gswitch *>(last);
		tree found = NULL_TREE;
		unsigned int i;
		struct atom a;

		/* only a case of one value that nothing else jumps to */
		for (i = 0; i < gimple_switch_num_labels(sw); i++) {
			tree l = gimple_switch_label(sw, i);

			if (label_to_block(fn, CASE_LABEL(l)) != e->dest)
				continue;
			if (i == 0 || found || (CASE_HIGH(l) && !tree_int_cst_equal(CASE_LOW(l), CASE_HIGH(l))))
				return false;
			found = CASE_LOW(l);
		}
		if (!found || !tree_fits_shwi_p(found))
			return false;
		memset(&a, 0, sizeof(a));
		a.lo = a.hi = tree_to_shwi(found);
		return value_atom(gimple_switch_index(sw), a, out, 0);
	}
	return false;
}

const struct guard *pc_block(basic_block bb)
{
	static const struct guard none = { 0, {} };
	auto_vec<basic_block, 16> chain;
	basic_block b;
	int i;

	if (!ready() || bb->index >= nblocks)
		return &none;
	/* up to the first block whose guard is known */
	for (b = bb; b && bstate[b->index] == BG_NONE;
	     b = get_immediate_dominator(CDI_DOMINATORS, b)) {
		chain.safe_push(b);
		if (b == ENTRY_BLOCK_PTR_FOR_FN(fn))
			break;
	}
	for (i = (int)chain.length() - 1; i >= 0; i--) {
		struct guard *g = &bguard[chain[i]->index];
		basic_block d = get_immediate_dominator(CDI_DOMINATORS, chain[i]);
		struct atom a;

		g->n = 0;
		bstate[chain[i]->index] = BG_DONE;
		if (!d || chain[i] == ENTRY_BLOCK_PTR_FOR_FN(fn))
			continue;
		/* entered from its dominator only: that branch was taken */
		if (single_pred_p(chain[i]) && single_pred(chain[i]) == d &&
		    edge_atom(single_pred_edge(chain[i]), &a))
			g->a[g->n++] = a;
		if (!guard_and(g, &bguard[d->index]))
			g->n = 0;	/* a dead block: claim nothing */
	}
	return &bguard[bb->index];
}

void pc_edge(edge e, struct guard *out)
{
	struct atom a;

	out->n = 0;
	if (!ready())
		return;
	if (edge_atom(e, &a))
		out->a[out->n++] = a;
	if (!guard_and(out, pc_block(e->src)))
		out->n = 0;
}

bool pc_and_stmt(struct guard *g, const gimple *stmt)
{
	basic_block bb = gimple_bb(stmt);

	return !bb || guard_and(g, pc_block(bb));
}

static bool flag_guard(tree t, vc_uhwi bit, struct guard *out, int depth, int *steps);

/* BIT in A | B */
static bool flag_or(tree a, tree b, vc_uhwi bit, struct guard *out, int depth, int *steps)
{
	struct guard ga, gb;
	bool in_a = flag_guard(a, bit, &ga, depth + 1, steps);
	bool in_b = flag_guard(b, bit, &gb, depth + 1, steps);

	if (!in_a && !in_b)
		return false;
	*out = in_a ? ga : gb;
	if (in_a && in_b)
		guard_meet(out, &gb);
	return true;
}

/* BIT in A & B */
static bool flag_and(tree a, tree b, vc_uhwi bit, struct guard *out, int depth, int *steps)
{
	struct guard gb;

	return flag_guard(a, bit, out, depth + 1, steps) &&
	       flag_guard(b, bit, &gb, depth + 1, steps) && guard_and(out, &gb);
}

static bool flag_guard(tree t, vc_uhwi bit, struct guard *out, int depth, int *steps)
{
	gimple *def;
	struct vset s;
	bool set = true;

	out->n = 0;
	if (TREE_CODE(t) == INTEGER_CST)
		return (TREE_INT_CST_LOW(t) & bit) != 0;
	if (TREE_CODE(t) != SSA_NAME)
		return true;
	vset_eval(t, &s);
	if (vset_bit_state(&s, bit) == 0)
		return false;
	if (depth > PC_DEPTH || --*steps < 0 || SSA_NAME_IS_DEFAULT_DEF(t))
		return true;
	def = SSA_NAME_DEF_STMT(t);
	if (gimple_code(def) == GIMPLE_PHI) {
		gphi *phi = vc_as_phi(def);
		unsigned int i;
		bool got = false;

		for (i = 0; i < gimple_phi_num_args(phi); i++) {
			struct guard g, e;

			if (!flag_guard(gimple_phi_arg_def(phi, i), bit, &g, depth + 1, steps))
				continue;
			pc_edge(gimple_phi_arg_edge(phi, i), &e);
			if (!guard_and(&g, &e))
				continue;
			if (got)
				guard_meet(out, &g);
			else
				*out = g;
			got = true;
		}
		if (!got)
			return false;
	} else if (is_gimple_assign(def)) {
		enum tree_code code = gimple_assign_rhs_code(def);

		if (gimple_assign_single_p(def) || CONVERT_EXPR_CODE_P(code))
			set = flag_guard(gimple_assign_rhs1(def), bit, out, depth + 1, steps);
		else if (code == BIT_IOR_EXPR || code == BIT_XOR_EXPR)
			set = flag_or(gimple_assign_rhs1(def), gimple_assign_rhs2(def), bit,
				      out, depth, steps);
		else if (code == BIT_AND_EXPR)
			set = flag_and(gimple_assign_rhs1(def), gimple_assign_rhs2(def), bit,
				       out, depth, steps);
	}
	if (!set)
		return false;
	/* the value exists only where its definition ran */
	if (!pc_and_stmt(out, def))
		return false;
	return true;
}

/* Is T, through conversions and comparisons, read from a struct field? */
static bool from_field(tree t, int depth)
{
	gimple *def;

	if (depth > PC_DEPTH || TREE_CODE(t) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(t))
		return false;
	def = SSA_NAME_DEF_STMT(t);
	if (!is_gimple_assign(def))
		return false;
	if (gimple_assign_load_p(def))
		return TREE_CODE(gimple_assign_rhs1(def)) == COMPONENT_REF;
	if (gimple_assign_single_p(def) || CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)) ||
	    gimple_assign_rhs_code(def) == BIT_NOT_EXPR ||
	    TREE_CODE_CLASS(gimple_assign_rhs_code(def)) == tcc_comparison ||
	    gimple_assign_rhs_code(def) == BIT_AND_EXPR || gimple_assign_rhs_code(def) == BIT_XOR_EXPR)
		return from_field(gimple_assign_rhs1(def), depth + 1);
	return false;
}

/* Was edge E, or the way into its source block, chosen by a field's value? */
static bool edge_by_field(edge e)
{
	int up;

	for (up = 0; up < 4 && e; up++) {
		gimple *last = vc_last_stmt(e->src);

		if (last && gimple_code(last) == GIMPLE_COND && EDGE_COUNT(e->src->succs) == 2)
			return from_field(gimple_cond_lhs(last), 0);
		e = single_pred_p(e->src) ? single_pred_edge(e->src) : NULL;
	}
	return false;
}

static bool flag_per_object(tree t, vc_uhwi bit, int depth)
{
	struct vset s;
	gimple *def;
	unsigned int i;
	bool any = false;

	if (TREE_CODE(t) != SSA_NAME || depth > PC_DEPTH || SSA_NAME_IS_DEFAULT_DEF(t))
		return false;
	def = SSA_NAME_DEF_STMT(t);
	if (is_gimple_assign(def) && (gimple_assign_single_p(def) ||
				      CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
		return flag_per_object(gimple_assign_rhs1(def), bit, depth + 1);
	if (gimple_code(def) != GIMPLE_PHI)
		return false;
	/* every way the flag comes in was chosen by a field */
	for (i = 0; i < gimple_phi_num_args(def); i++) {
		tree arg = gimple_phi_arg_def(def, i);

		vset_eval(arg, &s);
		if (vset_bit_state(&s, bit) == 0)
			continue;
		if (!edge_by_field(gimple_phi_arg_edge(vc_as_phi(def), i)) &&
		    !flag_per_object(arg, bit, depth + 1))
			return false;
		any = true;
	}
	return any;
}

bool pc_flag_per_object(tree t, vc_uhwi bit)
{
	return ready() && flag_per_object(t, bit, 0);
}

bool pc_flag(tree t, vc_uhwi bit, struct guard *out)
{
	int steps = PC_STEPS;

	out->n = 0;
	if (!ready())
		return true;
	return flag_guard(t, bit, out, 0, &steps);
}

/* The type of the callee's parameter IDX at CALL, if known. */
static tree param_type(gimple *call, int idx)
{
	tree fndecl = gimple_call_fndecl(call), p;

	if (!fndecl)
		return NULL_TREE;
	for (p = DECL_ARGUMENTS(fndecl); p && idx; p = DECL_CHAIN(p))
		idx--;
	return p ? TREE_TYPE(p) : NULL_TREE;
}

bool pc_at_call(const struct guard *g, gimple *call, struct guard *out)
{
	int i;

	out->n = 0;
	if (!ready())
		return true;
	for (i = 0; i < g->n; i++) {
		const struct atom *a = &g->a[i];
		struct atom b;
		tree arg, type;

		if (a->var < 0 || (unsigned int)a->var >= gimple_call_num_args(call))
			continue;
		arg = gimple_call_arg(call, a->var);
		type = param_type(call, a->var);
		if (!type || !INTEGRAL_TYPE_P(type) || !INTEGRAL_TYPE_P(TREE_TYPE(arg)))
			continue;
		/* the argument converted to the parameter: the same value, or a bool */
		if (!keeps_value(TREE_TYPE(arg), type) && !(is_bool(type) && zero_test(a) && !a->mask))
			continue;
		if (TREE_CODE(arg) == INTEGER_CST) {
			if (!tree_fits_shwi_p(arg) && !a->mask)
				continue;
			if (!atom_holds(a, (HOST_WIDE_INT)TREE_INT_CST_LOW(arg)))
				return false;	/* not at this call */
			continue;
		}
		if (value_atom(arg, *a, &b, 0) && !guard_and_atom(out, &b))
			return false;
	}
	return pc_and_stmt(out, call);
}
