"""A built graph → the plain, frozen data the viewer draws (entities, asserted edges, facts).

Reads any store in the shape of docs/graph.md with SPARQL over the union of its
graphs, so it works on a store loaded from `graph.ttl` (default graph) and on one
holding the per-article named graphs alike.  Everything is sorted, so the same
graph always gives the same ViewData.
"""
from __future__ import annotations

import io
import json
from collections import defaultdict
from dataclasses import dataclass
from typing import TypeAlias
from urllib.parse import unquote

import pyoxigraph as ox

from kg.models import EntityType, RelationType, Status
from kg.rdf import EDGE_PREDICATE, ENTITY_CLASS, PREFIXES

Store: TypeAlias = ox.Store  # re-exported so that kg.render needs no RDF import

_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
_CLASS_TYPE = {str(iri): t.value for t, iri in ENTITY_CLASS.items()}
_PREDICATE_RELATION = {str(iri): r.value for r, iri in EDGE_PREDICATE.items()}
_VALUES_CLASSES = " ".join(f"<{c}>" for c in sorted(_CLASS_TYPE))
_VALUES_PREDICATES = " ".join(f"<{p}>" for p in sorted(_PREDICATE_RELATION))
_ASSERTED = Status.ASSERTED.value


@dataclass(frozen=True)
class Entity:
    iri: str
    label_ko: str
    label_en: str
    aliases: tuple[str, ...]
    type: str  # Organization, Person, Country, City, Product, Place ("" if the graph does not say)
    degree: float
    betweenness: float
    pagerank: float
    community: int | None

    @property
    def label(self) -> str:
        """The name to show: Korean, else English, else the end of the IRI."""
        return self.label_ko or self.label_en or (self.aliases[0] if self.aliases else _iri_tail(self.iri))

    @property
    def names(self) -> tuple[str, ...]:
        """Every name the entity is known by, for search."""
        seen = dict.fromkeys(n for n in (self.label_ko, self.label_en, *self.aliases) if n)
        return tuple(seen)


@dataclass(frozen=True)
class Fact:
    iri: str
    type: str  # the fact class: Partnership, Investment, Leadership, …
    relation: str  # kg.models.RelationType value
    subject: str
    object: str
    status: str  # asserted, hedged, negated
    date: str = ""  # 2024, 2024-09 or 2024-09-10
    amount_text: str = ""
    amount_value: float | None = None
    currency: str = ""
    duration: str = ""  # xsd:duration, e.g. P5Y
    title: str = ""  # leadership title, e.g. 대표
    trigger: str = ""
    evidence: str = ""
    article_id: str = ""
    headline: str = ""
    url: str = ""
    published: str = ""

    @property
    def asserted(self) -> bool:
        return self.status == Status.ASSERTED.value

    @property
    def year(self) -> str:
        """The year of the deal, else of the article; "" when neither is known."""
        for d in (self.date, self.published):
            if len(d) >= 4 and d[:4].isdigit():
                return d[:4]
        return ""


@dataclass(frozen=True)
class Edge:
    subject: str
    object: str
    relation: str
    facts: tuple[Fact, ...]  # the asserted facts behind this edge (may be empty)

    @property
    def directed(self) -> bool:
        return not RelationType(self.relation).symmetric


@dataclass(frozen=True)
class ViewData:
    entities: tuple[Entity, ...]  # sorted by IRI
    edges: tuple[Edge, ...]  # sorted by (subject, relation, object)
    facts: tuple[Fact, ...]  # all facts between entities, hedged and negated too; sorted by IRI


def _iri_tail(iri: str) -> str:
    return unquote(iri.rstrip("/").rsplit("/", 1)[-1])


#: one bound value as SPARQL 1.1 JSON results give it: {"type": "uri" | "literal" | "bnode", "value": …,
#: "xml:lang"?: …, "datatype"?: …}
Term: TypeAlias = dict[str, str]


