// SPDX-License-Identifier: GPL-2.0
/*
 * linkfacts.c - the facts of a translation unit for vmapcheck-link,
 * written into the object file (format: linkfacts.h).
 */
#include "kapi.h"
#include "linkfacts.h"

static bool disabled;
static char *out;		/* the records of this unit */
static size_t out_len, out_cap;
/* functions of this unit with a sink, source or fwd record */
static struct vc_tree_map *recorded;
/* functions of this unit that pass a parameter's array on to another unit (fwd) */
static struct vc_tree_map *relays;

static void mark_recorded(tree fndecl)
{
	*vc_tree_map_slot(&recorded, fndecl, true) = fndecl;
}

int lf_option(const char *plugin, const char *key, const char *value)
{
	if (strcmp(key, "no-link-facts"))
		return 0;
	if (value) {
		error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> takes no value (got %qs)"),
		      plugin, key, value);
		return -1;
	}
	disabled = true;
	return 1;
}

bool lf_enabled(void)
{
	return !disabled;
}

/* Append S, with tabs and newlines made spaces unless RAW. */
static void emit(const char *s, bool raw)
{
	size_t n = strlen(s), i;

	if (out_len + n + 1 > out_cap) {
		out_cap = (out_len + n + 1) * 2;
		out = XRESIZEVEC(char, out, out_cap);
	}
	for (i = 0; i < n; i++)
		out[out_len++] = raw || (s[i] != '\t' && s[i] != '\n') ? s[i] : ' ';
	out[out_len] = 0;
}

/* ---- keys ------------------------------------------------------------ */

static const char *unit_name(void)
{
	return main_input_filename ? main_input_filename : "?";
}

static const char *fn_key(tree fndecl, char *buf, size_t len)
{
	if (TREE_PUBLIC(fndecl))
		snprintf(buf, len, "fn:%s", IDENTIFIER_POINTER(DECL_ASSEMBLER_NAME(fndecl)));
	else
		snprintf(buf, len, "fn:%s@%s", vc_fn_name(fndecl), unit_name());
	return buf;
}

/* field:STRUCT.FIELD for a field of a struct with a tag or a typedef name. */
static const char *field_key(tree field, char *buf, size_t len)
{
	const char *tag;

	if (TREE_CODE(field) != FIELD_DECL || !DECL_NAME(field))
		return NULL;
	tag = vc_record_tag(DECL_CONTEXT(field));
	if (!tag)
		return NULL;
	snprintf(buf, len, "field:%s.%s", tag, IDENTIFIER_POINTER(DECL_NAME(field)));
	return buf;
}

const char *lf_callee_key(const gimple *call)
{
	static char buf[512];
	tree fn = gimple_call_fndecl(call);
	gimple *def;
	cgraph_node *node;

	if (disabled || gimple_call_internal_p(call))
		return NULL;
	if (fn) {
		if (fndecl_built_in_p(fn) || kapi_lookup_call(call))
			return NULL;
		node = cgraph_node::get(fn);
		if (node && node->definition)
			return NULL;	/* its body is here */
		return fn_key(fn, buf, sizeof(buf));
	}
	/* ops->fn(...): the function pointer loaded from a struct field */
	fn = gimple_call_fn(call);
	if (!fn || TREE_CODE(fn) != SSA_NAME)
		return NULL;
	def = SSA_NAME_DEF_STMT(fn);
	if (!gimple_assign_single_p(def) ||
	    TREE_CODE(gimple_assign_rhs1(def)) != COMPONENT_REF)
		return NULL;
	return field_key(TREE_OPERAND(gimple_assign_rhs1(def), 1), buf, sizeof(buf));
}

const char *lf_relay_key(const gimple *call)
{
	static char buf[512];
	tree fn = gimple_call_fndecl(call);

	if (disabled || !fn || !vc_tree_map_slot(&relays, fn, false))
		return NULL;
	return fn_key(fn, buf, sizeof(buf));
}

const char *lf_key_name(const char *key)
{
	static char buf[512];
	const char *dot = strrchr(key, '.'), *at;

	if (!strncmp(key, "fn:", 3)) {
		at = strchr(key, '@');	/* fn:NAME@UNIT: a static function */
		if (!at)
			return key + 3;
		snprintf(buf, sizeof(buf), "%.*s", (int)(at - key - 3), key + 3);
		return buf;
	}
	if (!dot)
		return strchr(key, ':') ? strchr(key, ':') + 1 : key;
	return dot + 1;		/* field:STRUCT.FIELD, data:STRUCT.FIELD */
}

