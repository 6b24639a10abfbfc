// SPDX-License-Identifier: GPL-2.0
/*
 * check_ownership.c - what vmap(..., VM_MAP_PUT_PAGES, ...) takes over.
 *
 * A successful vmap() with VM_MAP_PUT_PAGES owns the page array from then
 * on: vfree() releases it with kvfree().  So the array must be memory that
 * kvfree() can free and that nobody else frees: not a stack array, not a
 * static or global one, not an array embedded in a struct, not a pointer
 * into the middle of an array, and not managed memory (devm_, kunit_,
 * drmm_ allocations) that its owner frees again.  At each call that hands
 * an array over (handover.h), directly or through a helper, the array
 * pointer is followed back through SSA values to where it comes from.
 *
 * And the mapping must be released with vfree(): vunmap() of an address
 * such a vmap() returned leaks the pages and the array.  The address is
 * followed from the vunmap() (here, in a helper, or in a cleanup action
 * registered with kunit_add_action() and the like: handover.h) back
 * through SSA values to the vmap().
 *
 * After a vmap() that succeeded, the caller must not free the array
 * (kfree(), kvfree(), vfree()) nor drop the entries' references
 * (release_pages(), __free_page(pages[i]), ...): vfree() does both again.
 * A free counts when it is reached from the vmap() without crossing the
 * edge of a test that its result is NULL (the failure path), and a page
 * free only when the function takes no extra reference (get_page()).
 *
 * One page in two slots is dropped twice: a page stored into the array in
 * a loop that it was not obtained in, with a slot that changes per round,
 * or one value stored into two constant slots; unless the function takes
 * extra references (get_page()).
 *
 * Values read back from memory are followed where a struct field or
 * global is given one kind only (summary.h: kept_get()): a mapping for
 * the vunmap() rule, a managed array for the array rule.  The free rule
 * follows a helper that returns only its vmap()'s mapping or NULL.
 */
#include "kapi.h"
#include "memroot.h"
#include "pathcond.h"
#include "handover.h"
#include "report.h"
#include "linkfacts.h"
#include "check.h"

enum own_kind {
	OWN_OK,		/* kvfree() can take it, or not known */
	OWN_STACK,	/* a local of the function */
	OWN_STATIC,	/* a static or global object */
	OWN_EMBEDDED,	/* an array member of a struct reached through a pointer */
	OWN_INTERIOR,	/* a pointer moved into the middle of an array */
	OWN_MANAGED,	/* devm_/kunit_/drmm_ memory, freed again by its owner */
};

/* Where the array comes from, for the notes. */
struct own_origin {
	enum own_kind kind;
	location_t loc;		/* the declaration, allocation or offset */
	tree decl;		/* OWN_STACK, OWN_STATIC: the object; OWN_EMBEDDED: the member */
	const char *api;	/* OWN_MANAGED: the allocator */
	const char *owner;	/* OWN_MANAGED: who frees it again (kapi_entry.box) */
	tree key;		/* kept in this struct field or global, read back */
	location_t kept;	/* stored there here */
};

#define OWN_DEPTH 12

/* the finding being told: the texts below read it */
static struct own_origin cur;

/* the SSA names one walk back through PHIs has seen: each once, not once per path */
static bitmap seen;

static bool first_visit(tree v)
{
	return bitmap_set_bit(seen, SSA_NAME_VERSION(v));
}

/* ---- where an array pointer comes from ------------------------------ */

static bool classify(tree ptr, struct own_origin *o, int depth);

/* &x, &x.arr[i], &p->arr, &p->arr[i]: the address of a part of an object */
static bool classify_addr(tree addr, location_t loc, struct own_origin *o)
{
	tree ref = TREE_OPERAND(addr, 0), t, base = get_base_address(ref);

	if (!base)
		return false;
	if (VAR_P(base)) {
		o->kind = is_global_var(base) ? OWN_STATIC : OWN_STACK;
		o->decl = base;
		o->loc = DECL_SOURCE_LOCATION(base);
		return true;
	}
	if (TREE_CODE(base) != MEM_REF)
		return false;
	/* an array member inside an object reached through a pointer */
	for (t = ref; handled_component_p(t); t = TREE_OPERAND(t, 0))
		if (TREE_CODE(t) == COMPONENT_REF &&
		    TREE_CODE(TREE_TYPE(TREE_OPERAND(t, 1))) == ARRAY_TYPE) {
			o->kind = OWN_EMBEDDED;
			o->decl = TREE_OPERAND(t, 1);
			o->loc = loc;
			return true;
		}
	/* &p[n], n not 0 */
	if (TREE_CODE(ref) == ARRAY_REF && TREE_CODE(TREE_OPERAND(ref, 1)) == INTEGER_CST &&
	    !integer_zerop(TREE_OPERAND(ref, 1))) {
		o->kind = OWN_INTERIOR;
		o->loc = loc;
		return true;
	}
	if (ref == base && !integer_zerop(TREE_OPERAND(base, 1))) {
		o->kind = OWN_INTERIOR;	/* &MEM[p + 16] */
		o->loc = loc;
		return true;
	}
	return false;
}