def _select(store: ox.Store, query: str) -> list[dict[str, Term]]:
    # kg.store keeps the union in the default graph; a store of named graphs only is read as their union
    # (never both: optional patterns would match each value twice and multiply the rows)
    union = not bool(store.query("ASK { ?s ?p ?o }"))
    result = store.query(_PROLOGUE + query, use_default_graph_as_union=union)
    assert isinstance(result, ox.QuerySolutions)
    # serialised and parsed in C: twice as fast as a Python object per value on a large graph
    buf = io.BytesIO()
    result.serialize(buf, ox.QueryResultsFormat.JSON)
    rows: list[dict[str, Term]] = json.loads(buf.getvalue())["results"]["bindings"]
    return rows


def _text(term: Term | None) -> str:
    return term["value"] if term is not None else ""


def _float(term: Term | None) -> float | None:
    try:
        return float(term["value"]) if term is not None and term["type"] == "literal" else None
    except ValueError:
        return None


def _entities(store: ox.Store) -> dict[str, Entity]:
    types: dict[str, str] = {}
    for row in _select(store, f"SELECT DISTINCT ?e ?c WHERE {{ VALUES ?c {{ {_VALUES_CLASSES} }} ?e a ?c }}"):
        iri, cls = _text(row["e"]), _CLASS_TYPE[_text(row["c"])]
        # An entity typed twice keeps the first type in EntityType order, whatever the store's order.
        order = [t.value for t in EntityType]
        if iri not in types or order.index(cls) < order.index(types[iri]):
            types[iri] = cls
    labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in _select(
        store,
        f"""SELECT DISTINCT ?e ?p ?l WHERE {{ VALUES ?c {{ {_VALUES_CLASSES} }} ?e a ?c .
            VALUES ?p {{ rdfs:label skos:altLabel }} ?e ?p ?l }}""",
    ):
        lit = row["l"]
        lang = lit.get("xml:lang", "") if lit["type"] == "literal" else ""
        kind = "alt" if _text(row["p"]).endswith("altLabel") else (lang[:2] or "ko")
        labels[_text(row["e"])][kind].append(_text(lit))
    scores: dict[str, dict[str, Term]] = defaultdict(dict)
    for row in _select(
        store,
        f"""SELECT ?e (MIN(?d) AS ?deg) (MIN(?b) AS ?btw) (MIN(?r) AS ?pr) (MIN(?m) AS ?com) WHERE {{
            VALUES ?c {{ {_VALUES_CLASSES} }} ?e a ?c .
            OPTIONAL {{ ?e deal:degreeCentrality ?d }} OPTIONAL {{ ?e deal:betweennessCentrality ?b }}
            OPTIONAL {{ ?e deal:pagerank ?r }} OPTIONAL {{ ?e deal:community ?m }} }} GROUP BY ?e""",
    ):
        scores[_text(row["e"])] = {k: v for k, v in row.items() if v["type"] == "literal"}
    out = {}
    for iri, type_ in types.items():
        names, s = labels.get(iri, {}), scores.get(iri, {})
        ko, en = sorted(names.get("ko", [])), sorted(names.get("en", []))
        other = sorted(n for lang, ns in names.items() if lang not in ("ko", "en", "alt") for n in ns)
        primary = {ko[0] if ko else "", en[0] if en else ""}
        aliases = sorted(set(ko[1:] + en[1:] + other + names.get("alt", [])) - primary)
        community = _float(s.get("com"))
        out[iri] = Entity(
            iri=iri,
            label_ko=ko[0] if ko else "",
            label_en=en[0] if en else "",
            aliases=tuple(aliases),
            type=type_,
            degree=_float(s.get("deg")) or 0.0,
            betweenness=_float(s.get("btw")) or 0.0,
            pagerank=_float(s.get("pr")) or 0.0,
            community=None if community is None else int(community),
        )
    return out


_FACT_FIELDS = {  # variable → property path from the fact node
    "cls": "a",
    "status": "deal:status",
    "date": "deal:date",
    "dur": "deal:duration",
    "title": "deal:title",
    "trigger": "deal:trigger",
    "ev": "deal:evidence",
    "amtText": "deal:amount/deal:amountText",
    "amtVal": "deal:amount/schema:value",
    "cur": "deal:amount/schema:currency",
    "art": "prov:wasDerivedFrom",
}
_ARTICLE_FIELDS = {  # the same for the article a fact comes from (asked once per article, not per fact)
    "artId": "dcterms:identifier",
    "headline": "schema:headline",
    "url": "schema:url",
    "pub": "schema:datePublished",
}


