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
/* capturing a finding's lines instead of telling them (report_capture_begin()) */
static bool capturing;
static char capture_role = 'N';
static VC_VEC(struct report_line) *captured;

/* ---- the baseline: accepted findings, by a key that survives edits ---- */

static char **baseline;		/* sorted keys of -fplugin-arg-vmapcheck-baseline=FILE */
static size_t nbaseline;
static const char *baseline_out;	/* -fplugin-arg-vmapcheck-baseline-write=FILE */
/* the finding being told (report_finding()): what its key needs */
static const struct fact *cur_fact;
static const struct step *cur_sink;

static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool load_baseline(const char *plugin, const char *key, const char *file)
{
	FILE *f = fopen(file, "r");
	char line[2048];
	size_t cap = 0;

	if (!f) {
		error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%>: cannot read %qs: %m"),
		      plugin, key, file);
		return false;
	}
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		if (nbaseline == cap) {
			cap = cap ? cap * 2 : 64;
			baseline = XRESIZEVEC(char *, baseline, cap);
		}
		baseline[nbaseline++] = xstrdup(line);
	}
	fclose(f);
	qsort(baseline, nbaseline, sizeof(*baseline), cmp_key);
	return true;
}

/*
 * The name of the oldest step of PATH (the allocation), or "-"; without
 * the _noprof of 6.10's allocation profiling (alloc_pages_noprof() is
 * what alloc_pages() calls), so a key holds across kernels.
 */
static const char *origin_name(const struct step *path, char *buf, size_t len)
{
	const struct step *st = path;
	size_t n;

	while (st && st->prev)
		st = st->prev;
	if (!st || !st->callee)
		return "-";
	n = strlen(st->callee);
	if (n > 7 && !strcmp(st->callee + n - 7, "_noprof"))
		n -= 7;
	snprintf(buf, len, "%.*s", (int)n, st->callee);
	return buf;
}

/* ---- the source tree's root: files named relative to it ------------- */

static const char *root_opt;	/* -fplugin-arg-vmapcheck-root=DIR */
static char *root_real;		/* its real path (default: the working directory) */

const char *report_root(void)
{
	if (!root_real)
		root_real = lrealpath(root_opt ? root_opt : ".");
	return root_real;
}

char *report_path(const char *file, bool *under)
{
	const char *root = report_root();
	char *abs = lrealpath(file), *rel;
	size_t n = strlen(root);

	*under = n && !strncmp(abs, root, n) && abs[n] == '/';
	if (!*under)
		return abs;
	rel = xstrdup(abs + n + 1);
	free(abs);
	return rel;
}

/*
 * KIND<TAB>FILE<TAB>FUNCTION<TAB>ALLOCATION<TAB>MAPPING for a finding at
 * LOC: no line numbers, so that edits elsewhere keep it; FILE relative to
 * the root (so that copies of a tree and O= builds share keys); the
 * allocation is the API the path starts at, the mapping the function called
 * at LOC.
 */
static void finding_key(location_t loc, const char *kind, char *buf, size_t len)
{
	const char *file = LOCATION_FILE(loc);
	char alloc[256], *path = NULL;
	bool under;

	if (file)
		path = report_path(file, &under);
	snprintf(buf, len, "%s\t%s\t%s\t%s\t%s", kind, path ? path : "-",
		 current_function_decl ? vc_fn_name(current_function_decl) : "-",
		 cur_fact ? origin_name(cur_fact->path, alloc, sizeof(alloc)) : "-",
		 cur_sink && cur_sink->callee ? cur_sink->callee : "vmap");
	free(path);
}

/* Is the finding of key KEY in the baseline?  Else write KEY, if asked. */
static bool vc_baselined(const char *key)
{
	char *k = (char *)key;
	FILE *f;

	if (nbaseline && bsearch(&k, baseline, nbaseline, sizeof(*baseline), cmp_key))
		return true;
	if (baseline_out) {
		/* one short line in append mode: parallel compiles do not mix lines */
		f = fopen(baseline_out, "a");
		if (f) {
			fprintf(f, "%s\n", key);
			fclose(f);
		}
	}
	return false;
}

/* ---- words: formatted here, told by GCC or captured ------------------ */


