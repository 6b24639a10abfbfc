#!/usr/bin/env python3
"""bench/bench.py -- cost of vmapcheck.  Called by bench/run.sh, which sets the environment.

  real   the N largest in-config .c of mm/ and drivers/gpu/drm/ of the prepared 6.12 tree,
         each compiled with its recorded kbuild command (realkernel/kbuild-cmd.sh: no
         -Wp,-MMD, no previous KCFLAGS, no -Werror), without (A) and with (B) the plugin,
         A/B interleaved (the order alternates), RUNS runs; /usr/bin/time gives wall,
         user+sys and peak RSS.  Prints per-file medians and the median of the per-file
         ratios B/A, and the ratio of the summed medians.
  gen    generated worst cases (bench/gen.py) at sizes N and 2N, same A/B scheme.
  cocci  spatch with bench/vmap_put_pages.cocci over the same real files, and over the
         seeded mutants of realkernel/, beside the plugin's time.
  icount instructions executed by cc1 (valgrind --tool=cachegrind) for the ICOUNT_FILES
         largest of the same files, without the plugin, with it, and with it but without the
         facts for vmapcheck-link (-fplugin-arg-vmapcheck-no-link-facts): ratios free of the
         timing noise of a shared machine (about 4 min per file).
  link   the same real files compiled once without and once with the plugin (user+sys,
         object sizes, the bytes of .discard.vmapcheck), then vmapcheck-link over the objects
         with the plugin (time, peak RSS): what the facts add per TU (median, largest) and the
         link step's time against the plain compiles of the same files.
  kbuild the whole build of the prepared 6.12 config (make's default target: vmlinux, bzImage,
         modules) from scratch, once without and once with the plugin, each in its own O= dir
         beside BLD (bench-kbuild-plain, bench-kbuild-plugin; about 25 min each on 2 cores):
         the builds' user+sys (every process make waited for) and their ratio, the facts per
         object (median, largest, total), the objects' growth, and vmapcheck-link over the
         plugin build (time, peak RSS) as a share of the build's CPU time.

real and icount first build, with kbuild in the O= dir, the objects they measure that have no .cmd
file yet (a fresh machine: check-kernel.sh --prepare-only compiles nothing). A file that still
cannot be measured is named in one line and left out; the exit status is then 1.
"""
import os, subprocess, sys, statistics, tempfile, time, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SO = os.environ["VMAPCHECK_SO"]
SRC, BLD = os.environ.get("SRC", ""), os.environ.get("BLD", "")    # unset for "gen" alone
RUNS = int(os.environ.get("RUNS", "3"))
NFILES = int(os.environ.get("NFILES", "30"))
PLUG = f"-fplugin={SO} -fplugin-arg-vmapcheck-no-werror"
NOFACTS = "-fplugin-arg-vmapcheck-no-link-facts"
LINK = os.environ.get("VMAPCHECK_LINK", "")
TMP = tempfile.mkdtemp(prefix="vmapcheck-bench.")
TIME = "/usr/bin/time"


