// SPDX-License-Identifier: GPL-2.0
/*
 * memroot.c - which memory a pointer points into, and what writes it.
 *
 * Memory is keyed by its root: a declared object, the call that allocated
 * it, a parameter, or the struct field / global pointer it was loaded from
 * (so an array kept in obj->pages is the same memory in every function).
 * The writes of a function are indexed once: stores of pointers, block
 * copies (the KAPI_COPY calls of kapi.c, aggregate copies), calls whose
 * summary fills an argument, and GUP calls that fill a page array.
 */
#include "kapi.h"
#include "linkfacts.h"
#include "memroot.h"

/* ---- memory roots ---------------------------------------------------- */

bool pf_root_eq(const struct root *a, const struct root *b)
{
	if (a->kind != b->kind || a->kind == ROOT_NONE || a->kind == ROOT_CYCLE)
		return false;
	if (a->kind == ROOT_CALL)
		return a->call == b->call && a->out == b->out;
	return a->decl == b->decl;
}

/*
 * Is memory PART within R?  The same root, or one of the calls a PHI root
 * merges (root_of_def()): a write into what one of them returned.
 */
bool pf_root_covers(const struct root *r, const struct root *part)
{
	tree lhs;
	unsigned int i;

	if (pf_root_eq(r, part))
		return true;
	if (r->kind != ROOT_CALL || part->kind != ROOT_CALL ||
	    gimple_code(r->call) != GIMPLE_PHI || !is_gimple_call(part->call))
		return false;
	lhs = gimple_call_lhs(part->call);
	for (i = 0; lhs && i < gimple_phi_num_args(r->call); i++)
		if (gimple_phi_arg_def(r->call, i) == lhs)
			return true;
	return false;
}

bool pf_is_global(tree decl)
{
	return TREE_CODE(decl) == VAR_DECL && (TREE_STATIC(decl) || DECL_EXTERNAL(decl));
}

/* The slot a pointer is loaded from or stored to: obj->field or a global. */
tree pf_slot_key(tree ref)
{
	if (TREE_CODE(ref) == COMPONENT_REF)
		return TREE_OPERAND(ref, 1);
	if (pf_is_global(ref))
		return ref;
	return NULL_TREE;
}

/*
 * The memory a reference lies in.  A local object is this function's own;
 * an array embedded in a struct reached through a pointer (obj->pages[i]
 * with "struct page *pages[N]") and a global are keyed like a field, so
 * that every function sees the same memory.
 */
void pf_root_of_ref(tree ref, struct root *r, int depth)
{
	tree base = get_base_address(ref), t;

	r->kind = ROOT_NONE;
	if (!base)
		return;
	if (DECL_P(base) && !pf_is_global(base)) {
		r->kind = ROOT_DECL;	/* a local object: this function's own */
		r->decl = base;
		return;
	}
	for (t = ref; handled_component_p(t); t = TREE_OPERAND(t, 0)) {
		if (TREE_CODE(t) == COMPONENT_REF &&
		    TREE_CODE(TREE_TYPE(TREE_OPERAND(t, 1))) == ARRAY_TYPE) {
			r->kind = ROOT_FIELD;
			r->decl = TREE_OPERAND(t, 1);
			return;
		}
	}
	if (DECL_P(base)) {
		r->kind = ROOT_FIELD;
		r->decl = base;
	} else if (TREE_CODE(base) == MEM_REF || TREE_CODE(base) == TARGET_MEM_REF) {
		pf_root_of_ptr(TREE_OPERAND(base, 0), r, depth + 1);
	}
}

/*
 * A slot a pointer can be kept in and read back from within one function:
 * obj->field, *ptr, or a local variable whose address is taken.  What
 * names the object it lies in: OBJ's SSA pointer, or the variable.
 */