/* Append S to BUF (used of LEN), doubling '%' so GCC prints it as is. */
static void put(char *buf, size_t len, size_t *used, const char *s, bool escape)
{
	for (; *s && *used + 2 < len; s++) {
		if (escape && *s == '%')
			buf[(*used)++] = '%';
		buf[(*used)++] = *s;
	}
	buf[*used] = 0;
}

/*
 * FMT with its arguments: %s, %d, %u and %qs are ours (%qs becomes
 * %<...%>); %<, %> and %% stay for GCC.
 */
static void vformat(char *buf, size_t len, const char *fmt, va_list ap)
{
	size_t used = 0;
	char num[32];

	buf[0] = 0;
	for (; *fmt && used + 2 < len; fmt++) {
		if (*fmt != '%') {
			buf[used++] = *fmt;
			buf[used] = 0;
			continue;
		}
		switch (*++fmt) {
		case 's':
			put(buf, len, &used, va_arg(ap, const char *), true);
			break;
		case 'd':
			snprintf(num, sizeof(num), "%d", va_arg(ap, int));
			put(buf, len, &used, num, false);
			break;
		case 'u':
			snprintf(num, sizeof(num), "%u", va_arg(ap, unsigned int));
			put(buf, len, &used, num, false);
			break;
		case 'q':	/* %qs */
			fmt++;
			put(buf, len, &used, "%<", false);
			put(buf, len, &used, va_arg(ap, const char *), true);
			put(buf, len, &used, "%>", false);
			break;
		case '<':
		case '>':
		case '%':
			buf[used++] = '%';
			buf[used++] = *fmt;
			buf[used] = 0;
			break;
		default:	/* not ours: never in our texts */
			gcc_unreachable();
		}
	}
}

static void capture(char role, location_t loc, const char *text)
{
	struct report_line l = { role, loc, NULL };
	size_t n = strlen(text) + 1;
	char *copy = (char *)facts_alloc(n);

	memcpy(copy, text, n);
	l.text = copy;
	vec_safe_push(captured, l);
}

/* The findings told in this unit, kept for a report file (sarif.c) if asked. */
static bool keep_told;
static struct told_line *told;
static size_t ntold, captold;

void report_keep_told(void)
{
	keep_told = true;
}

size_t report_told(const struct told_line **lines)
{
	*lines = told;
	return ntold;
}

/* A line told: its role, kind (W), place, words and baseline key (W). */
static void keep(char role, const char *kind, location_t loc, const char *text, const char *key)
{
	expanded_location x = expand_location(loc);
	struct told_line *t;

	if (ntold == captold) {
		captold = captold ? captold * 2 : 32;
		told = XRESIZEVEC(struct told_line, told, captold);
	}
	t = &told[ntold++];
	t->role = role;
	t->kind = kind;
	t->file = xstrdup(x.file ? x.file : "");
	t->line = x.line;
	t->column = x.column;
	t->text = xstrdup(text);
	t->key = key ? xstrdup(key) : NULL;
}

/* GCC's format checking cannot see that BUF holds only %< %> and %%. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-security"
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
bool vc_warn(location_t loc, const char *kind, const char *fmt, ...)
{
	char buf[1024], key[2048];
	bool keyed = !capturing && (nbaseline || baseline_out || keep_told);
	size_t used;
	va_list ap;

	/* the baseline key, once: for the baseline and for SARIF's fingerprint */
	if (keyed)
		finding_key(loc, kind, key, sizeof(key));
	if (keyed && (nbaseline || baseline_out) && vc_baselined(key))
		return false;
	va_start(ap, fmt);
	vformat(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	used = strlen(buf);
	snprintf(buf + used, sizeof(buf) - used, " [vmapcheck:%s]", kind);
	if (capturing) {
		capture('W', loc, buf);
		return true;
	}
	if (!warning_at(loc, 0, buf))
		return false;
	if (keep_told)
		keep('W', kind, loc, buf, key);
	return true;
}

