"""A graph in other formats: RDF (Turtle, N-Triples, TriG, N-Quads, JSON-LD), the entity
network (GraphML, GEXF, CSV) and its centrality table.  Same graph in, same bytes out."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import networkx as nx
import pyoxigraph as ox

from kg.analyse import Scores, centrality, entity_graph, ranking
from kg.analyse import centrality_csv as analyse_centrality_csv
from kg.rdf import PREFIXES
from kg.store import default_triples, entity_graph_data, saved_turtle, select, sorted_ntriples, turtle

FORMATS = ("turtle", "nt", "trig", "nquads", "jsonld", "graphml", "gexf", "csv")
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}
NODE_COLUMNS = ["iri", "label", "type", "degree", "betweenness", "pagerank", "community"]
EDGE_COLUMNS = ["source", "relation", "target", "source_label", "target_label"]
DEAL = PREFIXES["deal"]


def export(store: ox.Store, fmt: str) -> bytes:
    """The whole graph in `fmt` (any of FORMATS but csv, which is two tables: see entity_csv)."""
    if fmt == "nt":
        return sorted_ntriples(store)
    if fmt == "turtle":  # the sorted lines parsed straight into the writer, as graph.ttl is written
        return turtle(sorted_ntriples(store))
    if fmt in ("trig", "nquads"):
        return _serialize(dataset_quads(store), _RDF_FORMATS[fmt])
    if fmt == "jsonld":
        return to_jsonld(default_triples(store))
    if fmt == "graphml":
        return to_graphml(entity_network(store))
    if fmt == "gexf":
        return to_gexf(entity_network(store))
    raise ValueError(f"unknown export format {fmt!r}")


def stream_saved(path: Path, fmt: str, out: IO[bytes]) -> bool:
    """Turtle or N-Triples of an output folder of `kg build`, straight from its graph.ttl (the
    sorted union; the same bytes `export` gives, in a fraction of the time).  False when
    `path` is not such a folder or `fmt` is another format."""
    ttl = saved_turtle(path)
    if ttl is None or fmt not in ("turtle", "nt"):
        return False
    with ttl.open("rb") as fh:
        if fmt == "turtle":
            shutil.copyfileobj(fh, out, 1 << 20)
        else:
            ox.serialize(ox.parse(fh, format=ox.RdfFormat.TURTLE), out, format=ox.RdfFormat.N_TRIPLES)
    return True


def _serialize(items: Iterable[Any], fmt: ox.RdfFormat) -> bytes:
    out = io.BytesIO()
    plain = fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS)
    ox.serialize(items, out, format=fmt, prefixes=None if plain else PREFIXES)
    return out.getvalue()


def dataset_quads(store: ox.Store) -> list[ox.Quad]:
    """The named graphs (one per article, entities, analysis), then default-graph triples in none of them."""
    named: dict[tuple[str, str, str, str], ox.Quad] = {}
    in_named: set[tuple[str, str, str]] = set()
    for q in store.quads_for_pattern(None, None, None, None):
        if not isinstance(q.graph_name, ox.DefaultGraph):
            key = (str(q.subject), str(q.predicate), str(q.object))
            in_named.add(key)
            named[(str(q.graph_name), *key)] = q
    rest = [
        ox.Quad(t.subject, t.predicate, t.object)
        for t in default_triples(store)
        if (str(t.subject), str(t.predicate), str(t.object)) not in in_named
    ]
    return rest + [named[k] for k in sorted(named)]


# --- JSON-LD -----------------------------------------------------------------------------------

def _compact(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        rest = iri[len(ns):]
        # only suffixes that cannot be misread (no '/', '#', ':' or leading '//')
        if iri.startswith(ns) and rest and re.fullmatch(r"[\w.-]+", rest):
            return f"{prefix}:{rest}"
    return iri


def _compact_node(value: Any) -> Any:
    if isinstance(value, list):
        return [_compact_node(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, item in value.items():
        if key in ("@id", "@type") and isinstance(item, str) and not item.startswith("_:"):
            out[key] = _compact(item)
        elif key.startswith("@"):
            out[key] = _compact_node(item)
        else:
            out[_compact(key)] = _compact_node(item)
    return out


def to_jsonld(triples: list[ox.Triple]) -> bytes:
    """JSON-LD with a @context of our prefixes, IRIs written compact where a prefix fits."""
    out = io.BytesIO()
    ox.serialize(triples, out, format=ox.RdfFormat.JSON_LD)
    nodes = _compact_node(json.loads(out.getvalue()))
    doc = {"@context": dict(PREFIXES), "@graph": nodes}
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# --- the entity network ------------------------------------------------------------------------

_STORED_SCORES = f"""
SELECT ?e ?degree ?betweenness ?pagerank ?community WHERE {{
  ?e <{DEAL}degreeCentrality> ?degree ; <{DEAL}betweennessCentrality> ?betweenness ; <{DEAL}pagerank> ?pagerank .
  OPTIONAL {{ ?e <{DEAL}community> ?community }}
}}"""


def stored_scores(store: ox.Store) -> dict[str, Scores]:
    scores = {}
    for row in select(store, _STORED_SCORES):
        try:
            scores[row["e"].value] = Scores(
                degree=float(row["degree"].value),
                betweenness=float(row["betweenness"].value),
                pagerank=float(row["pagerank"].value),
                community=int(row["community"].value) if row["community"] is not None else -1,
            )
        except ValueError:
            continue
    return scores


def entity_network(store: ox.Store, *, recompute: bool = False) -> nx.MultiDiGraph:
    """The entity graph with label, type and centrality on every node and relation on every edge.

    Scores come from the graph's deal:degreeCentrality etc. when every entity has them;
    otherwise (or with `recompute`) they are computed here.
    """
    g = entity_graph(*entity_graph_data(store))
    scores = {} if recompute else stored_scores(store)
    if not g.nodes or any(n not in scores for n in g.nodes):
        scores = centrality(g)
    for n, s in scores.items():
        if n in g:
            g.nodes[n].update(degree=s.degree, betweenness=s.betweenness, pagerank=s.pagerank, community=s.community)
    return g


def to_graphml(g: nx.MultiDiGraph) -> bytes:
    return ("\n".join(nx.generate_graphml(g, encoding="utf-8", prettyprint=True)) + "\n").encode("utf-8")


def to_gexf(g: nx.MultiDiGraph) -> bytes:
    text = "\n".join(nx.generate_gexf(g, encoding="utf-8", prettyprint=True)) + "\n"
    # the writer stamps today's date; drop it so the same graph gives the same bytes
    return re.sub(r' lastmodifieddate="[^"]*"', "", text, count=1).encode("utf-8")


def centrality_rows(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """One row per entity, most central first (kg.analyse.ranking), with NODE_COLUMNS."""
    scores = {
        n: Scores(d["degree"], d["betweenness"], d["pagerank"], d["community"]) for n, d in g.nodes(data=True)
    }
    return [
        {"iri": n, "label": g.nodes[n]["label"], "type": g.nodes[n]["type"], "degree": s.degree,
         "betweenness": s.betweenness, "pagerank": s.pagerank, "community": s.community}
        for n, s in ranking(g, scores)
    ]


def _csv(columns: list[str], rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def centrality_csv(g: nx.MultiDiGraph) -> str:
    """The same table `kg build` writes as centrality.csv, from the scores on the nodes."""
    scores = {n: Scores(d["degree"], d["betweenness"], d["pagerank"], d["community"]) for n, d in g.nodes(data=True)}
    return analyse_centrality_csv(g, ranking(g, scores))


def entity_csv(g: nx.MultiDiGraph) -> tuple[str, str]:
    """Two CSV tables: the nodes (NODE_COLUMNS, most central first) and the edges (EDGE_COLUMNS)."""
    edges = [
        {"source": s, "relation": d["relation"], "target": o,
         "source_label": g.nodes[s]["label"], "target_label": g.nodes[o]["label"]}
        for s, o, d in g.edges(data=True)
    ]
    return centrality_csv(g), _csv(EDGE_COLUMNS, edges)
