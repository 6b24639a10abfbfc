/* SPDX-License-Identifier: GPL-2.0 */
/*
 * linkfacts.h - what other translation units need from this one, written
 * into the object file for vmapcheck-link (layer 5).
 *
 * A compile cannot see the body of a function defined in another file,
 * nor which functions a call through a struct field reaches.  So each
 * compile records, as text in the section .discard.vmapcheck of its
 * object file (which the kernel's final links discard and ar, ld -r,
 * ccache and distcc carry), three kinds of facts:
 *
 *   call  a call this unit could not resolve, and the finding it would be
 *         if the callee hands that argument to vmap() with VM_MAP_PUT_PAGES:
 *         the warning, the notes of the path and the fix, already worded;
 *   sink  a function others can reach that does hand a parameter over,
 *         with the notes from its entry down to the vmap();
 *   store a function stored into a struct field (initializer or assignment).
 *
 * The format (version 1), one block per translation unit, blocks simply
 * concatenated by the linker; fields are separated by tabs:
 *
 *   vmapcheck-facts 1<TAB>UNIT
 *   call<TAB>CALLEE<TAB>ARG<TAB>CONSTS  CALLEE: fn:NAME or field:STRUCT.FIELD;
 *                                   CONSTS: P=V,... the integer constants
 *                                   passed, as the parameters see them
 *   sink<TAB>FN<TAB>PARAM<TAB>GUARD  FN: fn:NAME, or fn:NAME@UNIT if static;
 *                                   GUARD: VAR:NEG:LO:HI:MASK;... what held
 *                                   of parameter VAR on every path that
 *                                   hands PARAM over (facts.h, struct atom)
 *   store<TAB>field:STRUCT.FIELD<TAB>FN
 *   fwd<TAB>FN<TAB>PARAM<TAB>CALLEE:ARG:CONSTS  FN passes the array of its
 *                                   parameter PARAM on to CALLEE as ARG (with
 *                                   CONSTS as in call); its N line: the call
 *   ext<TAB>CALLEE<TAB>WHICH:SHIFT<TAB>CONSTS  a vmap() given what CALLEE returned
 *                                   (or, WHICH field and CALLEE
 *                                   data:STRUCT.FIELD, the pages other units
 *                                   keep in that field):
 *                                   WHICH ret (the page) or mem (the pages
 *                                   of the array), argN (the pages CALLEE
 *                                   stores into the array of its argument
 *                                   N); or (map) a vunmap() of
 *                                   the address CALLEE returned, with its
 *                                   own W and F texts; SHIFT 0 as returned,
 *                                   1 moved by a non-zero constant, 2 by
 *                                   any offset; its W and F texts are
 *                                   placeholders for the source's
 *   source<TAB>FN<TAB>WHICH:SHIFT:SEVERITY<TAB>GUARD  what FN returns (or
 *                                   stores into the array of its parameter
 *                                   N: argN), so moved, is a finding where
 *                                   GUARD (as in sink) holds: CONSTS of the
 *                                   ext can refute it; its texts and notes (the
 *                                   W and F locations are placeholders);
 *                                   map: FN returns a VM_MAP_PUT_PAGES
 *                                   mapping, its N line the vmap()
 *    ROLE<TAB>FILE:LINE:COLUMN<TAB>TEXT   lines of the record above:
 *                                   W warning, N note, F fix; TEXT keeps
 *                                   GCC's %< %> (quotes) and %%
 *   end
 *
 * ARG and PARAM count from 0.  COLUMN is GCC's display column (tabs to 8).
 */
#ifndef VMAPCHECK_LINKFACTS_H
#define VMAPCHECK_LINKFACTS_H

#include "report.h"
#include "summary.h"

#define LF_SECTION ".discard.vmapcheck"
/*
 * PK_EXT facts: what the callee returned (param LF_RET) or what that array
 * holds; param N >= 0: what it stores into the array of its argument N
 */
