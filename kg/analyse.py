"""Who is central, which clusters form: networkx over the entity graph of direct edges.

Betweenness is computed here rather than by networkx: the same Brandes algorithm, but run
breadth-first from many sources at once as sparse-matrix products (scipy), which is two
orders of magnitude faster on news graphs.  Exact up to EXACT_BETWEENNESS_LIMIT nodes,
estimated from a seeded sample of BETWEENNESS_SAMPLE sources above (as networkx's `k`:
the same sample and scaling, so the two agree to rounding); bench/centrality_bench.py
measures the rank agreement of the estimate with exact betweenness.
"""
from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

#: above this many nodes, betweenness is estimated from a seeded sample of sources
EXACT_BETWEENNESS_LIMIT = 5_000
BETWEENNESS_SAMPLE = 500
#: entries of the dense (nodes × sources) arrays of one breadth-first batch
BATCH_CELLS = 4_000_000
#: above this many edges, communities come from label propagation: Louvain in networkx
#: takes about a minute at 100,000 edges
LOUVAIN_EDGE_LIMIT = 50_000


@dataclass(frozen=True)
class Node:
    iri: str
    label: str
    type: str  # Organization, Person, Country, City, Product, Place


@dataclass(frozen=True)
class Edge:
    subject: str
    relation: str  # partnership, investment, … (kg.models.RelationType values)
    object: str


@dataclass(frozen=True)
class Scores:
    degree: float
    betweenness: float
    pagerank: float
    community: int


def entity_graph(nodes: Iterable[Node], edges: Iterable[Edge]) -> nx.MultiDiGraph:
    """One node per entity, one edge per direct fact (subject → object), in a stable order."""
    g: nx.MultiDiGraph = nx.MultiDiGraph()
    for n in sorted(nodes, key=lambda n: n.iri):
        g.add_node(n.iri, label=n.label, type=n.type)
    for e in sorted(set(edges), key=lambda e: (e.subject, e.relation, e.object)):
        if e.subject == e.object:
            continue
        for end in (e.subject, e.object):
            if end not in g:
                g.add_node(end, label=end.rsplit("/", 1)[-1], type="")
        g.add_edge(e.subject, e.object, key=e.relation, relation=e.relation)
    return g


def _undirected(g: nx.MultiDiGraph) -> nx.Graph:
    # Deals are ties whatever their direction: a hub investor is as central as a hub investee.
    u: nx.Graph = nx.Graph()
    u.add_nodes_from(g.nodes)
    u.add_edges_from((s, o) for s, o, _ in g.edges(keys=True))
    return u


def centrality(g: nx.MultiDiGraph, seed: int = 42) -> dict[str, Scores]:
    """Degree, betweenness and PageRank on the undirected entity graph, and Louvain communities.

    Betweenness is exact up to EXACT_BETWEENNESS_LIMIT nodes and sampled (seeded, so
    reruns agree) above it.  Scores are rounded so that reruns give the same bytes.
    """
    u = _undirected(g)
    if u.number_of_nodes() == 0:
        return {}
    degree = nx.degree_centrality(u) if u.number_of_nodes() > 1 else {n: 0.0 for n in u}
    k = None if u.number_of_nodes() <= EXACT_BETWEENNESS_LIMIT else BETWEENNESS_SAMPLE
    betweenness = betweenness_centrality(u, k=k, seed=seed)
    pagerank = nx.pagerank(u, alpha=0.85, tol=1e-10, max_iter=500) if u.number_of_edges() else {
        n: 1 / u.number_of_nodes() for n in u
    }
    community = communities(u, seed=seed)
    return {
        n: Scores(
            degree=round(degree[n], 6),
            betweenness=round(betweenness[n], 6),
            pagerank=round(pagerank[n], 6),
            community=community[n],
        )
        for n in u
    }


