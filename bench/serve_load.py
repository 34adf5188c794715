"""Load test for `kg serve`: concurrent clients keep getting answers while a slow query is cut off.

    .venv/bin/python bench/serve_load.py                  # 20 clients x 20 queries, 2 workers
    .venv/bin/python bench/serve_load.py --graph output/  # against a real build

Starts `kg serve` (a subprocess, bound to 127.0.0.1, port picked free) over a synthetic
graph (or --graph), fires one expensive cross join that the timeout must stop, and at
the same time CLIENTS threads each send QUERIES quick queries.  Prints latencies and
error counts; exits 1 if any quick query failed or the slow one was not stopped in time.
"""
from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

QUICK = [
    "SELECT ?label WHERE { ?o a schema:Organization ; rdfs:label ?label } LIMIT 20",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s deal:partnerOf ?o }",
    "ASK { ?p org:headOf ?o }",
    "SELECT ?type (COUNT(?f) AS ?n) WHERE { ?f a ?type } GROUP BY ?type",
]
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
        "FILTER(REGEX(CONCAT(STR(?c), STR(?f), STR(?i)), 'no such text')) }")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def ask(base: str, query: str, timeout: float = 60) -> tuple[int, float]:
    url = base + "sparql?" + urllib.parse.urlencode({"query": query})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError:
        status = -1
    return status, time.perf_counter() - started


def synthetic_graph(folder: Path, triples: int) -> Path:
    sys.path.insert(0, str(Path(__file__).parent))
    from store_bench import synthetic

    from kg.store import save

    save(synthetic(triples), folder)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--graph", type=Path, help="an output folder (default: a synthetic graph)")
    parser.add_argument("--triples", type=int, default=50_000, help="size of the synthetic graph")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=2.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        graph = args.graph or synthetic_graph(Path(tmp), args.triples)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--graph", str(graph),
             "--port", str(port), "--workers", str(args.workers), "--timeout", str(args.timeout)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        base = f"http://127.0.0.1:{port}/"
        try:
            assert server.stdout is not None
            line = server.stdout.readline()  # "Serving … at …": the workers are ready
            if "Serving" not in line:
                print(line + server.stdout.read(), file=sys.stderr)
                return 1
            slow: dict[str, tuple[int, float]] = {}
            slow_thread = threading.Thread(target=lambda: slow.update(result=ask(base, SLOW)))
            slow_thread.start()
            time.sleep(0.2)  # the slow query holds a worker while the clients start

            results: list[tuple[int, float]] = []
            lock = threading.Lock()

            def client(n: int) -> None:
                for i in range(args.queries):
                    got = ask(base, QUICK[(n + i) % len(QUICK)])
                    with lock:
                        results.append(got)

            started = time.perf_counter()
            threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - started
            slow_thread.join()
        finally:
            server.terminate()
            server.wait(10)

    errors = [s for s, _ in results if s != 200]
    times = sorted(t for _, t in results)
    slow_status, slow_seconds = slow["result"]
    print(f"{args.clients} clients x {args.queries} queries = {len(results)} in {wall:.2f} s "
          f"({len(results) / wall:.0f} queries/s), workers {args.workers}, timeout {args.timeout:g} s")
    print(f"errors: {len(errors)}" + (f" (statuses {sorted(set(errors))})" if errors else ""))
    print(f"latency: median {statistics.median(times) * 1000:.0f} ms, "
          f"p95 {times[int(len(times) * 0.95) - 1] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")
    print(f"slow query: HTTP {slow_status} after {slow_seconds:.2f} s")
    stopped = slow_status == 503 and slow_seconds < args.timeout + 3
    return 0 if not errors and stopped else 1


if __name__ == "__main__":
    sys.exit(main())
