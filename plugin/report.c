// SPDX-License-Identifier: GPL-2.0
/*
 * report.c - telling the user, in GCC's own diagnostics.
 *
 * One warning at the vmap() call says which kind of page it is and what
 * vfree() will do to it; notes in the same diagnostic group walk the path
 * (allocated here, derived here, stored into the page array here) and say
 * how to fix it, so -Werror, -fdiagnostics-format=json (notes become
 * "children") and editors work unchanged.  Locations are mapped to the
 * outermost macro expansion, i.e. the line the developer wrote.
 */
#include "vmapcheck.h"

#define VC_MAX_CHAIN_NOTES 16	/* a deep helper chain is shown by its ends */

bool vc_no_werror;
enum vc_level vc_level = LEVEL_DEFINITE;
bool vc_verbose;

static const char *kind_text(const struct fact *f, char *buf, size_t len)
{
	switch (f->kind) {
	case PK_COMPOUND:
		snprintf(buf, len, "%s page of an order-%d compound page",
			 f->off == OFF_ZERO ? "head" : "tail", f->order);
		break;
	case PK_UNSPLIT:
		snprintf(buf, len, "page of an unsplit order-%d allocation", f->order);
		break;
	case PK_ANY_ORDER:
		if (f->moved && f->comp)
			snprintf(buf, len, "tail page of a compound page of "
				 "run-time order");
		else if (f->moved)
			snprintf(buf, len, "page past the first of an unsplit "
				 "allocation of run-time order");
		else
			snprintf(buf, len, "page of an allocation whose order is not known");
		break;
	case PK_CACHE:
		snprintf(buf, len, "page-cache or shmem page that may be a tail page of a large folio");
		break;
	case PK_GUP:
		snprintf(buf, len, "pinned user page that may be a tail page");
		break;
	case PK_VMALLOC:
		snprintf(buf, len, "page owned by another vmalloc area");
		break;
	case PK_FRAG:
		snprintf(buf, len, "page of a page-fragment cache, which may be a "
			 "page of an order-3 compound page");
		break;
	default:
		snprintf(buf, len, "slab page");
		break;
	}
	return buf;
}