/* obj->pages where every array stored there is managed memory */
static bool classify_load(tree ref, struct own_origin *o)
{
	tree key = mapping_key(ref);
	struct kept k;

	if (!key || !kept_get(key, &k) || k.kind != KEPT_MANAGED)
		return false;
	o->kind = OWN_MANAGED;
	o->loc = k.made;
	o->api = k.api;
	o->owner = k.owner;
	o->key = key;
	o->kept = k.store;
	return true;
}

static bool classify_assign(gimple *def, struct own_origin *o, int depth)
{
	enum tree_code code = gimple_assign_rhs_code(def);
	tree rhs = gimple_assign_rhs1(def);

	if (code == ADDR_EXPR)
		return classify_addr(rhs, gimple_location(def), o);
	if (gimple_assign_load_p(def))
		return classify_load(rhs, o);
	if (code == SSA_NAME || CONVERT_EXPR_CODE_P(code))
		return classify(rhs, o, depth + 1);
	if (code != POINTER_PLUS_EXPR)
		return false;	/* a load, or arithmetic: not followed */
	/* what the pointer was before it moved is the worse answer */
	if (classify(rhs, o, depth + 1))
		return true;
	if (TREE_CODE(gimple_assign_rhs2(def)) == INTEGER_CST &&
	    !integer_zerop(gimple_assign_rhs2(def))) {
		o->kind = OWN_INTERIOR;
		o->loc = gimple_location(def);
		return true;
	}
	return false;
}

/* Does PTR point at memory that kvfree() cannot take?  Then *O says which. */
static bool classify(tree ptr, struct own_origin *o, int depth)
{
	gimple *def;
	unsigned int i;

	if (depth > OWN_DEPTH)
		return false;
	if (TREE_CODE(ptr) == ADDR_EXPR)
		return classify_addr(ptr, UNKNOWN_LOCATION, o);
	if (TREE_CODE(ptr) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(ptr) || !first_visit(ptr))
		return false;
	def = SSA_NAME_DEF_STMT(ptr);
	if (is_gimple_assign(def))
		return classify_assign(def, o, depth);
	if (gimple_code(def) == GIMPLE_PHI) {
		/* bad on one path is a finding on that path (loops: OWN_DEPTH) */
		for (i = 0; i < gimple_phi_num_args(def); i++)
			if (classify(gimple_phi_arg_def(def, i), o, depth + 1))
				return true;
		return false;
	}
	if (is_gimple_call(def)) {
		const struct kapi_entry *e = kapi_lookup_call(def);

		if (!e || e->role != KAPI_MANAGED_ALLOC)
			return false;
		o->kind = OWN_MANAGED;
		o->loc = gimple_location(def);
		o->api = vc_callee_name(def);
		o->owner = e->box;
		return true;
	}
	return false;
}

/* ---- texts ----------------------------------------------------------- */

static const char *kind_text(enum own_kind kind)
{
	switch (kind) {
	case OWN_STACK:
		return "a stack array";
	case OWN_STATIC:
		return "a static array";
	case OWN_EMBEDDED:
		return "an array embedded in a struct";
	case OWN_INTERIOR:
		return "a pointer into the middle of an array";
	default:
		return "managed memory that its owner frees again";
	}
}

static const char *decl_name(tree decl)
{
	return decl && DECL_NAME(decl) ? IDENTIFIER_POINTER(DECL_NAME(decl)) : "?";
}

/* As GCC's %qT says a struct type: its typedef name, else "struct TAG". */
static const char *type_name(tree type, char *buf, size_t len)
{
	tree name = TYPE_NAME(type);
	const char *tag = vc_record_tag(type);

	if (name && TREE_CODE(name) == TYPE_DECL && tag)
		return tag;
	snprintf(buf, len, "%s %s", TREE_CODE(type) == UNION_TYPE ? "union" : "struct",
		 tag ? tag : "<anonymous>");
	return buf;
}

static bool warn_at_vmap(location_t loc, const struct fact *f)
{
	(void)f;
	return vc_warn(loc, KIND_UNOWNED_ARRAY, "vmapcheck: %<vmap%> with %<VM_MAP_PUT_PAGES%> takes over a page array that %<vfree%> cannot release with %<kvfree%>: %s",
		       kind_text(cur.kind));
}

