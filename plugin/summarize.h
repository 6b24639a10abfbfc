/* SPDX-License-Identifier: GPL-2.0 */
/*
 * summarize.h - computing the summaries of a translation unit's functions
 * (layer 11): callees first, to a fixed point on recursion.
 */
#ifndef VMAPCHECK_SUMMARIZE_H
#define VMAPCHECK_SUMMARIZE_H

#include "gcc-common.h"

void summarize_all(struct cgraph_node **order, int n);

#endif /* VMAPCHECK_SUMMARIZE_H */
