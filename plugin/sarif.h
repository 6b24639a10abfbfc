/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sarif.h - the findings of a translation unit as SARIF 2.1.0 (layer 5,
 * beside linkfacts, whose display columns it uses), on every GCC:
 * -fplugin-arg-vmapcheck-sarif=FILE (or a directory: one FILE per unit,
 * named after its source), artifact URIs relative to the root of
 * -fplugin-arg-vmapcheck-root=DIR (report_path(); default: the compiler's
 * working directory).  scripts/sarif-merge.py joins the files
 * of a build into one log.
 */
#ifndef VMAPCHECK_SARIF_H
#define VMAPCHECK_SARIF_H

/* -fplugin-arg-vmapcheck-sarif=...: 0 if not ours, 1 taken, -1 error given */
int sarif_option(const char *plugin, const char *key, const char *value);
/* At the end of the unit: write the log, if asked. */
void sarif_write(void);

#endif /* VMAPCHECK_SARIF_H */
