// SPDX-License-Identifier: GPL-2.0
/*
 * opstable.c - functions stored into struct initializers.
 *
 * Every struct in a static initializer of the unit (a variable, or each
 * element of an array of them) is one instance, numbered up to 32; the
 * functions whose addresses it holds, directly or in a nested struct, get
 * its bit.  Instances past the 32nd give no bit: their functions stay
 * compatible with every other.
 */
#include "opstable.h"

#define OPS_MAX 32

static struct vc_tree_map *tags;
static struct vc_tree_map *targets;	/* FIELD_DECL -> the function, or error_mark_node */

/* A store into a function pointer field: what ops_walk_field_stores() walks. */
struct field_store {
	tree field, value;
};

static VC_VEC(struct field_store) *stores;
static bool stores_built;
static unsigned int next_id;
static bool built, targets_built;
static tree id_type[OPS_MAX];	/* the struct type of each instance */

static void mark(tree fndecl, unsigned int id)
{
	void **slot = vc_tree_map_slot(&tags, fndecl, true);

	*slot = (void *)((uintptr_t)*slot | (1u << id));
}

/* INIT, a constructor; ID, the instance it is part of, or -1: a new one. */
static void walk(tree init, int id, int depth)
{
	unsigned HOST_WIDE_INT i;
	tree value;
	bool record = TREE_CODE(TREE_TYPE(init)) == RECORD_TYPE;

	if (depth > 8)
		return;
	if (record && id < 0) {
		if (next_id >= OPS_MAX)
			return;
		id = (int)next_id++;
		id_type[id] = TYPE_MAIN_VARIANT(TREE_TYPE(init));
	}
	FOR_EACH_CONSTRUCTOR_VALUE(CONSTRUCTOR_ELTS(init), i, value) {
		STRIP_NOPS(value);
		if (TREE_CODE(value) == ADDR_EXPR &&
		    TREE_CODE(TREE_OPERAND(value, 0)) == FUNCTION_DECL && id >= 0)
			mark(TREE_OPERAND(value, 0), (unsigned int)id);
		else if (TREE_CODE(value) == CONSTRUCTOR)
			walk(value, record ? id : -1, depth + 1);
	}
}

/* Read on first use: only a unit that keeps pages in struct fields asks. */
static void ops_build(void)
{
	varpool_node *v;

	built = true;
	FOR_EACH_VARIABLE(v) {
		tree init = DECL_INITIAL(v->decl);

		if (init && TREE_CODE(init) == CONSTRUCTOR)
			walk(init, -1, 0);
	}
}

void ops_free(void)
{
	vc_tree_map_free(&tags);
	vc_tree_map_free(&targets);
	vec_free(stores);
	stores_built = false;
	next_id = 0;
	built = false;
	targets_built = false;
}

bool ops_own_field(tree field)
{
	expanded_location e;

	if (TREE_CODE(field) != FIELD_DECL || !main_input_filename)
		return false;
	e = expand_location(DECL_SOURCE_LOCATION(field));
	return e.file && !strcmp(e.file, main_input_filename);
}

/* FIELD is given VALUE: one function, or (error_mark_node) anything else. */
static void target_add(tree field, tree value, void *data)
{
	void **slot;

	(void)data;
	if (!ops_own_field(field))
		return;
	if (integer_zerop(value))
		return;		/* NULL: no call through it */
	if (TREE_CODE(value) == ADDR_EXPR && TREE_CODE(TREE_OPERAND(value, 0)) == FUNCTION_DECL)
		value = TREE_OPERAND(value, 0);
	else
		value = error_mark_node;
	slot = vc_tree_map_slot(&targets, field, true);
	if (!*slot)
		*slot = value;
	else if (*slot != value)
		*slot = error_mark_node;
}

static void keep_store(tree field, tree value)
{
	struct field_store fs = { field, value };
	tree type = TREE_TYPE(field);

	/* only what a call can go through: a function pointer field */
	if (POINTER_TYPE_P(type) && TREE_CODE(TREE_TYPE(type)) == FUNCTION_TYPE)
		vec_safe_push(stores, fs);
}