def timed(cmd, cwd):
    """run a shell command; return (wall, cpu, maxrss_kb, rc, stderr)."""
    tf = os.path.join(TMP, "time.txt")
    p = subprocess.run([TIME, "-f", "%e %U %S %M", "-o", tf, "sh", "-c", cmd], cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    e, u, s, m = open(tf).read().split()[-4:]
    return float(e), float(u) + float(s), int(m), p.returncode, p.stderr


def med(xs):
    return statistics.median(xs)


def rat(x, y, w=6, d=3):
    """x/y formatted, "n/a" when y is 0 (a tiny GEN_SCALE can time 0.00 s)."""
    return f"{x / y:{w}.{d}f}" if y > 0 else f"{'n/a':>{w}}"


def ab(items, runs, label):
    """items: list of (name, cmd_without, cmd_with, cwd). Returns {name: {A:[...], B:[...]}}."""
    res = {n: {"A": [], "B": [], "warn": 0, "err": ""} for n, *_ in items}
    for r in range(runs):
        for i, (n, ca, cb, cwd) in enumerate(items):
            order = [("A", ca), ("B", cb)] if (r + i) % 2 == 0 else [("B", cb), ("A", ca)]
            for v, c in order:
                w, cpu, rss, rc, err = timed(c, cwd)
                if rc != 0:
                    res[n]["err"] = err[-400:]
                res[n][v].append((w, cpu, rss))
                if v == "B":
                    res[n]["warn"] = err.count("warning: vmapcheck")
        print(f"  {label}: run {r + 1}/{runs} done", file=sys.stderr, flush=True)
    return res


def summarize(res, title):
    print(f"\n{title}")
    print(f"{'file':52} {'wall A':>7} {'wall B':>7} {'cpu A':>7} {'cpu B':>7} {'rss A MB':>8} {'rss B MB':>8} {'cpu B/A':>7}")
    rw, rc, rm = [], [], []
    tot = {"A": [0, 0, 0], "B": [0, 0, 0]}
    for n, d in res.items():
        m = {v: [med([x[k] for x in d[v]]) for k in range(3)] for v in "AB"}
        for v in "AB":
            for k in range(3):
                tot[v][k] += m[v][k]
        rw.append(m["B"][0] / m["A"][0]); rc.append(m["B"][1] / m["A"][1]); rm.append(m["B"][2] / m["A"][2])
        flag = " ERROR" if d["err"] else (f" {d['warn']} warning(s)" if d["warn"] else "")
        print(f"{n:52} {m['A'][0]:7.2f} {m['B'][0]:7.2f} {m['A'][1]:7.2f} {m['B'][1]:7.2f} "
              f"{m['A'][2]/1024:8.1f} {m['B'][2]/1024:8.1f} {rc[-1]:7.3f}{flag}")
    print(f"median of per-file ratios (with/without): wall {med(rw):.3f}  cpu {med(rc):.3f}  peak RSS {med(rm):.3f}")
    print(f"ratio of summed medians:                  wall {tot['B'][0]/tot['A'][0]:.3f}  cpu {tot['B'][1]/tot['A'][1]:.3f}  "
          f"(sum wall {tot['A'][0]:.1f} s -> {tot['B'][0]:.1f} s, cpu {tot['A'][1]:.1f} s -> {tot['B'][1]:.1f} s)")
    errs = [n for n, d in res.items() if d["err"]]
    for n in errs:
        print(f"ERROR compiling {n}: {res[n]['err']}")
    return tot


def real_files():
    objs = [l.strip() for l in open(os.path.join(BLD, ".vmapcheck-objs"))]
    cand = []
    for o in objs:
        if not (o.startswith("mm/") or o.startswith("drivers/gpu/drm/")):
            continue
        c = os.path.join(SRC, o[:-2] + ".c")
        if os.path.exists(c):
            cand.append((os.path.getsize(c), o))
    cand.sort(reverse=True)
    return [o for _, o in cand[:NFILES]]


JOBS = os.environ.get("JOBS", "2")


def cmd_file(o):
    return os.path.join(BLD, os.path.dirname(o), "." + os.path.basename(o) + ".cmd")


def measurable(files, mode):
    """Build, in the O= dir, the objects of files that kbuild never built there (a fresh machine:
    check-kernel.sh --prepare-only compiles nothing), so that their .cmd files exist; one make -k.
    Return the files with a kbuild command; each one that still has none is named in one line."""
    missing = [o for o in files if not os.path.exists(cmd_file(o))]
    if missing:
        log = os.path.join(BLD, ".vmapcheck-bench-build.log")
        print(f"bench {mode}: building {len(missing)} object(s) once with kbuild for their commands "
              f"(make -j{JOBS} in {BLD}, log {log})", file=sys.stderr, flush=True)
        t = time.time()
        with open(log, "w") as lf:
            subprocess.run(["make", "-s", "-k", "-C", SRC, f"O={BLD}", "ARCH=x86_64", f"-j{JOBS}"] + missing,
                           stdout=lf, stderr=subprocess.STDOUT, check=False)
        print(f"bench {mode}: built in {time.time() - t:.0f} s", file=sys.stderr, flush=True)
    ok = []
    for o in files:
        if not os.path.exists(cmd_file(o)):
            why = f"kbuild did not build {o} (see {os.path.join(BLD, '.vmapcheck-bench-build.log')})"
        elif kbuild_cmd(o) is None:
            why = _why[o]
        else:
            ok.append(o); continue
        print(f"bench {mode}: cannot measure {o[:-2]}.c: {why}; left out", flush=True)
        LEFT_OUT.append(f"{mode} {o[:-2]}.c")
    return ok


_cmds, _why = {}, {}
LEFT_OUT = []      # "mode file" that could not be measured: the exit status is 1


def kbuild_cmd(o):
    """the reusable kbuild command of o (realkernel/kbuild-cmd.sh, which builds o if it has no
    .cmd file yet), or None, with the reason in _why[o]."""
    if o not in _cmds:
        p = subprocess.run([os.path.join(ROOT, "realkernel", "kbuild-cmd.sh"), BLD, o],
                           capture_output=True, text=True)
        _cmds[o] = p.stdout.strip() if p.returncode == 0 and p.stdout.strip() else None
        _why[o] = (p.stderr.strip().splitlines() or [f"kbuild-cmd.sh exit {p.returncode}"])[-1]
    return _cmds[o]


def real(files):
    files = measurable(files, "real")
    items = []
    for o in files:
        c = kbuild_cmd(o)
        src = os.path.join(SRC, o[:-2] + ".c")
        out = os.path.join(TMP, "x.o")
        items.append((o[:-2] + ".c", f"{c} -o {out} {src}", f"{c} {PLUG} -o {out} {src}", BLD))
    if not items:
        print("\n(real: no file could be measured)"); return
    print(f"bench real: {len(items)} TUs, {RUNS} interleaved A/B runs (A = without, B = with the plugin)", file=sys.stderr)
    res = ab(items, RUNS, "real")
    summarize(res, f"== real kernel TUs: the {len(items)} largest in-config .c of mm/ and drivers/gpu/drm/ (6.12), medians of {RUNS} runs ==")


def gen():
    cases = [("bigfn", 50000), ("manyfn", 10000), ("chain", 1000), ("manyvmap", 250),
             ("branchy", 5000)]
    cases = [(k, int(n * float(os.environ.get("GEN_SCALE", "1")))) for k, n in cases]
    items = []
    for k, n in cases:
        for m in (n, 2 * n):
            f = os.path.join(TMP, f"{k}-{m}.c")
            subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), k, str(m), f], check=True)
            out = os.path.join(TMP, "g.o")
            base = f"gcc -O2 -c {f} -o {out}"
            items.append((f"{k} N={m}", base, f"{base} {PLUG}", TMP))
    print(f"bench gen: {len(items)} cases, {RUNS} interleaved A/B runs", file=sys.stderr)
    res = ab(items, RUNS, "gen")
    print(f"\n== generated worst cases, medians of {RUNS} runs (A = without, B = with the plugin) ==")
    print(f"{'case':22} {'cpu A':>8} {'cpu B':>8} {'B/A':>6} {'plugin s':>9} {'rss A MB':>8} {'rss B MB':>8} {'warnings':>8}")
    rows = {}
    for n, d in res.items():
        a = [med([x[k] for x in d["A"]]) for k in range(3)]
        b = [med([x[k] for x in d["B"]]) for k in range(3)]
        rows[n] = (a, b)
        print(f"{n:22} {a[1]:8.2f} {b[1]:8.2f} {rat(b[1], a[1])} {b[1]-a[1]:9.2f} {a[2]/1024:8.1f} {b[2]/1024:8.1f} {d['warn']:8}"
              + (" ERROR" if d["err"] else ""))
    print("growth from N to 2N (linear = 2.0): compile cpu with plugin / plugin's own extra cpu")
    for k, n in cases:
        a1, b1 = rows[f"{k} N={n}"]; a2, b2 = rows[f"{k} N={2*n}"]
        x1, x2 = b1[1] - a1[1], b2[1] - a2[1]
        extra = f"{x2/x1:.2f}" if x1 > 0.05 else "n/a (extra < 0.05 s)"
        print(f"  {k:10} with plugin x{rat(b2[1], b1[1], 0, 2)}   without x{rat(a2[1], a1[1], 0, 2)}   plugin extra x{extra}")