def betweenness_centrality(u: nx.Graph, k: int | None = None, seed: int = 42) -> dict[str, float]:
    """Normalised betweenness of an undirected, unweighted graph; `k` sources sampled when given.

    Equal (to float rounding) to `nx.betweenness_centrality(u, k=k, seed=seed, normalized=True)`.
    """
    import numpy as np

    nodes = list(u)
    n = len(nodes)
    if n < 3 or u.number_of_edges() == 0:
        return {v: 0.0 for v in nodes}
    if k is None or k >= n:
        sources: Sequence[int] = range(n)
        sampled = False
    else:
        index = {v: i for i, v in enumerate(nodes)}
        sources = [index[v] for v in random.Random(seed).sample(nodes, k)]  # as networkx draws them
        sampled = True
    adj = nx.to_scipy_sparse_array(u, nodelist=nodes, weight=None, dtype=np.float64, format="csr")
    total = np.zeros(n)
    width = max(1, min(len(sources), BATCH_CELLS // n))
    for at in range(0, len(sources), width):
        batch = np.asarray(sources[at:at + width])
        total += _dependencies(adj, batch)
    # networkx's scaling (normalised, endpoints excluded; sources of a sample scaled apart)
    if not sampled:
        total *= 1 / ((n - 1) * (n - 2))
    else:
        scale = np.full(n, 1 / (len(sources) * (n - 2)))
        scale[np.asarray(sources)] = 1 / ((len(sources) - 1) * (n - 2)) if len(sources) > 1 else float("nan")
        total *= scale
    return {v: float(total[i]) for i, v in enumerate(nodes)}


def _dependencies(adj: Any, batch: Any) -> Any:
    """Brandes' dependency of every node on each source in `batch`, summed over the batch."""
    import numpy as np

    a = adj  # scipy CSR (n × n)
    src = np.asarray(batch)
    n, b = a.shape[0], len(src)
    cols = np.arange(b)
    sigma = np.zeros((n, b))
    sigma[src, cols] = 1.0
    depth = np.full((n, b), -1, dtype=np.int32)
    depth[src, cols] = 0
    frontier = sigma.copy()
    level = 0
    while True:  # forward: shortest-path counts, level by level
        reach = a @ frontier
        reach[depth >= 0] = 0.0
        new = reach > 0
        if not new.any():
            break
        level += 1
        sigma[new] = reach[new]
        depth[new] = level
        frontier = np.where(new, reach, 0.0)
    delta = np.zeros((n, b))
    safe = np.where(sigma > 0, sigma, 1.0)
    for d in range(level, 0, -1):  # backward: accumulate dependencies onto the level before
        w = np.where(depth == d, (1.0 + delta) / safe, 0.0)
        t = a @ w
        delta += np.where(depth == d - 1, sigma * t, 0.0)
    delta[src, cols] = 0.0
    return delta.sum(axis=1)


def communities(u: nx.Graph, seed: int = 42) -> dict[str, int]:
    """Louvain communities (label propagation above LOUVAIN_EDGE_LIMIT edges), numbered from the
    largest (ties broken by the smallest IRI)."""
    if not u.number_of_edges():
        groups: list[set[str]] = [{n} for n in u]
    elif u.number_of_edges() <= LOUVAIN_EDGE_LIMIT:
        groups = nx.community.louvain_communities(u, seed=seed)
    else:
        groups = list(nx.community.fast_label_propagation_communities(u, seed=seed))
    ordered = sorted((sorted(c) for c in groups), key=lambda c: (-len(c), c[0]))
    return {n: i for i, c in enumerate(ordered) for n in c}


def ranking(g: nx.MultiDiGraph, scores: dict[str, Scores]) -> list[tuple[str, Scores]]:
    """Entities from most to least central: degree, then betweenness, then PageRank, then label."""
    return sorted(
        scores.items(),
        key=lambda kv: (-kv[1].degree, -kv[1].betweenness, -kv[1].pagerank, g.nodes[kv[0]].get("label", kv[0])),
    )


CSV_COLUMNS = ["iri", "label", "type", "degree", "betweenness", "pagerank", "community"]


def centrality_csv(g: nx.MultiDiGraph, ranked: list[tuple[str, Scores]]) -> str:
    """The centrality table (`centrality.csv`, `kg centrality -o`): one row per entity, most central first."""
    import csv
    import io

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for iri, sc in ranked:
        node = g.nodes[iri]
        w.writerow([iri, node.get("label", ""), node.get("type", ""), f"{sc.degree:.6f}", f"{sc.betweenness:.6f}",
                    f"{sc.pagerank:.6f}", sc.community])
    return buf.getvalue()
