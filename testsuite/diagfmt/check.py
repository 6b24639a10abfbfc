#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Machine-readable diagnostics of vmapcheck on one GCC.

    check.py CC PLUGIN WORKDIR

Compiles finding.c against the unit tier's 6.12 mini header with the plugin
and checks what CI tools read:
  - GCC's JSON (-fdiagnostics-format=json, GCC 11 to 15; removed in 16):
    the warning at the vmap() line, the notes as its children at the
    allocation and derivation lines, and the fix note;
  - SARIF (-fdiagnostics-format=sarif-file, GCC 13 and later): version
    2.1.0, one result at level "warning" at the vmap() line whose related
    locations carry the notes;
  - GCC's text: the warning line ends with the stable tag
    [vmapcheck:tail-page] (also at the end of the JSON and SARIF messages);
  - -fplugin-arg-vmapcheck-help: exit 0, no diagnostic, and every kind of
    plugin/kinds.h listed;
  - vmapcheck's own SARIF (-fplugin-arg-vmapcheck-sarif=, every GCC): what a
    code-scanning upload needs (version, $schema, one rule per kind with its
    help, the result at the vmap() line with its rule, a code flow from the
    allocation, related locations, a URI relative to root, a
    fingerprint), on GCC 13+ the same place, words and notes as GCC's own
    SARIF of the finding, and scripts/sarif-merge.py joining two logs.
