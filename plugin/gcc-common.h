/* SPDX-License-Identifier: GPL-2.0 */
/*
 * gcc-common.h - the one place where vmapcheck meets GCC's plugin API.
 *
 * Every GCC header the plugin needs is included here, in the order GCC
 * requires (gcc-plugin.h first), and every difference between the GCC
 * versions vmapcheck supports (11 and 12, tested; 13-14 by construction)
 * is hidden behind a small helper so the checker itself never needs an #if.
 */
#ifndef VMAPCHECK_GCC_COMMON_H
#define VMAPCHECK_GCC_COMMON_H

#include "bversion.h"
#include "gcc-plugin.h"
#include "tree.h"
#include "c-family/c-common.h"
#include "c-family/c-pragma.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "cfgloop.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-pretty-print.h"
#include "tree-pretty-print.h"
#include "diagnostic.h"
#include "diagnostic-core.h"
#include "internal-fn.h"
#include "ssa.h"
#include "cgraph.h"
#include "ipa-utils.h"
#include "tree-dfa.h"
#include "tree-cfg.h"
#include "stringpool.h"
#include "langhooks.h"
#include "cpplib.h"
#include "intl.h"
#include "output.h"

#if BUILDING_GCC_VERSION < 11000
#error "vmapcheck needs GCC 11 or later"
#endif

#define __visible __attribute__((visibility("default")))

typedef unsigned HOST_WIDE_INT vc_uhwi;

/* C-style names for GCC's checked downcasts */
static inline gphi *vc_as_phi(gimple *stmt)
{
	return as_a<gphi *>(stmt);
}

static inline greturn *vc_as_return(gimple *stmt)
{
	return as_a<greturn *>(stmt);
}

/* The last statement of BB other than a debug statement, or NULL. */
static inline gimple *vc_last_stmt(basic_block bb)
{
#if BUILDING_GCC_VERSION >= 14000
	return last_nondebug_stmt(bb);
#else
	return last_stmt(bb);
#endif
}

/*
 * Dominators of cfun for the caller: computed if GCC has none, and then
 * true: the caller frees them (free_dominance_info()) when done.
 */
static inline bool vc_need_dominators(void)
{
	if (dom_info_available_p(CDI_DOMINATORS))
		return false;
	calculate_dominance_info(CDI_DOMINATORS);
	return true;
}

/* -Werror promotes option-less plugin warnings; no-werror mode undoes it. */
static inline bool vc_werror_requested(void)
{
#if BUILDING_GCC_VERSION >= 14000
	return global_dc->warning_as_error_requested_p();
#else
	return global_dc->warning_as_error_requested;
#endif
}

static inline void vc_set_werror_requested(bool on)
{
#if BUILDING_GCC_VERSION >= 14000
	global_dc->set_warning_as_error_requested(on);
#else
	global_dc->warning_as_error_requested = on;
#endif
}

/*
 * The plugin's one idiom for containers: GCC's own, behind C names.
 * A growable array is a VC_VEC(type) pointer, NULL when empty, used with
 * vec_safe_push(), vec_safe_length() and vec_free().  A map is created on
 * first insertion; a new slot holds 0.
 */
#define VC_VEC(T) vec<T, va_heap, vl_embed>

struct vc_tree_map { hash_map<tree, void *> map; };
struct vc_name_map { hash_map<nofree_string_hash, const void *> map; };
struct vc_stmt_map { hash_map<const gimple *, unsigned int> map; };

/* The slot of KEY in *M; with CREATE a new slot holds NULL, else NULL if none. */
static inline void **vc_tree_map_slot(struct vc_tree_map **m, tree key, bool create)
{
	if (!*m) {
		if (!create)
			return NULL;
		*m = new struct vc_tree_map;
	}
	return create ? &(*m)->map.get_or_insert(key) : (*m)->map.get(key);
}