static void note_origin(location_t loc, const struct fact *f, const char *api)
{
	char tname[256];

	(void)f;
	(void)api;
	switch (cur.kind) {
	case OWN_STACK:
		vc_note(loc, "vmapcheck: %qs is a local of %qs", decl_name(cur.decl),
			vc_fn_name(current_function_decl));
		break;
	case OWN_STATIC:
		vc_note(loc, "vmapcheck: %qs has static storage", decl_name(cur.decl));
		break;
	case OWN_EMBEDDED:
		vc_note(loc, "vmapcheck: the array is the member %qs of %qs, not an allocation of its own",
			decl_name(cur.decl), type_name(DECL_CONTEXT(cur.decl), tname, sizeof(tname)));
		break;
	case OWN_INTERIOR:
		vc_note(loc, "vmapcheck: the pointer is moved past the start of the array here");
		break;
	default:
		vc_note(loc, "vmapcheck: the array is allocated here by %qs: %s frees it again",
			cur.api, cur.owner);
		if (cur.key && DECL_NAME(cur.key))
			vc_note(vc_user_location(cur.kept), "vmapcheck: kept in %s %qs here",
				TREE_CODE(cur.key) == FIELD_DECL ? "struct field" : "global",
				IDENTIFIER_POINTER(DECL_NAME(cur.key)));
		break;
	}
}

static void note_fix(location_t loc, const struct fact *f)
{
	(void)f;
	vc_note(loc, "vmapcheck: fix: hand over an array of its own from %<kvmalloc_array%> or %<kcalloc%>, which %<vfree%> will %<kvfree%>, or drop %<VM_MAP_PUT_PAGES%> and release the pages and array yourself");
}

static const struct report_texts texts = {
	warn_at_vmap,
	note_origin,
	note_fix,
};

/* ---- vunmap() of a VM_MAP_PUT_PAGES mapping --------------------------- */

/* the release being told, and where its address came from */
static struct vunmap_use cur_use;
static struct map_origin cur_map;

static bool warn_vunmap(location_t loc, const struct fact *f)
{
	(void)f;
	return vc_warn(loc, KIND_VUNMAP, "vmapcheck: %<vunmap%> releases a mapping that %<vmap%> made with %<VM_MAP_PUT_PAGES%>: the pages and the page array leak");
}

/* where the address came from after the vmap(), and who releases it */
static void note_release(void)
{
	if (cur_map.helper)
		vc_note(vc_user_location(cur_map.call), "vmapcheck: returned by %qs here",
			cur_map.helper);
	if (cur_map.key && DECL_NAME(cur_map.key))
		vc_note(vc_user_location(cur_map.kept), "vmapcheck: kept in %s %qs here",
			TREE_CODE(cur_map.key) == FIELD_DECL ? "struct field" : "global",
			IDENTIFIER_POINTER(DECL_NAME(cur_map.key)));
	if (cur_use.via && cur_use.action)
		vc_note(vc_user_location(cur_use.loc),
			"vmapcheck: %qs, registered to run later, releases it with %<vunmap%> here",
			cur_use.via);
	else if (cur_use.via)
		vc_note(vc_user_location(cur_use.loc),
			"vmapcheck: %qs releases it with %<vunmap%> here", cur_use.via);
}

static void note_vmap(location_t loc, const struct fact *f, const char *api)
{
	(void)f;
	(void)api;
	vc_note(loc, "vmapcheck: mapped with %<VM_MAP_PUT_PAGES%> here");
	note_release();
}

/* the mapping comes from API, a function of another unit (vmapcheck-link) */
static void note_ext_vmap(location_t loc, const struct fact *f, const char *api)
{
	(void)f;
	vc_note(loc, "vmapcheck: returned by %qs here", api);
	note_release();
}

static void note_vunmap_fix(location_t loc, const struct fact *f)
{
	(void)f;
	vc_note(loc, "vmapcheck: fix: release it with %<vfree%>, which also frees the pages and the array, or map without %<VM_MAP_PUT_PAGES%>");
}

static const struct report_texts vunmap_texts = {
	warn_vunmap,
	note_vmap,
	note_vunmap_fix,
};

static const struct report_texts ext_vunmap_texts = {
	warn_vunmap,
	note_ext_vmap,
	note_vunmap_fix,
};

/*
 * V is, through copies and casts, what a call this unit cannot resolve
 * returned: that call, else NULL.
 */