bool lf_page_array_type(tree t)
{
	tree elt;

	if (!POINTER_TYPE_P(t) || !POINTER_TYPE_P(TREE_TYPE(t)))
		return false;
	elt = TREE_TYPE(t);
	return kapi_is_page_ptr(elt) || VOID_TYPE_P(TREE_TYPE(elt));
}

bool lf_passes_arrays(struct cgraph_node *node)
{
	struct cgraph_edge *e;
	int pass;

	if (disabled)
		return false;
	for (pass = 0; pass < 2; pass++)
		for (e = pass ? node->indirect_calls : node->callees; e; e = e->next_callee) {
			gimple *call = e->call_stmt;
			unsigned int i;

			if (!call || (!lf_callee_key(call) && !lf_relay_key(call)))
				continue;
			for (i = 0; i < gimple_call_num_args(call); i++)
				if (lf_page_array_type(TREE_TYPE(gimple_call_arg(call, i))))
					return true;
		}
	return false;
}

/* ---- records --------------------------------------------------------- */

/* The source files lines are told in, read once each, with where each line starts. */
#define LF_FILES 8

struct src_file {
	char *name, *text;
	size_t *line;		/* offset of line l + 1 */
	size_t nlines;
};

static struct src_file files[LF_FILES];
static unsigned int next_file;

static void files_free(void)
{
	unsigned int i;

	for (i = 0; i < LF_FILES; i++) {
		free(files[i].name);
		free(files[i].text);
		free(files[i].line);
	}
	memset(files, 0, sizeof(files));
	next_file = 0;
}

static const struct src_file *src_file(const char *name)
{
	struct src_file *sf;
	unsigned int i;
	size_t n, k;
	long size;
	FILE *f;

	for (i = 0; i < LF_FILES; i++)
		if (files[i].name && !strcmp(files[i].name, name))
			return &files[i];
	f = fopen(name, "rb");
	if (!f)
		return NULL;
	size = fseek(f, 0, SEEK_END) ? -1 : ftell(f);
	if (size < 0 || fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return NULL;
	}
	sf = &files[next_file++ % LF_FILES];	/* the oldest goes */
	free(sf->name);
	free(sf->text);
	free(sf->line);
	sf->name = xstrdup(name);
	sf->text = XNEWVEC(char, size + 1);
	n = fread(sf->text, 1, size, f);
	sf->text[n] = 0;
	fclose(f);
	for (sf->nlines = 1, k = 0; k < n; k++)
		sf->nlines += sf->text[k] == '\n';
	sf->line = XNEWVEC(size_t, sf->nlines);
	sf->line[0] = 0;
	for (i = 1, k = 0; k < n; k++)
		if (sf->text[k] == '\n')
			sf->line[i++] = k + 1;
	return sf;
}

/*
 * COLUMN as GCC prints it: a tab counts up to the next multiple of 8 and
 * a UTF-8 sequence as one, so the line is read.
 */
int lf_display_column(const char *file, int line, int col)
{
	const struct src_file *sf = src_file(file);
	const char *p;
	int c, disp = 0;

	if (!sf || line < 1 || (size_t)line > sf->nlines)
		return col;
	p = sf->text + sf->line[line - 1];
	for (c = 1; c < col && *p && *p != '\n'; c++, p++) {
		if (*p == '\t')
			disp = (disp / 8 + 1) * 8;
		else if ((*p & 0xc0) != 0x80)
			disp++;
	}
	return disp + 1;
}

static void emit_lines(const struct report_line *lines, int n)
{
	char buf[64];
	int i;

	for (i = 0; i < n; i++) {
		expanded_location e = expand_location(lines[i].loc);

		snprintf(buf, sizeof(buf), " %c\t", lines[i].role);
		emit(buf, true);
		emit(e.file ? e.file : "?", false);
		snprintf(buf, sizeof(buf), ":%d:%d\t", e.line,
			 e.file ? lf_display_column(e.file, e.line, e.column) : 0);
		emit(buf, true);
		emit(lines[i].text, false);
		emit("\n", true);
	}
}

static void begin_unit(void)
{
	char buf[64];

	if (out_len)
		return;
	snprintf(buf, sizeof(buf), "vmapcheck-facts %d\t", LF_VERSION);
	emit(buf, true);
	emit(unit_name(), false);
	emit("\n", true);
}

