/* SPDX-License-Identifier: GPL-2.0 */
/*
 * check.h - what a check is (layer 12).
 *
 * A check is one file, check_<name>.c, that defines one struct vc_check
 * and is listed once in vmapcheck.c's check list; -fplugin-arg-vmapcheck-
 * checks=LIST selects among them.  A check asks the engine (pageflow.h),
 * the sanitizers, the hand-over facts and the summaries, and tells its
 * findings through report.h with its own texts.
 */
#ifndef VMAPCHECK_CHECK_H
#define VMAPCHECK_CHECK_H

#include "gcc-common.h"

struct vc_check {
	const char *name;	/* for checks=LIST */
	const char *help;	/* one line for the plugin's help */
	/* its own -fplugin-arg-vmapcheck-KEY[=VALUE]: 0 not its, 1 taken, -1 error given */
	int (*option)(const char *plugin, const char *key, const char *value);
	/* does it look into NODE's body?  (after every summary is known) */
	bool (*wants)(struct cgraph_node *node);
	/* look at the function of pf (fnctx.h) */
	void (*run)(void);
	/* after every function was run: what other units need (or NULL) */
	void (*unit_end)(struct cgraph_node **order, int n);
};

extern const struct vc_check check_putpages;
extern const struct vc_check check_ownership;
extern const struct vc_check check_coverage;

#endif /* VMAPCHECK_CHECK_H */