static gimple *unresolved_source(tree v, int depth)
{
	gimple *def;

	if (depth > OWN_DEPTH || TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v))
		return NULL;
	def = SSA_NAME_DEF_STMT(v);
	if (is_gimple_call(def))
		return !summary_of_call(def) && lf_callee_key(def) ? def : NULL;
	if (is_gimple_assign(def) && (gimple_assign_single_p(def) ||
				      CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
		return unresolved_source(gimple_assign_rhs1(def), depth + 1);
	return NULL;
}

/*
 * vunmap() of what another unit's function returned: the finding if that
 * function returns a VM_MAP_PUT_PAGES mapping (a source record of its
 * unit, ownership_unit_end()), for vmapcheck-link.
 */
static void record_ext_vunmap(location_t loc, gimple *src)
{
	const struct report_line *lines;
	char key[512];
	struct fact f;
	const char *name;
	int n;

	snprintf(key, sizeof(key), "%s", lf_callee_key(src));
	name = lf_key_name(key);
	memset(&cur_map, 0, sizeof(cur_map));
	memset(&f, 0, sizeof(f));
	f.path = step_new(STEP_ALLOC, fnctx_stmt_loc(src), name, NULL, NULL);
	report_capture_begin();
	report_finding(&ext_vunmap_texts, loc, &f, UNKNOWN_LOCATION, NULL);
	n = report_capture_end(&lines);
	lf_ext(key, LF_MAP, 0, NULL, lines, n);
}

static void check_vunmaps(gimple *call)
{
	struct vunmap_use uses[SUM_MAXP];
	int n = vunmaps_of(call, uses, SUM_MAXP), i;
	struct fact f;

	for (i = 0; i < n; i++) {
		location_t loc = vc_user_location(gimple_location(call));
		gimple *src;

		if (!putpages_mapping_of(uses[i].val, &cur_map)) {
			src = lf_enabled() ? unresolved_source(uses[i].val, 0) : NULL;
			cur_use = uses[i];
			if (src)
				record_ext_vunmap(loc, src);
			continue;
		}
		if (!report_first(&vunmap_texts, LOCATION_LINE(cur_map.vmap), loc, NULL))
			continue;
		cur_use = uses[i];
		memset(&f, 0, sizeof(f));
		f.path = step_new(STEP_ALLOC, cur_map.vmap, NULL, NULL, NULL);
		report_finding(&vunmap_texts, loc, &f, UNKNOWN_LOCATION, NULL);
	}
}

/* ---- the array or its pages freed after a successful hand-over ------- */

/* the free being told: the array's, or its pages' */
static bool cur_pages;

/* Is V what CALL returns, through copies and casts? */
static bool is_result_of(tree v, gimple *call, int depth)
{
	gimple *def;

	if (depth > OWN_DEPTH || TREE_CODE(v) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF(v))
		return false;
	def = SSA_NAME_DEF_STMT(v);
	if (def == call)
		return true;
	return is_gimple_assign(def) && (gimple_assign_single_p(def) ||
					 CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))) &&
	       is_result_of(gimple_assign_rhs1(def), call, depth + 1);
}

/* The edge out of BB on which what CALL returned is NULL, or NULL. */
static edge null_edge(basic_block bb, gimple *call)
{
	gimple *last = vc_last_stmt(bb);
	enum tree_code code;
	edge e;
	edge_iterator ei;

	if (!last || gimple_code(last) != GIMPLE_COND)
		return NULL;
	code = gimple_cond_code(last);
	if ((code != EQ_EXPR && code != NE_EXPR) || !integer_zerop(gimple_cond_rhs(last)) ||
	    !is_result_of(gimple_cond_lhs(last), call, 0))
		return NULL;
	FOR_EACH_EDGE(e, ei, bb->succs)
		if (!!(e->flags & EDGE_TRUE_VALUE) == (code == EQ_EXPR))
			return e;
	return NULL;
}

/* Does the path from CALL to AT exist on which CALL's result is not NULL? */
static bool reached_on_success(gimple *call, gimple *at)
{
	basic_block from = gimple_bb(call), to = gimple_bb(at), bb;
	int nb = last_basic_block_for_fn(pf.fun), sp = 0;
	basic_block *work;
	sbitmap seen;
	bool found = false;
	edge e;
	edge_iterator ei;

	if (from == to && fnctx_reaches(call, at) && fnctx_dominates(call, at))
		return true;	/* later in the same block */
	work = XNEWVEC(basic_block, nb);
	seen = sbitmap_alloc(nb);
	bitmap_clear(seen);
	work[sp++] = from;
	bitmap_set_bit(seen, from->index);
	while (sp && !found) {
		edge failed;

		bb = work[--sp];
		failed = null_edge(bb, call);
		FOR_EACH_EDGE(e, ei, bb->succs) {
			if (e == failed || e->dest->index >= nb)
				continue;
			if (e->dest == to) {
				found = true;
				break;
			}
			if (!bitmap_bit_p(seen, e->dest->index)) {
				bitmap_set_bit(seen, e->dest->index);
				work[sp++] = e->dest;
			}
		}
	}
	sbitmap_free(seen);
	XDELETEVEC(work);
	return found;
}

/* Does the function take an extra page reference anywhere?  (-1: not asked yet) */
static int refs_taken;

static bool takes_page_refs(void)
{
	unsigned int i;

	if (refs_taken >= 0)
		return refs_taken;
	refs_taken = 0;
	for (i = 0; i < vec_safe_length(pf_calls()); i++) {
		const struct kapi_entry *e = kapi_lookup_call((*pf_calls())[i]);

		if (e && e->role == KAPI_PAGE_GET)
			refs_taken = 1;
	}
	return refs_taken;
}

