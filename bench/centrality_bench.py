"""`kg centrality` at scale, and how well sampled betweenness ranks entities.  Prints the ratios.

    .venv/bin/python bench/centrality_bench.py            # 20,000 entities / 100,000 edges
    .venv/bin/python bench/centrality_bench.py --nodes 5000 --small 1000

1. A news-like entity graph (preferential attachment, seeded: a few hubs, a long tail) of
   --nodes entities and about 5 × --nodes direct edges, written as Turtle; then the time of
   `kg centrality --graph FILE` in a fresh process (load, degree, betweenness, PageRank,
   communities).  Target: ≤ 30 s at 20,000 / 100,000.
2. On a --small-node graph of the same kind: exact betweenness from networkx, kg's exact
   betweenness (must agree to rounding), and kg's sampled estimate (the sample size it uses
   above EXACT_BETWEENNESS_LIMIT), with Spearman's ρ and Kendall's τ of the estimate against
   exact, over all nodes and over the top 100.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from scipy.stats import kendalltau, spearmanr

from kg import analyse

PREDICATES = ["partnerOf", "mouWith", "investedIn", "acquired", "suppliesTo", "jointVentureWith"]


def news_graph(nodes: int, seed: int) -> nx.Graph:
    g = nx.barabasi_albert_graph(nodes, 5, seed=seed)
    return nx.relabel_nodes(g, {v: f"https://w3id.org/kgdeals/id/org/e{v:06d}" for v in g})


def write_turtle(g: nx.Graph, path: Path, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        fh.write("@prefix deal: <https://w3id.org/kgdeals#> .\n@prefix schema: <https://schema.org/> .\n"
                 "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n")
        for i, v in enumerate(g):
            fh.write(f'<{v}> a schema:Organization ; rdfs:label "기업{i}"@ko .\n')
        for s, o in g.edges:
            fh.write(f"<{s}> deal:{rng.choice(PREDICATES)} <{o}> .\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=20_000)
    ap.add_argument("--small", type=int, default=2_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    big = news_graph(args.nodes, args.seed)
    with tempfile.TemporaryDirectory(prefix="kg-centrality-bench-") as tmp:
        ttl = Path(tmp) / "graph.ttl"
        write_turtle(big, ttl, args.seed)
        kg = str(Path(sys.executable).with_name("kg"))
        start = time.perf_counter()
        subprocess.run([kg, "centrality", "--graph", str(ttl), "--top", "5"], check=True, stdout=subprocess.DEVNULL)
        cli_s = time.perf_counter() - start
    print(f"kg centrality, {big.number_of_nodes():,} entities / {big.number_of_edges():,} edges: "
          f"{cli_s:.1f} s  (target ≤ 30 s)")

    small = news_graph(args.small, args.seed + 1)
    t = time.perf_counter()
    exact = nx.betweenness_centrality(small, normalized=True)
    nx_s = time.perf_counter() - t
    t = time.perf_counter()
    ours = analyse.betweenness_centrality(small)
    ours_s = time.perf_counter() - t
    k = analyse.BETWEENNESS_SAMPLE
    t = time.perf_counter()
    sampled = analyse.betweenness_centrality(small, k=k, seed=42)
    sampled_s = time.perf_counter() - t
    nodes = sorted(small)
    a, b = [exact[n] for n in nodes], [sampled[n] for n in nodes]
    top = sorted(nodes, key=lambda n: -exact[n])[:100]
    at, bt = [exact[n] for n in top], [sampled[n] for n in top]
    print(f"betweenness on {small.number_of_nodes():,} nodes / {small.number_of_edges():,} edges:")
    print(f"  networkx exact {nx_s:.1f} s; kg exact {ours_s:.2f} s ({nx_s / ours_s:.0f}× faster), "
          f"max difference {max(abs(exact[n] - ours[n]) for n in nodes):.1e}")
    print(f"  kg sampled (k={k}) {sampled_s:.2f} s; rank agreement with exact: "
          f"Spearman {spearmanr(a, b).statistic:.3f}, Kendall {kendalltau(a, b).statistic:.3f}; "
          f"top 100: Spearman {spearmanr(at, bt).statistic:.3f}, Kendall {kendalltau(at, bt).statistic:.3f}")


if __name__ == "__main__":
    main()
