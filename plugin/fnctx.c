// SPDX-License-Identifier: GPL-2.0
/*
 * fnctx.c - the context of the function being analysed.
 *
 * Its lifetime, reachability between its statements (computed per source
 * block on first use), statement locations, and the numbering of the
 * allocating calls that facts name as their origin.
 */
#include "fnctx.h"
#include "valueset.h"
#include "pathcond.h"

struct fnctx pf;

function *fnctx_analysable(struct cgraph_node *node)
{
	function *fun;

	if (!node->has_gimple_body_p() || node->inlined_to)
		return NULL;
	fun = DECL_STRUCT_FUNCTION(node->decl);
	if (!fun || !fun->cfg || !gimple_in_ssa_p(fun))
		return NULL;
	return fun;
}

void fnctx_begin(function *fun)
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
	vset_begin(pf.nssa);
	pathcond_begin(fun);
}

void fnctx_end(void)
{
	int i;

	for (i = 0; pf.reach && i < last_basic_block_for_fn(pf.fun); i++)
		if (pf.reach[i])
			sbitmap_free(pf.reach[i]);
	XDELETEVEC(pf.reach);
	vec_free(pf.splits);
	XDELETEVEC(pf.memo);
	XDELETEVEC(pf.state);
	XDELETEVEC(pf.busy_depth);
	XDELETEVEC(pf.roots);
	XDELETEVEC(pf.root_state);
	vec_free(pf.stores);
	vec_free(pf.slot_stores);
	vec_free(pf.calls);
	if (pf.dom_ours)
		free_dominance_info(CDI_DOMINATORS);
	memset(&pf, 0, sizeof(pf));
	pathcond_end();
	vset_end();
}

location_t fnctx_stmt_loc(const gimple *stmt)
{
	location_t loc = stmt ? gimple_location(stmt) : UNKNOWN_LOCATION;

	if (loc == UNKNOWN_LOCATION && pf.fun)
		loc = DECL_SOURCE_LOCATION(pf.fun->decl);
	return loc;
}

int fnctx_param_of(tree t, bool through_or)
{
	while (TREE_CODE(t) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF(t)) {
		gimple *def = SSA_NAME_DEF_STMT(t);

		if (!is_gimple_assign(def))
			return -1;
		if (through_or && gimple_assign_rhs_code(def) == BIT_IOR_EXPR &&
		    TREE_CODE(gimple_assign_rhs2(def)) == INTEGER_CST) {
			t = gimple_assign_rhs1(def);
			continue;
		}
		if (!(gimple_assign_single_p(def) ||
		      CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
			return -1;
		t = gimple_assign_rhs1(def);
	}
	if (TREE_CODE(t) != SSA_NAME || !SSA_NAME_VAR(t) ||
	    TREE_CODE(SSA_NAME_VAR(t)) != PARM_DECL)
		return -1;
	return summary_param_index(pf.fun->decl, SSA_NAME_VAR(t));
}

/*
 * The blocks from which BB can be reached by one or more edges, computed
 * once per BB: the questions of one walk share their target (the vmap(),
 * a load), so one backward walk answers all of them.
 */
static sbitmap reach_to(basic_block bb)
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

		FOR_EACH_EDGE(e, ei, b->preds) {
			if (bitmap_bit_p(seen, e->src->index))
				continue;
			bitmap_set_bit(seen, e->src->index);
			work[nwork++] = e->src;
		}
	}
	XDELETEVEC(work);
	pf.reach[bb->index] = seen;
	return seen;
}

/* Can control flow get from statement FROM to statement TO? */
bool fnctx_reaches(gimple *from, gimple *to)
{
	basic_block src = gimple_bb(from), dst = gimple_bb(to);
	sbitmap reach;

	if (!src || !dst || from == to)
		return from != to;
	reach = reach_to(dst);	/* also numbers the statements */
	/* statements are numbered in order within a block */
	if (src == dst && gimple_uid(from) < gimple_uid(to))
		return true;
	/* otherwise control must leave SRC and come to DST (round a loop) */
	return bitmap_bit_p(reach, src->index);
}

bool fnctx_dominates(gimple *a, gimple *b)
{
	basic_block ba = gimple_bb(a), bb = gimple_bb(b);

	if (!ba || !bb || a == b)
		return false;
	if (ba == bb) {
		reach_to(ba);		/* numbers the statements */
		return gimple_uid(a) < gimple_uid(b);
	}
	pf.dom_ours |= vc_need_dominators();
	return dominated_by_p(CDI_DOMINATORS, bb, ba);
}

static struct vc_stmt_map *origins;
static unsigned int norigins;

unsigned int fnctx_origin(const gimple *call)
{
	unsigned int *id = vc_stmt_map_slot(&origins, call);

	if (!*id)
		*id = ++norigins;
	return *id;
}

static struct vc_tree_map *decl_origins;

unsigned int fnctx_origin_decl(tree decl)
{
	void **id = vc_tree_map_slot(&decl_origins, decl, true);

	if (!*id) {
		norigins++;
		*id = (void *)(uintptr_t)norigins;
	}
	return (unsigned int)(uintptr_t)*id;
}

void fnctx_pass_end(void)
{
	vc_stmt_map_free(&origins);
	vc_tree_map_free(&decl_origins);
	norigins = 0;
}
