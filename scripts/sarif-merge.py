#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""sarif-merge.py OUT.sarif LOG_OR_DIR... - one SARIF 2.1.0 log for a build.

Joins the logs that -fplugin-arg-vmapcheck-sarif=DIR wrote, one per translation
unit (a directory: every *.sarif under it), into one run of vmapcheck, as
code-scanning uploads want it: the rules once, every result (ruleIndex kept:
every log lists the same rules in the same order), the same SRCROOT.  Logs of
another tool or another rule list are refused, naming the file.  Prints how
many logs and results it joined.
"""
import json
import os
import sys


def logs(paths):
    for p in paths:
        if os.path.isdir(p):
            for d, _, fs in sorted(os.walk(p)):
                for f in sorted(fs):
                    if f.endswith(".sarif"):
                        yield os.path.join(d, f)
        else:
            yield p


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    out, run, n, results = sys.argv[1], None, 0, []
    for path in logs(sys.argv[2:]):
        with open(path) as f:
            log = json.load(f)
        for r in log.get("runs", []):
            driver = r.get("tool", {}).get("driver", {})
            if driver.get("name") != "vmapcheck":
                print("sarif-merge: %s: not a vmapcheck log" % path, file=sys.stderr)
                return 1
            if run is None:
                run = {k: v for k, v in r.items() if k != "results"}
            elif driver.get("rules") != run["tool"]["driver"].get("rules") or \
                    r.get("originalUriBaseIds") != run.get("originalUriBaseIds"):
                print("sarif-merge: %s: other rules or another SRCROOT than the first log" % path,
                      file=sys.stderr)
                return 1
            results.extend(r.get("results", []))
        n += 1
    if run is None:
        print("sarif-merge: no log found", file=sys.stderr)
        return 1
    run["results"] = results
    merged = {"$schema": "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json",
              "version": "2.1.0", "runs": [run]}
    with open(out, "w") as f:
        json.dump(merged, f, indent=1)
    print("sarif-merge: %d logs, %d results -> %s" % (n, len(results), out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
