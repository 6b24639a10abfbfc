/* SPDX-License-Identifier: GPL-2.0 */
/*
 * kconst.h - the kernel constants vmapcheck depends on (layer 1), read
 * from the translation unit's own macros and enumerators.
 */
#ifndef VMAPCHECK_KCONST_H
#define VMAPCHECK_KCONST_H

#include "gcc-common.h"

enum kconst_id {
	KCONST_VM_MAP_PUT_PAGES,
	KCONST_GFP_COMP,
	KCONST_PAGE_SHIFT,
	KCONST_NR
};

struct kconst {
	const char *key;	/* plugin argument that overrides it */
	const char *macro;	/* macro in the kernel's headers */
	const char *enum_bit;	/* enumerator holding its bit number, or NULL */
	vc_uhwi fallback;
};

/* -fplugin-arg-vmapcheck-KEY=VALUE: 0 not ours, 1 taken, -1 error given */
int kconst_option(const char *plugin, const char *key, const char *value);
void kconst_note_enum(tree type);
vc_uhwi kconst_get(enum kconst_id id);
const char *kconst_describe(enum kconst_id id);

#endif /* VMAPCHECK_KCONST_H */
