// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck - find pages that vfree() cannot free, at compile time.
 *
 * vmap(pages, count, flags, prot) with VM_MAP_PUT_PAGES hands the page
 * array to vmalloc, and vfree() later calls __free_page() on every entry.
 * That is only right for independent order-0 pages.  Tail pages of a
 * compound page or large folio (refcount 0: VM_BUG_ON_PAGE or a refcount
 * underflow), the head of an order>0 compound allocation (freed with the
 * wrong order), the later pages of a high-order allocation that was never
 * split_page()d, and slab pages all break it.  This plugin follows page
 * pointers from their allocation, through derivations and stores into the
 * page array, to such a vmap() call and warns there.
 *
 * Copyright (C) 2026 The vmapcheck authors
 * Licensed under the GPLv2.
 *
 * Options:
 *   -fplugin-arg-vmapcheck-disable          do nothing
 *   -fplugin-arg-vmapcheck-verbose          print what each vmap() call gets
 *   -fplugin-arg-vmapcheck-no-werror        keep findings warnings under -Werror
 *                                           (survey runs of CONFIG_WERROR trees)
 *   -fplugin-arg-vmapcheck-level=definite   (default) only pages certainly bad
 *                                           on some path
 *   -fplugin-arg-vmapcheck-level=possible   also pages that may be tail pages
 *                                           or not owned: page cache, shmem,
 *                                           GUP, vmalloc_to_page(), run-time
 *                                           orders
 *   -fplugin-arg-vmapcheck-put-pages-flag=N value of VM_MAP_PUT_PAGES
 *   -fplugin-arg-vmapcheck-gfp-comp=N       value of __GFP_COMP
 *   -fplugin-arg-vmapcheck-page-shift=N     PAGE_SHIFT, for get_order()
 *   Without the last three, the values come from the translation unit's own
 *   macros and enumerators, else from the 6.x defaults (0x200, 0x40000, 12).
 *
 * Usage:
 *   cmake -S . -B build && cmake --build build
 *   gcc -O2 -fplugin=build/plugin/vmapcheck.so -c file.c
 *   make KCFLAGS="-fplugin=/abs/path/vmapcheck.so" drivers/foo/bar.o
 *
 * Debugging:
 *   -fplugin-arg-vmapcheck-verbose, -fdump-ipa-all (the pass is the simple
 *   IPA pass "vmapcheck", right after "build_ssa_passes", before any
 *   inlining), debug_gimple_stmt() and debug_tree() under gdb.
 */
#include "vmapcheck.h"
#include "plugin-version.h"

__visible int plugin_is_GPL_compatible;

static struct plugin_info vmapcheck_plugin_info = {
	.version = "1.0",
	.help = "disable\tdo not check anything\n"
		"verbose\tprint what every vmap() call is given\n"
		"no-werror\tkeep findings warnings even under -Werror\n"
		"level=definite|possible\tdefinite (default): certain findings only\n"
		"put-pages-flag=N\tvalue of VM_MAP_PUT_PAGES (default: from the source, else 0x200)\n"
		"gfp-comp=N\tvalue of __GFP_COMP (default: from the source, else 0x40000)\n"
		"page-shift=N\tPAGE_SHIFT (default: from the source, else 12)\n",
};

/* Callees first, so that a caller sees its callees' summaries. */
static int postorder(struct cgraph_node **order)
{
	int n = ipa_reverse_postorder(order), i;

	for (i = 0; i < n / 2; i++) {
		struct cgraph_node *t = order[i];

		order[i] = order[n - 1 - i];
		order[n - 1 - i] = t;
	}
	return n;
}

static function *analysable(struct cgraph_node *node)
{
	function *fun;

	if (!node->has_gimple_body_p() || node->inlined_to)
		return NULL;
	fun = DECL_STRUCT_FUNCTION(node->decl);
	if (!fun || !fun->cfg || !gimple_in_ssa_p(fun))
		return NULL;
	return fun;
}

/* Does any function call itself, or a function summarized after it? */
static bool has_recursion(struct cgraph_node **order, int n)
{
	bool found = false;
	int i;

	for (i = 0; i < n; i++)
		order[i]->aux = (void *)(intptr_t)(i + 1);
	for (i = 0; i < n && !found; i++) {
		struct cgraph_edge *e;

		for (e = order[i]->callees; e; e = e->next_callee) {
			struct cgraph_node *callee = e->callee->ultimate_alias_target();

			if (callee->aux && (intptr_t)callee->aux > i) {
				found = true;
				break;
			}
		}
	}
	for (i = 0; i < n; i++)
		order[i]->aux = NULL;
	return found;
}

/* Summarize every function; iterate while recursion changes summaries. */
static void summarize_all(struct cgraph_node **order, int n)
{
	bool recursion = has_recursion(order, n);
	int iter, i;

	for (iter = 0; iter < 4; iter++) {
		bool changed = false;

		for (i = 0; i < n; i++) {
			function *fun = analysable(order[i]);
			struct fsum tmp, *sum;

			if (!fun)
				continue;
			push_cfun(fun);
			pageflow_begin(fun);
			pageflow_summarize(&tmp);
			pageflow_end();
			pop_cfun();
			sum = summary_get(fun->decl, true);
			if (!summary_same(sum, &tmp)) {
				changed = true;
				*sum = tmp;
			}
		}
		if (!changed || !recursion)
			break;
	}
}

