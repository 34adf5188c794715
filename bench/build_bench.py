"""How fast is `kg build` beside bare kiwipiepy on the same texts?  Prints one table and the ratios.

    .venv/bin/python bench/build_bench.py                 # 2,000 articles, 2 workers (a few minutes)
    .venv/bin/python bench/build_bench.py -n 500 --workers 2

In one run, on a corpus from bench/corpus.py (seeded): bare kiwipiepy tokenisation of every
article's text with the same worker count (a fresh process, model load included: the floor),
then a full `kg build --no-cache`, then the same corpus with one article added, rebuilt with
the cache, and (unless --no-check) a clean build of that corpus to check the bytes match.
Each runs in its own process; peak memory is the largest sum of the proportional set sizes of
that process and the extraction processes it forks (a build of many articles extracts in one
forked process per worker; a rebuild forks one for the new articles), sampled every 0.1 s.
Targets: build speed ≥ 70% of the floor, peak ≤ 2 GB, incremental ≤ 25% of a full build.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

KIWI = """
import json, sys, time
from kiwipiepy import Kiwi
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
kiwi = Kiwi(num_workers=int(sys.argv[2]))
n = sum(len(tokens) for tokens in kiwi.tokenize(texts))
print(n)
"""


def _tree(pid: int) -> list[int]:
    """The process and its descendants."""
    out = [pid]
    with contextlib.suppress(OSError):
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                for child in f.read().split():
                    out += _tree(int(child))
    return out


def _pss(pid: int) -> int:
    """Proportional set size in bytes (pages shared between processes counted once overall)."""
    with contextlib.suppress(OSError), open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    return 0


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one command: the largest sum, sampled every 0.1 s, of the
    proportional set sizes of its process and the extraction processes it forks (on Linux; elsewhere
    the maximum resident set of the one process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.wait(0.1):
            peak = max(peak, sum(_pss(p) for p in _tree(proc.pid)))

    sampler = threading.Thread(target=sample, daemon=True)
    if os.path.exists(f"/proc/{proc.pid}/smaps_rollup"):
        sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    stop.set()
    if sampler.is_alive():
        sampler.join()
    if status != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return wall, (peak / 2**20 if peak else usage.ru_maxrss / 1024)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-check", action="store_true", help="skip the clean build that checks the bytes")
    args = ap.parse_args()
    env = {**os.environ, "KG_WORKERS": str(args.workers)}
    kg = [str(Path(sys.executable).with_name("kg"))]
    with tempfile.TemporaryDirectory(prefix="kg-build-bench-") as tmp:
        d = Path(tmp)
        (d / "in").mkdir()
        (d / "in-plus").mkdir()
        src = corpus.write(args.articles, d / "in" / "news.jsonl", args.seed)
        plus = corpus.write(args.articles + 1, d / "in-plus" / "news.jsonl", args.seed)
        chars = sum(len(r["text"]) for r in corpus.articles(args.articles, args.seed))

        kiwi_s, kiwi_mb = run([sys.executable, "-c", KIWI, str(src), str(args.workers)], env)
        build_s, build_mb = run([*kg, "build", str(src.parent), "--out", str(d / "out"), "-q", "--no-cache"], env)
        # warm the cache of the output folder, then add one article
        run([*kg, "build", str(src.parent), "--out", str(d / "out"), "-q"], env)
        inc_s, inc_mb = run([*kg, "build", str(plus.parent), "--out", str(d / "out"), "-q"], env)
        same = "not checked"
        if not args.no_check:
            run([*kg, "build", str(plus.parent), "--out", str(d / "clean"), "-q", "--no-cache"], env)
            names = ("graph.ttl", "graph.html", "centrality.csv")
            same = "yes" if all((d / "out" / n).read_bytes() == (d / "clean" / n).read_bytes() for n in names) else "NO"

    print(f"{args.articles} articles, {chars:,} characters, {args.workers} workers (seed {args.seed})")
    print(f"{'':34}{'seconds':>9}{'chars/s':>10}{'peak MB':>9}")
    print(f"{'kiwipiepy tokenize (load incl.)':34}{kiwi_s:9.1f}{chars / kiwi_s:10,.0f}{kiwi_mb:9.0f}")
    print(f"{'kg build --no-cache':34}{build_s:9.1f}{chars / build_s:10,.0f}{build_mb:9.0f}")
    print(f"{'kg build, one article added':34}{inc_s:9.1f}{'':>10}{inc_mb:9.0f}")
    print(f"build speed / kiwipiepy speed: {kiwi_s / build_s:.2f}  (target ≥ 0.70)")
    print(f"peak memory of the build: {build_mb / 1024:.2f} GB  (target ≤ 2 GB)")
    print(f"incremental / full build: {inc_s / build_s:.2f}  (target ≤ 0.25)")
    print(f"incremental output byte-identical to a clean build: {same}")


if __name__ == "__main__":
    main()
