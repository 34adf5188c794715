"""`kg export` and `kg centrality`: formats that round-trip, deterministic bytes."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.export import export
from kg.rdf import ENTITIES_GRAPH, article_graph_iri
from kg.store import open_store, save, to_rdflib

SAMPLE = Path(__file__).parent / "data" / "sample.ttl"
MS = "https://w3id.org/kgdeals/id/org/마이크로소프트"


def run(*args: str) -> tuple[int, bytes]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout_bytes


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder with one named graph per article, as `kg build` writes it."""
    out = tmp_path_factory.mktemp("out")
    quads = []
    for s, p, o in Graph().parse(SAMPLE):
        graph = ENTITIES_GRAPH if "/id/" in str(s) else article_graph_iri("ms-asia" if "ms-asia" in str(s) else "ms-kt")
        quads.append((s, p, o, graph))
    save(quads, out)
    return out


def test_turtle_round_trips(built: Path) -> None:
    code, data = run("export", "--graph", str(built), "--format", "turtle")
    assert code == 0
    g = Graph().parse(data=data, format="turtle")
    reference = Graph().parse(data=export(open_store(built), "nt"), format="nt")
    assert isomorphic(g, reference)
    assert len(g) == len(Graph().parse(SAMPLE))
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == len(g)  # pyoxigraph agrees with rdflib


def test_trig_keeps_one_graph_per_article(built: Path) -> None:
    code, data = run("export", "--graph", str(built), "--format", "trig")
    assert code == 0
    ds = Dataset()
    ds.parse(data=data, format="trig")
    names = {str(g.identifier) for g in ds.graphs()}
    assert {str(article_graph_iri("ms-kt")), str(article_graph_iri("ms-asia")), str(ENTITIES_GRAPH)} <= names
    original = to_rdflib(open_store(built))
    for name in (article_graph_iri("ms-kt"), ENTITIES_GRAPH):
        assert isomorphic(ds.graph(name), original.graph(name))


def test_nt_nquads_and_jsonld_parse_back(built: Path) -> None:
    triples = len(Graph().parse(SAMPLE))
    assert len(Graph().parse(data=export(open_store(built), "nt"), format="nt")) == triples
    nq = Dataset()
    nq.parse(data=export(open_store(built), "nquads"), format="nquads")
    assert len({(s, p, o) for s, p, o, _ in nq.quads()}) == triples
    data = export(open_store(built), "jsonld")
    doc = json.loads(data)
    assert doc["@context"]["deal"] == "https://w3id.org/kgdeals#"
    assert any("deal:partnerOf" in node for node in doc["@graph"])
    back = Graph().parse(data=data, format="json-ld")
    assert isomorphic(back, Graph().parse(data=export(open_store(built), "nt"), format="nt"))


def test_graphml_and_gexf_read_by_networkx(built: Path, tmp_path: Path) -> None:
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        target = tmp_path / f"g.{fmt}"
        code, _ = run("export", "--graph", str(built), "--format", fmt, "-o", str(target))
        assert code == 0
        g = reader(target)
        assert g.nodes[MS]["label"] == "마이크로소프트"
        assert g.nodes[MS]["type"] == "Organization"
        assert g.nodes[MS]["degree"] == pytest.approx(1.0)  # read from the graph's deal:degreeCentrality
        relations = {d["relation"] for _, _, d in g.edges(data=True)}
        assert {"partnership", "investment", "leads", "located_in"} <= relations


def test_exports_are_deterministic(built: Path) -> None:
    for fmt in ("turtle", "trig", "jsonld", "graphml", "gexf"):
        assert export(open_store(built), fmt) == export(open_store(built), fmt), fmt


def test_csv_to_stdout_and_files(built: Path, tmp_path: Path) -> None:
    code, data = run("export", "--graph", str(built), "--format", "csv")
    assert code == 0
    nodes, edges = data.decode("utf-8").split("\n\n")
    assert nodes.startswith("iri,label,type,degree") and "마이크로소프트" in nodes
    assert edges.startswith("source,relation,target")
    code, _ = run("export", "--graph", str(built), "--format", "csv", "-o", str(tmp_path / "deals.csv"))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "deals-edges.csv").read_text(encoding="utf-8"))))
    assert {"source_label": "KT", "relation": "partnership", "target_label": "마이크로소프트"}.items() <= {
        k: v for r in rows if r["source_label"] == "KT" and r["relation"] == "partnership" for k, v in r.items()
    }.items()
    assert (tmp_path / "deals-nodes.csv").is_file()


def test_export_missing_graph_is_an_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", "--graph", str(tmp_path / "none"), "--format", "turtle"])
    assert result.exit_code == 1 and "Error:" in result.output and "none" in result.output


def test_centrality_table_and_csv(tmp_path: Path) -> None:
    target = tmp_path / "c.csv"
    result = CliRunner().invoke(cli, ["centrality", "--graph", str(SAMPLE), "--top", "3", "-o", str(target)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["label", "type", "degree", "betweenness", "pagerank"]
    assert lines[2].startswith("마이크로소프트")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["iri", "label", "type", "degree", "betweenness", "pagerank", "community"]
    assert rows[0]["iri"] == MS and len(rows) == 7


def test_centrality_of_any_graph_with_direct_edges(tmp_path: Path) -> None:
    ttl = tmp_path / "tiny.ttl"
    ttl.write_text(
        "@prefix deal: <https://w3id.org/kgdeals#> . @prefix schema: <https://schema.org/> .\n"
        "<http://x/a> a schema:Organization . <http://x/b> a schema:Organization . <http://x/c> a schema:Organization .\n"
        "<http://x/a> deal:acquired <http://x/b> . <http://x/c> deal:suppliesTo <http://x/a> .\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["centrality", "--graph", str(ttl)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[2].split()[0] == "a"  # labelled by the IRI's last segment
