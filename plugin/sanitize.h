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

enum split_state {
	SPLIT_NO,
	SPLIT_MAYBE,	/* handed to a function this unit cannot see first */
	SPLIT_YES,	/* split_page()d, here or in a callee */
};

/* What became of allocation ORIGIN before AT (anywhere if AT is NULL)? */
enum split_state pf_split_before(unsigned int origin, gimple *at);
/* Did a split before AT (anywhere if AT is NULL) make F's allocation order-0? */
enum split_state split_state_of(const struct fact *f, gimple *at);
/* F into OUT unless split before AT; marked if it may have been. */
void keep_unsplit(const struct fact *f, gimple *at, struct factset *out);
/* IN without symbolic facts and without split allocations. */
void pf_keep_bad(const struct factset *in, gimple *at, struct factset *out);
/* IN without split allocations, symbolic facts kept: what a caller needs. */
void keep_for_caller(const struct factset *in, gimple *at, struct factset *out);
/* Which of our parameters CALL splits: split_page(p) or split_helper(p). */
unsigned int split_params(gimple *call);

#endif /* VMAPCHECK_SANITIZE_H */
