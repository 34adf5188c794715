"""The Python API: build a graph from files or texts, then query it, hand it to rdflib or
networkx, render the viewer, or save it as `kg build` would.

    import kg

    graph = kg.build_graph(["KT는 마이크로소프트와 5년간 파트너십을 맺었다."])
    graph.query("SELECT ?label WHERE { ?o a schema:Organization ; rdfs:label ?label }")
    graph.save("output/")

Nothing heavy is imported until it is used: `import kg` loads neither kiwipiepy nor the
RDF libraries.  Nothing is written unless `save` is called.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.models import Article

if TYPE_CHECKING:
    import networkx as nx
    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.analyse import Scores

#: a file or folder of articles (a Path), an Article, or an article's text (a str)
Source = Article | str | PathLike[str]


class KnowledgeGraph:
    """A built (or opened) graph, held in memory: named graphs per article, entities and analysis."""

    def __init__(self, store: ox.Store, *, scores: dict[str, Scores] | None = None) -> None:
        self.store = store  # a pyoxigraph Store whose default graph is the union of the named graphs
        self._scores = scores

    def __len__(self) -> int:
        """Triples in the union graph (what graph.ttl holds)."""
        result = self.store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(result))["n"].value)  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"<KnowledgeGraph: {len(self)} triples>"

    def query(self, sparql: str, **params: str) -> list[dict[str, Any]]:
        """Rows of a SPARQL query as dicts of Python values (our prefixes predeclared).

        `params` bind ?NAME to string literals.  ASK gives one empty row when true, none
        when false; CONSTRUCT and DESCRIBE give rows of subject, predicate, object.
        SERVICE, FROM and LOAD are refused (kg.errors.QueryError).
        """
        from kg.query import python_value, run_query

        result = run_query(self.store, sparql, params=params or None)
        if result.kind == "ask":
            return [{}] if result.boolean else []
        if result.kind == "graph":
            return [{"subject": python_value(t.subject), "predicate": python_value(t.predicate),
                     "object": python_value(t.object)} for t in result.triples]
        return [dict(zip(result.variables, row, strict=True)) for row in result.rows]

    def rdflib(self) -> Dataset:
        """An rdflib Dataset: one graph per named graph; its default graph is their union."""
        from kg.store import to_rdflib

        return to_rdflib(self.store)

    def networkx(self) -> nx.MultiDiGraph:
        """The entity graph (kg.analyse.entity_graph): one node per entity, one edge per direct fact."""
        from kg.analyse import entity_graph
        from kg.store import entity_graph_data

        return entity_graph(*entity_graph_data(self.store))

    def html(self) -> str:
        """The viewer page (graph.html) as a string."""
        from kg.render import render_html
        from kg.viewdata import view_data

        return render_html(view_data(self.store))

    def serialize(self, fmt: str = "turtle") -> bytes:
        """The graph as turtle, nt, trig, nquads, jsonld, graphml or gexf (kg.export)."""
        from kg.export import export

        return export(self.store, fmt)

    def save(self, out_dir: str | PathLike[str]) -> Path:
        """Write graph.ttl, store/, graph.html and centrality.csv into `out_dir`, as `kg build` does.

        Everything is rendered first and every file is written atomically, so a failure
        leaves the earlier output as it was.
        """
        from kg import analyse
        from kg.atomic import atomic_write, deferred_interrupts
        from kg.store import save

        out = Path(out_dir)
        g = self.networkx()
        scores = self._scores if self._scores is not None else _stored_scores(self.store, g)
        table = analyse.centrality_csv(g, analyse.ranking(g, scores))
        page = self.html()
        quads = list(self.store.quads_for_pattern(None, None, None, None))
        with deferred_interrupts():
            save(quads, out)
            atomic_write(out / "graph.html", page)
            atomic_write(out / "centrality.csv", table)
        return out


def _stored_scores(store: ox.Store, g: nx.MultiDiGraph) -> dict[str, Scores]:
    from kg.analyse import centrality
    from kg.export import stored_scores

    scores = stored_scores(store)
    return scores if g.nodes and all(n in scores for n in g.nodes) else centrality(g)


def _articles(sources: Source | Iterable[Source], skip_bad: bool,
              warn: Callable[[str], None] | None) -> list[Article]:
    from kg.read import read_articles

    if isinstance(sources, Article | str | PathLike):
        sources = [sources]
    articles: list[Article] = []
    n_texts = 0
    for item in sources:
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, str):
            n_texts += 1
            articles.append(Article(id=f"text-{n_texts}", text=item, source=f"text {n_texts}"))
        elif isinstance(item, PathLike):
            articles += read_articles([Path(item)], skip_bad=skip_bad, warn=warn)
        else:
            raise TypeError(f"not a path, an Article or a text: {item!r}")
    seen: dict[str, str] = {}
    for a in articles:
        if a.id in seen:
            raise InputError(a.source or a.id, f"duplicate article id {a.id!r} (also in {seen[a.id] or a.id})",
                             hint="give every article a unique id")
        seen[a.id] = a.source
    return articles


def build_graph(sources: Source | Iterable[Source], *, skip_bad: bool = False,
                warn: Callable[[str], None] | None = None) -> KnowledgeGraph:
    """Extract a graph from articles: Paths (files or folders, read as `kg build` reads them),
    Article objects, or plain strings (each one article, id `text-1`, `text-2`, …).

    Writes nothing; call `.save(out_dir)` for the files `kg build` writes.
    """
    from kg.pipeline import compute, extract

    computed = compute(extract(_articles(sources, skip_bad, warn)))
    return KnowledgeGraph(computed.prepared.store, scores=computed.scores)


def open_graph(path: str | PathLike[str]) -> KnowledgeGraph:
    """A graph `kg build` wrote (an output folder) or any RDF file, loaded into memory."""
    from kg.store import load_into_memory

    return KnowledgeGraph(load_into_memory(Path(path)))