static tree slot_object(tree ref)
{
	tree base;

	if (VAR_P(ref))
		return pf_is_global(ref) ? NULL_TREE : ref;
	if (TREE_CODE(ref) != COMPONENT_REF && TREE_CODE(ref) != MEM_REF)
		return NULL_TREE;
	base = get_base_address(ref);
	if (!base || TREE_CODE(base) != MEM_REF || TREE_CODE(TREE_OPERAND(base, 0)) != SSA_NAME)
		return NULL_TREE;
	return TREE_OPERAND(base, 0);
}

/* The stores of pointers into slots, and the calls, of pf. */
static void build_slots(void);

VC_VEC(gimple *) *pf_calls(void)
{
	if (!pf.slots_built)
		build_slots();
	return pf.calls;
}

static void build_slots(void)
{
	basic_block bb;

	pf.slots_built = true;
	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);

			if (is_gimple_call(stmt))
				vec_safe_push(pf.calls, stmt);
			else if (is_gimple_assign(stmt) && gimple_store_p(stmt) &&
				 POINTER_TYPE_P(TREE_TYPE(gimple_assign_lhs(stmt))) &&
				 slot_object(gimple_assign_lhs(stmt)))
				vec_safe_push(pf.slot_stores, stmt);
		}
	}
}

/* Can store X write the slot REF (in OBJ)? */
static bool may_write_slot(gimple *x, tree ref, tree obj)
{
	tree lhs = gimple_assign_lhs(x);

	if (TREE_CODE(ref) == COMPONENT_REF)
		/* that field of any object: it may be the same one */
		return TREE_CODE(lhs) == COMPONENT_REF &&
		       TREE_OPERAND(lhs, 1) == TREE_OPERAND(ref, 1);
	if (VAR_P(ref))
		return lhs == ref;
	/*
	 * *ptr: a store through the same pointer, or through another one of a
	 * pointer of the same type (not pages[i] = page into *ppages)
	 */
	if (slot_object(lhs) == obj)
		return true;
	return TREE_CODE(lhs) == MEM_REF &&
	       (TYPE_MAIN_VARIANT(TREE_TYPE(lhs)) == TYPE_MAIN_VARIANT(TREE_TYPE(ref)) ||
		VOID_TYPE_P(TREE_TYPE(TREE_TYPE(lhs))));
}

/* Is ARG the object of a slot, or its address (&var)? */
static bool passes_object(tree arg, tree obj)
{
	return arg == obj || (TREE_CODE(arg) == ADDR_EXPR && TREE_OPERAND(arg, 0) == obj);
}

/*
 * Can anything between S and load L write the slot REF of OBJ?  Another
 * store that may write it, or a call given OBJ that the API table does not
 * know.
 */
static bool slot_written_between(gimple *s, gimple *l, tree ref, tree obj)
{
	unsigned int i, j;

	for (i = 0; i < vec_safe_length(pf.slot_stores); i++) {
		gimple *x = (*pf.slot_stores)[i];

		if (x != s && may_write_slot(x, ref, obj) &&
		    fnctx_reaches(s, x) && fnctx_reaches(x, l))
			return true;
	}
	for (i = 0; i < vec_safe_length(pf.calls); i++) {
		gimple *c = (*pf.calls)[i];

		if (c == s || kapi_lookup_call(c) || !fnctx_reaches(s, c) || !fnctx_reaches(c, l))
			continue;
		for (j = 0; j < gimple_call_num_args(c); j++)
			if (passes_object(gimple_call_arg(c, j), obj))
				return true;
	}
	return false;
}

/* The argument of CALL through which its callee hands back an array, or -1. */
static int out_arg_of(gimple *call, tree var)
{
	const struct fsum *sum = summary_of_call(call);
	int p;

	if (!sum || !sum->out_arg)
		return -1;
	p = sum->out_arg - 1;
	if ((unsigned int)p >= gimple_call_num_args(call))
		return -1;
	return passes_object(gimple_call_arg(call, p), var) &&
	       TREE_CODE(gimple_call_arg(call, p)) == ADDR_EXPR ? p : -1;
}

