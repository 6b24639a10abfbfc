// SPDX-License-Identifier: GPL-2.0
/*
 * report.c - telling the user, in GCC's own diagnostics.
 *
 * A check's warning at the offending call, then notes in the same
 * diagnostic group that walk the path (allocated here, derived here,
 * stored into the page array here), the calls down to vmap() and the fix,
 * so -Werror, -fdiagnostics-format=json/sarif (notes become children) and
 * editors work unchanged.  Locations are mapped to the outermost macro
 * expansion, i.e. the line the developer wrote.
 */
#include "kapi.h"
#include "report.h"

#define VC_MAX_CHAIN_NOTES 16	/* a deep helper chain is shown by its ends */
#define VC_MAX_PATH_NOTES 64	/* steps of one path told; older ones are cut */

static bool no_werror;
static bool verbose;

int report_option(const char *plugin, const char *key, const char *value)
{
	bool *flag;

	if (!strcmp(key, "verbose"))
		flag = &verbose;
	else if (!strcmp(key, "no-werror"))
		flag = &no_werror;
	else
		return 0;
	if (value) {
		error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> takes no value (got %qs)"), plugin, key, value);
		return -1;
	}
	*flag = true;
	return 1;
}

bool report_verbose(void)
{
	return verbose;
}

/*
 * One warning per check, allocation and sink: a helper chain in which
 * every link stores another page of the same allocation is one bug,
 * reported at the first (innermost) place found.
 */
struct reported {
	const struct report_texts *check;
	unsigned int origin;
	location_t sink_loc;
};

static VC_VEC(struct reported) *reported;

bool report_first(const struct report_texts *t, unsigned int origin, location_t call_loc,
		  const struct step *sink_path)
{
	struct reported r = { t, origin, call_loc };
	const struct step *st;
	unsigned int i;

	for (st = sink_path; st; st = st->prev)
		r.sink_loc = st->loc;	/* the innermost step is the vmap() */
	for (i = 0; i < vec_safe_length(reported); i++)
		if ((*reported)[i].check == t && (*reported)[i].origin == origin &&
		    (*reported)[i].sink_loc == r.sink_loc)
			return false;
	vec_safe_push(reported, r);
	return true;
}

void report_reset(void)
{
	vec_free(reported);
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

static void note_step(const struct report_texts *t, const struct step *st,
		      const struct fact *f)
{
	location_t loc = vc_user_location(st->loc);
	char buf[128];
	const char *callee = api_name(st->callee, buf, sizeof(buf));
	const char *macro;

	switch (st->kind) {
	case STEP_ALLOC:
		t->note_origin(loc, f, callee);
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
			inform(loc, "vmapcheck: %qs maps the pages it is given with %<VM_MAP_PUT_PAGES%> here", callee);
		else if (st->what)
			inform(loc, "vmapcheck: %qs hands the pages of the array to %<vmap%> with %<VM_MAP_PUT_PAGES%> here", callee);
		else
			inform(loc, "vmapcheck: %qs hands the array to %<vmap%> with %<VM_MAP_PUT_PAGES%> here", callee);
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

void report_finding(const struct report_texts *t, location_t loc, const struct fact *f,
		    location_t flag_loc, const struct step *sink_path)
{
	const struct step *st, *order[VC_MAX_PATH_NOTES];
	int n = 0, i;
	location_t last = UNKNOWN_LOCATION;
	enum step_kind last_kind = STEP_ALLOC;
	bool saved = vc_werror_requested();
	bool given;

	/* the path is kept newest first; tell it oldest first */
	for (st = f->path; st && n < (int)ARRAY_SIZE(order); st = st->prev)
		order[n++] = st;

	auto_diagnostic_group d;
	if (no_werror)
		vc_set_werror_requested(false);
	given = t->warn(loc, f);
	vc_set_werror_requested(saved);
	if (!given)
		return;
	for (i = n - 1; i >= 0; i--) {
		location_t here = vc_user_location(order[i]->loc);

		/* one note per line and kind: a macro expands to many statements */
		if (i != n - 1 && order[i]->kind == last_kind && same_line(here, last))
			continue;
		/* a call the array goes through is told with the calls below */
		if (order[i]->kind == STEP_PASS && on_sink_path(order[i], sink_path))
			continue;
		note_step(t, order[i], f);
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
		note_step(t, st, f);
	}
	if (flag_loc != UNKNOWN_LOCATION) {
		flag_loc = vc_user_location(flag_loc);
		if (!same_line(flag_loc, loc))
			inform(flag_loc, "vmapcheck: %<VM_MAP_PUT_PAGES%> set here");
	}
	t->note_fix(loc, f);
}
