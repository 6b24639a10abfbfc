#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""What a code-scanning upload needs of a vmapcheck SARIF log.

    sarif_struct.py LOG ROOT [MIN_RESULTS]

Checks the log vmapcheck wrote (-fplugin-arg-vmapcheck-sarif=) for:
SARIF 2.1.0 and its $schema; one run whose driver is vmapcheck with one
rule per kind of plugin/kinds.h, each with its help text; at least
MIN_RESULTS results (default 1), each with a ruleId that is the id of the
rule at its ruleIndex, level "warning", a message ending with its tag
[vmapcheck:KIND], a location with an artifact URI relative to SRCROOT and a
start line and column, a code flow of one thread flow whose locations are
in the log's artifacts, related locations with messages, and the baseline
key as the fingerprint vmapcheckKey/v1 (starting with its kind); and
SRCROOT as the file:// URI of ROOT.  Prints one "PASS: ..." or "FAIL: ..."
line per check; exits non-zero on any FAIL.  check.py uses validate().
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS_H = os.path.join(HERE, "..", "..", "plugin", "kinds.h")


def kinds():
    with open(KINDS_H) as f:
        return re.findall(r'^#define KIND_\w+\s+"([^"]+)"', f.read(), re.M)


def _physical(loc):
    pl = loc.get("physicalLocation", {})
    art = pl.get("artifactLocation", {})
    reg = pl.get("region", {})
    return art, reg


def validate(log, root, min_results=1):
    """[(ok, what)] for LOG (parsed JSON) against what an upload needs."""
    out = []

    def check(ok, what):
        out.append((bool(ok), what))

    check(log.get("version") == "2.1.0" and "sarif-schema-2.1.0" in log.get("$schema", ""),
          "version 2.1.0 and its schema")
    runs = log.get("runs", [])
    check(len(runs) == 1, "one run (got %d)" % len(runs))
    if not runs:
        return out
    run = runs[0]
    driver = run.get("tool", {}).get("driver", {})
    rules = driver.get("rules", [])
    check(driver.get("name") == "vmapcheck", "the tool is vmapcheck")
    check(sorted(r.get("id") for r in rules) == sorted(kinds()) and
          all(r.get("shortDescription", {}).get("text") for r in rules),
          "one rule per kind of kinds.h, each with its help")
    base = run.get("originalUriBaseIds", {}).get("SRCROOT", {}).get("uri")
    check(base == "file://" + os.path.realpath(root) + "/",
          "SRCROOT is the root (%s)" % base)
    res = run.get("results", [])
    check(len(res) >= min_results, "at least %d result(s) (got %d)" % (min_results, len(res)))
    for i, r in enumerate(res):
        what = "result %d (%s)" % (i, r.get("ruleId"))
        idx = r.get("ruleIndex", -1)
        check(0 <= idx < len(rules) and rules[idx].get("id") == r.get("ruleId") and
              r.get("level") == "warning", what + ": its rule at ruleIndex, level warning")
        check(r.get("message", {}).get("text", "").endswith("[vmapcheck:%s]" % r.get("ruleId")),
              what + ": the message ends with its tag")
        locs = r.get("locations", [])
        art, reg = _physical(locs[0]) if locs else ({}, {})
        check(art.get("uriBaseId") == "SRCROOT" and art.get("uri") and
              not art["uri"].startswith("/") and reg.get("startLine", 0) > 0 and
              reg.get("startColumn", 0) > 0,
              what + ": at %s:%s:%s relative to SRCROOT" % (art.get("uri"), reg.get("startLine"),
                                                            reg.get("startColumn")))
        flows = r.get("codeFlows", [])
        steps = [x.get("location", {}) for f in flows for t in f.get("threadFlows", [])
                 for x in t.get("locations", [])]
        check(len(flows) == 1 and steps and
              all(_physical(s)[1].get("startLine", 0) > 0 and s.get("message", {}).get("text")
                  for s in steps), what + ": a code flow of %d steps" % len(steps))
        rel = r.get("relatedLocations", [])
        check(rel and all(_physical(x)[1].get("startLine", 0) > 0 and
                          x.get("message", {}).get("text") for x in rel),
              what + ": %d related locations with messages" % len(rel))
        check(r.get("partialFingerprints", {}).get("vmapcheckKey/v1", "")
              .startswith(r.get("ruleId", "?") + "\t"), what + ": the baseline key as fingerprint")
    return out


def main():
    if len(sys.argv) not in (3, 4):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    try:
        with open(sys.argv[1]) as f:
            log = json.load(f)
    except (OSError, ValueError) as e:
        print("FAIL: %s is a JSON file (%s)" % (sys.argv[1], e))
        return 1
    results = validate(log, sys.argv[2], int(sys.argv[3]) if len(sys.argv) == 4 else 1)
    for ok, what in results:
        print("%s: %s" % ("PASS" if ok else "FAIL", what))
    return 0 if results and all(ok for ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