/*
 * A transparent union argument (6.12's release_pages_arg) is a temporary
 * whose member was set just before the call: that member's value.
 */
static tree through_transparent_union(gimple *call, tree arg)
{
	gimple_stmt_iterator gsi = gsi_for_stmt(call);
	int k;

	if (!VAR_P(arg) || TREE_CODE(TREE_TYPE(arg)) != UNION_TYPE ||
	    !TYPE_TRANSPARENT_AGGR(TREE_TYPE(arg)))
		return arg;
	for (k = 0, gsi_prev(&gsi); k < 8 && !gsi_end_p(gsi); k++, gsi_prev(&gsi)) {
		gimple *st = gsi_stmt(gsi);
		tree lhs;

		if (!gimple_assign_single_p(st))
			continue;
		lhs = gimple_assign_lhs(st);
		if (TREE_CODE(lhs) == COMPONENT_REF && TREE_OPERAND(lhs, 0) == arg)
			return gimple_assign_rhs1(st);
	}
	return arg;
}

/* &x->a.b with every member at offset 0, *x at 0: x; else NULL */
static tree offset0_base(tree addr)
{
	tree t = TREE_OPERAND(addr, 0);

	while (TREE_CODE(t) == COMPONENT_REF) {
		tree field = TREE_OPERAND(t, 1);

		if (!integer_zerop(DECL_FIELD_OFFSET(field)) ||
		    !integer_zerop(DECL_FIELD_BIT_OFFSET(field)))
			return NULL_TREE;
		t = TREE_OPERAND(t, 0);
	}
	if (TREE_CODE(t) != MEM_REF || !integer_zerop(TREE_OPERAND(t, 1)))
		return NULL_TREE;
	return TREE_OPERAND(t, 0);
}

/* The pointer V is the same address as: &folio->page, (struct page *)folio: folio */
static tree value_base(tree v)
{
	int k;

	if (TREE_CODE(v) == ADDR_EXPR)
		v = offset0_base(v);
	for (k = 0; k < 8 && v && TREE_CODE(v) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF(v); k++) {
		gimple *def = SSA_NAME_DEF_STMT(v);
		tree rhs;

		if (!is_gimple_assign(def))
			break;
		rhs = gimple_assign_rhs1(def);
		if (CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)) ||
		    gimple_assign_rhs_code(def) == SSA_NAME)
			v = rhs;
		else if (gimple_assign_rhs_code(def) == ADDR_EXPR)
			v = offset0_base(rhs);
		else
			break;
	}
	return v;
}

/* Was a page derived from the pointer A (folio_put(folio) after pages[0] = &folio->page) stored into ARRAY? */
static bool stored_from(tree a, const struct root *array)
{
	unsigned int j;

	a = value_base(a);
	if (!a || TREE_CODE(a) != SSA_NAME)
		return false;
	if (!pf.stores_built)
		pf_build_stores();
	for (j = 0; j < vec_safe_length(pf.stores); j++) {
		const struct store_rec *rec = &(*pf.stores)[j];

		if (rec->kind == SR_ASSIGN && pf_root_eq(&rec->root, array) &&
		    value_base(gimple_assign_rhs1(rec->stmt)) == a)
			return true;
	}
	return false;
}

/*
 * Does FREE free the memory of ARRAY (0), or drop references of the pages
 * in it (1)?  -1: neither.
 */
static int frees_what(gimple *free, const struct root *array)
{
	const struct kapi_entry *e = kapi_lookup_call(free);
	struct root r;
	tree a;
	gimple *def;

	if (!e || (e->role != KAPI_MEM_FREE && e->role != KAPI_PAGE_FREE) || e->arg < 0 ||
	    (unsigned int)e->arg >= gimple_call_num_args(free))
		return -1;
	a = through_transparent_union(free, gimple_call_arg(free, e->arg));
	pf_root_of_ptr(a, &r, 0);
	if (r.kind != ROOT_NONE && r.kind != ROOT_CYCLE && pf_root_eq(&r, array))
		return e->role == KAPI_PAGE_FREE;	/* release_pages(pages, n) */
	if (e->role != KAPI_PAGE_FREE || TREE_CODE(a) != SSA_NAME)
		return -1;
	if (SSA_NAME_IS_DEFAULT_DEF(a))
		return stored_from(a, array) ? 1 : -1;
	/* __free_page(pages[i]) */
	def = SSA_NAME_DEF_STMT(a);
	if (!gimple_assign_single_p(def) || !REFERENCE_CLASS_P(gimple_assign_rhs1(def)))
		return stored_from(a, array) ? 1 : -1;
	pf_root_of_ref(gimple_assign_rhs1(def), &r, 0);
	return r.kind != ROOT_NONE && r.kind != ROOT_CYCLE && pf_root_eq(&r, array) ? 1 : -1;
}

