#!/usr/bin/env python3
"""The benchmark of issue 9: every figure for one seeded corpus, in one run (bench/run.sh).

    bench/run.sh [--build DIR] [--count N] [--seed S] [--peer-count N] [--startup-runs N]
                 [--edits N] [--open N] [--long-lines N] [--keep DIR]

Prints, for a corpus made by bench/gen_corpus.py:
  - `planlint check` over the corpus with --jobs 1 and with all cores (--no-cache, every rule
    on): files/s, MB/s, MB/s per core, peak RSS;
  - the floor: bench/read_lines.cpp reading the same files and splitting them into lines, and
    planlint's throughput as a share of it;
  - the peer: textlint + textlint-rule-prh (bench/peer/, `npm ci` when node_modules is missing)
    configured from rules/data/avoidance.txt, over the first --peer-count plans copied as .txt,
    and planlint --jobs 1 over the same plans;
  - the start-up of `planlint check` on one plan (median of --startup-runs runs);
  - the language server: latency of pushed diagnostics after a one-character edit in a
    --long-lines plan, and memory with --open plans open (bench/lsp_latency.cpp);
  - the profile of one thread's time per stage (bench/profile.cpp);
and one PASS/FAIL line per target. Timings are never asserted: the exit code is 0 whenever
every measurement ran, whatever the figures.
"""
import argparse
import filecmp
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TODAY = "2026-08-10"


def wall(cmd):
    """Runs cmd with no output; returns its wall time in seconds (no wrapper process)."""
    t0 = time.perf_counter()
    subprocess.call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def timed(cmd, cwd=None, stdout=None):
    """Runs cmd; returns (wall seconds, peak RSS in MB of that process, exit code).

    The peak RSS comes from GNU time's %M: the rusage of a child that Python forks itself
    would count the Python process's own pages from before the exec.
    """
    rss_file = tempfile.NamedTemporaryFile(prefix="planlint-bench-rss-", delete=False)
    rss_file.close()
    out = open(stdout, "wb") if stdout else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        code = subprocess.call(["/usr/bin/time", "-f", "%M", "-o", rss_file.name] + cmd, cwd=cwd, stdout=out,
                               stderr=subprocess.DEVNULL)
        t1 = time.perf_counter()
        with open(rss_file.name, encoding="utf-8") as f:
            lines = [l for l in f.read().split() if l.isdigit()]
    finally:
        if stdout:
            out.close()
        os.unlink(rss_file.name)
    return t1 - t0, int(lines[-1]) / 1024.0 if lines else float("nan"), code


def plan_files(corpus):
    files = []
    for d, _, names in os.walk(corpus):
        files += [os.path.join(d, n) for n in names if n.endswith(".plan")]
    return sorted(files)


def line(label, seconds, files, mb, rss=None, extra=""):
    s = f"  {label:<34} {seconds:8.2f} s {files / seconds:9.0f} files/s {mb / seconds:8.2f} MB/s"
    if rss is not None:
        s += f"  peak RSS {rss:6.1f} MB"
    return s + extra


