// SPDX-License-Identifier: GPL-2.0
/*
 * vmapcheck-link - the findings of vmapcheck that need more than one
 * translation unit, from the facts each compile left in its object file.
 *
 * Every compile with the plugin writes the section .discard.vmapcheck
 * (format: plugin/linkfacts.h): the calls it could not resolve with the
 * finding each would be if its callee handed that argument to vmap() with
 * VM_MAP_PUT_PAGES, the functions that do hand a parameter over, the
 * vmap()s given what a call it could not resolve returned, what the
 * functions others can call return, and the functions stored into struct
 * fields.  This program reads those sections
 * from objects, archives (also thin ones) and directories of them, resolves
 * each call to the function it names or to every function stored into
 * that field of that struct anywhere in the build, and prints the findings
 * as GCC does: "FILE:LINE:COLUMN: warning: ..." with its notes.
 *
 * Usage: vmapcheck-link [--exit-zero] [--stats] OBJ_OR_DIR...
 * Exit: 0 no finding, 1 findings (0 with --exit-zero), 2 an input could
 * not be read.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <unistd.h>

#define FACTS_SECTION ".discard.vmapcheck"
#define FACTS_MAGIC "vmapcheck-facts "
#define FACTS_VERSION 1

static const char *open_quote = "'", *close_quote = "'";
static int read_errors;

/* ---- small helpers ---------------------------------------------------- */

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p) {
		fprintf(stderr, "vmapcheck-link: out of memory\n");
		exit(2);
	}
	return p;
}

static char *xstrndup(const char *s, size_t n)
{
	char *d = xrealloc(NULL, n + 1);

	memcpy(d, s, n);
	d[n] = 0;
	return d;
}

#define GROW(arr, n, cap) do {						\
	if ((n) == (cap)) {						\
		(cap) = (cap) ? (cap) * 2 : 16;				\
		(arr) = xrealloc((arr), (cap) * sizeof(*(arr)));	\
	}								\
} while (0)

/* ---- the facts -------------------------------------------------------- */

enum rec_kind { REC_CALL, REC_SINK, REC_STORE, REC_EXT, REC_SOURCE, REC_FWD, REC_KINDS };

struct line {
	char role;		/* W warning, N note, F fix */
	const char *where;	/* FILE:LINE:COLUMN */
	const char *text;	/* with %< %> %% */
};

struct rec {
	enum rec_kind kind;
	const char *key;	/* callee, function, or field */
	const char *val;	/* argument or parameter number; stored function */
	const char *extra;	/* call: constants passed; sink: its conditions */
	struct line *lines;
	int nlines;
};

static struct rec *recs;
static size_t nrecs, caprecs;
static size_t nunits;

/* blocks already read: the same unit reached twice (foo.o and vmlinux.o) counts once */
static char **seen;
static size_t nseen, capseen;

static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;

	while (n--)
		h = (h ^ (unsigned char)*s++) * 1099511628211ull;
	return h;
}

static int seen_before(const char *block, size_t n)
{
	size_t i, mask, slot;

	if (nseen * 2 >= capseen) {
		char **old = seen;
		size_t oldcap = capseen;

		capseen = capseen ? capseen * 2 : 1024;
		seen = calloc(capseen, sizeof(*seen));
		if (!seen)
			exit(2);
		for (i = 0; i < oldcap; i++) {
			if (!old[i])
				continue;
			for (slot = hash(old[i], strlen(old[i])) & (capseen - 1); seen[slot];
			     slot = (slot + 1) & (capseen - 1))
				;
			seen[slot] = old[i];
		}
		free(old);
	}
	mask = capseen - 1;
	for (slot = hash(block, n) & mask; seen[slot]; slot = (slot + 1) & mask)
		if (strlen(seen[slot]) == n && !memcmp(seen[slot], block, n))
			return 1;
	seen[slot] = xstrndup(block, n);
	nseen++;
	return 0;
}

/* Split S at tabs into at most MAX fields; how many. */
static int fields(char *s, char **f, int max)
{
	int n = 0;

	while (n < max) {
		f[n++] = s;
		s = strchr(s, '\t');
		if (!s)
			break;
		*s++ = 0;
	}
	return n;
}