static bool warn_freed(location_t loc, const struct fact *f)
{
	(void)f;
	if (cur_pages)
		return vc_warn(loc, KIND_PAGES_PUT_AFTER, "vmapcheck: the references of pages that %<vmap%> took over with %<VM_MAP_PUT_PAGES%> are dropped after it succeeded: %<vfree%> will drop them again");
	return vc_warn(loc, KIND_ARRAY_FREED_AFTER, "vmapcheck: the page array that %<vmap%> took over with %<VM_MAP_PUT_PAGES%> is freed after it succeeded: %<vfree%> will free it again");
}

static void note_handed(location_t loc, const struct fact *f, const char *api)
{
	(void)f;
	(void)api;
	vc_note(loc, "vmapcheck: handed over with %<VM_MAP_PUT_PAGES%> here; a path on which %<vmap%> did not return NULL leads to the free");
}

static void note_freed_fix(location_t loc, const struct fact *f)
{
	(void)f;
	vc_note(loc, "vmapcheck: fix: free them only when %<vmap%> returns NULL, take an extra reference per page first, or map without %<VM_MAP_PUT_PAGES%>");
}

static const struct report_texts freed_texts = {
	warn_freed,
	note_handed,
	note_freed_fix,
};

/*
 * Is what CALL returns only kept in SSA values here, so that every test of
 * it is seen?  Stored to memory (*out = vmap(...)), a test may read it back.
 */
static bool result_tested_here(gimple *call)
{
	tree lhs = gimple_call_lhs(call);
	imm_use_iterator it;
	gimple *use;

	if (!lhs || TREE_CODE(lhs) != SSA_NAME)
		return false;
	FOR_EACH_IMM_USE_STMT(use, it, lhs)
		if (gimple_store_p(use))
			return false;
	return true;
}

/* The frees of VMAP's array (sink S) that a successful VMAP reaches. */
static void check_frees_after(gimple *vmap, const struct sink *s)
{
	struct root array;
	unsigned int i;

	if (!result_tested_here(vmap))
		return;
	pf_root_of_ptr(gimple_call_arg(vmap, s->pages_arg), &array, 0);
	if (array.kind == ROOT_NONE || array.kind == ROOT_CYCLE)
		return;
	for (i = 0; i < vec_safe_length(pf_calls()); i++) {
		gimple *stmt = (*pf_calls())[i];
		location_t loc;
		struct fact f;
		int what;

		if (stmt == vmap)
			continue;
		what = frees_what(stmt, &array);
		if (what < 0 || !reached_on_success(vmap, stmt))
			continue;
		if (what == 1 && takes_page_refs())
			continue;	/* it keeps references of its own */
		loc = vc_user_location(gimple_location(stmt));
		if (!report_first(&freed_texts, LOCATION_LINE(gimple_location(vmap)) * 2 + what,
				  loc, NULL))
			continue;
		cur_pages = what == 1;
		memset(&f, 0, sizeof(f));
		f.path = step_new(STEP_ALLOC, gimple_location(vmap), NULL, NULL, NULL);
		report_finding(&freed_texts, loc, &f, s->flag_loc, s->path);
	}
}

/* ---- one page in more than one slot ----------------------------------- */

/* the page was stored twice in a loop (else into two constant slots) */
static bool cur_in_loop;

/* Does the slot that store ST writes change each time round the loop of ST? */
static bool slot_moves(gimple *st)
{
	tree ref = gimple_assign_lhs(st), t;
	basic_block bb = gimple_bb(st);

	for (t = ref; handled_component_p(t) || TREE_CODE(t) == MEM_REF; t = TREE_OPERAND(t, 0)) {
		tree idx = NULL_TREE;

		if (TREE_CODE(t) == ARRAY_REF)
			idx = TREE_OPERAND(t, 1);
		else if (TREE_CODE(t) == MEM_REF)
			idx = TREE_OPERAND(t, 0);
		if (idx && TREE_CODE(idx) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF(idx) &&
		    gimple_bb(SSA_NAME_DEF_STMT(idx)) &&
		    pc_same_cycle(bb, gimple_bb(SSA_NAME_DEF_STMT(idx))))
			return true;
		if (TREE_CODE(t) == MEM_REF)
			break;
	}
	return false;
}

/*
 * The constant slot store ST writes: its byte offset from *BASE (an object,
 * or the pointer a chain of constant additions started from), or -1.
 */
