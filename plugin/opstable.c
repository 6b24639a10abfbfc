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
static unsigned int next_id;
static bool built;
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
	next_id = 0;
	built = false;
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
