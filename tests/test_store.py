"""The store: save writes graph.ttl and an on-disk store; open_store opens any graph."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg import store as kgstore
from kg.errors import GraphError
from kg.export import export
from kg.rdf import ENTITIES_GRAPH, article_graph_iri

SAMPLE = Path(__file__).parent / "data" / "sample.ttl"
MS = "https://w3id.org/kgdeals/id/org/마이크로소프트"


def _quads() -> list[tuple]:
    g = Graph().parse(SAMPLE)
    quads = []
    for s, p, o in g:
        graph = ENTITIES_GRAPH if "/id/" in str(s) and "partnerOf" not in str(p) else article_graph_iri("ms-kt")
        quads.append((s, p, o, graph))
    # the same edge from a second article: one triple in graph.ttl, in two named graphs in the store
    quads.append((URIRef("https://w3id.org/kgdeals/id/org/kt"), URIRef("https://w3id.org/kgdeals#partnerOf"),
                  URIRef(MS), article_graph_iri("ms-asia")))
    return quads


def test_save_writes_turtle_and_a_store_with_named_graphs(tmp_path: Path) -> None:
    count = kgstore.save(_quads(), tmp_path)
    assert (tmp_path / "graph.ttl").is_file() and (tmp_path / "store").is_dir()
    ttl = Graph().parse(tmp_path / "graph.ttl")
    assert count == len(ttl) == len(Graph().parse(SAMPLE))
    store = kgstore.open_store(tmp_path)
    graphs = {g.value for g in store.named_graphs()}
    assert {str(ENTITIES_GRAPH), str(article_graph_iri("ms-kt")), str(article_graph_iri("ms-asia"))} <= graphs
    # the default graph is the union, each triple once
    n = store.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert int(next(iter(n))["n"].value) == count


def test_save_is_deterministic_and_replaces_the_old_store(tmp_path: Path) -> None:
    kgstore.save(_quads(), tmp_path)
    first = (tmp_path / "graph.ttl").read_bytes()
    kgstore.save(list(reversed(_quads())), tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "store"]


def test_a_failed_store_write_leaves_the_old_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kgstore.save(_quads(), tmp_path)
    real_replace = kgstore.os.replace

    def replace(src: Path, dst: Path) -> None:
        if Path(src).name.endswith(".tmp"):  # the new store is complete, but swapping it in fails
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(kgstore.os, "replace", replace)
    with pytest.raises(OSError):
        kgstore.save(_quads()[:3], tmp_path)
    monkeypatch.undo()
    store = kgstore.open_store(tmp_path)
    assert any(True for _ in store.quads_for_pattern(ox.NamedNode(MS), None, None, None))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "store"]


def test_open_store_reads_files_and_folders(tmp_path: Path) -> None:
    assert len(kgstore.open_store(SAMPLE)) == len(Graph().parse(SAMPLE))
    (tmp_path / "graph.ttl").write_bytes(SAMPLE.read_bytes())
    assert len(kgstore.open_store(tmp_path)) == len(Graph().parse(SAMPLE))
    trig = tmp_path / "g.trig"
    trig.write_text("<http://a> { <http://a> <http://p> <http://b> . }\n", encoding="utf-8")
    store = kgstore.open_store(trig)
    assert bool(store.query("ASK { <http://a> <http://p> <http://b> }"))  # default graph = union
    jsonld = tmp_path / "g.jsonld"
    jsonld.write_text('{"@context": {"s": "https://schema.org/"}, "@id": "s:x", "s:name": "엑스"}', encoding="utf-8")
    assert len(kgstore.open_store(jsonld)) == 1


def test_open_store_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="nowhere") as exc:
        kgstore.open_store(tmp_path / "nowhere")
    assert "kg build" in str(exc.value)
    with pytest.raises(GraphError, match="no graph here"):
        kgstore.open_store(tmp_path)
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix a: <http://a#> .\n\na:b a:c "x .\n', encoding="utf-8")
    with pytest.raises(GraphError, match=r"bad\.ttl:3"):
        kgstore.open_store(bad)
    remote = tmp_path / "remote.jsonld"
    remote.write_text('{"@context": "http://example.com/ctx.jsonld", "@id": "x"}', encoding="utf-8")
    with pytest.raises(GraphError, match="remote.jsonld"):
        kgstore.open_store(remote)


def test_entity_graph_data_reads_nodes_and_direct_edges() -> None:
    nodes, edges = kgstore.entity_graph_data(kgstore.open_store(SAMPLE))
    by_iri = {n.iri: n for n in nodes}
    assert by_iri[MS].label == "마이크로소프트" and by_iri[MS].type == "Organization"
    assert by_iri["https://w3id.org/kgdeals/id/person/김영섭"].type == "Person"
    rel = {(e.subject.rsplit("/", 1)[-1], e.relation, e.object.rsplit("/", 1)[-1]) for e in edges}
    assert ("kt", "partnership", "마이크로소프트") in rel
    assert ("김영섭", "leads", "kt") in rel
    assert ("g42", "located_in", "아랍에미리트") in rel


def test_to_rdflib_keeps_named_graphs(tmp_path: Path) -> None:
    kgstore.save(_quads(), tmp_path)
    ds = kgstore.to_rdflib(kgstore.open_store(tmp_path))
    assert ds.graph(article_graph_iri("ms-asia")).__len__() == 1
    union = Graph()
    for s, p, o, _ in ds.quads():
        union.add((s, p, o))
    exported = Graph().parse(data=export(kgstore.open_store(tmp_path), "turtle"), format="turtle")
    assert isomorphic(union, exported)


QUESTIONS = [
    "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type",
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "SELECT ?f ?ev ?start WHERE { ?f deal:evidence ?ev ; deal:evidenceStart ?start }",
    "SELECT ?e (MIN(STR(?l)) AS ?label) (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?e rdfs:label ?l ; deal:mentionedIn ?a } GROUP BY ?e",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
]


def test_the_store_answers_as_graph_ttl_does(seeds_build: Path) -> None:
    """The store holds named graphs and their union as its default graph: every query without
    GRAPH gives the same solutions as graph.ttl, and its union dumps to graph.ttl's triples."""
    from kg.query import run_query

    on_disk = kgstore.open_store(seeds_build)
    in_memory = kgstore.load_into_memory(seeds_build)
    from_file = kgstore.load_file(seeds_build / "graph.ttl")
    assert len(list(on_disk.named_graphs())) > 3
    for sparql in QUESTIONS:
        expected = sorted(map(str, run_query(from_file, sparql).terms))
        assert sorted(map(str, run_query(on_disk, sparql).terms)) == expected, sparql
        assert sorted(map(str, run_query(in_memory, sparql).terms)) == expected, sparql
    assert kgstore.sorted_ntriples(on_disk) == kgstore.sorted_ntriples(from_file)