Prints one line per check, "PASS: ..." or "FAIL: ...", and exits non-zero
on any FAIL or if no check ran.
"""
import json
import os
import re
import shutil
import subprocess
import sys

import sarif_struct

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "finding.c")
INC = os.path.join(HERE, "..", "vmapcheck.dg", "include")
WARNING = "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page"
TAG = "[vmapcheck:tail-page]"
KINDS_H = os.path.join(HERE, "..", "..", "plugin", "kinds.h")
MERGE = os.path.join(HERE, "..", "..", "scripts", "sarif-merge.py")

results = []


def check(ok, what):
    results.append(ok)
    print("%s: %s" % ("PASS" if ok else "FAIL", what))


def marker_lines():
    lines = {}
    with open(SRC) as f:
        for n, text in enumerate(f, 1):
            m = re.search(r"/\* (ALLOC|DERIVE|VMAP) \*/", text)
            if m:
                lines[m.group(1)] = n
    return lines


def compile_with(cc, plugin, fmt, cwd):
    cmd = [cc, "-std=gnu11", "-O2", "-I" + INC, "-include", "k612.h",
           "-fplugin=" + plugin, "-fdiagnostics-format=" + fmt,
           "-c", SRC, "-o", os.path.join(cwd, "finding.o")]
    env = dict(os.environ, LC_ALL="C")
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)


def check_json(cc, plugin, cwd, lines):
    r = compile_with(cc, plugin, "json", cwd)
    text = r.stderr.strip()
    start = text.find("[")
    try:
        diags = json.loads(text[start:])
    except ValueError:
        check(False, "json: GCC's output parses (got %r)" % text[:200])
        return
    warns = [d for d in diags if d.get("kind") == "warning" and WARNING in d.get("message", "")]
    check(len(warns) == 1, "json: one vmapcheck warning (got %d)" % len(warns))
    if not warns:
        return
    w = warns[0]
    check(w["locations"][0]["caret"]["line"] == lines["VMAP"], "json: the warning is at the vmap() line")
    notes = [(c.get("kind"), c["locations"][0]["caret"]["line"] if c.get("locations") else None,
              c.get("message", "")) for c in w.get("children", [])]
    check(("note", lines["ALLOC"]) in [(k, l) for k, l, m in notes if "allocated here" in m],
          "json: note 'allocated here' at the allocation")
    check(("note", lines["DERIVE"]) in [(k, l) for k, l, m in notes if "derived here" in m],
          "json: note 'derived here' at the derivation")
    check(any("fix:" in m for k, l, m in notes), "json: the fix note")
    check(w.get("message", "").endswith(" " + TAG), "json: the message ends with " + TAG)


def check_sarif(cc, plugin, cwd, lines):
    for f in os.listdir(cwd):
        if f.endswith(".sarif"):
            os.unlink(os.path.join(cwd, f))
    compile_with(cc, plugin, "sarif-file", cwd)
    files = [f for f in os.listdir(cwd) if f.endswith(".sarif")]
    check(len(files) == 1, "sarif: GCC wrote one .sarif file (got %s)" % files)
    if len(files) != 1:
        return
    with open(os.path.join(cwd, files[0])) as f:
        log = json.load(f)
    check(log.get("version") == "2.1.0", "sarif: version 2.1.0")
    res = [r for run in log.get("runs", []) for r in run.get("results", [])
           if WARNING in r.get("message", {}).get("text", "")]
    check(len(res) == 1, "sarif: one result for the finding (got %d)" % len(res))
    if not res:
        return
    r = res[0]
    check(r.get("level") == "warning", "sarif: the result's level is warning")
    region = r["locations"][0]["physicalLocation"]["region"]
    check(region.get("startLine") == lines["VMAP"], "sarif: the result is at the vmap() line")
    rel = [(x["physicalLocation"]["region"].get("startLine"), x.get("message", {}).get("text", ""))
           for x in r.get("relatedLocations", [])]
    check(any(l == lines["ALLOC"] and "allocated here" in m for l, m in rel),
          "sarif: related location 'allocated here' at the allocation")
    check(any(l == lines["DERIVE"] and "derived here" in m for l, m in rel),
          "sarif: related location 'derived here' at the derivation")
    check(any("fix:" in m for l, m in rel), "sarif: the fix note as a related location")
    check(r["message"]["text"].endswith(" " + TAG), "sarif: the message ends with " + TAG)


def own_sarif(cc, plugin, cwd, src, out, extra=()):
    cmd = [cc, "-std=gnu11", "-O2", "-I" + INC, "-include", "k612.h", "-fplugin=" + plugin,
           "-fplugin-arg-vmapcheck-sarif=" + out, "-fplugin-arg-vmapcheck-root=" + HERE,
           "-c", src, "-o", os.path.join(cwd, "own.o")] + list(extra)
    return subprocess.run(cmd, cwd=cwd, env=dict(os.environ, LC_ALL="C"), capture_output=True,
                          text=True)


def check_own_sarif(cc, plugin, cwd, lines, major):
    out = os.path.join(cwd, "own.sarif")
    if os.path.exists(out):
        os.unlink(out)
    r = own_sarif(cc, plugin, cwd, SRC, out)
    check(r.returncode == 0 and os.path.exists(out), "own sarif: written (exit %d)" % r.returncode)
    if not os.path.exists(out):
        return
    with open(out) as f:
        log = json.load(f)
    # what an upload needs (sarif_struct.py), then this finding's own facts
    for ok, what in sarif_struct.validate(log, HERE):
        check(ok, "own sarif: " + what)
    run = log["runs"][0]
    res = run["results"]
    check(len(res) == 1, "own sarif: one result (got %d)" % len(res))
    if len(res) != 1:
        return
    r0 = res[0]
    check(r0["ruleId"] == "tail-page", "own sarif: the result is rule tail-page")
    pl = r0["locations"][0]["physicalLocation"]
    check(pl["artifactLocation"] == {"uri": "finding.c", "uriBaseId": "SRCROOT"},
          "own sarif: the artifact URI relative to root (SRCROOT)")
    check(pl["region"]["startLine"] == lines["VMAP"], "own sarif: the result at the vmap() line")
    flow = [x["location"]["physicalLocation"]["region"]["startLine"]
            for x in r0["codeFlows"][0]["threadFlows"][0]["locations"]]
    check(flow[:1] == [lines["ALLOC"]] and lines["DERIVE"] in flow,
          "own sarif: the code flow starts at the allocation and passes the derivation %s" % flow)
    rel = [(x["physicalLocation"]["region"]["startLine"], x["message"]["text"])
           for x in r0["relatedLocations"]]
    check(any(l == lines["ALLOC"] and "allocated here" in m for l, m in rel) and
          any("fix:" in m for l, m in rel), "own sarif: the notes as related locations")
    check(r0.get("partialFingerprints", {}).get("vmapcheckKey/v1", "").startswith("tail-page\t"),
          "own sarif: the baseline key as a fingerprint")
    check(r0["message"]["text"].endswith(" " + TAG) and "%<" not in r0["message"]["text"],
          "own sarif: the message as GCC says it, with its tag")
    if major >= 13:
        gcc_log = sarif_log(cc, plugin, cwd)
        g = [x for run in (gcc_log or {}).get("runs", []) for x in run.get("results", [])
             if WARNING in x.get("message", {}).get("text", "")]
        if g:
            greg = g[0]["locations"][0]["physicalLocation"]["region"]
            norm = lambda t: re.sub("[\u2018\u2019`']", "'", t)
            check(greg.get("startLine") == pl["region"]["startLine"] and
                  greg.get("startColumn") == pl["region"].get("startColumn"),
                  "own sarif: the same line and column as GCC's (%s:%s)"
                  % (greg.get("startLine"), greg.get("startColumn")))
            check(norm(g[0]["message"]["text"]) == norm(r0["message"]["text"]),
                  "own sarif: the same words as GCC's")
            check(len(g[0].get("relatedLocations", [])) == len(r0["relatedLocations"]),
                  "own sarif: as many related locations as GCC's (%d)" % len(r0["relatedLocations"]))
        else:
            check(False, "own sarif: GCC's own SARIF of the finding to compare with")
    # one log per unit in a directory, joined by sarif-merge.py
    d = os.path.join(cwd, "logs")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    own_sarif(cc, plugin, cwd, SRC, d)
    own_sarif(cc, plugin, cwd, os.path.join(HERE, "..", "baseline", "two.c"), d)
    merged = os.path.join(cwd, "merged.sarif")
    m = subprocess.run([sys.executable, MERGE, merged, d], capture_output=True, text=True)
    ok = m.returncode == 0 and os.path.exists(merged)
    if ok:
        with open(merged) as f:
            mlog = json.load(f)
        ok = len(os.listdir(d)) == 2 and len(mlog["runs"]) == 1 and \
            len(mlog["runs"][0]["results"]) == 3
    check(ok, "sarif-merge: two units' logs (1 + 2 findings) in one run of 3 results (%s)"
          % (m.stdout.strip() or m.stderr.strip()))


def sarif_log(cc, plugin, cwd):
    for f in os.listdir(cwd):
        if f.endswith(".sarif") and f != "own.sarif":
            os.unlink(os.path.join(cwd, f))
    compile_with(cc, plugin, "sarif-file", cwd)
    files = [f for f in os.listdir(cwd) if f.endswith(".sarif") and f != "own.sarif"]
    if len(files) != 1:
        return None
    with open(os.path.join(cwd, files[0])) as f:
        return json.load(f)


def check_text(cc, plugin, cwd, lines):
    r = compile_with(cc, plugin, "text", cwd)
    warns = [l for l in r.stderr.splitlines() if ": warning: vmapcheck:" in l]
    check(len(warns) == 1, "text: one vmapcheck warning (got %d)" % len(warns))
    check(bool(warns) and re.search(r":%d:\d+: warning: " % lines["VMAP"], warns[0]) is not None
          and warns[0].endswith(" " + TAG), "text: the warning line at the vmap() line ends with " + TAG)


def check_help(cc, plugin, cwd):
    r = subprocess.run([cc, "-fplugin=" + plugin, "-fplugin-arg-vmapcheck-help", "-x", "c",
                        "-c", os.devnull, "-o", os.path.join(cwd, "help.o")],
                       cwd=cwd, env=dict(os.environ, LC_ALL="C"), capture_output=True, text=True)
    check(r.returncode == 0 and not r.stderr.strip(),
          "help: exit 0 and no diagnostic (exit %d, stderr %r)" % (r.returncode, r.stderr[:200]))
    with open(KINDS_H) as f:
        kinds = re.findall(r'^#define KIND_\w+\s+"([^"]+)"', f.read(), re.M)
    listed = set(l.split()[0] for l in r.stdout.splitlines() if l.startswith("  ") and l.split())
    missing = [k for k in kinds if k not in listed]
    check(len(kinds) >= 10 and not missing, "help: lists the %d kinds of kinds.h (missing %s)"
          % (len(kinds), missing))
    check("level=definite|possible" in r.stdout, "help: lists the options")


def main():
    if len(sys.argv) != 4:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    cc, plugin, cwd = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
    os.makedirs(cwd, exist_ok=True)
    major = int(subprocess.run([cc, "-dumpversion"], capture_output=True, text=True)
                .stdout.split(".")[0])
    lines = marker_lines()
    if major <= 15:
        check_json(cc, plugin, cwd, lines)
    if major >= 13:
        check_sarif(cc, plugin, cwd, lines)
    check_text(cc, plugin, cwd, lines)
    check_help(cc, plugin, cwd)
    check_own_sarif(cc, plugin, cwd, lines, major)
    print("%d passed, %d failed" % (results.count(True), results.count(False)))
    return 0 if results and all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