#define VC_WARN(fmt, ...) \
	warning_at(loc, 0, "vmapcheck: %<vmap%> with %<VM_MAP_PUT_PAGES%> is " \
		   "given a %s; %<vfree%> will " fmt, what, ##__VA_ARGS__)

static bool warn_at_vmap(location_t loc, const struct fact *f)
{
	char what[128];
	bool saved = vc_werror_requested();
	bool ok;

	kind_text(f, what, sizeof(what));
	if (vc_no_werror)
		vc_set_werror_requested(false);
	switch (f->kind) {
	case PK_COMPOUND:
		if (f->off == OFF_ZERO)
			ok = VC_WARN("free it with %<__free_page%> as if it were order 0");
		else
			ok = VC_WARN("call %<__free_page%> on a page whose reference "
				     "count is zero");
		break;
	case PK_UNSPLIT:
		ok = VC_WARN("call %<__free_page%> on pages that hold no reference "
			     "of their own");
		break;
	case PK_ANY_ORDER:
		if (f->moved && f->comp)
			ok = VC_WARN("call %<__free_page%> on a page whose reference "
				     "count is zero");
		else if (f->moved)
			ok = VC_WARN("call %<__free_page%> on pages that hold no "
				     "reference of their own");
		else
			ok = VC_WARN("call %<__free_page%> on each page, which is wrong if "
				     "the order is not 0 and the allocation is not split");
		break;
	case PK_CACHE:
		ok = VC_WARN("call %<__free_page%> on it; without the %<vfree%> fix "
			     "that frees a tail page when the folio is large");
		break;
	case PK_GUP:
		ok = VC_WARN("release it with %<__free_page%> instead of "
			     "%<unpin_user_page%> or %<put_page%>");
		break;
	case PK_VMALLOC:
		ok = VC_WARN("free a page that the other area still maps and will "
			     "free again");
		break;
	case PK_FRAG:
		ok = VC_WARN("call %<__free_page%> on it, which frees a compound "
			     "page as order 0 or a tail page");
		break;
	default:
		ok = VC_WARN("hand slab memory to the page allocator with "
			     "%<__free_page%>");
		break;
	}
	vc_set_werror_requested(saved);
	return ok;
}

static void note_alloc(location_t loc, const struct fact *f, const char *api)
{
	switch (f->kind) {
	case PK_SLAB:
		inform(loc, "vmapcheck: slab memory allocated here");
		break;
	case PK_COMPOUND:
		if (f->folio)
			inform(loc, "vmapcheck: order-%d folio allocated here", f->order);
		else
			inform(loc, "vmapcheck: order-%d compound page allocated here", f->order);
		break;
	case PK_UNSPLIT:
		if (f->gfp_known)
			inform(loc, "vmapcheck: order-%d pages allocated here without "
			       "%<__GFP_COMP%>", f->order);
		else
			inform(loc, "vmapcheck: order-%d pages allocated here", f->order);
		break;
	case PK_ANY_ORDER:
		if (f->moved)
			inform(loc, "vmapcheck: %s of a run-time order allocated "
			       "here; a page past the first is mapped, so the "
			       "order is not 0", !f->comp ? "pages" :
			       f->folio ? "folio" : "compound page");
		else
			inform(loc, "vmapcheck: pages of a run-time order allocated here");
		break;
	case PK_CACHE:
		inform(loc, "vmapcheck: page-cache page obtained here by %qs; it holds "
		       "a reference on its folio, and if the folio is large it is a "
		       "tail page, which an unfixed %<vfree%> frees with "
		       "%<__free_page%> (reference count zero)", api);
		break;
	case PK_GUP:
		inform(loc, "vmapcheck: user pages pinned here by %qs", api);
		break;
	case PK_VMALLOC:
		inform(loc, "vmapcheck: page of another vmalloc area obtained here by %qs",
		       api);
		break;
	case PK_FRAG:
		inform(loc, "vmapcheck: page fragment allocated here by %qs; the "
		       "cache carves fragments out of order-3 %<__GFP_COMP%> pages "
		       "when it can", api);
		break;
	default:
		break;
	}
}

/* The name a developer wrote: kmemdup, not kmemdup_noprof or a builtin. */
static const char *api_name(const char *name, char *buf, size_t len)
{
	size_t n;

	if (!name)
		return NULL;
	if (!strncmp(name, "__builtin_", 10))
		name += 10;
	n = strlen(name);
	if (n > 7 && !strcmp(name + n - 7, "_noprof") && n - 7 < len) {
		memcpy(buf, name, n - 7);
		buf[n - 7] = 0;
		return buf;
	}
	return name;
}

static bool is_derive_api(const char *name)
{
	const struct kapi_entry *e = kapi_lookup(name);

	return e && (e->role == KAPI_DERIVE || e->role == KAPI_TO_HEAD);
}

static void note_step(const struct step *st, const struct fact *f)
{
	location_t loc = vc_user_location(st->loc);
	char buf[128];
	const char *callee = api_name(st->callee, buf, sizeof(buf));
	const char *macro;

	switch (st->kind) {
	case STEP_ALLOC:
		note_alloc(loc, f, callee);
		break;
	case STEP_DERIVE:
		/*
		 * name the API the developer wrote: page_address() is a macro
		 * for lowmem_page_address(), folio_page() for nth_page()
		 */
		macro = vc_macro_at(st->loc, is_derive_api);
		if (macro)
			callee = macro;
		if (callee && callee[0] != '_')
			inform(loc, "vmapcheck: page derived here by %qs", callee);
		else
			inform(loc, "vmapcheck: page derived here");
		break;
	case STEP_STORE:
		if (st->what)
			inform(loc, "vmapcheck: kept in %qs here", st->what);
		else
			inform(loc, "vmapcheck: stored into the page array here");
		break;
	case STEP_COPY:
		if (callee)
			inform(loc, "vmapcheck: copied into the page array here by %qs",
			       callee);
		else
			inform(loc, "vmapcheck: copied into the page array here");
		break;
	case STEP_RETURN:
		inform(loc, "vmapcheck: returned by %qs here", callee);
		break;
	case STEP_FILL:
		inform(loc, "vmapcheck: stored by %qs into its argument %qs here",
		       callee, st->what);
		break;
	case STEP_FIELD:
		inform(loc, "vmapcheck: kept in field %qs", st->what);
		break;
	case STEP_PASS:
		inform(loc, "vmapcheck: passed to %qs here", callee);
		break;
	case STEP_BOX_PUT:
		inform(loc, "vmapcheck: put into %s here by %qs", st->what, callee);
		break;
	case STEP_BOX_GET:
		if (callee)
			inform(loc, "vmapcheck: taken from %s here by %qs", st->what, callee);
		else
			inform(loc, "vmapcheck: taken from %s here", st->what);
		break;
	case STEP_SINK:
		if (st->what && !strcmp(st->what, "page"))
			inform(loc, "vmapcheck: %qs maps the pages it is given with "
			       "%<VM_MAP_PUT_PAGES%> here", callee);
		else if (st->what)
			inform(loc, "vmapcheck: %qs hands the pages of the array "
			       "to %<vmap%> with %<VM_MAP_PUT_PAGES%> here", callee);
		else
			inform(loc, "vmapcheck: %qs hands the array to %<vmap%> with "
			       "%<VM_MAP_PUT_PAGES%> here", callee);
		break;
	}
}

static void note_fix(location_t loc, const struct fact *f)
{
	switch (f->kind) {
	case PK_COMPOUND:
		inform(loc, "vmapcheck: fix: map order-0 pages (allocate without "
		       "%<__GFP_COMP%> and call %<split_page%>), or drop "
		       "%<VM_MAP_PUT_PAGES%> and free the pages yourself");
		break;
	case PK_ANY_ORDER:
		if (f->comp) {
			inform(loc, "vmapcheck: fix: map order-0 pages (allocate "
			       "without %<__GFP_COMP%> and call %<split_page%>), "
			       "or drop %<VM_MAP_PUT_PAGES%> and free the pages "
			       "yourself");
			break;
		}
		/* fall through */
	case PK_UNSPLIT:
		inform(loc, "vmapcheck: fix: call %<split_page%> on the allocation "
		       "before %<vmap%>, use order-0 pages, or drop "
		       "%<VM_MAP_PUT_PAGES%>");
		break;
	case PK_CACHE:
	case PK_GUP:
		inform(loc, "vmapcheck: fix: drop %<VM_MAP_PUT_PAGES%> and release "
		       "the pages with %<put_page%> or %<unpin_user_pages%> after "
		       "%<vunmap%>, or run on a kernel whose %<vfree%> uses "
		       "%<put_page%> for %<VM_MAP_PUT_PAGES%> areas");
		break;
	case PK_VMALLOC:
		inform(loc, "vmapcheck: fix: drop %<VM_MAP_PUT_PAGES%>; the pages "
		       "belong to the other vmalloc area");
		break;
	case PK_FRAG:
		inform(loc, "vmapcheck: fix: drop %<VM_MAP_PUT_PAGES%> and free the "
		       "fragments with %<page_frag_free%>, or map pages from "
		       "%<alloc_page%>");
		break;
	default:
		inform(loc, "vmapcheck: fix: map pages from %<alloc_page%>, not slab "
		       "memory, or drop %<VM_MAP_PUT_PAGES%>");
		break;
	}
}

static bool same_line(location_t a, location_t b)
{
	expanded_location ea = expand_location(a), eb = expand_location(b);

	return ea.file && eb.file && ea.line == eb.line && !strcmp(ea.file, eb.file);
}

static bool on_sink_path(const struct step *st, const struct step *sink_path)
{
	const struct step *p;

	for (p = sink_path; p; p = p->prev)
		if (p->kind == STEP_PASS && p->loc == st->loc)
			return true;
	return false;
}

void report_bad_vmap(gimple *site, const struct fact *f, location_t flag_loc,
		     const struct step *sink_path)
{
	location_t loc = gimple_location(site);
	const struct step *st, *order[64];
	int n = 0, i;
	location_t last = UNKNOWN_LOCATION;
	enum step_kind last_kind = STEP_ALLOC;

	if (loc == UNKNOWN_LOCATION)
		loc = DECL_SOURCE_LOCATION(current_function_decl);
	loc = vc_user_location(loc);

	/* the path is kept newest first; tell it oldest first */
	for (st = f->path; st && n < (int)ARRAY_SIZE(order); st = st->prev)
		order[n++] = st;

	auto_diagnostic_group d;
	if (!warn_at_vmap(loc, f))
		return;
	for (i = n - 1; i >= 0; i--) {
		location_t here = vc_user_location(order[i]->loc);

		/* one note per line and kind: a macro expands to many statements */
		if (i != n - 1 && order[i]->kind == last_kind && same_line(here, last))
			continue;
		/* a call the array goes through is told with the calls below */
		if (order[i]->kind == STEP_PASS && on_sink_path(order[i], sink_path))
			continue;
		note_step(order[i], f);
		last = here;
		last_kind = order[i]->kind;
	}
	/* through which calls the array reaches vmap(), outermost first */
	i = 0;
	for (st = sink_path ? sink_path->prev : NULL; st; st = st->prev) {
		if (++i > VC_MAX_CHAIN_NOTES && st->prev) {
			inform(vc_user_location(st->loc),
			       "vmapcheck: more calls lead from here down to %<vmap%>");
			for (; st->prev; st = st->prev)
				;
		}
		note_step(st, f);
	}
	if (flag_loc != UNKNOWN_LOCATION) {
		flag_loc = vc_user_location(flag_loc);
		if (!same_line(flag_loc, loc))
			inform(flag_loc, "vmapcheck: %<VM_MAP_PUT_PAGES%> set here");
	}
	note_fix(loc, f);
}
