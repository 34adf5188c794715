"""The namespace, IRI minting, and extraction results → RDF triples."""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from decimal import Decimal
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.models import Article, Entity, EntityType, Relation, RelationType, Status

DEAL = Namespace("https://w3id.org/kgdeals#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
BASE = "https://w3id.org/kgdeals/"

PREFIXES = {
    "deal": str(DEAL),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "xsd": str(XSD),
}

ENTITY_CLASS = {
    EntityType.ORGANIZATION: SCHEMA.Organization,
    EntityType.PERSON: SCHEMA.Person,
    EntityType.COUNTRY: SCHEMA.Country,
    EntityType.CITY: SCHEMA.City,
    EntityType.PRODUCT: SCHEMA.Product,
    EntityType.PLACE: SCHEMA.Place,
}
CLASS_ENTITY = {v: k for k, v in ENTITY_CLASS.items()}
_TYPE_SLUG = {
    EntityType.ORGANIZATION: "org",
    EntityType.PERSON: "person",
    EntityType.COUNTRY: "country",
    EntityType.CITY: "city",
    EntityType.PRODUCT: "product",
    EntityType.PLACE: "place",
}

EDGE_PREDICATE = {
    RelationType.PARTNERSHIP: DEAL.partnerOf,
    RelationType.MOU: DEAL.mouWith,
    RelationType.JOINT_VENTURE: DEAL.jointVentureWith,
    RelationType.MERGER: DEAL.mergedWith,
    RelationType.INVESTMENT: DEAL.investedIn,
    RelationType.ACQUISITION: DEAL.acquired,
    RelationType.SUPPLY: DEAL.suppliesTo,
    RelationType.LEADS: ORG.headOf,
    RelationType.SUBSIDIARY_OF: SCHEMA.parentOrganization,
    RelationType.LOCATED_IN: SCHEMA.location,
}
PREDICATE_RELATION = {v: k for k, v in EDGE_PREDICATE.items()}

FACT_CLASS = {
    RelationType.PARTNERSHIP: DEAL.Partnership,
    RelationType.MOU: DEAL.MOU,
    RelationType.JOINT_VENTURE: DEAL.JointVenture,
    RelationType.MERGER: DEAL.Merger,
    RelationType.INVESTMENT: DEAL.Investment,
    RelationType.ACQUISITION: DEAL.Acquisition,
    RelationType.SUPPLY: DEAL.SupplyAgreement,
    RelationType.LEADS: DEAL.Leadership,
    RelationType.SUBSIDIARY_OF: DEAL.SubsidiaryRelation,
    RelationType.LOCATED_IN: DEAL.LocationFact,
}
ROLES = {  # directed deals: (subject role, object role)
    RelationType.INVESTMENT: (DEAL.investor, DEAL.investee),
    RelationType.ACQUISITION: (DEAL.acquirer, DEAL.target),
    RelationType.SUPPLY: (DEAL.supplier, DEAL.customer),
}

ENTITIES_GRAPH = URIRef(BASE + "graph/entities")
ANALYSIS_GRAPH = URIRef(BASE + "graph/analysis")


@functools.lru_cache(maxsize=1 << 17)
def normalise_name(name: str) -> str:
    """The key two surface forms must share to be one entity (NFKC, casefolded, no spaces or dots)."""
    name = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s·.\-_'’‘\"“”]+", "", name)


@functools.lru_cache(maxsize=1 << 16)
def _segment(text: str) -> str:
    # Letters and digits of any script stay readable; everything else is percent-encoded.
    return "".join(ch if ch.isalnum() else quote(ch, safe="") for ch in text)


@functools.lru_cache(maxsize=1 << 16)
def entity_iri(type_: EntityType, key: str) -> URIRef:
    return URIRef(f"{BASE}id/{_TYPE_SLUG[type_]}/{_segment(key)}")


@functools.lru_cache(maxsize=1 << 16)
def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}article/{_segment(article_id)}")


@functools.lru_cache(maxsize=1 << 16)
def article_graph_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}graph/article/{_segment(article_id)}")


def fact_iri(article_id: str, *parts: object) -> URIRef:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{BASE}fact/{_segment(article_id)}/{digest}")


