/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pathcond.h - which conditions held on the paths to a block, an edge, a
 * flag or a call (layer 5b), as guards (facts.h).
 *
 * One condition often selects both the pages and the vmap() flags:
 * compound pages mapped without VM_MAP_PUT_PAGES on one branch, order-0
 * pages with it on the other.  A fact carries what held on the paths that
 * brought it; a flag what held where it was set; a fact whose guard
 * conflicts with the flag's never meets the flag on a path.
 *
 * An atom is only said of a value that has one value per call: a
 * parameter, or a local computed outside every loop.  Pointers are left
 * out (their tests are NULL checks).  Anything else: no atom, which is
 * always safe.
 */
#ifndef VMAPCHECK_PATHCOND_H
#define VMAPCHECK_PATHCOND_H

#include "summary.h"

/* Per function, begun and ended with the function context. */
void pathcond_begin(function *fun);
void pathcond_end(void);

/* What held on every path from the entry to BB, to E's destination over E. */
const struct guard *pc_block(basic_block bb);
void pc_edge(edge e, struct guard *out);
/* When T has BIT set, OUT held; false: T never has it. */
bool pc_flag(tree t, vc_uhwi bit, struct guard *out);
/*
 * Is BIT set in T only where a test of a value read from a struct field
 * chose it (b->owned ? VM_MAP_PUT_PAGES : 0)?  Then which object came
 * decides it, and objects are not paths.
 */
bool pc_flag_per_object(tree t, vc_uhwi bit);
/*
 * G, a callee's guard about its parameters, at CALL: the caller's
 * arguments put in, and what held to reach CALL.  False: it cannot hold.
 */
bool pc_at_call(const struct guard *g, gimple *call, struct guard *out);
/* F's guard also holds what held to reach STMT; false: F cannot get there. */
bool pc_and_stmt(struct guard *g, const gimple *stmt);

/* Is A on a cycle of the CFG that B is on too (a loop both are in)? */
bool pc_same_cycle(basic_block a, basic_block b);

#endif /* VMAPCHECK_PATHCOND_H */