def main():
    ap = argparse.ArgumentParser(prog="bench/run.sh", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default=os.environ.get("PLANLINT_BUILD", os.path.join(ROOT, "build")),
                    help="CMake build folder (default: build, or $PLANLINT_BUILD)")
    ap.add_argument("--count", type=int, default=10000, help="plans in the corpus (default 10000)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--peer-count", type=int, default=1000,
                    help="plans the peer lints (default 1000; 0 skips the peer)")
    ap.add_argument("--startup-runs", type=int, default=50)
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--open", type=int, default=200)
    ap.add_argument("--long-lines", type=int, default=2000)
    ap.add_argument("--keep", help="make the corpus in this folder and keep it")
    args = ap.parse_args()

    build = os.path.abspath(args.build)
    planlint = os.path.join(build, "linter", "planlint")
    bench = os.path.join(build, "bench")
    for exe in [planlint] + [os.path.join(bench, f"planlint_bench_{n}") for n in ("read_lines", "profile", "lsp")]:
        if not os.access(exe, os.X_OK):
            sys.exit(f"bench/run.sh: {exe} is missing; build first (cmake --build {build})")

    work = tempfile.mkdtemp(prefix="planlint-bench-")
    try:
        run(args, planlint, bench, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args, planlint, bench, work):
    cores = os.cpu_count() or 1
    version = subprocess.run([planlint, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"planlint benchmark (bench/run.sh): planlint {version}, {cores} cores, load average "
          f"{os.getloadavg()[0]:.2f} at the start, {time.strftime('%Y-%m-%d %H:%M')}")
    print("  (a shared machine: figures vary by about +-30 %; trust ratios more than absolutes)")

    corpus = os.path.abspath(args.keep) if args.keep else os.path.join(work, "plans")
    if args.keep and os.path.isdir(corpus):
        shutil.rmtree(corpus)
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"), corpus, "--count", str(args.count),
                    "--seed", str(args.seed)], check=True)
    files = plan_files(corpus)
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    print(f"\ncorpus: {len(files)} plans (bench/gen_corpus.py --seed {args.seed}), {mb:.1f} MB, "
          f"{mb * 1e3 / len(files):.1f} KB a plan")
    targets = []

    # ---- check, one job and all cores ---------------------------------------------------------------
    print("\nplanlint check (--no-cache, --select ALL, full format to a file):")
    check = [planlint, "check", corpus, "--no-cache", "--select", "ALL", "--today", TODAY, "--color", "never"]
    results = {}
    for jobs in (1, cores):
        out = os.path.join(work, f"check.j{jobs}.txt")
        s, rss, code = timed(check + ["--jobs", str(jobs)], stdout=out)
        if code not in (0, 1):
            sys.exit(f"bench/run.sh: planlint check --jobs {jobs} failed with exit code {code}")
        results[jobs] = (s, rss)
        print(line(f"--jobs {jobs}", s, len(files), mb, rss, f"  {mb / s / jobs:6.2f} MB/s per core"))
    same = filecmp.cmp(os.path.join(work, "check.j1.txt"), os.path.join(work, f"check.j{cores}.txt"), shallow=False)
    print(f"  output of --jobs 1 and --jobs {cores}: {'identical' if same else 'DIFFERENT'}")
    s1, rss1 = results[1]
    sn, rssn = results[cores]
    mbs1 = mb / s1
    per_core_n = mb / sn / cores

    # ---- the floor -----------------------------------------------------------------------------------
    print("\nreference (bench/read_lines.cpp: read every file, split it into lines, one thread):")
    ref_out = os.path.join(work, "ref.txt")
    s_ref, rss_ref, code = timed([os.path.join(bench, "planlint_bench_read_lines"), corpus], stdout=ref_out)
    if code != 0:
        sys.exit("bench/run.sh: the reference failed")
    print(line("read + split lines", s_ref, len(files), mb, rss_ref))
    print(f"  planlint --jobs 1 / reference: {mbs1 / (mb / s_ref) * 100:.1f} % of the floor "
          f"(the floor is {(mb / s_ref) / mbs1:.0f}x faster)")

    # ---- the peer ------------------------------------------------------------------------------------
    peer_ratio = None
    if args.peer_count > 0:
        peer_ratio, peer_mbs = run_peer(args, planlint, work, files)
        print(f"  planlint --jobs {cores} over the corpus / peer (one process, one thread): "
              f"{mb / sn / peer_mbs:.1f}x (information; the target is judged on --jobs 1)")

    # ---- start-up ------------------------------------------------------------------------------------
    one = files[0]
    times = []
    for _ in range(args.startup_runs):
        times.append(wall([planlint, "check", one, "--no-cache", "--today", TODAY, "--color", "never"]) * 1e3)
    startup = statistics.median(times)
    print(f"\nstart-up: planlint check on one plan ({os.path.getsize(one) / 1e3:.1f} KB, --no-cache), "
          f"{args.startup_runs} runs: median {startup:.1f} ms, min {min(times):.1f} ms, max {max(times):.1f} ms")

    # ---- the language server ---------------------------------------------------------------------------
    long_plan = os.path.join(work, "long.plan")
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_corpus.py"), long_plan, "--long-plan",
                    str(args.long_lines), "--seed", str(args.seed)], check=True)
    print("\nlanguage server (bench/lsp_latency.cpp over stdio pipes, default debounce):")
    lsp = subprocess.run([os.path.join(bench, "planlint_bench_lsp"), planlint, long_plan, corpus, "--edits",
                          str(args.edits), "--open", str(args.open), "--today", TODAY],
                         capture_output=True, text=True)
    if lsp.returncode != 0:
        sys.exit(f"bench/run.sh: the LSP benchmark failed: {lsp.stderr.strip()}")
    for l in lsp.stdout.splitlines():
        print("  " + l)
    m = re.search(r"p50 ([\d.]+) ms, p99 ([\d.]+) ms", lsp.stdout)
    p50, p99 = (float(m.group(1)), float(m.group(2))) if m else (None, None)
    m = re.search(r"VmRSS ([\d.]+) MB", lsp.stdout)
    lsp_rss = float(m.group(1)) if m else None

    # ---- profile ---------------------------------------------------------------------------------------
    print()
    prof = subprocess.run([os.path.join(bench, "planlint_bench_profile"), corpus, "--today", TODAY],
                          capture_output=True, text=True)
    if prof.returncode != 0:
        sys.exit(f"bench/run.sh: the profile failed: {prof.stderr.strip()}")
    print(prof.stdout.rstrip())

    # ---- targets ---------------------------------------------------------------------------------------
    def target(ok, text):
        targets.append(f"{'PASS' if ok else 'FAIL'}  {text}")

    target(mbs1 >= 20, f"check >= 20 MB/s per core end-to-end, every rule on: {mbs1:.2f} MB/s with --jobs 1 "
                       f"({per_core_n:.2f} MB/s per core with --jobs {cores})")
    peak = max(rss1, rssn)
    target(peak < 200, f"check peak RSS < 200 MB over {len(files)} plans: {peak:.1f} MB")
    if peer_ratio is not None:
        target(peer_ratio >= 50, f"check >= 50x the peer's throughput: {peer_ratio:.1f}x (--jobs 1, same {args.peer_count} files)")
    else:
        targets.append("SKIP  check >= 50x the peer's throughput (--peer-count 0)")
    target(startup < 20, f"one-file start-up < 20 ms: median {startup:.1f} ms")
    if p99 is not None:
        target(p99 < 10, f"LSP p99 < 10 ms after a one-character edit in a {args.long_lines}-line plan: "
                         f"p99 {p99:.2f} ms (p50 {p50:.2f} ms)")
    if lsp_rss is not None:
        print(f"\n(LSP memory with {args.open} open plans: {lsp_rss:.1f} MB; no target)")
    print(f"\ntargets (load average {os.getloadavg()[0]:.2f} at the end):")
    for t in targets:
        print("  " + t)


