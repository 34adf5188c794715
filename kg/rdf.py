"""The namespace, IRI minting, and extraction results → RDF triples."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from decimal import Decimal
from urllib.parse import quote

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

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


def normalise_name(name: str) -> str:
    """The key two surface forms must share to be one entity (NFKC, casefolded, no spaces or dots)."""
    name = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s·.\-_'’‘\"“”]+", "", name)


def _segment(text: str) -> str:
    # Letters and digits of any script stay readable; everything else is percent-encoded.
    return "".join(ch if ch.isalnum() else quote(ch, safe="") for ch in text)


def entity_iri(type_: EntityType, key: str) -> URIRef:
    return URIRef(f"{BASE}id/{_TYPE_SLUG[type_]}/{_segment(key)}")


def article_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}article/{_segment(article_id)}")


def article_graph_iri(article_id: str) -> URIRef:
    return URIRef(f"{BASE}graph/article/{_segment(article_id)}")


def fact_iri(article_id: str, *parts: object) -> URIRef:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{BASE}fact/{_segment(article_id)}/{digest}")


# ---- extraction results → quads -----------------------------------------------------------

Quad = tuple[Node, Node, Node, Node]


def _lit(text: str, lang: str | None = None) -> Literal:
    return Literal(text, lang=lang)


def _date_literal(value: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.gYear)


def article_quads(article: Article) -> list[Quad]:
    a, g = article_iri(article.id), article_graph_iri(article.id)
    out: list[Quad] = [(a, RDF.type, SCHEMA.NewsArticle, g), (a, DCTERMS.identifier, Literal(article.id), g)]
    if article.title:
        out.append((a, SCHEMA.headline, Literal(article.title), g))
    if article.url:
        out.append((a, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI), g))
    if article.published:
        out.append((a, SCHEMA.datePublished, _date_literal(article.published), g))
    return out


def entity_quads(entity: Entity) -> list[Quad]:
    e, g = entity_iri(entity.type, entity.key), ENTITIES_GRAPH
    out: list[Quad] = [(e, RDF.type, ENTITY_CLASS[entity.type], g)]
    if entity.label_ko:
        out.append((e, RDFS.label, _lit(entity.label_ko, "ko"), g))
    if entity.label_en:
        out.append((e, RDFS.label, _lit(entity.label_en, "en"), g))
    for alias in entity.aliases:
        out.append((e, SKOS.altLabel, _lit(alias), g))
    return out


def fact_quads(article: Article, relation: Relation, subject: URIRef, object_: URIRef) -> list[Quad]:
    """The fact node with its provenance, and the direct edge when the article asserts it."""
    rel, s = relation.type, relation.sentence
    g = article_graph_iri(article.id)
    f = fact_iri(article.id, rel.value, subject, object_, s.start, relation.status.value)
    pred = EDGE_PREDICATE[rel]
    out: list[Quad] = [
        (f, RDF.type, FACT_CLASS[rel], g),
        (f, DEAL.relation, pred, g),
        (f, DEAL.subject, subject, g),
        (f, DEAL.object, object_, g),
        (f, DEAL.status, Literal(relation.status.value), g),
        (f, DEAL.evidence, _lit(s.text, "ko"), g),
        (f, DEAL.evidenceStart, Literal(s.start), g),
        (f, DEAL.evidenceEnd, Literal(s.end), g),
        (f, PROV.wasDerivedFrom, article_iri(article.id), g),
    ]
    if relation.trigger:
        out.append((f, DEAL.trigger, Literal(relation.trigger), g))
    if rel.is_deal:
        out += [(f, DEAL.party, subject, g), (f, DEAL.party, object_, g)]
    if rel in ROLES:
        out += [(f, ROLES[rel][0], subject, g), (f, ROLES[rel][1], object_, g)]
    if relation.title:
        out.append((f, DEAL.title, Literal(relation.title), g))
    if relation.date:
        out.append((f, DEAL.date, _date_literal(relation.date), g))
    if relation.duration:
        out.append((f, DEAL.duration, Literal(relation.duration, datatype=XSD.duration), g))
    if relation.amount:
        amt = URIRef(f"{f}-amount")
        out += [
            (f, DEAL.amount, amt, g),
            (amt, RDF.type, SCHEMA.MonetaryAmount, g),
            (amt, SCHEMA.value, Literal(Decimal(relation.amount.value), datatype=XSD.decimal), g),
            (amt, SCHEMA.currency, Literal(relation.amount.currency), g),
            (amt, DEAL.amountText, Literal(relation.amount.text), g),
        ]
    if relation.status is Status.ASSERTED:
        out.append((subject, pred, object_, g))
    return out


def analysis_quads(scores: dict[str, tuple[float, float, float, int]]) -> list[Quad]:
    g = ANALYSIS_GRAPH
    out: list[Quad] = []
    for iri, (degree, betweenness, pagerank, community) in scores.items():
        e = URIRef(iri)
        out += [
            (e, DEAL.degreeCentrality, Literal(degree, datatype=XSD.double), g),
            (e, DEAL.betweennessCentrality, Literal(betweenness, datatype=XSD.double), g),
            (e, DEAL.pagerank, Literal(pagerank, datatype=XSD.double), g),
            (e, DEAL.community, Literal(community), g),
        ]
    return out