void vc_note(location_t loc, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vformat(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (capturing) {
		capture(capture_role, loc, buf);
		return;
	}
	inform(loc, buf);
	if (keep_told && ntold)
		keep(capture_role, NULL, loc, buf, NULL);
}
#pragma GCC diagnostic pop

void report_capture_begin(void)
{
	vec_free(captured);
	capturing = true;
}

int report_capture_end(const struct report_line **lines)
{
	capturing = false;
	*lines = captured ? captured->address() : NULL;
	return (int)vec_safe_length(captured);
}

int report_option(const char *plugin, const char *key, const char *value)
{
	bool *flag;

	if (!strcmp(key, "root")) {
		struct stat st;

		if (!value || !*value) {
			error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> needs a directory"), plugin, key);
			return -1;
		}
		if (stat(value, &st) || !S_ISDIR(st.st_mode)) {
			error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%>: no directory %qs"), plugin, key, value);
			return -1;
		}
		root_opt = value;
		return 1;
	}
	if (!strcmp(key, "baseline") || !strcmp(key, "baseline-write")) {
		if (!value || !*value) {
			error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> needs a file name"), plugin, key);
			return -1;
		}
		if (!strcmp(key, "baseline-write")) {
			baseline_out = value;
			return 1;
		}
		return load_baseline(plugin, key, value) ? 1 : -1;
	}
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
	vec_free(captured);
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
		if (t)
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
			vc_note(loc, "vmapcheck: page derived here by %qs", callee);
		else
			vc_note(loc, "vmapcheck: page derived here");
		break;
	case STEP_STORE:
		if (st->what)
			vc_note(loc, "vmapcheck: kept in %qs here", st->what);
		else
			vc_note(loc, "vmapcheck: stored into the page array here");
		break;
	case STEP_COPY:
		if (callee)
			vc_note(loc, "vmapcheck: copied into the page array here by %qs",
			       callee);
		else
			vc_note(loc, "vmapcheck: copied into the page array here");
		break;
	case STEP_RETURN:
		vc_note(loc, "vmapcheck: returned by %qs here", callee);
		break;
	case STEP_FILL:
		vc_note(loc, "vmapcheck: stored by %qs into its argument %qs here",
		       callee, st->what);
		break;
	case STEP_FIELD:
		vc_note(loc, "vmapcheck: kept in field %qs", st->what);
		break;
	case STEP_PASS:
		vc_note(loc, "vmapcheck: passed to %qs here", callee);
		break;
	case STEP_BOX_PUT:
		vc_note(loc, "vmapcheck: put into %s here by %qs", st->what, callee);
		break;
	case STEP_BOX_GET:
		if (callee)
			vc_note(loc, "vmapcheck: taken from %s here by %qs", st->what, callee);
		else
			vc_note(loc, "vmapcheck: taken from %s here", st->what);
		break;
	case STEP_SINK:
		if (st->what && !strcmp(st->what, "page"))
			vc_note(loc, "vmapcheck: %qs maps the pages it is given with %<VM_MAP_PUT_PAGES%> here", callee);
		else if (st->what)
			vc_note(loc, "vmapcheck: %qs hands the pages of the array to %<vmap%> with %<VM_MAP_PUT_PAGES%> here", callee);
		else
			vc_note(loc, "vmapcheck: %qs hands the array to %<vmap%> with %<VM_MAP_PUT_PAGES%> here", callee);
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

/*
 * Through which calls the array reaches vmap(), outermost first, from
 * FIRST; then where the flag was set, unless on the warning's line LOC.
 */
static void sink_notes(const struct report_texts *t, const struct fact *f,
		       const struct step *first, location_t flag_loc, location_t loc)
{
	const struct step *st;
	int i = 0;

	for (st = first; st; st = st->prev) {
		if (++i > VC_MAX_CHAIN_NOTES && st->prev) {
			vc_note(vc_user_location(st->loc),
				"vmapcheck: more calls lead from here down to %<vmap%>");
			for (; st->prev; st = st->prev)
				;
		}
		note_step(t, st, f);
	}
	if (flag_loc != UNKNOWN_LOCATION) {
		flag_loc = vc_user_location(flag_loc);
		if (loc == UNKNOWN_LOCATION || !same_line(flag_loc, loc))
			vc_note(flag_loc, "vmapcheck: %<VM_MAP_PUT_PAGES%> set here");
	}
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
	cur_fact = f;
	cur_sink = sink_path;
	given = t->warn(loc, f);
	cur_fact = NULL;
	cur_sink = NULL;
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
	sink_notes(t, f, sink_path ? sink_path->prev : NULL, flag_loc, loc);
	capture_role = 'F';
	t->note_fix(loc, f);
	capture_role = 'N';
}

void report_sink_notes(const struct step *sink_path, location_t flag_loc)
{
	sink_notes(NULL, NULL, sink_path, flag_loc, UNKNOWN_LOCATION);
}