/* One unit's block, from its header line to "end" (or the end of the data). */
static void parse_block(char *b, const char *origin)
{
	char *line, *next, *f[4];
	struct rec *cur = NULL;
	int version, nf;

	next = strchr(b, '\n');
	if (!next)
		return;
	*next++ = 0;
	version = atoi(b + strlen(FACTS_MAGIC));
	if (version != FACTS_VERSION) {
		fprintf(stderr, "vmapcheck-link: %s: facts of version %d, this program reads %d; skipped (rebuild with a matching plugin)\n",
			origin, version, FACTS_VERSION);
		return;
	}
	nunits++;
	for (line = next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		if (line[0] == ' ' && cur) {
			struct line *l;

			if (fields(line + 1, f, 3) != 3)
				continue;
			cur->lines = xrealloc(cur->lines, (cur->nlines + 1) * sizeof(*cur->lines));
			l = &cur->lines[cur->nlines++];
			l->role = f[0][0];
			l->where = f[1];
			l->text = f[2];
			continue;
		}
		cur = NULL;
		if (!strcmp(line, "end"))
			break;
		nf = fields(line, f, 4);
		if (nf < 3)
			continue;
		GROW(recs, nrecs, caprecs);
		cur = &recs[nrecs++];
		memset(cur, 0, sizeof(*cur));
		if (!strcmp(f[0], "call"))
			cur->kind = REC_CALL;
		else if (!strcmp(f[0], "sink"))
			cur->kind = REC_SINK;
		else if (!strcmp(f[0], "store"))
			cur->kind = REC_STORE;
		else if (!strcmp(f[0], "ext"))
			cur->kind = REC_EXT;
		else if (!strcmp(f[0], "source"))
			cur->kind = REC_SOURCE;
		else if (!strcmp(f[0], "fwd"))
			cur->kind = REC_FWD;
		else {		/* a later minor addition: not ours */
			nrecs--;
			cur = NULL;
			continue;
		}
		cur->key = f[1];
		cur->val = f[2];
		cur->extra = nf > 3 ? f[3] : "";
	}
}

/* The section's contents: blocks, concatenated by ld -r. */
static void parse_section(const char *data, size_t len, const char *origin)
{
	const char *p = data, *end = data + len, *next;

	while (p < end) {
		const char *stop;
		char *copy;

		p = memmem(p, (size_t)(end - p), FACTS_MAGIC, strlen(FACTS_MAGIC));
		if (!p)
			break;
		next = memmem(p + 1, (size_t)(end - p - 1), FACTS_MAGIC, strlen(FACTS_MAGIC));
		stop = next ? next : end;
		if (seen_before(p, (size_t)(stop - p))) {
			p = stop;
			continue;
		}
		copy = xstrndup(p, (size_t)(stop - p));	/* kept: records point into it */
		parse_block(copy, origin);
		p = stop;
	}
}

/* ---- ELF objects ------------------------------------------------------ */

static uint64_t get(const unsigned char *p, int size, int big)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < size; i++)
		v |= (uint64_t)p[big ? size - 1 - i : i] << (8 * i);
	return v;
}