/* Does NODE call vmap(), or a function that hands an array on to it? */
static bool calls_a_sink(struct cgraph_node *node)
{
	struct cgraph_edge *e;

	for (e = node->callees; e; e = e->next_callee) {
		tree decl = e->callee->decl;
		const struct kapi_entry *k;
		const struct fsum *sum;

		k = kapi_lookup(DECL_NAME(decl) ? IDENTIFIER_POINTER(DECL_NAME(decl)) : NULL);
		if (k && k->role == KAPI_VMAP)
			return true;
		sum = summary_get(decl, false);
		if (sum && (sum->sink_mask || sum->sink_val.n))
			return true;
	}
	return false;
}

static unsigned int vmapcheck_execute(void)
{
	struct cgraph_node **order;
	int n, i;

	order = XCNEWVEC(struct cgraph_node *, symtab->cgraph_count);
	n = postorder(order);
	summarize_all(order, n);
	for (i = 0; i < n; i++) {
		function *fun = analysable(order[i]);

		if (!fun || !calls_a_sink(order[i]))
			continue;
		push_cfun(fun);
		pageflow_begin(fun);
		pageflow_check_sinks();
		pageflow_end();
		pop_cfun();
	}
	pageflow_reset_reports();
	summary_free_all();
	XDELETEVEC(order);
	return 0;
}

namespace {
const pass_data vmapcheck_pass_data = {
	SIMPLE_IPA_PASS,	/* type */
	"vmapcheck",		/* name */
	OPTGROUP_NONE,		/* optinfo_flags */
	TV_PLUGIN_RUN,		/* tv_id */
	0,			/* properties_required */
	0,			/* properties_provided */
	0,			/* properties_destroyed */
	0,			/* todo_flags_start */
	0,			/* todo_flags_finish */
};

class vmapcheck_pass : public simple_ipa_opt_pass {
public:
	vmapcheck_pass() : simple_ipa_opt_pass(vmapcheck_pass_data, g) {}
	unsigned int execute(function *) final override { return vmapcheck_execute(); }
};
} /* namespace */

static void vmapcheck_finish_type(void *event_data, void *data)
{
	(void)data;
	kconst_note_enum((tree)event_data);
}

static bool is_flag_key(const char *key)
{
	return !strcmp(key, "disable") || !strcmp(key, "verbose") ||
	       !strcmp(key, "no-werror");
}

__visible int plugin_init(struct plugin_name_args *plugin_info,
			  struct plugin_gcc_version *version)
{
	const char * const plugin_name = plugin_info->base_name;
	const int argc = plugin_info->argc;
	const struct plugin_argument * const argv = plugin_info->argv;
	struct register_pass_info pass_info;
	bool enable = true;
	int i;

	if (!plugin_default_version_check(version, &gcc_version)) {
		error(G_("%s: incompatible gcc/plugin versions: built for GCC %s, "
			 "loaded by GCC %s; rebuild it against the "
			 "plugin headers of this compiler"),
		      plugin_name, gcc_version.basever, version->basever);
		return 1;
	}

	register_callback(plugin_name, PLUGIN_INFO, NULL, &vmapcheck_plugin_info);

	for (i = 0; i < argc; i++) {
		const char *key = argv[i].key, *value = argv[i].value;
		bool bad = false;

		if (is_flag_key(key)) {
			if (value) {
				error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> takes no "
					 "value (got %qs)"), plugin_name, key, value);
				return 1;
			}
			if (!strcmp(key, "disable"))
				enable = false;
			else if (!strcmp(key, "verbose"))
				vc_verbose = true;
			else
				vc_no_werror = true;
			continue;
		}
		if (!strcmp(key, "level")) {
			if (value && !strcmp(value, "definite")) {
				vc_level = LEVEL_DEFINITE;
			} else if (value && !strcmp(value, "possible")) {
				vc_level = LEVEL_POSSIBLE;
			} else {
				error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> needs "
					 "%<definite%> or %<possible%>, got %qs"),
				      plugin_name, key, value ? value : "");
				return 1;
			}
			continue;
		}
		if (kconst_override(key, value, &bad)) {
			if (bad) {
				error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> needs a "
					 "positive integer value, got %qs"),
				      plugin_name, key, value ? value : "");
				return 1;
			}
			continue;
		}
		error(G_("vmapcheck: unknown option %<-fplugin-arg-%s-%s%>"),
		      plugin_name, key);
		return 1;
	}

	if (!enable)
		return 0;

	pass_info.pass = new vmapcheck_pass();
	pass_info.reference_pass_name = "build_ssa_passes";
	pass_info.ref_pass_instance_number = 1;
	pass_info.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass_info);
	register_callback(plugin_name, PLUGIN_FINISH_TYPE, vmapcheck_finish_type, NULL);
	return 0;
}