def run_peer(args, planlint, work, files):
    peer = os.path.join(ROOT, "bench", "peer")
    textlint = os.path.join(peer, "node_modules", ".bin", "textlint")
    if not os.access(textlint, os.X_OK):
        print("\n(installing the peer: npm ci in bench/peer)")
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=peer, check=True,
                       stdout=subprocess.DEVNULL)
    prh = os.path.join(work, "prh.yml")
    subprocess.run([sys.executable, os.path.join(peer, "make_prh.py"), os.path.join(ROOT, "rules", "data", "avoidance.txt"),
                    prh], check=True, stderr=subprocess.DEVNULL)
    rules = sum(1 for l in open(prh, encoding="utf-8") if l.startswith("  - expected:"))
    rc = os.path.join(work, ".textlintrc.json")
    with open(rc, "w", encoding="utf-8") as f:
        json.dump({"rules": {"prh": {"rulePaths": [prh]}}}, f)
    subset = files[: args.peer_count]
    plans = os.path.join(work, "peer-plans")
    txt = os.path.join(work, "peer-txt")
    os.makedirs(plans)
    os.makedirs(txt)
    for i, f in enumerate(subset):
        shutil.copyfile(f, os.path.join(plans, f"{i:05d}.plan"))
        shutil.copyfile(f, os.path.join(txt, f"{i:05d}.txt"))
    mb = sum(os.path.getsize(f) for f in subset) / 1e6
    tl_version = json.load(open(os.path.join(peer, "node_modules", "textlint", "package.json")))["version"]
    prh_version = json.load(open(os.path.join(peer, "node_modules", "textlint-rule-prh", "package.json")))["version"]
    print(f"\npeer: textlint {tl_version} + textlint-rule-prh {prh_version}, {rules} prh rules from "
          f"rules/data/avoidance.txt, over the first {len(subset)} plans as .txt ({mb:.1f} MB):")
    names = sorted(os.listdir(txt))
    out = os.path.join(work, "peer.txt")
    s_peer, rss_peer, code = timed([textlint, "--config", rc, "--format", "compact"] + names, cwd=txt, stdout=out)
    if code not in (0, 1):
        sys.exit(f"bench/run.sh: textlint failed with exit code {code}")
    found = sum(1 for l in open(out, encoding="utf-8", errors="replace") if l.rstrip().endswith("(prh)"))
    s_start, _, _ = timed([textlint, "--config", rc, "--format", "compact", names[0]], cwd=txt)
    print(line("textlint + prh", s_peer, len(subset), mb, rss_peer, f"  {found} findings"))
    if s_peer > s_start:
        print(f"  (textlint on one file: {s_start:.2f} s, mostly start-up; without it the peer runs at "
              f"{mb / (s_peer - s_start):.2f} MB/s)")
    s_pl, rss_pl, code = timed([planlint, "check", plans, "--no-cache", "--select", "ALL", "--today", TODAY,
                                "--color", "never", "--jobs", "1"], stdout=os.path.join(work, "peer-planlint.txt"))
    pl_avoid = sum(1 for l in open(os.path.join(work, "peer-planlint.txt"), encoding="utf-8", errors="replace")
                   if "[PL501]" in l)
    print(line("planlint check --jobs 1", s_pl, len(subset), mb, rss_pl, f"  {pl_avoid} avoidance-phrasing (PL501) lines"))
    ratio = (mb / s_pl) / (mb / s_peer)
    print(f"  planlint --jobs 1 / peer throughput, same files: {ratio:.1f}x (planlint runs every rule; the peer one word list)")
    return ratio, mb / s_peer


if __name__ == "__main__":
    main()
