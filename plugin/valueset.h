/* SPDX-License-Identifier: GPL-2.0 */
/*
 * valueset.h - what an integer (order, gfp mask, vmap flags) can be,
 * path by path (layer 2).
 */
#ifndef VMAPCHECK_VALUESET_H
#define VMAPCHECK_VALUESET_H

#include "gcc-common.h"

#define VSET_MAX 8

/* One possible value: the bits in mask are known to equal those in val. */
struct vbits {
	vc_uhwi mask, val;
	location_t loc;		/* where a constant entered, for notes */
};

/* The values an integer may take, one per path (unknown paths included). */
struct vset {
	int n;
	struct vbits v[VSET_MAX];
};

/* The per-function cache: begun and ended with the function context. */
void vset_begin(unsigned int nssa);
void vset_end(void);

/* What the unit stores into integer struct fields: read once, freed here. */
void vset_pass_end(void);

void vset_eval(tree t, struct vset *out);
bool vset_some_bit_set(const struct vset *s, vc_uhwi bit, location_t *where);
bool vset_max_const(const struct vset *s, HOST_WIDE_INT *max);
bool vset_provably_zero(const struct vset *s);
/* Is some alternative not a known constant? */
bool vset_has_unknown(const struct vset *s);
int vset_bit_state(const struct vset *s, vc_uhwi bit);

#endif /* VMAPCHECK_VALUESET_H */