/*
 * A pointer read from a slot this function filled on every path before,
 * with nothing since that could change it: obj->pages = kcalloc(...),
 * *ppages = kcalloc(...), or get_pages(&pages) whose summary hands back an
 * array of its own.  That memory, not whatever any object may hold.
 */
static bool forward_slot(tree ref, gimple *load, struct root *r, int depth)
{
	tree obj = slot_object(ref);
	unsigned int i;

	if (!obj)
		return false;
	if (!pf.slots_built)
		build_slots();
	for (i = 0; i < vec_safe_length(pf.slot_stores); i++) {
		gimple *s = (*pf.slot_stores)[i];

		if (!operand_equal_p(gimple_assign_lhs(s), ref, 0) || !fnctx_dominates(s, load) ||
		    slot_written_between(s, load, ref, obj))
			continue;
		pf_root_of_ptr(gimple_assign_rhs1(s), r, depth + 1);
		return r->kind == ROOT_CALL || (r->kind == ROOT_DECL && !pf_is_global(r->decl));
	}
	for (i = 0; VAR_P(ref) && i < vec_safe_length(pf.calls); i++) {
		gimple *c = (*pf.calls)[i];
		int p = out_arg_of(c, ref);

		if (p < 0 || !fnctx_dominates(c, load) || slot_written_between(c, load, ref, obj))
			continue;
		r->kind = ROOT_CALL;
		r->call = c;
		r->out = p;
		return true;
	}
	return false;
}

/* A pointer loaded from obj->field or from a global: keyed by that slot. */
static void root_of_load(tree ref, gimple *load, struct root *r, int depth)
{
	if (forward_slot(ref, load, r, depth))
		return;
	r->decl = pf_slot_key(ref);
	r->kind = r->decl ? ROOT_FIELD : ROOT_NONE;
}

/* NULL, directly or through a copy: "return NULL" on an error path. */
static bool is_null(tree t)
{
	gimple *def;

	if (integer_zerop(t))
		return true;
	if (TREE_CODE(t) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(t))
		return false;
	def = SSA_NAME_DEF_STMT(t);
	return is_gimple_assign(def) && gimple_assign_single_p(def) &&
	       integer_zerop(gimple_assign_rhs1(def));
}

/* The memory SSA pointer PTR points into, from its definition. */
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
		r->out = -1;
		return;
	}
	if (is_gimple_assign(def)) {
		enum tree_code code = gimple_assign_rhs_code(def);

		if (gimple_assign_load_p(def))
			root_of_load(gimple_assign_rhs1(def), def, r, depth);
		else if (code == SSA_NAME || code == ADDR_EXPR ||
			 CONVERT_EXPR_CODE_P(code) || code == POINTER_PLUS_EXPR)
			pf_root_of_ptr(gimple_assign_rhs1(def), r, depth + 1);
		return;
	}
	if (gimple_code(def) == GIMPLE_PHI) {
		bool any = false, calls = false;

		for (i = 0; i < gimple_phi_num_args(def); i++) {
			tree arg = gimple_phi_arg_def(def, i);
			struct root a;

			if (is_null(arg))
				continue;	/* NULL on an error path */
			pf_root_of_ptr(arg, &a, depth + 1);
			if (a.kind == ROOT_CYCLE)
				continue;	/* the way round a loop */
			if (any && a.kind == ROOT_CALL && r->kind == ROOT_CALL &&
			    !pf_root_eq(&a, r)) {
				calls = true;	/* one call or another made it */
				continue;
			}
			if (a.kind == ROOT_NONE || (any && !pf_root_eq(&a, r))) {
				r->kind = ROOT_NONE;
				return;
			}
			*r = a;
			any = true;
		}
		if (!any) {
			r->kind = ROOT_CYCLE;
		} else if (calls) {
			/*
			 * alloc_hooks() with memory allocation profiling
			 * (7.x): if (mem_alloc_profiling_enabled()) { ... p =
			 * kmalloc_array_noprof(...); } else p = ...; the memory
			 * is whichever call ran, one object from here on.
			 */
			r->kind = ROOT_CALL;
			r->call = def;
			r->out = -1;
		}
	}
}