static HOST_WIDE_INT const_slot(gimple *st, tree *base)
{
	poly_int64 bitsize, bitpos;
	tree offset, ptr;
	machine_mode mode;
	int unsignedp, reversep, volatilep, depth;
	HOST_WIDE_INT bits, off;

	*base = get_inner_reference(gimple_assign_lhs(st), &bitsize, &bitpos, &offset, &mode,
				    &unsignedp, &reversep, &volatilep);
	if (offset || !bitpos.is_constant(&bits))
		return -1;
	off = bits / BITS_PER_UNIT;
	if (TREE_CODE(*base) != MEM_REF)
		return off;
	/* *(p + 8): the slot 8 bytes from p */
	if (!tree_fits_shwi_p(TREE_OPERAND(*base, 1)))
		return -1;
	off += tree_to_shwi(TREE_OPERAND(*base, 1));
	ptr = TREE_OPERAND(*base, 0);
	for (depth = 0; depth < OWN_DEPTH && TREE_CODE(ptr) == SSA_NAME &&
	     !SSA_NAME_IS_DEFAULT_DEF(ptr); depth++) {
		gimple *def = SSA_NAME_DEF_STMT(ptr);

		if (!is_gimple_assign(def) || gimple_assign_rhs_code(def) != POINTER_PLUS_EXPR ||
		    !tree_fits_shwi_p(gimple_assign_rhs2(def)))
			break;
		off += tree_to_shwi(gimple_assign_rhs2(def));
		ptr = gimple_assign_rhs1(def);
	}
	*base = ptr;
	return off;
}

/* Is a page stored into more than one slot of ARRAY?  Then the store. */
static gimple *page_in_two_slots(const struct root *array)
{
	imm_use_iterator it;
	gimple *use;
	unsigned int i;

	if (!pf.stores_built)
		pf_build_stores();
	for (i = 0; i < vec_safe_length(pf.stores); i++) {
		const struct store_rec *a = &(*pf.stores)[i];
		tree v;
		gimple *def;

		if (a->kind != SR_ASSIGN || !is_gimple_assign(a->stmt) ||
		    !pf_root_eq(&a->root, array))
			continue;
		v = gimple_assign_rhs1(a->stmt);
		if (TREE_CODE(v) != SSA_NAME || !kapi_is_page_ptr(TREE_TYPE(v)))
			continue;
		/* got before the loop, stored into a new slot each round */
		def = SSA_NAME_IS_DEFAULT_DEF(v) ? NULL : SSA_NAME_DEF_STMT(v);
		if (slot_moves(a->stmt) &&
		    !(def && gimple_bb(def) && pc_same_cycle(gimple_bb(a->stmt), gimple_bb(def)))) {
			cur_in_loop = true;
			return a->stmt;
		}
		/* one value into two constant slots: the other stores of V (its uses) */
		FOR_EACH_IMM_USE_STMT(use, it, v) {
			struct root r;
			tree base_a, base_b;
			HOST_WIDE_INT oa, ob;

			if (use == a->stmt || !gimple_assign_single_p(use) || !gimple_store_p(use) ||
			    gimple_assign_rhs1(use) != v)
				continue;
			pf_root_of_ref(gimple_assign_lhs(use), &r, 0);
			if (!pf_root_eq(&r, array))
				continue;
			oa = const_slot(a->stmt, &base_a);
			ob = const_slot(use, &base_b);
			if (oa >= 0 && ob >= 0 && oa != ob && operand_equal_p(base_a, base_b, 0)) {
				cur_in_loop = false;
				return use;
			}
		}
	}
	return NULL;
}

static bool warn_two_slots(location_t loc, const struct fact *f)
{
	(void)f;
	return vc_warn(loc, KIND_PAGE_TWO_SLOTS, "vmapcheck: %<vmap%> with %<VM_MAP_PUT_PAGES%> is given one page in more than one slot of the array: %<vfree%> will drop its reference once per slot");
}

static void note_two_slots(location_t loc, const struct fact *f, const char *api)
{
	(void)f;
	(void)api;
	if (cur_in_loop)
		vc_note(loc, "vmapcheck: the same page is stored into a new slot in each round of this loop");
	else
		vc_note(loc, "vmapcheck: the page is stored into a second slot here");
}

static void note_two_slots_fix(location_t loc, const struct fact *f)
{
	(void)f;
	vc_note(loc, "vmapcheck: fix: take a reference per extra slot with %<get_page%>, or map without %<VM_MAP_PUT_PAGES%>");
}

static const struct report_texts two_slot_texts = {
	warn_two_slots,
	note_two_slots,
	note_two_slots_fix,
};

static void check_two_slots(gimple *call, const struct sink *s)
{
	struct root array;
	location_t loc = vc_user_location(gimple_location(call));
	gimple *st;
	struct fact f;

	pf_root_of_ptr(gimple_call_arg(call, s->pages_arg), &array, 0);
	if (array.kind == ROOT_NONE || array.kind == ROOT_CYCLE)
		return;
	st = page_in_two_slots(&array);
	if (!st || takes_page_refs() || !fnctx_reaches(st, call))
		return;
	if (!report_first(&two_slot_texts, LOCATION_LINE(gimple_location(st)), loc, s->path))
		return;
	memset(&f, 0, sizeof(f));
	f.path = step_new(STEP_ALLOC, gimple_location(st), NULL, NULL, NULL);
	report_finding(&two_slot_texts, loc, &f, s->flag_loc, s->path);
}