/* The facts sections of one ELF relocatable or executable in DATA. */
static void read_elf(const unsigned char *d, size_t len, const char *origin)
{
	int is64, big, shentsize;
	uint64_t shoff, shnum, shstrndx, stroff, strsize, i;

	if (len < 52 || memcmp(d, "\177ELF", 4))
		return;
	is64 = d[4] == 2;
	big = d[5] == 2;
	if (is64 && len < 64)
		return;
	shoff = is64 ? get(d + 40, 8, big) : get(d + 32, 4, big);
	shentsize = (int)get(d + (is64 ? 58 : 46), 2, big);
	shnum = get(d + (is64 ? 60 : 48), 2, big);
	shstrndx = get(d + (is64 ? 62 : 50), 2, big);
	if (!shoff || shoff >= len || shentsize < (is64 ? 64 : 40))
		return;
	if (!shnum && shoff + shentsize <= len)	/* many sections: count in section 0 */
		shnum = get(d + shoff + (is64 ? 32 : 20), is64 ? 8 : 4, big);
	if (shstrndx == 0xffff && shoff + shentsize <= len)
		shstrndx = get(d + shoff + (is64 ? 40 : 24), 4, big);
	if (shnum > (len - shoff) / shentsize || shstrndx >= shnum)
		return;
#define SH(n, off64, off32, sz64, sz32) \
	get(d + shoff + (n) * shentsize + (is64 ? (off64) : (off32)), is64 ? (sz64) : (sz32), big)
	stroff = SH(shstrndx, 24, 16, 8, 4);
	strsize = SH(shstrndx, 32, 20, 8, 4);
	if (stroff > len || strsize > len - stroff)
		return;
	for (i = 0; i < shnum; i++) {
		uint64_t name = SH(i, 0, 0, 4, 4), off = SH(i, 24, 16, 8, 4);
		uint64_t size = SH(i, 32, 20, 8, 4), type = SH(i, 4, 4, 4, 4);

		if (name >= strsize || type == 8 /* SHT_NOBITS */ ||
		    strncmp((const char *)d + stroff + name, FACTS_SECTION, strsize - name) ||
		    off > len || size > len - off)
			continue;
		parse_section((const char *)d + off, (size_t)size, origin);
	}
#undef SH
}

static void read_path(const char *path, int from_dir);

/* A GNU or BSD ar archive; a thin one names its members' files. */
static void read_ar(const unsigned char *d, size_t len, const char *path, int thin)
{
	const char *longnames = NULL;
	size_t longlen = 0, pos = 8;
	const char *slash = strrchr(path, '/');
	size_t dirlen = slash ? (size_t)(slash - path + 1) : 0;

	while (pos + 60 <= len) {
		const char *h = (const char *)d + pos;
		size_t size = (size_t)strtoull(h + 48, NULL, 10), nlen;
		char name[4096];
		int has_data;

		pos += 60;
		if (h[0] == '/' && h[1] == '/' && h[2] == ' ') {		/* long names */
			longnames = (const char *)d + pos;
			longlen = size < len - pos ? size : len - pos;
			pos += (size + 1) & ~(size_t)1;
			continue;
		}
		if (h[0] == '/' && (h[1] == ' ' || !memcmp(h, "/SYM64/", 7))) {	/* symbols */
			pos += (size + 1) & ~(size_t)1;
			continue;
		}
		if (h[0] == '/' && longnames) {
			size_t off = (size_t)strtoull(h + 1, NULL, 10);
			const char *e;

			if (off >= longlen)
				break;
			e = memchr(longnames + off, '\n', longlen - off);
			nlen = e ? (size_t)(e - longnames - off) : longlen - off;
			if (nlen && longnames[off + nlen - 1] == '/')
				nlen--;
			snprintf(name, sizeof(name), "%.*s", (int)nlen, longnames + off);
		} else {
			const char *e = memchr(h, '/', 16);

			nlen = e ? (size_t)(e - h) : 16;
			while (nlen && h[nlen - 1] == ' ')
				nlen--;
			snprintf(name, sizeof(name), "%.*s", (int)nlen, h);
		}
		has_data = !thin;
		if (has_data) {
			char origin[8192];

			if (size > len - pos)
				break;
			snprintf(origin, sizeof(origin), "%s(%s)", path, name);
			read_elf(d + pos, size, origin);
			pos += (size + 1) & ~(size_t)1;
		} else {
			char file[8192];

			if (name[0] == '/')
				snprintf(file, sizeof(file), "%s", name);
			else
				snprintf(file, sizeof(file), "%.*s%s", (int)dirlen, path, name);
			read_path(file, 0);
		}
	}
}

