/* SPDX-License-Identifier: GPL-2.0 */
/*
 * report.h - the diagnostics mechanism (layer 4).
 *
 * One finding is one GCC diagnostic group: a warning at the offending
 * call, a note per step of the fact's path (oldest first), the calls the
 * array goes through down to vmap(), where VM_MAP_PUT_PAGES was set, and
 * a fix.  The mechanism knows facts and steps; the words of the warning,
 * of the allocation note and of the fix are the check's (struct
 * report_texts).  It also owns the diagnostic options.
 */
#ifndef VMAPCHECK_REPORT_H
#define VMAPCHECK_REPORT_H

#include "facts.h"
#include "kinds.h"

struct report_texts {
	/* the warning at LOC (a user location); false if not given */
	bool (*warn)(location_t loc, const struct fact *f);
	/* the note where the pages come from (STEP_ALLOC); API made them */
	void (*note_origin)(location_t loc, const struct fact *f, const char *api);
	/* how to fix it */
	void (*note_fix)(location_t loc, const struct fact *f);
};

/* -fplugin-arg-vmapcheck-KEY: 0 if KEY is not ours, 1 taken, -1 error given */
int report_option(const char *plugin, const char *key, const char *value);
bool report_verbose(void);

/*
 * Only the first report of a check (its texts T) for one allocation and
 * one sink: the
 * sink is the innermost step of SINK_PATH, else the call at CALL_LOC.
 */
bool report_first(const struct report_texts *t, unsigned int origin, location_t call_loc,
		  const struct step *sink_path);
void report_reset(void);

/* Tell finding F at LOC; FLAG_LOC: where the flag was set, if known. */
void report_finding(const struct report_texts *t, location_t loc, const struct fact *f,
		    location_t flag_loc, const struct step *sink_path);

/*
 * The words of every warning and note of the checks go through these:
 * formatted here (%s, %d, %u, %qs, %%; %< and %> are left for GCC, which
 * makes them quotes), so that a finding can also be captured as text.
 */
/*
 * KIND (kinds.h): the warning ends with [vmapcheck:KIND]; a finding of KIND
 * at LOC that the baseline (-fplugin-arg-vmapcheck-baseline=FILE) lists is
 * not told (false), and with baseline-write=FILE the key of one told is kept.
 */
bool vc_warn(location_t loc, const char *kind, const char *fmt, ...);
void vc_note(location_t loc, const char *fmt, ...);

/*
 * Capturing instead of telling: between report_capture_begin() and
 * report_capture_end(), the lines of what is reported are kept, not given
 * to GCC.  A line's role: 'W' the warning, 'N' a note of its path, 'F'
 * the fix; its text keeps %< %> and %%.  Lines live until the pass ends.
 */
struct report_line {
	char role;
	location_t loc;
	const char *text;
};

/*
 * The findings told in this unit, line by line (for sarif.c): kept once
 * report_keep_told() is called; TEXT keeps %< %> and %%.
 */
struct told_line {
	char role;		/* W, N, F as in struct report_line */
	const char *kind;	/* W: kinds.h */
	char *file;
	int line, column;
	char *text;
	char *key;		/* W: the baseline key */
};

/*
 * FILE as the source tree's root (-fplugin-arg-vmapcheck-root=DIR, default
 * the working directory) names it: relative if under the root (*UNDER),
 * else its absolute real path.  Freed with free().
 */
char *report_path(const char *file, bool *under);
/* The root's absolute real path. */
const char *report_root(void);

void report_keep_told(void);
size_t report_told(const struct told_line **lines);

void report_capture_begin(void);
/* The lines captured since report_capture_begin(); how many. */
int report_capture_end(const struct report_line **lines);
/*
 * The notes that follow a finding's path when its array is handed to a
 * function: SINK_PATH from that function down to vmap(), and where the
 * flag was set (FLAG_LOC, if known).
 */
void report_sink_notes(const struct step *sink_path, location_t flag_loc);

#endif /* VMAPCHECK_REPORT_H */