void pf_root_of_ptr(tree ptr, struct root *r, int depth)
{
	unsigned int ver;

	r->kind = ROOT_NONE;
	if (depth > PF_DEPTH)
		return;
	if (TREE_CODE(ptr) == ADDR_EXPR) {
		pf_root_of_ref(TREE_OPERAND(ptr, 0), r, depth);
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

static struct store_rec *new_store(gimple *stmt, enum store_kind kind)
{
	struct store_rec rec;

	memset(&rec, 0, sizeof(rec));
	rec.stmt = stmt;
	rec.kind = kind;
	return vec_safe_push(pf.stores, rec);
}

static void record_call_stores(gimple *stmt)
{
	const struct kapi_entry *e = kapi_lookup_call(stmt);
	const struct fsum *sum;
	unsigned int nargs = gimple_call_num_args(stmt);
	struct store_rec *rec;
	int j;

	if (e && e->role == KAPI_COPY) {
		rec = new_store(stmt, SR_COPY);
		if (e->dst < 0) {
			rec->root.kind = ROOT_CALL;	/* kmemdup(): the result */
			rec->root.call = stmt;
			rec->root.out = -1;
		} else {
			pf_root_of_ptr(gimple_call_arg(stmt, e->dst), &rec->root, 0);
		}
		pf_root_of_ptr(gimple_call_arg(stmt, e->src), &rec->src, 0);
		return;
	}
	if (e && e->role == KAPI_BULK_FILL) {
		if (nargs) {
			rec = new_store(stmt, SR_SAFE_FILL);
			pf_root_of_ptr(gimple_call_arg(stmt, nargs - 1), &rec->root, 0);
		}
		return;
	}
	if (e && e->role == KAPI_GUP) {
		rec = new_store(stmt, SR_PRODUCE);
		pf_root_of_ptr(gimple_call_arg(stmt, e->arg), &rec->root, 0);
		return;
	}
	sum = summary_of_call(stmt);
	if (!sum) {
		/* another unit's function may fill a page array it is given */
		if (!lf_callee_key(stmt))
			return;
		for (j = 0; j < SUM_MAXP && (unsigned int)j < nargs; j++) {
			if (!lf_page_array_type(TREE_TYPE(gimple_call_arg(stmt, j))))
				continue;
			rec = new_store(stmt, SR_EXTFILL);
			rec->param = j;
			pf_root_of_ptr(gimple_call_arg(stmt, j), &rec->root, 0);
		}
		return;
	}
	for (j = 0; j < SUM_MAXP && (unsigned int)j < nargs; j++) {
		if (!sum->fill[j].n)
			continue;
		rec = new_store(stmt, SR_FILL);
		rec->param = j;
		rec->callee = sum;
		pf_root_of_ptr(gimple_call_arg(stmt, j), &rec->root, 0);
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

void pf_build_stores(void)
{
	basic_block bb;

	pf.stores_built = true;
	vec_alloc(pf.stores, 16);
	FOR_EACH_BB_FN(bb, pf.fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct store_rec *rec;
			tree lhs, src;

			if (is_gimple_call(stmt)) {
				record_call_stores(stmt);
				continue;
			}
			if (!is_gimple_assign(stmt) || !gimple_store_p(stmt))
				continue;
			lhs = gimple_assign_lhs(stmt);
			if (POINTER_TYPE_P(TREE_TYPE(lhs))) {
				rec = new_store(stmt, SR_ASSIGN);
				pf_root_of_ref(lhs, &rec->root, 0);
				continue;
			}
			src = block_copy_source(stmt);
			if (!src)
				continue;
			/* *dst = *src, or memcpy() folded into a wide load and store */
			rec = new_store(stmt, SR_COPY);
			pf_root_of_ref(lhs, &rec->root, 0);
			pf_root_of_ref(src, &rec->src, 0);
		}
	}
}