/* KIND<TAB>A<TAB>B, and <TAB>C if C is given */
static void record4(const char *kind, const char *a, const char *b, const char *c)
{
	begin_unit();
	emit(kind, true);
	emit("\t", true);
	emit(a, false);
	emit("\t", true);
	emit(b, false);
	if (c) {
		emit("\t", true);
		emit(c, false);
	}
	emit("\n", true);
}

static void record(const char *kind, const char *a, const char *b)
{
	record4(kind, a, b, NULL);
}

/*
 * The integer constants CALL passes, as the callee's parameters see them:
 * "P=V,..." (V in decimal), for the link step to check the conditions
 * under which the callee hands an array over.
 */
void lf_call_consts(const gimple *call, char *buf, size_t len)
{
	tree fntype = gimple_call_fntype(call);
	tree args = fntype ? TYPE_ARG_TYPES(fntype) : NULL_TREE;
	size_t used = 0;
	unsigned int i;

	buf[0] = 0;
	for (i = 0; i < gimple_call_num_args(call) && i < SUM_MAXP;
	     i++, args = args ? TREE_CHAIN(args) : NULL_TREE) {
		tree a = gimple_call_arg(call, i), type = args ? TREE_VALUE(args) : NULL_TREE;

		if (!type || !INTEGRAL_TYPE_P(type) || TREE_CODE(a) != INTEGER_CST)
			continue;
		a = fold_convert(type, a);
		if (TREE_CODE(a) != INTEGER_CST || !tree_fits_shwi_p(a) || used + 48 > len)
			continue;
		used += snprintf(buf + used, len - used, "%s%u=" HOST_WIDE_INT_PRINT_DEC,
				 used ? "," : "", i, tree_to_shwi(a));
	}
}

void lf_call(const char *callee_key, int arg, const gimple *call,
	     const struct report_line *lines, int n)
{
	char num[16], consts[512];

	snprintf(num, sizeof(num), "%d", arg);
	lf_call_consts(call, consts, sizeof(consts));
	record4("call", callee_key, num, consts);
	emit_lines(lines, n);
}

void lf_forward(tree fndecl, int param, const char *callee_key, int arg, const gimple *call)
{
	struct cgraph_node *node = cgraph_node::get(fndecl);
	const struct report_line *lines;
	char fnk[512], num[16], to[1024], consts[512];
	const char *name;
	int n;

	if (param < 0 || !node)
		return;
	name = lf_key_name(callee_key);
	report_capture_begin();
	report_sink_notes(step_new(STEP_PASS, gimple_location(call), name, NULL, NULL),
			  UNKNOWN_LOCATION);
	n = report_capture_end(&lines);
	lf_call_consts(call, consts, sizeof(consts));
	snprintf(num, sizeof(num), "%d", param);
	snprintf(to, sizeof(to), "%s:%d:%s", callee_key, arg, consts);
	record4("fwd", fn_key(fndecl, fnk, sizeof(fnk)), num, to);
	mark_recorded(fndecl);
	*vc_tree_map_slot(&relays, fndecl, true) = fndecl;
	emit_lines(lines, n);
}

/*
 * The conditions on its parameters under which a function hands one over
 * (struct guard): "VAR:NEG:LO:HI:MASK;..." (facts.h, struct atom).
 */
static void guard_text(const struct guard *g, char *buf, size_t len)
{
	size_t used = 0;
	int i;

	buf[0] = 0;
	for (i = 0; i < g->n && used + 96 < len; i++)
		used += snprintf(buf + used, len - used,
				 "%s%d:%d:" HOST_WIDE_INT_PRINT_DEC ":" HOST_WIDE_INT_PRINT_DEC ":"
				 HOST_WIDE_INT_PRINT_UNSIGNED, used ? ";" : "", g->a[i].var,
				 g->a[i].neg ? 1 : 0, g->a[i].lo, g->a[i].hi, g->a[i].mask);
}

/* "argN" for a parameter's array (WHICH N >= 0); lives until the next call */
static const char *which_text(int which)
{
	static char buf[16];

	if (which >= 0) {
		snprintf(buf, sizeof(buf), "arg%d", which);
		return buf;
	}
	return which == LF_MEM ? "mem" : which == LF_MAP ? "map" : which == LF_FIELD ? "field" :
	       "ret";
}

void lf_ext(const char *callee_key, int which, int shift, const char *consts,
	    const struct report_line *lines, int n)
{
	char how[32];

	snprintf(how, sizeof(how), "%s:%d", which_text(which), shift);
	record4("ext", callee_key, how, consts ? consts : "");
	emit_lines(lines, n);
}

