"""A built graph → the plain, frozen data the viewer draws (entities, asserted edges, facts).

Reads any store in the shape of docs/graph.md, over the union of its graphs, so it
works on a store loaded from `graph.ttl` (default graph) and on one holding the
per-article named graphs alike.  Everything is sorted, so the same graph always
gives the same ViewData.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, TypeAlias
from urllib.parse import unquote

import pyoxigraph as ox

from kg.models import EntityType, RelationType, Status
from kg.rdf import EDGE_PREDICATE, ENTITY_CLASS, PREFIXES

Store: TypeAlias = ox.Store  # re-exported so that kg.render needs no RDF import

_CLASS_TYPE = {str(iri): t.value for t, iri in ENTITY_CLASS.items()}
_PREDICATE_RELATION = {str(iri): r.value for r, iri in EDGE_PREDICATE.items()}
_ASSERTED = Status.ASSERTED.value
_DEAL, _RDF_TYPE = PREFIXES["deal"], PREFIXES["rdf"] + "type"
_NOT_FACT_CLASSES = {_DEAL + "Deal", _DEAL + "Fact"}
_RDFS_LABEL, _SKOS_ALT_LABEL = PREFIXES["rdfs"] + "label", PREFIXES["skos"] + "altLabel"
_PROV_DERIVED, _DCTERMS_IDENTIFIER = PREFIXES["prov"] + "wasDerivedFrom", PREFIXES["dcterms"] + "identifier"
_SCHEMA_VALUE, _SCHEMA_CURRENCY, _SCHEMA_HEADLINE, _SCHEMA_URL, _SCHEMA_PUBLISHED = (
    PREFIXES["schema"] + name for name in ("value", "currency", "headline", "url", "datePublished"))
#: the predicates view_data_of reads
_WANTED = {_RDF_TYPE, _RDFS_LABEL, _SKOS_ALT_LABEL, _PROV_DERIVED, _DCTERMS_IDENTIFIER, _SCHEMA_VALUE, _SCHEMA_CURRENCY,
           _SCHEMA_HEADLINE, _SCHEMA_URL, _SCHEMA_PUBLISHED, *_PREDICATE_RELATION,
           *(_DEAL + name for name in ("degreeCentrality", "betweennessCentrality", "pagerank", "community", "relation",
                                       "subject", "object", "status", "date", "duration", "title", "trigger",
                                       "evidence", "amount", "amountText"))}


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


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def view_data(store: ox.Store) -> ViewData:
    """Entities with their names and scores, the asserted edges between them with their facts.

    Read from the store's indexes predicate by predicate (three times faster than SPARQL on a
    large graph).  Where an entity or fact has several values of one property (never in a graph
    kg writes), the least by its text is taken."""
    # kg.store keeps the union in the default graph; a store of named graphs only is read as their union
    # (never both: each value would be read twice)
    union = not bool(store.query("ASK { ?s ?p ?o }"))
    graph = None if union else ox.DefaultGraph()
    by_predicate: dict[str, list[tuple[str, Any]]] = {}  # predicate → (subject, object term), each pair once
    for p in _WANTED:
        quads = store.quads_for_pattern(None, ox.NamedNode(p), None, graph)
        pairs = [(q.subject.value, q.object) for q in quads]  # type: ignore[union-attr]  # (no RDF-star subjects)
        if pairs:
            by_predicate[p] = list(dict.fromkeys(pairs)) if union else pairs

    def single(p: str, literals_only: bool = False) -> dict[str, str]:  # subject → the least value of p
        out: dict[str, str] = {}
        for s, o in by_predicate.get(p, ()):
            if (not literals_only or isinstance(o, ox.Literal)) and (s not in out or o.value < out[s]):
                out[s] = o.value
        return out

    # entities: every subject typed with an entity class
    order = {t.value: i for i, t in enumerate(EntityType)}
    types: dict[str, str] = {}
    fact_classes: dict[str, str] = {}
    for s, o in by_predicate.get(_RDF_TYPE, ()):
        cls = o.value
        if cls in _CLASS_TYPE:
            kind = _CLASS_TYPE[cls]
            if s not in types or order[kind] < order[types[s]]:
                types[s] = kind
        elif cls.startswith(_DEAL) and cls not in _NOT_FACT_CLASSES and (s not in fact_classes or cls < fact_classes[s]):
            fact_classes[s] = cls
    labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p, alt in ((_RDFS_LABEL, False), (_SKOS_ALT_LABEL, True)):
        for s, o in by_predicate.get(p, ()):
            if s in types:
                lang = (o.language or "") if isinstance(o, ox.Literal) else ""
                labels[s]["alt" if alt else (lang[:2] or "ko")].append(o.value)
    deg, btw, pr, com = (single(_DEAL + name, literals_only=True) for name in ("degreeCentrality", "betweennessCentrality", "pagerank",
                                                            "community"))
    entities: dict[str, Entity] = {}
    for iri, type_ in types.items():
        names = labels.get(iri, {})
        ko, en = sorted(names.get("ko", [])), sorted(names.get("en", []))
        other = sorted(n for lang, ns in names.items() if lang not in ("ko", "en", "alt") for n in ns)
        primary = {ko[0] if ko else "", en[0] if en else ""}
        aliases = sorted(set(ko[1:] + en[1:] + other + names.get("alt", [])) - primary)
        community = _float(com.get(iri))
        entities[iri] = Entity(
            iri=iri, label_ko=ko[0] if ko else "", label_en=en[0] if en else "", aliases=tuple(aliases), type=type_,
            degree=_float(deg.get(iri)) or 0.0, betweenness=_float(btw.get(iri)) or 0.0,
            pagerank=_float(pr.get(iri)) or 0.0,
            community=None if community is None else int(community),
        )

    # facts: every node with a relation among the edge predicates, a subject and an object
    relation = {f: p for f, p in single(_DEAL + "relation").items() if p in _PREDICATE_RELATION}
    subjects: dict[str, list[str]] = defaultdict(list)
    objects: dict[str, list[str]] = defaultdict(list)
    for s, o in by_predicate.get(_DEAL + "subject", ()):
        subjects[s].append(o.value)
    for s, o in by_predicate.get(_DEAL + "object", ()):
        objects[s].append(o.value)
    status, date, dur, title, trigger, ev = (single(_DEAL + name) for name in ("status", "date", "duration", "title",
                                                                              "trigger", "evidence"))
    derived = single(_PROV_DERIVED)
    amount: dict[str, list[str]] = defaultdict(list)
    for s, o in by_predicate.get(_DEAL + "amount", ()):
        amount[s].append(o.value)
    amount_text, amount_value, currency = (single(p) for p in (_DEAL + "amountText", _SCHEMA_VALUE, _SCHEMA_CURRENCY))
    identifier, headline, url, published = (single(p) for p in (_DCTERMS_IDENTIFIER, _SCHEMA_HEADLINE, _SCHEMA_URL,
                                                                _SCHEMA_PUBLISHED))

    def least(values: dict[str, str], nodes: list[str]) -> str:
        found = [values[n] for n in nodes if n in values]
        return min(found) if found else ""

    facts: list[Fact] = []
    for f, rel in relation.items():
        art = derived.get(f, "")
        amounts = amount.get(f, [])
        value = least(amount_value, amounts)
        base = dict(
            iri=f, type=fact_classes.get(f, "").rsplit("#", 1)[-1], relation=_PREDICATE_RELATION[rel],
            status=status.get(f) or _ASSERTED, date=date.get(f, ""), amount_text=least(amount_text, amounts),
            amount_value=_float(value) if value else None,
            currency=least(currency, amounts), duration=dur.get(f, ""), title=title.get(f, ""),
            trigger=trigger.get(f, ""), evidence=ev.get(f, ""),
            article_id=identifier.get(art) or (_iri_tail(art) if art else ""), headline=headline.get(art, ""),
            url=url.get(art, ""), published=published.get(art, ""),
        )
        for s in sorted(subjects.get(f, ())):
            for o in sorted(objects.get(f, ())):
                if s != o:
                    facts.append(Fact(subject=s, object=o, **base))  # type: ignore[arg-type]
    facts.sort(key=lambda f: f.iri)
    edges = {(s, _PREDICATE_RELATION[p], o.value) for p in _PREDICATE_RELATION for s, o in by_predicate.get(p, ())}
    return _assemble(entities, facts, edges)


def _assemble(entities: dict[str, Entity], facts: list[Fact], triples: set[tuple[str, str, str]]) -> ViewData:
    """The view of these entities, facts and direct (subject, relation, object) triples."""
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
