/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sanitize.h - what split_page() makes safe (layer 9, on the engine).
 *
 * split_page() of an order>0 allocation without __GFP_COMP makes each of
 * its pages an independent order-0 page; a call of a helper whose summary
 * splits a parameter does the same.  A compound allocation stays bad.
 */
#ifndef VMAPCHECK_SANITIZE_H
#define VMAPCHECK_SANITIZE_H

#include "pageflow.h"

/* Was ORIGIN passed to split_page() (here or in a callee) before AT? */
bool pf_split_before(unsigned int origin, gimple *at);
/* Did a split before AT (anywhere if AT is NULL) make F's allocation order-0? */
bool split_away(const struct fact *f, gimple *at);
/* IN without symbolic facts and without split allocations. */
void pf_keep_bad(const struct factset *in, gimple *at, struct factset *out);
/* IN without split allocations, symbolic facts kept: what a caller needs. */
void keep_for_caller(const struct factset *in, gimple *at, struct factset *out);
/* Which of our parameters CALL splits: split_page(p) or split_helper(p). */
unsigned int split_params(gimple *call);

#endif /* VMAPCHECK_SANITIZE_H */