def _articles(store: ox.Store) -> dict[str, dict[str, str]]:
    aggregates = " ".join(f"(MIN(?{v}_) AS ?{v})" for v in _ARTICLE_FIELDS)
    optionals = "\n".join(f"OPTIONAL {{ ?art {p} ?{v}_ }}" for v, p in _ARTICLE_FIELDS.items())
    query = f"""SELECT ?art {aggregates} WHERE {{
        {{ SELECT DISTINCT ?art WHERE {{ ?f deal:relation ?rel ; prov:wasDerivedFrom ?art }} }}
        {optionals}
    }} GROUP BY ?art"""
    return {_text(row["art"]): {k: _text(v) for k, v in row.items()} for row in _select(store, query)}


def _facts(store: ox.Store) -> list[Fact]:
    aggregates = " ".join(f"(MIN(?{v}_) AS ?{v})" for v in _FACT_FIELDS)
    optionals = "\n".join(f"OPTIONAL {{ ?f {p} ?{v}_ }}" for v, p in _FACT_FIELDS.items() if v != "cls")
    query = f"""SELECT ?f ?rel ?s ?o {aggregates} WHERE {{
        VALUES ?rel {{ {_VALUES_PREDICATES} }}
        ?f deal:relation ?rel ; deal:subject ?s ; deal:object ?o .
        OPTIONAL {{ ?f a ?cls_ FILTER(STRSTARTS(STR(?cls_), STR(deal:)) && ?cls_ NOT IN (deal:Deal, deal:Fact)) }}
        {optionals}
    }} GROUP BY ?f ?rel ?s ?o"""
    articles = _articles(store)
    no_article: dict[str, str] = {}
    facts = []
    for row in _select(store, query):
        art = _text(row.get("art"))
        a = articles.get(art, no_article)
        facts.append(
            Fact(
                iri=_text(row["f"]),
                type=_text(row.get("cls")).rsplit("#", 1)[-1],
                relation=_PREDICATE_RELATION[_text(row["rel"])],
                subject=_text(row["s"]),
                object=_text(row["o"]),
                status=_text(row.get("status")) or _ASSERTED,
                date=_text(row.get("date")),
                amount_text=_text(row.get("amtText")),
                amount_value=_float(row.get("amtVal")),
                currency=_text(row.get("cur")),
                duration=_text(row.get("dur")),
                title=_text(row.get("title")),
                trigger=_text(row.get("trigger")),
                evidence=_text(row.get("ev")),
                article_id=a.get("artId") or (_iri_tail(art) if art else ""),
                headline=a.get("headline", ""),
                url=a.get("url", ""),
                published=a.get("pub", ""),
            )
        )
    return sorted(facts, key=lambda f: f.iri)


def view_data(store: ox.Store) -> ViewData:
    """Entities with their names and scores, the asserted edges between them with their facts."""
    entities = _entities(store)
    facts = [f for f in _facts(store) if f.subject != f.object]
    triples = {
        (_text(r["s"]), _PREDICATE_RELATION[_text(r["p"])], _text(r["o"]))
        for r in _select(store, f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_VALUES_PREDICATES} }} ?s ?p ?o }}")
    }
    # An asserted fact is an edge even if a hand-made graph forgot its direct triple.
    triples |= {(f.subject, f.relation, f.object) for f in facts if f.asserted}
    triples = {(s, r, o) for s, r, o in triples if s != o}
    for s, _, o in sorted(triples):
        for end in (s, o):
            if end not in entities:  # an edge to something the graph does not type: still draw it
                entities[end] = Entity(end, "", "", (), "", 0.0, 0.0, 0.0, None)
    facts = [f for f in facts if f.subject in entities and f.object in entities]
    by_edge: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for f in facts:
        if f.asserted:
            by_edge[(f.subject, f.relation, f.object)].append(f)
    edges = tuple(
        Edge(subject=s, object=o, relation=r, facts=tuple(by_edge.get((s, r, o), ())))
        for s, r, o in sorted(triples)
    )
    return ViewData(
        entities=tuple(entities[k] for k in sorted(entities)),
        edges=edges,
        facts=tuple(facts),
    )