def cocci(files):
    sp = shutil.which("spatch")
    if not sp:
        print("\n(cocci: spatch not installed; apt-get install coccinelle)"); return
    cf = os.path.join(HERE, "vmap_put_pages.cocci")
    srcs = [os.path.join(SRC, o[:-2] + ".c") for o in files]
    # one spatch per file, sequential (like the sequential compiles above)
    tw = tc = 0.0; hits = 0
    for s in srcs:
        w, c, _, rc, err = timed(f"{sp} --sp-file {cf} -D report --very-quiet {s}", HERE)
        tw += w; tc += c
    print(f"\n== Coccinelle (spatch {subprocess.run([sp, '--version'], capture_output=True, text=True).stdout.split()[2]}) over the same {len(srcs)} files ==")
    print(f"spatch, one process per file: wall {tw:.1f} s, cpu {tc:.1f} s")
    # its findings on the seeded mutants, beside vmapcheck's
    mdir = os.path.join(ROOT, "realkernel", "mutations")
    found = []
    for name in sorted(os.listdir(mdir)):
        if not name.endswith(".diff"):
            continue
        d = open(os.path.join(mdir, name)).read()
        path = d.splitlines()[0][len("--- a/"):]
        mut = os.path.join(TMP, "mut.c")
        p = subprocess.run(["patch", "-s", "-o", mut, os.path.join(SRC, path)], input=d, text=True,
                           capture_output=True)
        if p.returncode != 0:
            print(f"cocci: mutant {name[:-5]} not measured: patch does not apply to {path}: "
                  + ((p.stdout + p.stderr).strip().splitlines() or ["?"])[0])
            continue
        out = subprocess.run([sp, "--sp-file", cf, "-D", "report", "--very-quiet", mut], capture_output=True, text=True).stdout
        orig = subprocess.run([sp, "--sp-file", cf, "-D", "report", "--very-quiet", os.path.join(SRC, path)], capture_output=True, text=True).stdout
        found.append((name[:-5], bool(out.strip()), bool(orig.strip())))
    expect = {}
    for line in open(os.path.join(ROOT, "realkernel", "mutations.list")):
        if line.strip() and not line.startswith("#"):
            f = [x.strip() for x in line.split("|")]
            expect[f[0]] = f[1]
    print("spatch on the seeded mutants (realkernel/): " + ", ".join(f"{n}:{'found' if f else 'missed'}{' ORIG-FLAGGED' if o else ''}" for n, f, o in found))
    bugs = [(n, f) for n, f, _ in found if expect.get(n) != "silent"]
    twins = [(n, f) for n, f, _ in found if expect.get(n) == "silent"]
    print(f"spatch found {sum(f for _, f in bugs)}/{len(bugs)} mutants, flagged {sum(f for _, f in twins)}/{len(twins)} "
          f"correct twins and {sum(o for _, _, o in found)} originals")


