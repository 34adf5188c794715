"""The Python API (kg.build_graph, KnowledgeGraph): pinned names, cheap import, same output as `kg build`."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli

DEAL_TEXT = "KT는 마이크로소프트와 5년간 파트너십을 맺었다. 김영섭 KT 대표가 발표했다.\n"
KT = "https://w3id.org/kgdeals/id/org/kt"
MS = "https://w3id.org/kgdeals/id/org/마이크로소프트"


def test_public_names_are_pinned() -> None:
    assert kg.__all__ == [
        "Article", "GraphError", "InputError", "KgError", "KnowledgeGraph", "QueryError", "RemoteError",
        "Source", "build_graph", "open_graph",
    ]
    for name in kg.__all__:
        assert getattr(kg, name) is not None


def test_import_kg_loads_no_heavy_library() -> None:
    code = "import sys, kg; print(sorted(m for m in ('kiwipiepy', 'rdflib', 'pyoxigraph', 'networkx') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.fixture(scope="module")
def graph() -> kg.KnowledgeGraph:
    return kg.build_graph([DEAL_TEXT, kg.Article(id="g42", text="마이크로소프트는 G42에 15억 달러를 투자했다.\n")])


def test_build_from_texts_and_articles_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    g = kg.build_graph(DEAL_TEXT)
    assert list(tmp_path.iterdir()) == []
    rows = g.query("SELECT ?l WHERE { ?o deal:partnerOf ?p . ?p rdfs:label ?l FILTER(lang(?l) = 'ko') }")
    assert rows == [{"l": "마이크로소프트"}]


def test_query_rows_ask_and_params(graph: kg.KnowledgeGraph) -> None:
    assert graph.query("ASK { ?p org:headOf ?o }") == [{}]
    assert graph.query("ASK { ?p deal:acquired ?o }") == []
    rows = graph.query("SELECT DISTINCT ?o WHERE { ?o rdfs:label ?l FILTER(STR(?l) = ?name) }", name="KT")
    assert rows == [{"o": KT}]
    with pytest.raises(kg.QueryError, match="SERVICE"):
        graph.query("SELECT * { SERVICE <http://example.com/sparql> { ?s ?p ?o } }")


def test_rdflib_networkx_and_html(graph: kg.KnowledgeGraph) -> None:
    ds = graph.rdflib()
    names = {str(g.identifier) for g in ds.graphs()}
    assert "https://w3id.org/kgdeals/graph/article/text-1" in names
    assert "https://w3id.org/kgdeals/graph/article/g42" in names
    nx_graph = graph.networkx()
    assert nx_graph.has_edge(KT, MS) and nx_graph.nodes[MS]["label"] == "마이크로소프트"
    assert ("https://w3id.org/kgdeals/id/person/김영섭", KT, "leads") in set(nx_graph.edges(keys=True))
    page = graph.html()
    assert "Content-Security-Policy" in page and "마이크로소프트" in page


def test_save_gives_what_kg_build_writes(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "deal.txt").write_text(DEAL_TEXT, encoding="utf-8")
    kg.build_graph([src]).save(tmp_path / "api")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "cli"), "-q"])
    assert result.exit_code == 0, result.output
    for name in ("graph.ttl", "graph.html", "centrality.csv"):
        assert (tmp_path / "api" / name).read_bytes() == (tmp_path / "cli" / name).read_bytes(), name
    opened = kg.open_graph(tmp_path / "cli")
    assert len(opened) == len(kg.open_graph(tmp_path / "api")) > 0
    assert opened.query("ASK { ?a deal:partnerOf ?b }") == [{}]


def test_duplicate_ids_and_bad_items_are_errors() -> None:
    with pytest.raises(kg.InputError, match="duplicate article id 'x'"):
        kg.build_graph([kg.Article(id="x", text="가"), kg.Article(id="x", text="나")])
    with pytest.raises(TypeError):
        kg.build_graph([42])  # type: ignore[list-item]
