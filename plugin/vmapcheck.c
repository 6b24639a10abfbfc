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
 *   -fplugin-arg-vmapcheck-help             print the options and the kinds
 *                                           of finding (kinds.h); check nothing
 *   -fplugin-arg-vmapcheck-id=ID            the plugin's build identity (the file
 *                                           vmapcheck.id beside it): in KCFLAGS, a
 *                                           new plugin changes the command line, so
 *                                           kbuild rechecks everything; another ID
 *                                           is an error
 *   -fplugin-arg-vmapcheck-baseline=FILE    tell no finding whose key FILE lists
 *   -fplugin-arg-vmapcheck-baseline-write=FILE  append each told finding's key
 *   -fplugin-arg-vmapcheck-sarif=FILE|DIR   the findings as SARIF 2.1.0 (sarif.h)
 *   -fplugin-arg-vmapcheck-root=DIR         the source tree's root: baseline
 *                                           keys and SARIF URIs name files
 *                                           relative to it (default: the
 *                                           working directory)
 *   -fplugin-arg-vmapcheck-disable          do nothing
 *   -fplugin-arg-vmapcheck-checks=LIST      run only the checks named, comma
 *                                           separated (default: all:
 *                                           "putpages", "ownership")
 *   -fplugin-arg-vmapcheck-verbose          print what each vmap() call gets
 *   -fplugin-arg-vmapcheck-no-werror        keep findings warnings under -Werror
 *                                           (survey runs of CONFIG_WERROR trees)
 *   -fplugin-arg-vmapcheck-no-link-facts    write no section .discard.vmapcheck
 *                                           for vmapcheck-link (linkfacts.h)
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
 * Layout (each layer uses only the ones above it in this list):
 *   gcc-common.h   GCC headers, version shims, C names for GCC's C++
 *   kinds          the kinds of finding: stable names for the warnings' tags
 *   kapi, kconst, containers, opstable   kernel knowledge: the API table,
 *                  constants, the containers pages are kept in, which ops
 *                  tables each function is stored in
 *   valueset       what an integer can be, path by path
 *   facts          plain data: facts about pages, their paths and guards
 *   report         the diagnostics mechanism
 *   summary        what other functions and fields hold (the one door)
 *   linkfacts      what other translation units need, into the object file
 *   sarif          the findings as SARIF 2.1.0, on every GCC
 *   pathcond       the conditions that held on the paths to a point
 *   fnctx          the function being analysed
 *   memroot        memory roots and the writes of a function
 *   pageflow       the data-flow engine
 *   sanitize       what split_page() makes safe
 *   handover       calls that hand pages to vmap() with VM_MAP_PUT_PAGES
 *   summarize      computing the summaries, callees first
 *   check_*.c      the checks, one file each (check.h)
 *   vmapcheck.c    this file: options, the check list, the pass
 *
 * Debugging:
 *   -fplugin-arg-vmapcheck-verbose, -fdump-ipa-all (the pass is the simple
 *   IPA pass "vmapcheck", right after "build_ssa_passes", before any
 *   inlining), debug_gimple_stmt() and debug_tree() under gdb.
 */
#include "kconst.h"
#include "valueset.h"
#include "report.h"
#include "fnctx.h"
#include "summarize.h"
#include "linkfacts.h"
#include "sarif.h"
#include "check.h"
#include "plugin-version.h"
#include "buildid.h"

__visible int plugin_is_GPL_compatible;

static struct plugin_info vmapcheck_plugin_info = {
	.version = "1.0 (build " VMAPCHECK_BUILD_ID ")",
	.help = "help\tprint this and the kinds of finding; check nothing\n"
		"id=ID\tthe build identity in vmapcheck.id beside the plugin: a stale ID is an error\n"
		"baseline=FILE\tdo not tell the findings whose keys FILE lists\n"
		"baseline-write=FILE\tappend the key of every finding told to FILE\n"
		"sarif=FILE|DIR\twrite the findings as SARIF 2.1.0 (a directory: one log per unit)\n"
		"root=DIR\tthe source tree's root: baseline keys and SARIF URIs name files relative to it (default: the working directory)\n"
		"coverage\tprint, per unit, which vmap() calls were followed to their pages' origins, and what stopped the rest\n"
		"disable\tdo not check anything\n"
		"checks=LIST\tthe checks to run, comma separated (default: all): putpages, ownership\n"
		"verbose\tprint what every vmap() call is given\n"
		"no-werror\tkeep findings warnings even under -Werror\n"
		"no-link-facts\trecord nothing for vmapcheck-link in the object file\n"
		"level=definite|possible\tdefinite (default): certain findings only\n"
		"put-pages-flag=N\tvalue of VM_MAP_PUT_PAGES (default: from the source, else 0x200)\n"
		"gfp-comp=N\tvalue of __GFP_COMP (default: from the source, else 0x40000)\n"
		"page-shift=N\tPAGE_SHIFT (default: from the source, else 12)\n",
};

/* The checks, in the order they run on each function. */
static const struct vc_check *const checks[] = {
	&check_putpages,
	&check_ownership,
	&check_coverage,
};

#define NCHECKS ((int)ARRAY_SIZE(checks))

static bool enabled[NCHECKS];

/* checks=LIST: the checks named, and only those. */
static int select_checks(const char *plugin, const char *key, const char *value)
{
	char *list, *name, *save = NULL;
	int i, ret = 1;

	if (!value || !*value) {
		error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> needs a comma separated list of checks"), plugin, key);
		return -1;
	}
	memset(enabled, 0, sizeof(enabled));
	list = xstrdup(value);
	for (name = strtok_r(list, ",", &save); name; name = strtok_r(NULL, ",", &save)) {
		for (i = 0; i < NCHECKS; i++)
			if (!strcmp(name, checks[i]->name))
				break;
		if (i == NCHECKS) {
			error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%>: no check is called %qs"), plugin, key, name);
			ret = -1;
			break;
		}
		enabled[i] = true;
	}
	free(list);
	return ret;
}

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

