"""Who is central, which clusters form: networkx over the entity graph of direct edges."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

#: above this many nodes, betweenness is estimated from a seeded sample of sources
EXACT_BETWEENNESS_LIMIT = 2_000
BETWEENNESS_SAMPLE = 200


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
    betweenness = nx.betweenness_centrality(u, k=k, seed=seed, normalized=True)
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


def communities(u: nx.Graph, seed: int = 42) -> dict[str, int]:
    """Louvain communities, numbered from the largest (ties broken by the smallest IRI)."""
    groups = nx.community.louvain_communities(u, seed=seed) if u.number_of_edges() else [{n} for n in u]
    ordered = sorted((sorted(c) for c in groups), key=lambda c: (-len(c), c[0]))
    return {n: i for i, c in enumerate(ordered) for n in c}


def ranking(g: nx.MultiDiGraph, scores: dict[str, Scores]) -> list[tuple[str, Scores]]:
    """Entities from most to least central: degree, then betweenness, then PageRank, then label."""
    return sorted(
        scores.items(),
        key=lambda kv: (-kv[1].degree, -kv[1].betweenness, -kv[1].pagerank, g.nodes[kv[0]].get("label", kv[0])),
    )