static void stores_in(tree init, int depth)
{
	unsigned HOST_WIDE_INT i;
	tree index, value;

	if (depth > 8)
		return;
	FOR_EACH_CONSTRUCTOR_ELT(CONSTRUCTOR_ELTS(init), i, index, value) {
		STRIP_NOPS(value);
		if (TREE_CODE(value) == CONSTRUCTOR)
			stores_in(value, depth + 1);
		else if (index && TREE_CODE(index) == FIELD_DECL)
			keep_store(index, value);
	}
}

/* One walk over the unit's initializers and statements, kept for the pass. */
static void stores_build(void)
{
	struct cgraph_node *node;
	varpool_node *v;

	stores_built = true;
	FOR_EACH_VARIABLE(v) {
		tree init = DECL_INITIAL(v->decl);

		if (init && TREE_CODE(init) == CONSTRUCTOR)
			stores_in(init, 0);
	}
	FOR_EACH_FUNCTION_WITH_GIMPLE_BODY(node) {
		function *fun = node->get_fun();
		basic_block bb;

		if (!fun || !fun->cfg)
			continue;
		FOR_EACH_BB_FN(bb, fun) {
			gimple_stmt_iterator gsi;

			for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
				gimple *st = gsi_stmt(gsi);
				tree lhs, rhs;

				if (!gimple_assign_single_p(st))
					continue;
				lhs = gimple_assign_lhs(st);
				rhs = gimple_assign_rhs1(st);
				if (TREE_CODE(rhs) == CONSTRUCTOR)
					stores_in(rhs, 0);
				else if (TREE_CODE(lhs) == COMPONENT_REF)
					keep_store(TREE_OPERAND(lhs, 1), tree_strip_nop_conversions(rhs));
			}
		}
	}
}

void ops_walk_field_stores(ops_store_fn *fn, void *data)
{
	unsigned int i;

	if (!stores_built)
		stores_build();
	for (i = 0; i < vec_safe_length(stores); i++)
		fn((*stores)[i].field, (*stores)[i].value, data);
}

tree ops_call_target(const gimple *call)
{
	tree fn, ref;
	gimple *def;
	void **slot;

	if (!is_gimple_call(call) || gimple_call_internal_p(call) || gimple_call_fndecl(call))
		return NULL_TREE;
	fn = gimple_call_fn(call);
	if (!fn || TREE_CODE(fn) != SSA_NAME)
		return NULL_TREE;
	def = SSA_NAME_DEF_STMT(fn);
	if (!gimple_assign_single_p(def))
		return NULL_TREE;
	ref = gimple_assign_rhs1(def);
	if (TREE_CODE(ref) != COMPONENT_REF || !ops_own_field(TREE_OPERAND(ref, 1)))
		return NULL_TREE;
	if (!targets_built) {
		targets_built = true;
		ops_walk_field_stores(target_add, NULL);
	}
	slot = vc_tree_map_slot(&targets, TREE_OPERAND(ref, 1), false);
	return slot && *slot != error_mark_node ? (tree)*slot : NULL_TREE;
}

bool ops_compatible(unsigned int a, unsigned int b)
{
	unsigned int i, j;

	if (!a || !b || (a & b))
		return true;
	/* disjoint: incompatible if some struct type has instances in both */
	for (i = 0; i < next_id; i++) {
		if (!(a & (1u << i)))
			continue;
		for (j = 0; j < next_id; j++)
			if ((b & (1u << j)) && id_type[j] == id_type[i])
				return false;
	}
	return true;
}

unsigned int ops_tag(tree fndecl)
{
	void **slot;

	if (!built)
		ops_build();
	slot = fndecl ? vc_tree_map_slot(&tags, fndecl, false) : NULL;

	return slot ? (unsigned int)(uintptr_t)*slot : 0;
}