/* The enabled checks on one function, in one function context. */
static void run_checks(struct cgraph_node *node)
{
	function *fun = fnctx_analysable(node);
	bool begun = false;
	int c;

	if (!fun)
		return;
	for (c = 0; c < NCHECKS; c++) {
		if (!enabled[c] || !checks[c]->wants(node))
			continue;
		if (!begun) {
			push_cfun(fun);
			fnctx_begin(fun);
			begun = true;
		}
		checks[c]->run();
	}
	if (begun) {
		fnctx_end();
		pop_cfun();
	}
}

static unsigned int vmapcheck_execute(void)
{
	struct cgraph_node **order;
	int n, i;

	order = XCNEWVEC(struct cgraph_node *, symtab->cgraph_count);
	n = postorder(order);
	summarize_all(order, n);
	for (i = 0; i < n; i++)
		run_checks(order[i]);
	for (i = 0; i < NCHECKS; i++)
		if (enabled[i] && checks[i]->unit_end)
			checks[i]->unit_end(order, n);
	lf_collect_unit(order, n);
	report_reset();
	summary_free_all();
	ops_free();
	vset_pass_end();
	fnctx_pass_end();
	facts_free_all();
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

static void vmapcheck_finish_unit(void *event_data, void *data)
{
	(void)event_data;
	(void)data;
	sarif_write();	/* (before lf_write(), which frees the source lines read) */
	lf_write();
}

static void vmapcheck_finish_type(void *event_data, void *data)
{
	(void)data;
	kconst_note_enum((tree)event_data);
}

/* help: the options and the kinds of finding, on stdout; nothing is checked. */
static void print_help(const char *plugin)
{
	const char *p = vmapcheck_plugin_info.help, *tab, *nl;
	unsigned int i;

	printf("vmapcheck %s: pages and page arrays that vmap() with VM_MAP_PUT_PAGES cannot own\n"
	       "options (-fplugin-arg-%s-OPTION):\n", vmapcheck_plugin_info.version, plugin);
	for (; *p; p = nl + 1) {
		tab = strchr(p, '\t');
		nl = strchr(p, '\n');
		printf("  %-26.*s %.*s\n", (int)(tab - p), p, (int)(nl - tab - 1), tab + 1);
	}
	printf("kinds of finding (each warning ends with [vmapcheck:KIND]):\n");
	for (i = 0; i < vc_nkinds; i++)
		printf("  %-26s %-9s %-8s %s\n", vc_kinds[i].name, vc_kinds[i].check,
		       vc_kinds[i].level, vc_kinds[i].help);
	fflush(stdout);
}

/* An option: the driver's own, else each owner's in turn; -1 on an error. */
static int take_option(const char *plugin, const char *key, const char *value, bool *enable)
{
	int i, ret;

	if (!strcmp(key, "disable") || !strcmp(key, "help")) {
		if (value) {
			error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> takes no value (got %qs)"), plugin, key, value);
			return -1;
		}
		if (!strcmp(key, "help"))
			print_help(plugin);
		*enable = false;
		return 1;
	}
	if (!strcmp(key, "checks"))
		return select_checks(plugin, key, value);
	if (!strcmp(key, "id")) {
		/* on the command line only so that kbuild recompiles when it changes */
		if (!value || strcmp(value, VMAPCHECK_BUILD_ID)) {
			error(G_("vmapcheck: %<-fplugin-arg-%s-%s%> is %qs, but this plugin is build %qs: the command line names another build; pass the contents of the file vmapcheck.id beside the plugin"),
			      plugin, key, value ? value : "", VMAPCHECK_BUILD_ID);
			return -1;
		}
		return 1;
	}
	ret = report_option(plugin, key, value);
	if (!ret)
		ret = lf_option(plugin, key, value);
	if (!ret)
		ret = sarif_option(plugin, key, value);
	if (!ret)
		ret = kconst_option(plugin, key, value);
	for (i = 0; !ret && i < NCHECKS; i++)
		if (checks[i]->option)
			ret = checks[i]->option(plugin, key, value);
	if (!ret) {
		error(G_("vmapcheck: unknown option %<-fplugin-arg-%s-%s%>"), plugin, key);
		ret = -1;
	}
	return ret;
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
		error(G_("%s: incompatible gcc/plugin versions: built for GCC %s, loaded by GCC %s; rebuild it against the plugin headers of this compiler"),
		      plugin_name, gcc_version.basever, version->basever);
		return 1;
	}

	register_callback(plugin_name, PLUGIN_INFO, NULL, &vmapcheck_plugin_info);

	for (i = 0; i < NCHECKS; i++)
		enabled[i] = true;
	for (i = 0; i < argc; i++)
		if (take_option(plugin_name, argv[i].key, argv[i].value, &enable) < 0)
			return 1;

	if (!enable)
		return 0;

	pass_info.pass = new vmapcheck_pass();
	pass_info.reference_pass_name = "build_ssa_passes";
	pass_info.ref_pass_instance_number = 1;
	pass_info.pos_op = PASS_POS_INSERT_AFTER;
	register_callback(plugin_name, PLUGIN_PASS_MANAGER_SETUP, NULL, &pass_info);
	register_callback(plugin_name, PLUGIN_FINISH_TYPE, vmapcheck_finish_type, NULL);
	register_callback(plugin_name, PLUGIN_FINISH_UNIT, vmapcheck_finish_unit, NULL);
	return 0;
}
