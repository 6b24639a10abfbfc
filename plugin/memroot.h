/* SPDX-License-Identifier: GPL-2.0 */
/*
 * memroot.h - which memory a pointer points into, and the writes into
 * memory of the function being analysed (layer 7).  The types are in
 * fnctx.h.
 */
#ifndef VMAPCHECK_MEMROOT_H
#define VMAPCHECK_MEMROOT_H

#include "fnctx.h"

bool pf_root_eq(const struct root *a, const struct root *b);
bool pf_root_covers(const struct root *r, const struct root *part);
bool pf_is_global(tree decl);
tree pf_slot_key(tree ref);
void pf_root_of_ptr(tree ptr, struct root *r, int depth);
void pf_root_of_ref(tree ref, struct root *r, int depth);
void pf_build_stores(void);
/* The calls of the function, in statement order (built once). */
VC_VEC(gimple *) *pf_calls(void);

#endif /* VMAPCHECK_MEMROOT_H */