#define LF_RET (-1)
#define LF_MEM (-2)
/* (the ownership check) the mapping a VM_MAP_PUT_PAGES vmap() made */
#define LF_MAP (-3)
/* the pages other units keep in a struct field (the callee key is data:STRUCT.FIELD) */
#define LF_FIELD (-4)
#define LF_VERSION 1

/* -fplugin-arg-vmapcheck-no-link-facts: record nothing */
int lf_option(const char *plugin, const char *key, const char *value);
bool lf_enabled(void);

/*
 * The key of the callee of CALL if this unit cannot resolve it: a function
 * without a body here (not one of the kernel API's), or a call through a
 * field of a named struct; else NULL.  The text lives until the next call.
 */
const char *lf_callee_key(const gimple *call);
/*
 * The key of the callee of CALL if it is a function of this unit that
 * passes a parameter's array on to another unit (lf_forward(), so checked
 * before CALL's function: callees first), else NULL; lives until the next call.
 */
const char *lf_relay_key(const gimple *call);
/*
 * COLUMN (GCC's byte column of LINE of FILE) as GCC prints it: tabs to the
 * next multiple of 8, a UTF-8 sequence as one; the file is read once.
 */
int lf_display_column(const char *file, int line, int col);
/*
 * The name a developer wrote in KEY: the function, or the field (its last
 * part); for a static function's key the text lives until the next call.
 */
const char *lf_key_name(const char *key);
/*
 * data:STRUCT.FIELD for a field of a named struct that other units can
 * fill (not one the unit declares itself), else NULL; lives until the next call.
 */
const char *lf_data_key(tree field);

/* Can T be a page array: struct page **, struct folio ** or void ** (page_address()es)? */
bool lf_page_array_type(tree t);
/* Does NODE pass such an array to such a call? */
bool lf_passes_arrays(struct cgraph_node *node);

/* A finding of CALL's argument ARG if CALLEE_KEY hands it over: its LINES. */
void lf_call(const char *callee_key, int arg, const gimple *call,
	     const struct report_line *lines, int n);

/*
 * FNDECL passes the array of its parameter PARAM on to CALL, a call this
 * unit cannot resolve (CALLEE_KEY), as argument ARG: if that callee hands
 * it over, so does FNDECL (vmapcheck-link chains them).  Also for a static
 * FNDECL (its key names the unit): its callers here record their calls to
 * it (lf_relay_key()).
 */
void lf_forward(tree fndecl, int param, const char *callee_key, int arg, const gimple *call);

/* The integer constants CALL passes, as its callee's parameters see them: "P=V,..." */
void lf_call_consts(const gimple *call, char *buf, size_t len);

/*
 * A vmap() of this unit with VM_MAP_PUT_PAGES given what CALLEE_KEY
 * returned (WHICH: LF_RET the page, LF_MEM the pages of the array, N >= 0
 * what it stored into the array of its argument N), moved by SHIFT, the
 * call passing CONSTS (lf_call_consts(), or NULL): the finding's LINES,
 * whose warning and fix texts vmapcheck-link takes from the callee's
 * source record.
 */
void lf_ext(const char *callee_key, int which, int shift, const char *consts,
	    const struct report_line *lines, int n);
/*
 * What FNDECL returns (WHICH), moved by SHIFT, is a finding of SEVERITY:
 * LINES; if G (or NULL), on the paths where its conditions on FNDECL's
 * parameters hold, which a caller's constants can refute.
 */
void lf_source(tree fndecl, int which, int shift, int severity, const struct guard *g,
	       const struct report_line *lines, int n);
/* The same for what this unit keeps in the field of lf_data_key() KEY (WHICH LF_FIELD). */
void lf_source_key(const char *key, int which, int shift, int severity,
		   const struct guard *g, const struct report_line *lines, int n);

/*
 * At the end of the pass, with every summary known: the functions of the
 * unit that other units can reach and that hand a parameter over, and the
 * functions stored into struct fields.
 */
void lf_collect_unit(struct cgraph_node **order, int n);

/* Into the assembler output, at the end of the unit. */
void lf_write(void);

#endif /* VMAPCHECK_LINKFACTS_H */