static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every object and archive under DIR, in name order. */
static void read_dir(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0, i;

	if (!dp) {
		fprintf(stderr, "vmapcheck-link: cannot read directory %s\n", dir);
		read_errors++;
		return;
	}
	while ((de = readdir(dp))) {
		if (de->d_name[0] == '.' && (!de->d_name[1] || !strcmp(de->d_name, "..")))
			continue;
		GROW(names, n, cap);
		names[n] = xrealloc(NULL, strlen(dir) + strlen(de->d_name) + 2);
		sprintf(names[n++], "%s/%s", dir, de->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof(*names), by_name);
	for (i = 0; i < n; i++) {
		read_path(names[i], 1);
		free(names[i]);
	}
	free(names);
}

static void read_path(const char *path, int from_dir)
{
	struct stat st;
	unsigned char *d;
	size_t len;
	int fd;

	if (lstat(path, &st)) {
		if (!from_dir) {
			fprintf(stderr, "vmapcheck-link: cannot read %s\n", path);
			read_errors++;
		}
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		read_dir(path);
		return;
	}
	if (!S_ISREG(st.st_mode))
		return;
	if (from_dir && !has_suffix(path, ".o") && !has_suffix(path, ".a"))
		return;
	/* mapped, not read: of vmlinux.o only the headers and the facts are touched */
	len = (size_t)st.st_size;
	if (!len)
		return;
	fd = open(path, O_RDONLY);
	d = fd < 0 ? MAP_FAILED : mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
	if (fd >= 0)
		close(fd);
	if (d == MAP_FAILED) {
		fprintf(stderr, "vmapcheck-link: cannot read %s\n", path);
		read_errors++;
		return;
	}
	if (len >= 8 && !memcmp(d, "!<arch>\n", 8))
		read_ar(d, len, path, 0);
	else if (len >= 8 && !memcmp(d, "!<thin>\n", 8))
		read_ar(d, len, path, 1);
	else
		read_elf(d, len, path);
	munmap(d, len);
}

/* ---- joining and telling ---------------------------------------------- */

/*
 * A call handing an array to a function that maps it (call, sink), or a
 * vmap() given what a function returns (call is the ext record, sink the
 * source record).
 */
struct finding {
	const struct rec *call, *sink;
};

/* The text of the line of REC with ROLE, or NULL. */
static const struct line *line_of(const struct rec *r, char role)
{
	int i;

	for (i = 0; i < r->nlines; i++)
		if (r->lines[i].role == role)
			return &r->lines[i];
	return NULL;
}

static void print_line(const struct line *l)
{
	const char *t;

	printf("%s: %s: ", l->where, l->role == 'W' ? "warning" : "note");
	for (t = l->text; *t; t++) {
		if (t[0] == '%' && (t[1] == '<' || t[1] == '>' || t[1] == '%')) {
			t++;
			fputs(*t == '<' ? open_quote : *t == '>' ? close_quote : "%", stdout);
		} else {
			putchar(*t);
		}
	}
	putchar('\n');
}

/* The warning and the fix at the vmap()'s place, in the source's words. */
static void print_ext(const struct finding *f)
{
	const struct line *w = line_of(f->call, 'W'), *fix = line_of(f->call, 'F');
	const struct line *sw = line_of(f->sink, 'W'), *sfix = line_of(f->sink, 'F');
	struct line l;
	int i;

	if (!w)
		return;
	l = *w;
	if (sw)		/* the callee's words for what it returned */
		l.text = sw->text;
	print_line(&l);
	for (i = 0; i < f->sink->nlines; i++)
		if (f->sink->lines[i].role == 'N')
			print_line(&f->sink->lines[i]);
	for (i = 0; i < f->call->nlines; i++)
		if (f->call->lines[i].role == 'N')
			print_line(&f->call->lines[i]);
	if (fix) {
		l = *fix;
		if (sfix)
			l.text = sfix->text;
		print_line(&l);
	}
}

static void print_finding(const struct finding *f)
{
	int i;

	if (f->call->kind == REC_EXT) {
		print_ext(f);
		return;
	}
	for (i = 0; i < f->call->nlines; i++)
		if (f->call->lines[i].role != 'F')
			print_line(&f->call->lines[i]);
	for (i = 0; i < f->sink->nlines; i++)
		print_line(&f->sink->lines[i]);
	for (i = 0; i < f->call->nlines; i++)
		if (f->call->lines[i].role == 'F')
			print_line(&f->call->lines[i]);
}

static const char *warning_where(const struct finding *f)
{
	return f->call->nlines ? f->call->lines[0].where : "";
}

/* FILE:LINE:COLUMN in file, then numeric line and column order. */
static int by_place(const void *a, const void *b)
{
	const char *x = warning_where(a), *y = warning_where(b);
	const char *cx = strchr(x, ':'), *cy = strchr(y, ':');
	size_t lx = cx ? (size_t)(cx - x) : strlen(x), ly = cy ? (size_t)(cy - y) : strlen(y);
	int c = strncmp(x, y, lx < ly ? lx : ly);
	long nx, ny;

	if (c || lx != ly)
		return c ? c : (lx < ly ? -1 : 1);
	nx = cx ? strtol(cx + 1, NULL, 10) : 0;
	ny = cy ? strtol(cy + 1, NULL, 10) : 0;
	if (nx != ny)
		return nx < ny ? -1 : 1;
	cx = cx ? strchr(cx + 1, ':') : NULL;
	cy = cy ? strchr(cy + 1, ':') : NULL;
	nx = cx ? strtol(cx + 1, NULL, 10) : 0;
	ny = cy ? strtol(cy + 1, NULL, 10) : 0;
	if (nx != ny)
		return nx < ny ? -1 : 1;
	return strcmp(((const struct finding *)a)->sink->key,
		      ((const struct finding *)b)->sink->key);
}

/* The sink and store records, sorted by key then value, for bsearch. */
static const struct rec **index_of[REC_KINDS];
static size_t nindex[REC_KINDS];

static int by_key(const void *a, const void *b)
{
	const struct rec *x = *(const struct rec *const *)a, *y = *(const struct rec *const *)b;
	int c = strcmp(x->key, y->key);

	return c ? c : strcmp(x->val, y->val);
}

/* sinks found by chaining (derive_sinks()), kept apart from recs[] */
static struct rec **derived;
static size_t nderived, capderived;

static void build_index(enum rec_kind kind)
{
	size_t i;

	free(index_of[kind]);
	nindex[kind] = 0;
	index_of[kind] = xrealloc(NULL, (nrecs + nderived) * sizeof(*index_of[kind]));
	for (i = 0; i < nrecs; i++)
		if (recs[i].kind == kind)
			index_of[kind][nindex[kind]++] = &recs[i];
	for (i = 0; i < nderived; i++)
		if (derived[i]->kind == kind)
			index_of[kind][nindex[kind]++] = derived[i];
	qsort(index_of[kind], nindex[kind], sizeof(*index_of[kind]), by_key);
}

/* The first record of KIND with KEY (and VAL, if given), or the count past it. */
static size_t first_of(enum rec_kind kind, const char *key, const char *val)
{
	size_t lo = 0, hi = nindex[kind];

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct rec *r = index_of[kind][mid];
		int c = strcmp(r->key, key);

		if (!c && val)
			c = strcmp(r->val, val);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Does the function FN hand its parameter PARAM over?  Its sink record. */
static const struct rec *sink_of(const char *fn, const char *param)
{
	size_t i = first_of(REC_SINK, fn, param);

	if (i < nindex[REC_SINK] && !strcmp(index_of[REC_SINK][i]->key, fn) &&
	    !strcmp(index_of[REC_SINK][i]->val, param))
		return index_of[REC_SINK][i];
	return NULL;
}


/* The constant CALL passes as parameter VAR, if it says: 1 and *V. */
static int const_arg(const struct rec *call, long var, long long *v)
{
	const char *p = call->extra;

	while (p && *p) {
		char *end;
		long i = strtol(p, &end, 10);

		if (*end != '=')
			return 0;
		if (i == var) {
			*v = strtoll(end + 1, NULL, 10);
			return 1;
		}
		p = strchr(end, ',');
		p = p ? p + 1 : NULL;
	}
	return 0;
}

/*
 * Does a condition of SINK (VAR:NEG:LO:HI:MASK;...) fail for a constant
 * that CALL passes?  Then that call never hands the array over.  The same
 * for a source record's conditions and the constants of an ext record.
 */
static int refuted(const struct rec *call, const struct rec *sink)
{
	const char *p = sink->extra;

	while (p && *p) {
		long var;
		int neg, in;
		long long lo, hi, v;
		unsigned long long mask;

		if (sscanf(p, "%ld:%d:%lld:%lld:%llu", &var, &neg, &lo, &hi, &mask) != 5)
			return 0;
		if (const_arg(call, var, &v)) {
			in = mask ? ((unsigned long long)v & mask) == 0 : v >= lo && v <= hi;
			if (in == !!neg)
				return 1;
		}
		p = strchr(p, ';');
		p = p ? p + 1 : NULL;
	}
	return 0;
}

/*
 * The worst source record of FN for EXT (its WHICH:SHIFT) that EXT's
 * constants do not refute: the one of the highest severity, or NULL.
 */
static const struct rec *source_of(const struct rec *ext, const char *fn)
{
	const char *how = ext->val;
	size_t i, n = strlen(how);
	const struct rec *best = NULL;
	long sev = -1;

	for (i = first_of(REC_SOURCE, fn, NULL);
	     i < nindex[REC_SOURCE] && !strcmp(index_of[REC_SOURCE][i]->key, fn); i++) {
		const struct rec *r = index_of[REC_SOURCE][i];

		if (!strncmp(r->val, how, n) && r->val[n] == ':' &&
		    strtol(r->val + n + 1, NULL, 10) > sev && !refuted(ext, r)) {
			sev = strtol(r->val + n + 1, NULL, 10);
			best = r;
		}
	}
	return best;
}

/* Does FN hand over the argument CALL passes?  Its sink record. */
static const struct rec *sink_for(const struct rec *call, const char *fn)
{
	return sink_of(fn, call->val);
}

static void add_finding(struct finding **out, size_t *n, size_t *cap, const struct rec *call,
			const struct rec *sink)
{
	size_t i;

	if (!sink || (call->kind == REC_CALL && refuted(call, sink)))
		return;
	for (i = 0; i < *n; i++)
		if ((*out)[i].call == call && (*out)[i].sink == sink)
			return;
	GROW(*out, *n, *cap);
	(*out)[*n].call = call;
	(*out)[(*n)++].sink = sink;
}

/*
 * FN passes its parameter's array on (a fwd record) to a function that
 * hands that argument over: then FN hands it over too, with the notes of
 * the call and then the callee's.  To a fixed point: each round can only
 * add sinks, at most one per fwd record.
 */
static void derive_sinks(void)
{
	int changed = 1;
	size_t i, j;

	while (changed) {
		changed = 0;
		for (i = 0; i < nrecs; i++) {
			const struct rec *f = &recs[i];
			const struct rec *s = NULL;
			struct rec consts, *d;
			char *key, *arg, *c;

			if (f->kind != REC_FWD || sink_of(f->key, f->val))
				continue;
			/* CALLEE:ARG:CONSTS; CALLEE holds one ':' itself */
			key = xstrndup(f->extra, strlen(f->extra));
			c = strrchr(key, ':');
			if (!c || c == key)
				goto next;
			*c++ = 0;
			arg = strrchr(key, ':');
			if (!arg)
				goto next;
			*arg++ = 0;
			memset(&consts, 0, sizeof(consts));
			consts.kind = REC_CALL;
			consts.extra = c;
			if (!strncmp(key, "fn:", 3)) {
				s = sink_of(key, arg);
			} else {
				for (j = first_of(REC_STORE, key, NULL);
				     !s && j < nindex[REC_STORE] &&
				     !strcmp(index_of[REC_STORE][j]->key, key); j++)
					s = sink_of(index_of[REC_STORE][j]->val, arg);
			}
			if (!s || refuted(&consts, s))
				goto next;
			d = xrealloc(NULL, sizeof(*d));
			*d = *f;
			d->kind = REC_SINK;
			d->extra = "";
			d->nlines = f->nlines + s->nlines;
			d->lines = xrealloc(NULL, d->nlines * sizeof(*d->lines));
			memcpy(d->lines, f->lines, f->nlines * sizeof(*d->lines));
			memcpy(d->lines + f->nlines, s->lines, s->nlines * sizeof(*d->lines));
			GROW(derived, nderived, capderived);
			derived[nderived++] = d;
			build_index(REC_SINK);
			changed = 1;
next:
			free(key);
		}
	}
}

static size_t join(struct finding **out)
{
	size_t i, j, n = 0, cap = 0;

	*out = NULL;
	build_index(REC_SINK);
	build_index(REC_STORE);
	build_index(REC_SOURCE);
	derive_sinks();
	for (i = 0; i < nrecs; i++) {
		const struct rec *c = &recs[i];
		const struct rec *(*match)(const struct rec *c, const char *fn);

		if (c->kind == REC_CALL)
			match = sink_for;
		else if (c->kind == REC_EXT)
			match = source_of;
		else
			continue;
		/* a function by name, or (data:) what other units keep in a field */
		if (!strncmp(c->key, "fn:", 3) || !strncmp(c->key, "data:", 5)) {
			add_finding(out, &n, &cap, c, match(c, c->key));
			continue;
		}
		/* a call through a struct field: every function stored there */
		for (j = first_of(REC_STORE, c->key, NULL);
		     j < nindex[REC_STORE] && !strcmp(index_of[REC_STORE][j]->key, c->key); j++)
			add_finding(out, &n, &cap, c, match(c, index_of[REC_STORE][j]->val));
	}
	return n;
}

static void usage(FILE *f)
{
	fputs("usage: vmapcheck-link [--exit-zero] [--stats] OBJ_OR_DIR...\n"
	      "  Reads the section " FACTS_SECTION " that vmapcheck.so leaves in each object\n"
	      "  (.o, .a, thin .a, ld -r output such as vmlinux.o; a directory: every .o and\n"
	      "  .a under it) and prints the findings that need more than one translation\n"
	      "  unit, as GCC prints warnings.\n"
	      "  --exit-zero  exit 0 even when there are findings\n"
	      "  --stats      print what was read on stderr\n"
	      "Exit status: 0 no finding, 1 findings, 2 an input could not be read.\n", f);
}

int main(int argc, char **argv)
{
	struct finding *found;
	int i, exit_zero = 0, stats = 0, inputs = 0;
	size_t n, k;
	const char *cs;

	setlocale(LC_ALL, "");
	cs = nl_langinfo(CODESET);
	if (cs && !strcmp(cs, "UTF-8")) {	/* as GCC quotes */
		open_quote = "\xe2\x80\x98";
		close_quote = "\xe2\x80\x99";
	}
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--exit-zero")) {
			exit_zero = 1;
			continue;
		}
		if (!strcmp(argv[i], "--stats")) {
			stats = 1;
			continue;
		}
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			usage(stdout);
			return 0;
		}
		if (argv[i][0] == '-' && argv[i][1]) {
			fprintf(stderr, "vmapcheck-link: unknown option %s\n", argv[i]);
			usage(stderr);
			return 2;
		}
		read_path(argv[i], 0);
		inputs++;
	}
	if (!inputs) {
		usage(stderr);
		return 2;
	}
	n = join(&found);
	qsort(found, n, sizeof(*found), by_place);
	for (k = 0; k < n; k++)
		print_finding(&found[k]);
	if (stats) {
		size_t count[REC_KINDS] = { 0 };

		for (k = 0; k < nrecs; k++)
			count[recs[k].kind]++;
		fprintf(stderr, "vmapcheck-link: %zu units, %zu calls, %zu sinks (%zu by chaining), %zu stores, %zu exts, %zu sources, %zu forwards: %zu findings\n",
			nunits, count[REC_CALL], count[REC_SINK] + nderived, nderived, count[REC_STORE],
			count[REC_EXT], count[REC_SOURCE], count[REC_FWD], n);
	}
	if (read_errors)
		return 2;
	return n && !exit_zero ? 1 : 0;
}