/* FN(KEY, VALUE, DATA) for every slot of M. */
static inline void vc_tree_map_each(struct vc_tree_map *m, void (*fn)(tree, void *, void *),
				    void *data)
{
	if (!m)
		return;
	for (hash_map<tree, void *>::iterator it = m->map.begin(); it != m->map.end(); ++it)
		fn((*it).first, (*it).second, data);
}

static inline void vc_tree_map_free(struct vc_tree_map **m)
{
	delete *m;
	*m = NULL;
}

static inline const void **vc_name_map_slot(struct vc_name_map **m, const char *key,
					    bool create)
{
	if (!*m) {
		if (!create)
			return NULL;
		*m = new struct vc_name_map;
	}
	return create ? &(*m)->map.get_or_insert(key) : (*m)->map.get(key);
}

/* The slot of STMT in *M, created holding 0 if there was none. */
static inline unsigned int *vc_stmt_map_slot(struct vc_stmt_map **m, const gimple *stmt)
{
	if (!*m)
		*m = new struct vc_stmt_map;
	return &(*m)->map.get_or_insert(stmt);
}

static inline void vc_stmt_map_free(struct vc_stmt_map **m)
{
	delete *m;
	*m = NULL;
}

/* The name of a called function, or NULL for indirect and internal calls. */
static inline const char *vc_callee_name(const gimple *stmt)
{
	tree fndecl;

	if (!is_gimple_call(stmt) || gimple_call_internal_p(stmt))
		return NULL;
	fndecl = gimple_call_fndecl(stmt);
	if (!fndecl || !DECL_NAME(fndecl))
		return NULL;
	return IDENTIFIER_POINTER(DECL_NAME(fndecl));
}

/* The name of a function declaration, or "?". */
static inline const char *vc_fn_name(tree fndecl)
{
	return fndecl && DECL_NAME(fndecl) ? IDENTIFIER_POINTER(DECL_NAME(fndecl)) : "?";
}

/* The tag (or typedef name) of a struct or union type, or NULL. */
static inline const char *vc_record_tag(tree type)
{
	tree name;

	type = TYPE_MAIN_VARIANT(type);
	if (TREE_CODE(type) != RECORD_TYPE && TREE_CODE(type) != UNION_TYPE)
		return NULL;
	name = TYPE_NAME(type);
	if (name && TREE_CODE(name) == TYPE_DECL)
		name = DECL_NAME(name);
	if (!name || TREE_CODE(name) != IDENTIFIER_NODE)
		return NULL;
	return IDENTIFIER_POINTER(name);
}

/* The struct tag a pointer type points to ("page", "folio"), or NULL. */
static inline const char *vc_pointee_tag(tree type)
{
	if (!type || !POINTER_TYPE_P(type) ||
	    TREE_CODE(TYPE_MAIN_VARIANT(TREE_TYPE(type))) != RECORD_TYPE)
		return NULL;
	return vc_record_tag(TREE_TYPE(type));
}

/* The source line a user sees for LOC: the outermost macro expansion point. */
static inline location_t vc_user_location(location_t loc)
{
	return linemap_resolve_location(line_table, loc,
					LRK_MACRO_EXPANSION_POINT, NULL);
}

/*
 * The macros LOC was expanded from, innermost first: calls NAME_OK on each
 * macro name and returns the outermost one it accepts, or NULL.
 */
static inline const char *vc_macro_at(location_t loc, bool (*name_ok)(const char *))
{
	const char *found = NULL;
	int guard = 0;

	while (guard++ < 64 && linemap_location_from_macro_expansion_p(line_table, loc)) {
		const line_map *map = linemap_lookup(line_table, loc);
		const char *name;

		if (!map || !linemap_macro_expansion_map_p(map))
			break;
		name = linemap_map_get_macro_name(linemap_check_macro(map));
		if (name && name_ok(name))
			found = name;
		loc = linemap_unwind_toward_expansion(line_table, loc, &map);
	}
	return found;
}

#endif /* VMAPCHECK_GCC_COMMON_H */