# ---- extraction results → quads -----------------------------------------------------------
# Built as pyoxigraph terms straight away: the store, graph.ttl and the viewer all read them,
# and converting a few hundred thousand rdflib terms cost more than the rest of the build tail.

Quad = ox.Quad
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER, _DOUBLE, _DECIMAL = ox.NamedNode(_XSD + "integer"), ox.NamedNode(_XSD + "double"), ox.NamedNode(_XSD + "decimal")


@functools.lru_cache(maxsize=1 << 16)
def node(iri: str) -> ox.NamedNode:
    """The pyoxigraph IRI of `iri` (an rdflib URIRef is a str): each one made once."""
    return ox.NamedNode(iri)


@functools.lru_cache(maxsize=1 << 16)
def entity_node(type_: EntityType, key: str) -> ox.NamedNode:
    return ox.NamedNode(entity_iri(type_, key))


# the IRIs the quads below use, made once (an rdflib namespace lookup costs more than a quad)
_TYPE, _LABEL, _ALT_LABEL = node(RDF.type), node(RDFS.label), node(SKOS.altLabel)
_NEWS, _IDENTIFIER, _HEADLINE = node(SCHEMA.NewsArticle), node(DCTERMS.identifier), node(SCHEMA.headline)
_URL, _PUBLISHED, _ANY_URI = node(SCHEMA.url), node(SCHEMA.datePublished), node(XSD.anyURI)
_MENTIONED_IN, _RELATION, _SUBJECT, _OBJECT = (node(DEAL.mentionedIn), node(DEAL.relation), node(DEAL.subject),
                                               node(DEAL.object))
_STATUS, _EVIDENCE, _EV_START, _EV_END = (node(DEAL.status), node(DEAL.evidence), node(DEAL.evidenceStart),
                                          node(DEAL.evidenceEnd))
_DERIVED_FROM, _TRIGGER, _PARTY, _TITLE = (node(PROV.wasDerivedFrom), node(DEAL.trigger), node(DEAL.party),
                                           node(DEAL.title))
_DATE, _DURATION, _XSD_DURATION = node(DEAL.date), node(DEAL.duration), node(XSD.duration)
_AMOUNT, _MONETARY, _VALUE, _CURRENCY, _AMOUNT_TEXT = (node(DEAL.amount), node(SCHEMA.MonetaryAmount),
                                                       node(SCHEMA.value), node(SCHEMA.currency),
                                                       node(DEAL.amountText))
_DATE_TYPES = {10: node(XSD.date), 7: node(XSD.gYearMonth), 4: node(XSD.gYear)}
_ENTITY_CLASS = {t: node(c) for t, c in ENTITY_CLASS.items()}
_EDGE = {r: node(p) for r, p in EDGE_PREDICATE.items()}
_FACT_CLASS = {r: node(c) for r, c in FACT_CLASS.items()}
_ROLES = {r: (node(a), node(b)) for r, (a, b) in ROLES.items()}
_ENTITIES_GRAPH, _ANALYSIS_GRAPH = node(ENTITIES_GRAPH), node(ANALYSIS_GRAPH)


def _lit(text: str, lang: str | None = None) -> ox.Literal:
    return ox.Literal(text, language=lang) if lang else ox.Literal(text)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_INTEGER)


def _date_literal(value: str) -> ox.Literal:
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return ox.Literal(value, datatype=_DATE_TYPES[len(value)])
    return ox.Literal(value, datatype=_DATE_TYPES[4])


def article_quads(article: Article) -> list[Quad]:
    a, g = node(article_iri(article.id)), node(article_graph_iri(article.id))
    out = [ox.Quad(a, _TYPE, _NEWS, g),
           ox.Quad(a, _IDENTIFIER, ox.Literal(article.id), g)]
    if article.title:
        out.append(ox.Quad(a, _HEADLINE, ox.Literal(article.title), g))
    if article.url:
        out.append(ox.Quad(a, _URL, ox.Literal(article.url, datatype=_ANY_URI), g))
    if article.published:
        out.append(ox.Quad(a, _PUBLISHED, _date_literal(article.published), g))
    return out