void lf_source_key(const char *key, int which, int shift, int severity,
		   const struct guard *g, const struct report_line *lines, int n)
{
	char how[48], guard[512];

	snprintf(how, sizeof(how), "%s:%d:%d", which_text(which), shift, severity);
	guard[0] = 0;
	if (g)
		guard_text(g, guard, sizeof(guard));
	record4("source", key, how, guard);
	emit_lines(lines, n);
}

void lf_source(tree fndecl, int which, int shift, int severity, const struct guard *g,
	       const struct report_line *lines, int n)
{
	char fnk[512];

	lf_source_key(fn_key(fndecl, fnk, sizeof(fnk)), which, shift, severity, g, lines, n);
	mark_recorded(fndecl);
}

const char *lf_data_key(tree field)
{
	static char buf[512];
	char fk[512];

	if (disabled || TREE_CODE(field) != FIELD_DECL || ops_own_field(field) ||
	    !field_key(field, fk, sizeof(fk)))
		return NULL;
	snprintf(buf, sizeof(buf), "data:%s", fk + strlen("field:"));
	return buf;
}

/* ---- the unit's own functions ---------------------------------------- */

/* A function stored into a struct field: a store record. */
static void store_of(tree field, tree value, void *data)
{
	char fk[512], fnk[512];

	struct cgraph_node *node;
	tree fn;

	(void)data;
	if (TREE_CODE(value) != ADDR_EXPR || TREE_CODE(TREE_OPERAND(value, 0)) != FUNCTION_DECL)
		return;
	fn = TREE_OPERAND(value, 0);
	/* a function of this unit matters only if it has records; another unit's may */
	node = cgraph_node::get(fn);
	if (node && node->definition && !vc_tree_map_slot(&recorded, fn, false))
		return;
	if (field_key(field, fk, sizeof(fk)))
		record("store", fk, fn_key(fn, fnk, sizeof(fnk)));
}

/* The parameters NODE hands over that another unit can reach it for. */
static void sinks_of_fn(struct cgraph_node *node)
{
	const struct fsum *sum = summary_get(node->decl, false);
	const struct report_line *lines;
	char fnk[512], num[16], guard[512];
	struct guard g;
	int p, n, i;

	if (!sum || !sum->sink_mask || (!TREE_PUBLIC(node->decl) && !node->address_taken))
		return;
	for (p = 0; p < SUM_MAXP; p++) {
		/* the flag set inside; conditions on parameters only (a caller's constants) */
		if (!(sum->sink_mask & (1u << p)) || sum->sink_flags[p] != SINK_FLAGS_INSIDE)
			continue;
		g = sum->sink_guard[p];
		for (i = 0; i < g.n && g.a[i].var >= 0; i++)
			;
		if (i < g.n)
			continue;
		report_capture_begin();
		report_sink_notes(sum->sink_path[p], sum->sink_flag_loc[p]);
		n = report_capture_end(&lines);
		snprintf(num, sizeof(num), "%d", p);
		guard_text(&g, guard, sizeof(guard));
		record4("sink", fn_key(node->decl, fnk, sizeof(fnk)), num, guard);
		mark_recorded(node->decl);
		emit_lines(lines, n);
	}
}

void lf_collect_unit(struct cgraph_node **order, int n)
{
	int i;

	if (disabled)
		return;
	for (i = 0; i < n; i++)
		sinks_of_fn(order[i]);
	ops_walk_field_stores(store_of, NULL);
	vc_tree_map_free(&recorded);
	vc_tree_map_free(&relays);
}

/* ---- into the object file -------------------------------------------- */

void lf_write(void)
{
	size_t i;

	if (!out_len || !asm_out_file || flag_syntax_only || flag_generate_lto || in_lto_p)
		goto done;
	emit("end\n", true);
	fprintf(asm_out_file, "\t.pushsection %s\n\t.ascii \"", LF_SECTION);
	for (i = 0; i < out_len; i++) {
		unsigned char c = (unsigned char)out[i];

		if (c == '"' || c == '\\')
			fprintf(asm_out_file, "\\%c", c);
		else if (c < 32 || c > 126)
			fprintf(asm_out_file, "\\%03o", c);
		else
			fputc(c, asm_out_file);
		if (c == '\n' && i + 1 < out_len)
			fprintf(asm_out_file, "\"\n\t.ascii \"");
	}
	fprintf(asm_out_file, "\"\n\t.popsection\n");
done:
	free(out);
	out = NULL;
	out_len = out_cap = 0;
	files_free();
}
