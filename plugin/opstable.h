/* SPDX-License-Identifier: GPL-2.0 */
/*
 * opstable.h - which ops tables each function is stored in, and which function
 * a call through a field of the unit's own struct reaches (layer 1).
 *
 * static const struct buf_ops sys_ops = { .alloc = sys_alloc, .map =
 * sys_map }: the functions of one table instance work on the objects that
 * instance serves, and those of another instance of the same struct type
 * (folio_ops) on others.  A tag is a set of instances (a bit each); 0 is
 * "not in any table we could number", which is compatible with everything.
 */
#ifndef VMAPCHECK_OPSTABLE_H
#define VMAPCHECK_OPSTABLE_H

#include "gcc-common.h"

/* The static initializers of this unit, read on the first ops_tag() of a pass. */
void ops_free(void);
unsigned int ops_tag(tree fndecl);
/*
 * Can a function of tag A see what one of tag B stored?  Not when both sit
 * in instances of one struct type and share none of them.
 */
bool ops_compatible(unsigned int a, unsigned int b);

/* Is FIELD one of a struct declared in the main file, which other units cannot fill? */
bool ops_own_field(tree field);

/*
 * Every store of the unit into a function pointer field of a struct, by
 * static initializers and by assignments: FN(FIELD, VALUE, DATA), VALUE as
 * stored (a function's address is an ADDR_EXPR of its FUNCTION_DECL).  The
 * unit is walked once per pass, on the first call.
 */
typedef void ops_store_fn(tree field, tree value, void *data);
void ops_walk_field_stores(ops_store_fn *fn, void *data);

/*
 * A call through a field of a struct this unit declares itself (so no other
 * unit stores into it) into which the unit stores exactly one function, by
 * initializers or assignments: that function; else NULL.
 */
tree ops_call_target(const gimple *call);

#endif /* VMAPCHECK_OPSTABLE_H */