def entity_quads(entity: Entity) -> list[Quad]:
    e, g = entity_node(entity.type, entity.key), _ENTITIES_GRAPH
    out = [ox.Quad(e, _TYPE, _ENTITY_CLASS[entity.type], g)]
    if entity.label_ko:
        out.append(ox.Quad(e, _LABEL, _lit(entity.label_ko, "ko"), g))
    if entity.label_en:
        out.append(ox.Quad(e, _LABEL, _lit(entity.label_en, "en"), g))
    for alias in entity.aliases:
        out.append(ox.Quad(e, _ALT_LABEL, _lit(alias), g))
    return out


def mention_quad(entity: Entity, article_id: str) -> Quad:
    return ox.Quad(entity_node(entity.type, entity.key), _MENTIONED_IN, node(article_iri(article_id)),
                   node(article_graph_iri(article_id)))


def fact_quads(article: Article, relation: Relation, subject: Entity, object_: Entity) -> list[Quad]:
    """The fact node with its provenance, and the direct edge when the article asserts it."""
    rel, s = relation.type, relation.sentence
    g = node(article_graph_iri(article.id))
    sub, obj = entity_node(subject.type, subject.key), entity_node(object_.type, object_.key)
    f_iri = fact_iri(article.id, rel.value, sub.value, obj.value, s.start, relation.status.value)
    f = ox.NamedNode(f_iri)
    pred = _EDGE[rel]

    def q(p: ox.NamedNode, o: ox.NamedNode | ox.Literal, s_: ox.NamedNode = f) -> ox.Quad:
        return ox.Quad(s_, p, o, g)

    out = [
        q(_TYPE, _FACT_CLASS[rel]),
        q(_RELATION, pred),
        q(_SUBJECT, sub),
        q(_OBJECT, obj),
        q(_STATUS, ox.Literal(relation.status.value)),
        q(_EVIDENCE, _lit(s.text, "ko")),
        q(_EV_START, _int(s.start)),
        q(_EV_END, _int(s.end)),
        q(_DERIVED_FROM, node(article_iri(article.id))),
    ]
    if relation.trigger:
        out.append(q(_TRIGGER, ox.Literal(relation.trigger)))
    if rel.is_deal:
        out += [q(_PARTY, sub), q(_PARTY, obj)]
    if rel in ROLES:
        out += [q(_ROLES[rel][0], sub), q(_ROLES[rel][1], obj)]
    if relation.title:
        out.append(q(_TITLE, ox.Literal(relation.title)))
    if relation.date:
        out.append(q(_DATE, _date_literal(relation.date)))
    if relation.duration:
        out.append(q(_DURATION, ox.Literal(relation.duration, datatype=_XSD_DURATION)))
    if relation.amount:
        amt = ox.NamedNode(f"{f_iri}-amount")
        out += [
            q(_AMOUNT, amt),
            q(_TYPE, _MONETARY, amt),
            q(_VALUE, ox.Literal(str(Decimal(relation.amount.value)), datatype=_DECIMAL), amt),
            q(_CURRENCY, ox.Literal(relation.amount.currency), amt),
            q(_AMOUNT_TEXT, ox.Literal(relation.amount.text), amt),
        ]
    if relation.status is Status.ASSERTED:
        out.append(ox.Quad(sub, pred, obj, g))
    return out


def analysis_quads(scores: dict[str, tuple[float, float, float, int]]) -> list[Quad]:
    g = _ANALYSIS_GRAPH
    degree_p, betweenness_p, pagerank_p = (node(DEAL.degreeCentrality), node(DEAL.betweennessCentrality),
                                           node(DEAL.pagerank))
    community_p = node(DEAL.community)
    out: list[Quad] = []
    for iri, (degree, betweenness, pagerank, community) in scores.items():
        e = node(iri)
        out += [
            ox.Quad(e, degree_p, ox.Literal(repr(float(degree)), datatype=_DOUBLE), g),
            ox.Quad(e, betweenness_p, ox.Literal(repr(float(betweenness)), datatype=_DOUBLE), g),
            ox.Quad(e, pagerank_p, ox.Literal(repr(float(pagerank)), datatype=_DOUBLE), g),
            ox.Quad(e, community_p, _int(community), g),
        ]
    return out