/* ---- the check ------------------------------------------------------- */

/* a number for the origin, for one report per origin and sink */
static unsigned int origin_id(const struct own_origin *o)
{
	if (o->decl)
		return DECL_UID(o->decl) * 8 + o->kind;
	return (unsigned int)LOCATION_LINE(o->loc) * 8 + o->kind;
}

/*
 * Is what CALL returns non-NULL exactly when its vmap() took the array: vmap()
 * itself, or a helper that returns only that mapping or NULL?
 */
static bool returns_the_mapping(gimple *call, const struct kapi_entry *e)
{
	const struct fsum *sum;

	if (e)
		return e->role == KAPI_VMAP;
	sum = summary_of_call(call);
	return sum && sum->ret_map != UNKNOWN_LOCATION;
}

static void check_call(gimple *call)
{
	struct sink sinks[SUM_MAXP];
	struct fact f;
	int n, i;

	n = sinks_of(call, sinks, SUM_MAXP);
	for (i = 0; i < n; i++) {
		location_t loc = vc_user_location(gimple_location(call));
		const struct kapi_entry *e = kapi_lookup_call(call);

		if (sinks[i].flags_param >= 0)
			continue;	/* flags only known in our caller */
		if (returns_the_mapping(call, e))
			check_frees_after(call, &sinks[i]);
		check_two_slots(call, &sinks[i]);
		memset(&cur, 0, sizeof(cur));
		bitmap_clear(seen);
		if (!classify(gimple_call_arg(call, sinks[i].pages_arg), &cur, 0))
			continue;
		if (cur.loc == UNKNOWN_LOCATION)
			cur.loc = gimple_location(call);
		if (!report_first(&texts, origin_id(&cur), loc, sinks[i].path))
			continue;
		memset(&f, 0, sizeof(f));
		f.path = step_new(STEP_ALLOC, cur.loc, cur.api, NULL, NULL);
		report_finding(&texts, loc, &f, sinks[i].flag_loc, sinks[i].path);
	}
}

static void ownership_run(void)
{
	unsigned int i;

	refs_taken = -1;
	seen = BITMAP_ALLOC(NULL);
	for (i = 0; i < vec_safe_length(pf_calls()); i++) {
		check_call((*pf_calls())[i]);
		check_vunmaps((*pf_calls())[i]);
	}
	BITMAP_FREE(seen);
}

static int ownership_option(const char *plugin, const char *key, const char *value)
{
	(void)plugin;
	(void)key;
	(void)value;
	return 0;
}

/* Does NODE hand arrays over, or unmap an address (itself, a helper, an action)? */
static bool ownership_wants(struct cgraph_node *node)
{
	struct cgraph_edge *e;

	if (hands_over_any(node))
		return true;
	for (e = node->callees; e; e = e->next_callee) {
		tree decl = e->callee->decl;
		const struct kapi_entry *k;
		const struct fsum *sum;

		k = kapi_lookup(DECL_NAME(decl) ? IDENTIFIER_POINTER(DECL_NAME(decl)) : NULL);
		if (k && (k->role == KAPI_VUNMAP || k->role == KAPI_ACTION_ADD))
			return true;
		sum = summary_get(decl, false);
		if (sum && sum->vunmap_mask)
			return true;
	}
	return false;
}

/*
 * The functions other units can call that return a VM_MAP_PUT_PAGES
 * mapping: where it was made, for their vunmap()s (record_ext_vunmap()).
 */
static void ownership_unit_end(struct cgraph_node **order, int n)
{
	int i, k;

	if (!lf_enabled())
		return;
	for (i = 0; i < n; i++) {
		const struct fsum *sum = summary_get(order[i]->decl, false);
		const struct report_line *lines;

		if (!sum || sum->ret_map == UNKNOWN_LOCATION ||
		    (!TREE_PUBLIC(order[i]->decl) && !order[i]->address_taken))
			continue;
		report_capture_begin();
		vc_note(vc_user_location(sum->ret_map),
			"vmapcheck: mapped with %<VM_MAP_PUT_PAGES%> here");
		k = report_capture_end(&lines);
		lf_source(order[i]->decl, LF_MAP, 0, 1, NULL, lines, k);
	}
}

const struct vc_check check_ownership = {
	"ownership",
	"what vmap() with VM_MAP_PUT_PAGES takes over: an array kvfree() can free, released by vfree()",
	ownership_option,
	ownership_wants,
	ownership_run,
	ownership_unit_end,
};
