/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pageflow.h - the data-flow engine (layer 8): where the page pointers
 * of a value or of memory come from, as facts, in the function of pf.
 */
#ifndef VMAPCHECK_PAGEFLOW_H
#define VMAPCHECK_PAGEFLOW_H

#include "fnctx.h"

/* The facts about value T (an SSA name or an address). */
const struct factset *pf_eval(tree t, int depth);
/* What memory R holds when AT runs (NULL: anywhere), without SKIP's write. */
const struct factset *pf_eval_mem(const struct root *r, gimple *at, gimple *skip, int depth);
/*
 * What memory R holds once CALL has run its own writes into it (what it
 * fills before handing the array on): pf_eval_mem() at CALL, plus them.
 */
const struct factset *pf_eval_mem_through(const struct root *r, gimple *call, int depth);
/* What one write puts into memory. */
const struct factset *pf_store_facts(const struct store_rec *rec, int depth);
/* The constants the call behind a PK_EXT fact passed ("P=V,...", maybe ""). */
const char *pf_ext_consts(const struct fact *f);
/* A callee's facts (symbolic in its parameters) as facts of this function at CALL. */
const struct factset *pf_import(const struct factset *in, gimple *call,
				enum step_kind kind, int depth);
/*
 * Does the engine read what CALL returns or writes from this unit alone: an
 * API of the table (kapi.c), a function this unit summarized, or a built-in
 * or internal function (which makes no page)?  Else only other units' facts
 * (vmapcheck-link) can tell.
 */
bool pf_call_known(const gimple *call);
/* How an integer moves a page it is added to. */
enum shift pf_shift_of(tree t);

/* facts_shifted() at a statement: the note's location is STMT's */
static inline struct factset *pf_shifted(const struct factset *in, enum shift sh,
					 const gimple *stmt, enum step_kind kind,
					 const char *callee, const char *what, bool note)
{
	return facts_shifted(in, sh, note ? fnctx_stmt_loc(stmt) : UNKNOWN_LOCATION, kind,
			     callee, what, note);
}

#endif /* VMAPCHECK_PAGEFLOW_H */
