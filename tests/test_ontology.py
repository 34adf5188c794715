"""The packaged ontology and SHACL shapes: they parse, cover the contract, and judge graphs right."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.validate import validate

ROOT = Path(__file__).parent.parent
ONTOLOGY = ROOT / "kg" / "ontology" / "kgdeals.ttl"
SHAPES = ROOT / "kg" / "ontology" / "shapes.ttl"
SAMPLE = ROOT / "tests" / "data" / "sample.ttl"

DEAL = rdflib.Namespace("https://w3id.org/kgdeals#")
SCHEMA = rdflib.Namespace("https://schema.org/")
ORG = rdflib.Namespace("http://www.w3.org/ns/org#")
ID = "https://w3id.org/kgdeals/id/"
MS = URIRef(ID + "org/마이크로소프트")
KT = URIRef(ID + "org/kt")
G42 = URIRef(ID + "org/g42")
HEDGED_INVESTMENT = URIRef("https://w3id.org/kgdeals/fact/ms-asia/b3")

# The terms CONTRACT.md fixes.
CONTRACT_CLASSES = [
    SCHEMA.Organization, SCHEMA.Person, SCHEMA.Country, SCHEMA.City, SCHEMA.Product,
    DEAL.Deal, DEAL.Partnership, DEAL.MOU, DEAL.JointVenture, DEAL.Merger, DEAL.Investment,
    DEAL.Acquisition, DEAL.SupplyAgreement,
]
CONTRACT_PREDICATES = [
    DEAL.partnerOf, DEAL.mouWith, DEAL.jointVentureWith, DEAL.mergedWith, DEAL.investedIn,
    DEAL.acquired, DEAL.suppliesTo, ORG.headOf, SCHEMA.parentOrganization, SCHEMA.location,
]
CONTRACT_CENTRALITY = [DEAL.degreeCentrality, DEAL.betweennessCentrality, DEAL.pagerank]


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def _sample() -> rdflib.Graph:
    return rdflib.Graph().parse(SAMPLE, format="turtle")


def _sample_with_roles() -> rdflib.Graph:
    """sample.ttl with the parties and roles of its hedged investment filled in, as docs/graph.md asks."""
    graph = _sample()
    graph.add((HEDGED_INVESTMENT, DEAL.investor, MS))
    graph.add((HEDGED_INVESTMENT, DEAL.investee, KT))
    graph.add((HEDGED_INVESTMENT, DEAL.party, MS))
    graph.add((HEDGED_INVESTMENT, DEAL.party, KT))
    return graph


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=lambda p: p.name)
def test_parses_with_rdflib_and_oxigraph(path: Path) -> None:
    rdflib_triples = len(rdflib.Graph().parse(path, format="turtle"))
    oxigraph_triples = len(list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)))
    assert rdflib_triples > 100
    assert oxigraph_triples == rdflib_triples


def test_ontology_metadata(ontology: rdflib.Graph) -> None:
    onto = URIRef("https://w3id.org/kgdeals")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    dcterms = rdflib.Namespace("http://purl.org/dc/terms/")
    for prop in (dcterms.title, dcterms.description, OWL.versionInfo, dcterms.license):
        assert ontology.value(onto, prop) is not None, prop
    assert ontology.value(onto, dcterms.creator) == Literal("kg project")


def test_contract_terms_are_declared(ontology: rdflib.Graph) -> None:
    for cls in CONTRACT_CLASSES:
        assert (cls, RDF.type, OWL.Class) in ontology, cls
    for prop in CONTRACT_PREDICATES:
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology, prop
    for prop in CONTRACT_CENTRALITY:
        assert (prop, RDF.type, OWL.DatatypeProperty) in ontology, prop
    for cls in CONTRACT_CLASSES[6:]:
        assert (cls, RDFS.subClassOf, DEAL.Deal) in ontology, cls
    assert (DEAL.Deal, RDFS.subClassOf, DEAL.Fact) in ontology
    for prop in (DEAL.partnerOf, DEAL.mouWith, DEAL.jointVentureWith, DEAL.mergedWith):
        assert (prop, RDF.type, OWL.SymmetricProperty) in ontology, prop
    for prop in (DEAL.investedIn, DEAL.acquired, DEAL.suppliesTo):
        assert (prop, RDF.type, OWL.SymmetricProperty) not in ontology, prop


def test_every_term_has_korean_and_english_label_and_comment(ontology: rdflib.Graph) -> None:
    declared = {
        s for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef)
    }
    assert DEAL.community in declared and DEAL.LocationFact in declared
    for term in declared:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            assert {"ko", "en"} <= langs, (term, prop)


def test_validate_returns_a_tuple() -> None:
    conforms, report = validate(_sample_with_roles())
    assert isinstance(conforms, bool) and isinstance(report, str)
    assert conforms, report


def test_sample_conforms() -> None:
    conforms, report = validate(_sample())
    assert conforms, report


def test_fact_without_evidence_fails() -> None:
    graph = _sample_with_roles()
    fact = URIRef("https://w3id.org/kgdeals/fact/ms-kt/a1")
    assert graph.value(fact, DEAL.evidence) is not None
    graph.remove((fact, DEAL.evidence, None))
    conforms, report = validate(graph)
    assert not conforms
    assert "deal:evidence" in report
    assert str(fact) in report


def test_head_of_from_an_organization_fails() -> None:
    graph = _sample_with_roles()
    graph.add((KT, ORG.headOf, G42))
    conforms, report = validate(graph)
    assert not conforms
    assert "The subject of org:headOf must be a schema:Person." in report


def test_pagerank_above_one_fails() -> None:
    graph = _sample_with_roles()
    graph.set((MS, DEAL.pagerank, Literal(1.5)))
    conforms, report = validate(graph)
    assert not conforms
    assert "deal:pagerank" in report


def test_unknown_status_and_bad_currency_fail() -> None:
    graph = _sample_with_roles()
    fact = URIRef("https://w3id.org/kgdeals/fact/ms-kt/a2")
    amount = URIRef("https://w3id.org/kgdeals/fact/ms-asia/b1-amount")
    graph.set((fact, DEAL.status, Literal("maybe")))
    graph.set((amount, SCHEMA.currency, Literal("usd")))
    conforms, report = validate(graph)
    assert not conforms
    assert "deal:status" in report and "schema:currency" in report


def test_direct_edges_and_asserted_facts_match() -> None:
    graph = _sample_with_roles()
    graph.remove((MS, DEAL.partnerOf, G42))  # asserted fact a2 loses its edge
    graph.add((G42, DEAL.acquired, KT))  # an edge with no fact behind it
    conforms, report = validate(graph)
    assert not conforms
    assert "that triple is missing" in report
    assert "has no asserted fact node" in report


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    dataset = rdflib.Dataset()
    entities = dataset.graph(URIRef("https://w3id.org/kgdeals/graph/entities"))
    facts = dataset.graph(URIRef("https://w3id.org/kgdeals/graph/article/ms-kt"))
    for triple in _sample_with_roles():
        target = entities if triple[1] in (RDF.type, RDFS.label) and "/id/" in str(triple[0]) else facts
        target.add(triple)
    conforms, report = validate(dataset)
    assert conforms, report
