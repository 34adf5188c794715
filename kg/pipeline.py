"""build(): the stages in order, readable top to bottom.

read → clean → sentences (kiwipiepy) → recognise → relate → resolve → RDF → analyse → write.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg import analyse, nlp
from kg.atomic import atomic_write
from kg.clean import clean
from kg.models import Article, Entity, Extraction, Relation, Status
from kg.read import read_articles
from kg.recognise import recognise
from kg.relate import article_relations, types_fit
from kg.resolve import Resolution, resolve

#: articles handed to kiwipiepy at once: enough to keep its threads busy, small enough to show progress
BATCH = 64


@dataclass(frozen=True)
class Summary:
    articles: int
    sentences: int
    entities: Counter[str]
    facts: Counter[str]
    hedged: int
    triples: int
    top: list[tuple[str, str, analyse.Scores]]  # label, type, scores
    out_dir: Path
    warnings: list[str] = field(default_factory=list)


def extract(articles: Sequence[Article], progress: Callable[[int], None] | None = None) -> list[Extraction]:
    """Mentions and relations of each article (no graph)."""
    out: list[Extraction] = []
    for i in range(0, len(articles), BATCH):
        batch = articles[i:i + BATCH]
        texts = [clean(a.text) for a in batch]
        for article, text, sents in zip(batch, texts, nlp.sentences(texts), strict=True):
            mentions = recognise(sents, text)
            rels = article_relations(sents, mentions, text, article.published)
            out.append(Extraction(article, sents, tuple(mentions), tuple(rels)))
        if progress:
            progress(len(batch))
    return out


def to_quads(extractions: Iterable[Extraction], resolution: Resolution) -> list:
    from kg import rdf

    quads: list = []
    for entity in resolution.entities.values():
        quads += rdf.entity_quads(entity)
    for ex in extractions:
        article = ex.article
        quads += rdf.article_quads(article)
        a, g = rdf.article_iri(article.id), rdf.article_graph_iri(article.id)
        for m in ex.mentions:
            e = resolution.entity_of(article.id, m)
            if e is not None:
                quads.append((entity_iri(e), rdf.DEAL.mentionedIn, a, g))
        for r, s, o in resolved_relations(ex, resolution):
            quads += rdf.fact_quads(article, r, entity_iri(s), entity_iri(o))
    return quads


def resolved_relations(ex: Extraction, resolution: Resolution) -> list[tuple[Relation, Entity, Entity]]:
    """The article's relations between resolved entities whose types fit the relation."""
    out = []
    for r in ex.relations:
        s, o = resolution.entity_of(ex.article.id, r.subject), resolution.entity_of(ex.article.id, r.object)
        if s is not None and o is not None and s != o and types_fit(r.type, s.type, o.type):
            out.append((r, s, o))
    return out


def entity_iri(e: Entity):  # type: ignore[no-untyped-def]
    from kg.rdf import entity_iri as mint

    return mint(e.type, e.key)


def asserted_edges(extractions: Iterable[Extraction], resolution: Resolution) -> list[analyse.Edge]:
    return [analyse.Edge(str(entity_iri(s)), r.type.value, str(entity_iri(o)))
            for ex in extractions for r, s, o in resolved_relations(ex, resolution) if r.status is Status.ASSERTED]


def centrality_csv(g, ranked: list[tuple[str, analyse.Scores]]) -> str:  # type: ignore[no-untyped-def]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["iri", "label", "type", "degree", "betweenness", "pagerank", "community"])
    for iri, sc in ranked:
        node = g.nodes[iri]
        w.writerow([iri, node["label"], node["type"], f"{sc.degree:.6f}", f"{sc.betweenness:.6f}",
                    f"{sc.pagerank:.6f}", sc.community])
    return buf.getvalue()


def build(inputs: Sequence[Path], out_dir: Path, *, skip_bad: bool = False,
          warn: Callable[[str], None] | None = None,
          progress: Callable[[int], None] | None = None,
          on_articles: Callable[[int], None] | None = None) -> Summary:
    """Read the articles under `inputs` and write graph.ttl, graph.html and centrality.csv to `out_dir`."""
    from kg import rdf, render, store, viewdata

    warnings: list[str] = []

    def _warn(msg: str) -> None:
        warnings.append(msg)
        if warn:
            warn(msg)

    articles = read_articles(inputs, skip_bad=skip_bad, warn=_warn)
    if on_articles:
        on_articles(len(articles))
    extractions = extract(articles, progress)
    resolution = resolve(extractions)
    quads = to_quads(extractions, resolution)

    nodes = [analyse.Node(str(entity_iri(e)), e.label_ko or e.label_en or e.key, e.type.value)
             for e in resolution.entities.values()]
    g = analyse.entity_graph(nodes, asserted_edges(extractions, resolution))
    scores = analyse.centrality(g)
    quads += rdf.analysis_quads({k: (v.degree, v.betweenness, v.pagerank, v.community) for k, v in scores.items()})
    ranked = analyse.ranking(g, scores)

    # Everything is computed before anything is written: a failure above leaves the last output as it was.
    memory = store.memory_store(quads)
    html = render.render_html(viewdata.view_data(memory))
    table = centrality_csv(g, ranked)
    triples = store.save(quads, out_dir)
    atomic_write(out_dir / "graph.html", html)
    atomic_write(out_dir / "centrality.csv", table)

    facts: Counter[str] = Counter()
    hedged = 0
    for ex in extractions:
        for r, _, _ in resolved_relations(ex, resolution):
            if r.status is Status.ASSERTED:
                facts[r.type.value] += 1
            else:
                hedged += 1
    return Summary(
        articles=len(articles),
        sentences=sum(len(ex.sentences) for ex in extractions),
        entities=Counter(e.type.value for e in resolution.entities.values()),
        facts=facts,
        hedged=hedged,
        triples=triples,
        top=[(g.nodes[iri]["label"], g.nodes[iri]["type"], sc) for iri, sc in ranked[:5]],
        out_dir=out_dir,
        warnings=warnings,
    )


__all__ = ["Summary", "build", "extract", "Relation"]