class Unmeasurable(Exception):
    pass


def cc1_cmd(driver_cmd, cwd):
    """the cc1 command line that a gcc driver command runs (gcc -###)."""
    p = subprocess.run(driver_cmd + " -###", shell=True, cwd=cwd, capture_output=True, text=True)
    for line in p.stderr.splitlines():
        if "/cc1 " in line or line.lstrip().startswith('"/') and "/cc1\"" in line:
            return line.strip()
    raise Unmeasurable("no cc1 line in the output of gcc -###: "
                       + ((p.stderr.strip().splitlines() or ["(empty)"])[-1]))


def instructions(cmd, cwd):
    out = os.path.join(TMP, "cg.out")
    p = subprocess.run(f"valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file={out} {cmd}",
                       shell=True, cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        err = [l for l in p.stderr.splitlines() if not l.startswith("==")]
        raise Unmeasurable(f"cc1 under valgrind exited {p.returncode}: " + ((err or ["(no message)"])[-1]))
    for line in p.stderr.splitlines():
        if "I   refs:" in line or "I refs:" in line:
            return int(line.split(":")[1].replace(",", "").split()[0])
    raise Unmeasurable("valgrind printed no instruction count")


def icount(files):
    if not shutil.which("valgrind"):
        print("\n(icount: valgrind not installed; apt-get install valgrind)"); return
    n = int(os.environ.get("ICOUNT_FILES", "3"))
    files = measurable(files[:n], "icount")
    print(f"\n== instructions executed by cc1 (cachegrind), the {n} largest of the real files ==")
    print(f"{'file':52} {'without':>14} {'with plugin':>14} {'ratio':>8} {'no facts':>14} {'ratio':>8}")
    ta = tb = tc = 0
    done = 0
    for o in files:
        c = kbuild_cmd(o)
        src = os.path.join(SRC, o[:-2] + ".c")
        out = os.path.join(TMP, "x.o")
        try:
            a = instructions(cc1_cmd(f"{c} -o {out} {src}", BLD), BLD)
            b = instructions(cc1_cmd(f"{c} {PLUG} -o {out} {src}", BLD), BLD)
            nf = instructions(cc1_cmd(f"{c} {PLUG} {NOFACTS} -o {out} {src}", BLD), BLD)
        except Unmeasurable as e:
            print(f"{o[:-2] + '.c':52} not measured: {e}", flush=True)
            LEFT_OUT.append(f"icount {o[:-2]}.c")
            continue
        ta += a; tb += b; tc += nf; done += 1
        print(f"{o[:-2] + '.c':52} {a:14,} {b:14,} {b / a:8.4f} {nf:14,} {nf / a:8.4f}", flush=True)
    if done:
        label = "all" if done == n else f"all {done} measured"
        print(f"{label:52} {ta:14,} {tb:14,} {tb / ta:8.4f} {tc:14,} {tc / ta:8.4f}")
    else:
        print("(icount: no file could be measured)")


def section_size(obj):
    """bytes of .discard.vmapcheck in obj (0 if none)."""
    p = subprocess.run(["readelf", "-SW", obj], capture_output=True, text=True)
    for line in p.stdout.splitlines():
        f = line.split()
        if ".discard.vmapcheck" in f:
            return int(f[f.index(".discard.vmapcheck") + 4], 16)
    return 0


def link(files):
    if not LINK or not os.access(LINK, os.X_OK):
        print(f"\n(link: no vmapcheck-link at '{LINK}')"); LEFT_OUT.append("link"); return
    files = measurable(files, "link")
    objs, rows = [], []
    ca = cb = 0.0
    for o in files:
        c = kbuild_cmd(o)
        src = os.path.join(SRC, o[:-2] + ".c")
        a_o = os.path.join(TMP, "a.o")
        b_o = os.path.join(TMP, f"b{len(objs)}.o")
        _, cpu_a, _, rc_a, _ = timed(f"{c} -o {a_o} {src}", BLD)
        _, cpu_b, _, rc_b, _ = timed(f"{c} {PLUG} -o {b_o} {src}", BLD)
        if rc_a or rc_b:
            print(f"{o[:-2] + '.c':52} not measured: the compile failed", flush=True)
            LEFT_OUT.append(f"link {o[:-2]}.c"); continue
        ca += cpu_a; cb += cpu_b
        objs.append(b_o)
        rows.append((o[:-2] + ".c", os.path.getsize(a_o), os.path.getsize(b_o), section_size(b_o)))
    if not rows:
        print("\n(link: no file could be measured)"); return
    wall, cpu, rss, rc, err = timed(f"{LINK} --exit-zero --stats " + " ".join(objs), TMP)
    facts = sorted(r[3] for r in rows)
    print(f"\n== the facts for vmapcheck-link: the {len(rows)} real files, one compile each ==")
    print(f"{'file':52} {'object':>10} {'with plugin':>12} {'facts':>8}")
    for n, a, b, f in rows:
        print(f"{n:52} {a:10,} {b:12,} {f:8,}")
    print(f"facts per TU: median {int(statistics.median(facts)):,} bytes, largest {facts[-1]:,}, "
          f"{sum(1 for f in facts if f)} of {len(facts)} TUs carry any; objects "
          f"{sum(r[1] for r in rows):,} -> {sum(r[2] for r in rows):,} bytes "
          f"({sum(r[2] for r in rows) / sum(r[1] for r in rows):.4f})")
    print(f"compile user+sys: without {ca:.1f} s, with the plugin {cb:.1f} s ({rat(cb, ca, 1, 4)})")
    print(f"vmapcheck-link over the {len(objs)} objects: {cpu:.3f} s user+sys, peak RSS {rss:,} KiB, "
          f"exit {rc}; {cpu / ca * 100 if ca else 0:.3f}% of the plain compiles' CPU time")
    print("  " + (err.strip().splitlines() or [""])[-1])


def tu_objects(top):
    """{relative path: size} of the compiled objects under top: no built-in.a parts, no
    .mod.o, no vmlinux.o or other ld -r results of a whole directory, no host programs."""
    out = {}
    for d, dirs, fs in os.walk(top):
        rel = os.path.relpath(d, top)
        if rel.split(os.sep)[0] in ("scripts", "tools"):
            dirs[:] = []; continue
        for f in fs:
            if f.endswith(".o") and not f.endswith(".mod.o") and not f.startswith("vmlinux") \
                    and f != "built-in.o":
                out[os.path.normpath(os.path.join(rel, f))] = os.path.getsize(os.path.join(d, f))
    return out


def kbuild():
    base = os.path.dirname(BLD)
    env = dict(os.environ, KBUILD_BUILD_TIMESTAMP="Thu Jan  1 00:00:00 UTC 2026",
               KBUILD_BUILD_VERSION="1", KBUILD_BUILD_USER="vmapcheck", KBUILD_BUILD_HOST="vmapcheck")
    res = {}
    for name, kcf in (("plain", ""), ("plugin", PLUG)):
        o = os.path.join(base, f"bench-kbuild-{name}")
        shutil.rmtree(o, ignore_errors=True); os.makedirs(o)
        shutil.copy(os.path.join(BLD, ".config"), os.path.join(o, ".config"))
        log = os.path.join(o, "bench-build.log")
        mk = f"make -C {SRC} O={o} ARCH=x86_64 -j{JOBS}"
        subprocess.run(f"{mk} olddefconfig >/dev/null", shell=True, check=True, env=env)
        print(f"bench kbuild: building {name} in {o} (log {log})", file=sys.stderr, flush=True)
        tf = os.path.join(TMP, "time.txt")
        with open(log, "w") as lf:
            p = subprocess.run([TIME, "-f", "%e %U %S %M", "-o", tf, "sh", "-c", f'{mk} KCFLAGS="{kcf}"'],
                               stdout=lf, stderr=subprocess.STDOUT, env=env)
        e, u, sy, m = open(tf).read().split()[-4:]
        ntu = sum(1 for line in open(log) if line.startswith("  CC "))
        if p.returncode:
            print(f"bench kbuild: the {name} build failed (exit {p.returncode}, see {log})")
            LEFT_OUT.append(f"kbuild {name}"); return
        res[name] = (o, float(e), float(u) + float(sy), ntu, tu_objects(o))
    kbuild_report(res)


def kbuild_report(res):
    (po, pw, pc, pn, pobj), (qo, qw, qc, qn, qobj) = res["plain"], res["plugin"]
    facts = sorted(f for f in (section_size(os.path.join(qo, r)) for r in qobj) if f)
    both = [r for r in qobj if r in pobj]
    print(f"\n== the whole build of the 6.12 config (vmlinux, bzImage, modules), make -j{JOBS} ==")
    print(f"{'':24} {'wall s':>9} {'user+sys s':>11} {'CC lines':>9} {'objects':>8}")
    print(f"{'without the plugin':24} {pw:9.0f} {pc:11.0f} {pn:9,} {len(pobj):8,}")
    print(f"{'with it (facts on)':24} {qw:9.0f} {qc:11.0f} {qn:9,} {len(qobj):8,}")
    print(f"build CPU ratio with/without: {rat(qc, pc, 1, 4)}")
    if facts:
        print(f"facts: {len(facts)} of {len(qobj):,} objects carry them; bytes per such object: median "
              f"{int(statistics.median(facts)):,}, largest {facts[-1]:,}, total {sum(facts):,}")
    print(f"objects in both builds: {len(both):,}, {sum(pobj[r] for r in both):,} -> "
          f"{sum(qobj[r] for r in both):,} bytes ({rat(sum(qobj[r] for r in both), sum(pobj[r] for r in both), 1, 4)})")
    wall, cpu, rss, rc, err = timed(f"{LINK} --exit-zero --stats {qo}", TMP)
    print(f"vmapcheck-link over {qo}: {wall:.2f} s wall, {cpu:.2f} s user+sys, peak RSS {rss:,} KiB, "
          f"exit {rc}; {cpu / qc * 100 if qc else 0:.4f}% of the plugin build's CPU time, "
          f"{cpu / pc * 100 if pc else 0:.4f}% of the plain build's")
    print("  " + (err.strip().splitlines() or [""])[-1])


def main():
    what = sys.argv[1:] or ["real", "gen", "cocci", "link"]
    t = time.time()
    rev = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %cd", "--date=iso", "--", "plugin"],
                         capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--", "plugin"],
                           capture_output=True, text=True).stdout.strip()
    given = os.environ.get("BENCH_PLUGIN_GIVEN")
    src = (f"given: {given} (not built from this checkout, whose plugin/ is at {rev}{' + uncommitted changes' if dirty else ''})"
           if given else f"built from this checkout: last commit {rev}{' + uncommitted changes' if dirty else ''}")
    print(f"plugin {src}; load {open('/proc/loadavg').read().split()[:3]}")
    files = None
    if "real" in what or "cocci" in what or "icount" in what or "link" in what:
        files = real_files()
    if "real" in what:
        real(files)
    if "gen" in what:
        gen()
    if "cocci" in what:
        cocci(files)
    if "icount" in what:
        icount(files)
    if "link" in what:
        link(files)
    if "kbuild" in what:
        kbuild()
    print(f"\nbench: {time.time() - t:.0f} s")
    shutil.rmtree(TMP, ignore_errors=True)
    if LEFT_OUT:
        print(f"bench: {len(LEFT_OUT)} not measured (see above): {', '.join(LEFT_OUT)}")
        sys.exit(1)


if __name__ == "__main__":
    main()
