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
    plugin/kinds.h listed.
Prints one line per check, "PASS: ..." or "FAIL: ...", and exits non-zero
on any FAIL or if no check ran.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "finding.c")
INC = os.path.join(HERE, "..", "vmapcheck.dg", "include")
WARNING = "vmapcheck: 'vmap' with 'VM_MAP_PUT_PAGES' is given a tail page of an order-2 compound page"
TAG = "[vmapcheck:tail-page]"
KINDS_H = os.path.join(HERE, "..", "..", "plugin", "kinds.h")

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
    print("%d passed, %d failed" % (results.count(True), results.count(False)))
    return 0 if results and all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