def test_turtle_export_of_a_build_streams_graph_ttl(seeds_build: Path) -> None:
    import io

    from kg.export import stream_saved

    for fmt in ("turtle", "nt"):
        out = io.BytesIO()
        assert stream_saved(seeds_build, fmt, out)
        assert out.getvalue() == export(kgstore.open_store(seeds_build), fmt), fmt
    assert not stream_saved(seeds_build, "trig", io.BytesIO())
    assert not stream_saved(SAMPLE, "turtle", io.BytesIO())


def test_non_canonical_literals_are_written_as_the_store_keeps_them(tmp_path: Path) -> None:
    from rdflib import Literal
    from rdflib.namespace import XSD

    value = URIRef("https://schema.org/value")
    kgstore.save([(URIRef(MS), value, Literal("2.50", datatype=XSD.decimal), ENTITIES_GRAPH)], tmp_path)
    assert kgstore.sorted_ntriples(kgstore.open_store(tmp_path)) == kgstore.sorted_ntriples(
        kgstore.load_file(tmp_path / "graph.ttl"))


def test_quads_given_later_are_prepared_as_if_given_at_once() -> None:
    """`then` (centrality, computed meanwhile in another process) adds the analysis graph after the
    rest is loaded: the same store, N-Quads and sorted union as one call with every quad."""
    from rdflib import Literal
    from rdflib.namespace import XSD

    from kg.rdf import ANALYSIS_GRAPH

    score = URIRef("https://w3id.org/kgdeals#pagerank")
    kt = URIRef("https://w3id.org/kgdeals/id/org/kt")
    analysis = [(URIRef(MS), score, Literal("0.50", datatype=XSD.double), ANALYSIS_GRAPH),
                (kt, score, Literal("0.25", datatype=XSD.double), ANALYSIS_GRAPH)]
    same_graph_as_before = [(kt, URIRef("https://w3id.org/kgdeals#partnerOf"), URIRef(MS), article_graph_iri("ms-kt"))]
    in_default = [(URIRef(MS), score, Literal("1.0", datatype=XSD.double), None)]

    def content(p: kgstore.Prepared) -> tuple[list[bytes], bytes, list[bytes]]:
        return sorted(p.nquads.splitlines()), p.ntriples, sorted((p.store.dump(format=ox.RdfFormat.N_QUADS) or b"").splitlines())

    for later in (analysis, analysis + same_graph_as_before, analysis + in_default):
        at_once = kgstore.prepare(_quads() + later)
        in_two = kgstore.prepare(_quads(), then=lambda later=later: later)  # type: ignore[misc]
        assert content(in_two) == content(at_once)
        assert b'"0.5"^^<http://www.w3.org/2001/XMLSchema#double> .' in at_once.ntriples  # (in the store's form)
        assert in_two.ntriples.splitlines() == sorted(in_two.ntriples.splitlines())
