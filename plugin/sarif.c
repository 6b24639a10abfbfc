// SPDX-License-Identifier: GPL-2.0
/*
 * sarif.c - the findings told in this unit (report_told()) as a SARIF
 * 2.1.0 log: one rule per kind of finding (kinds.c) with its help, one
 * result per warning at its place, its notes as related locations and as
 * the one thread flow of a code flow (allocation to vmap()), and the
 * baseline key as a partial fingerprint.  GCC 13 and later write SARIF
 * themselves (-fdiagnostics-format=sarif-file); this works on 11 and 12
 * too, and names the rules.
 */
#include "gcc-common.h"
#include "report.h"
#include "linkfacts.h"
#include "sarif.h"

static const char *out_path;	/* a file, or a directory */

int sarif_option(const char *plugin, const char *key, const char *value)
{
	if (strcmp(key, "sarif"))
		return 0;
	if (!value || !*value) {
		error(G_("vmapcheck: option %<-fplugin-arg-%s-%s%> needs a path"), plugin, key);
		return -1;
	}
	out_path = value;
	report_keep_told();
	return 1;
}

/* S inside a JSON string; %< %> (GCC's quotes) become ' and %% becomes %. */
static void json_body(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (s[0] == '%' && (s[1] == '<' || s[1] == '>')) {
			fputc('\'', f);
			s++;
		} else if (s[0] == '%' && s[1] == '%') {
			fputc('%', f);
			s++;
		} else if (*s == '"' || *s == '\\') {
			fprintf(f, "\\%c", *s);
		} else if ((unsigned char)*s < 0x20) {
			fprintf(f, "\\u%04x", (unsigned char)*s);
		} else {
			fputc(*s, f);
		}
	}
}

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	json_body(f, s);
	fputc('"', f);
}

/* FILE's artifactLocation: relative to the root when under it (SRCROOT), else absolute. */
static void artifact(FILE *f, const char *file)
{
	bool under;
	char *path = report_path(file, &under);

	fputs(under ? "{\"uri\": \"" : "{\"uri\": \"file://", f);
	json_body(f, path);
	fputs(under ? "\", \"uriBaseId\": \"SRCROOT\"}" : "\"}", f);
	free(path);
}

/* "physicalLocation": {...} of L, and its "message" if WITH_TEXT (no braces around). */
static void location_body(FILE *f, const struct told_line *l, bool with_text)
{
	fputs("\"physicalLocation\": {\"artifactLocation\": ", f);
	artifact(f, l->file);
	/* columns as GCC prints them (and its own SARIF has them) */
	fprintf(f, ", \"region\": {\"startLine\": %d, \"startColumn\": %d}}", l->line,
		l->column > 0 ? lf_display_column(l->file, l->line, l->column) : 1);
	if (with_text) {
		fputs(", \"message\": {\"text\": ", f);
		json_str(f, l->text);
		fputc('}', f);
	}
}

static int rule_index(const char *kind)
{
	unsigned int i;

	for (i = 0; i < vc_nkinds; i++)
		if (kind && !strcmp(vc_kinds[i].name, kind))
			return (int)i;
	return -1;
}

/* The path to write: OUT_PATH, or in that directory the unit's source with '/' as '_'. */
static char *log_path(void)
{
	struct stat st;
	char *name, *p;

	if (stat(out_path, &st) || !S_ISDIR(st.st_mode))
		return xstrdup(out_path);
	name = concat(out_path, "/", main_input_filename ? main_input_filename : "unit",
		      ".vmapcheck.sarif", NULL);
	for (p = name + strlen(out_path) + 1; *p; p++)
		if (*p == '/')
			*p = '_';
	return name;
}

void sarif_write(void)
{
	const struct told_line *t;
	size_t n, i, j, first;
	const char *sep;
	char *path;
	unsigned int k;
	FILE *f;

	if (!out_path)
		return;
	n = report_told(&t);
	path = log_path();
	f = fopen(path, "w");
	if (!f) {
		error("vmapcheck: cannot write the SARIF log %qs: %m", path);
		free(path);
		return;
	}
	fputs("{\"$schema\": \"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\",\n"
	      " \"version\": \"2.1.0\",\n \"runs\": [{\n  \"tool\": {\"driver\": {\"name\": \"vmapcheck\", ", f);
	fputs("\"informationUri\": \"https://github.com/vmapcheck/vmapcheck\",\n   \"rules\": [", f);
	for (k = 0; k < vc_nkinds; k++) {
		fprintf(f, "%s\n    {\"id\": \"%s\", \"name\": \"%s\", \"shortDescription\": {\"text\": ",
			k ? "," : "", vc_kinds[k].name, vc_kinds[k].name);
		json_str(f, vc_kinds[k].help);
		fputs("}, \"fullDescription\": {\"text\": ", f);
		json_str(f, vc_kinds[k].help);
		fprintf(f, "}, \"defaultConfiguration\": {\"level\": \"warning\"}, \"properties\": {\"check\": \"%s\", \"level\": \"%s\"}}",
			vc_kinds[k].check, vc_kinds[k].level);
	}
	fputs("]}},\n  \"originalUriBaseIds\": {\"SRCROOT\": {\"uri\": \"file://", f);
	json_body(f, report_root());
	fputs("/\"}},\n  \"results\": [", f);
	for (i = 0, first = 1; i < n; i = j) {
		/* a warning and the notes after it */
		for (j = i + 1; j < n && t[j].role != 'W'; j++)
			;
		if (t[i].role != 'W')
			continue;
		fprintf(f, "%s\n   {\"ruleId\": \"%s\", \"ruleIndex\": %d, \"level\": \"warning\", \"message\": {\"text\": ",
			first ? "" : ",", t[i].kind, rule_index(t[i].kind));
		first = 0;
		json_str(f, t[i].text);
		if (t[i].key) {
			fputs("}, \"partialFingerprints\": {\"vmapcheckKey/v1\": ", f);
			json_str(f, t[i].key);
		}
		fputs("},\n    \"locations\": [{", f);
		location_body(f, &t[i], false);
		fputs("}],\n    \"relatedLocations\": [", f);
		for (k = 0; i + 1 + k < j; k++) {
			fprintf(f, "%s{\"id\": %u, ", k ? ", " : "", k);
			location_body(f, &t[i + 1 + k], true);
			fputc('}', f);
		}
		fputs("],\n    \"codeFlows\": [{\"threadFlows\": [{\"locations\": [", f);
		for (k = 0, sep = ""; i + 1 + k < j; k++) {
			if (t[i + 1 + k].role == 'F')
				continue;	/* the fix is not a step of the flow */
			fprintf(f, "%s{\"location\": {", sep);
			location_body(f, &t[i + 1 + k], true);
			fputs("}}", f);
			sep = ", ";
		}
		fputs("]}]}]}", f);
	}
	fputs("]\n }]\n}\n", f);
	fclose(f);
	free(path);
}
