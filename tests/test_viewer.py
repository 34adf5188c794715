"""The viewer without a browser: what view_data reads, what the page embeds, and what it must never do."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pyoxigraph as ox
import pytest
from browser_util import HOSTILE, ID, MS, XSS_SCRIPT, hostile_store, sample_store

from kg.render import CSP, render_html, safe_url, script_json, shorten, write_viewer
from kg.viewdata import view_data

KT = ID + "org/kt"


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m, "the page embeds its graph as JSON"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def sample_html() -> str:
    return render_html(view_data(sample_store()))


def test_view_data_reads_names_scores_edges_and_facts() -> None:
    data = view_data(sample_store())
    ms = next(e for e in data.entities if e.iri == MS)
    assert (ms.label_ko, ms.label_en, ms.aliases, ms.type) == ("마이크로소프트", "Microsoft", ("MS",), "Organization")
    assert (ms.degree, ms.betweenness, ms.pagerank, ms.community) == (1.0, 0.9, 0.35, 0)
    edges = {(e.subject, e.relation, e.object): e for e in data.edges}
    partnership = edges[(KT, "partnership", MS)]
    (fact,) = partnership.facts
    assert fact.evidence == "KT는 MS와 5년간 파트너십을 맺었다."
    assert (fact.date, fact.duration, fact.headline, fact.url) == (
        "2024-09-10", "P5Y", "MS, KT와 5년 AI 동맹", "https://news.example/ms-kt")
    malaysia = edges[(MS, "investment", ID + "country/말레이시아")].facts[0]
    assert (malaysia.amount_text, malaysia.amount_value, malaysia.currency) == ("22억 달러", 2.2e9, "USD")
    assert edges[(ID + "person/김영섭", "leads", KT)].facts[0].title == "대표"
    # The hedged investment in KT is a fact for the panel, never an edge.
    assert (MS, "investment", KT) not in edges
    assert any(f.status == "hedged" and f.object == KT for f in data.facts)


def test_view_data_reads_named_graphs_too() -> None:
    flat = sample_store()
    named = ox.Store()
    graph = ox.NamedNode("https://w3id.org/kgdeals/graph/article/ms-kt")
    named.extend(ox.Quad(q.subject, q.predicate, q.object, graph) for q in flat)
    assert view_data(named) == view_data(flat)


def test_page_is_self_contained_with_a_csp(sample_html: str) -> None:
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP.replace(chr(39), "&#39;")}">' in sample_html
    assert "default-src &#39;none&#39;" in sample_html
    assert not re.search(r"<script[^>]*\bsrc\s*=", sample_html, re.I)
    assert not re.search(r"<link\b", sample_html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", sample_html, re.I)
    assert not re.search(r"\b(src|href)\s*=\s*['\"]?https?:", sample_html, re.I)
    assert "cdnjs.cloudflare" not in sample_html and "cdn.jsdelivr" not in sample_html
    assert "vis.Network" in sample_html and "window.network = network" in sample_html
    assert "Noto Sans CJK KR" in sample_html


def test_page_has_one_node_per_entity(sample_html: str) -> None:
    data = page_data(sample_html)
    ids = [n["id"] for n in data["nodes"]]
    assert sorted(ids) == sorted(e.iri for e in view_data(sample_store()).entities)
    assert [n["ko"] for n in data["nodes"]].count("마이크로소프트") == 1
    ms = next(n for n in data["nodes"] if n["id"] == MS)
    assert ms["aliases"] == ["MS"] and ms["en"] == "Microsoft" and ms["etype"] == "Organization"
    assert 'id="notice"' not in sample_html


def test_edges_are_labelled_coloured_and_directed_by_relation(sample_html: str) -> None:
    edges = page_data(sample_html)["edges"]
    assert len(edges) == 6
    by_relation = {e["relation"]: e for e in edges}
    assert by_relation["investment"]["arrows"] == "to" and by_relation["investment"]["label"] == "투자"
    assert by_relation["partnership"]["arrows"] == ""
    assert by_relation["leads"]["arrows"] == "to"
    assert by_relation["investment"]["color"]["color"] != by_relation["partnership"]["color"]["color"]
    kt_ms = next(e for e in edges if (e["from"], e["to"]) == (KT, MS))
    assert kt_ms["title"] == "KT는 MS와 5년간 파트너십을 맺었다." and kt_ms["years"] == ["2024"]


def test_hostile_strings_never_appear_unescaped(sample_html: str) -> None:
    html = render_html(view_data(hostile_store()), title="<b>제목</b>" + XSS_SCRIPT)
    for bad in HOSTILE:
        assert bad not in html
    assert "<img" not in html.lower()
    assert "\u2028" not in html and "\u2029" not in html
    # Only our own three script elements: the data adds no tag of its own.
    for tag in ("<script", "</script", "<style", "</style", "<!--"):
        assert html.lower().count(tag) == sample_html.lower().count(tag), tag
    assert html.lower().count("</script") == 3
    assert "&lt;b&gt;제목&lt;/b&gt;" in html
    # … and yet the data arrives intact, for the page to show as text.
    data = page_data(html)
    names = {n["name"] for n in data["nodes"]}
    assert "악성" + HOSTILE[0] in names and XSS_SCRIPT + "\u2028\u2029" in names
    assert data["facts"][0]["evidence"].startswith("증거 <img")
    assert data["articles"][0]["url"] == ""  # javascript: is not a link


def test_script_json_escapes_what_could_end_the_script() -> None:
    text = script_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_same_graph_same_bytes() -> None:
    first = render_html(view_data(sample_store()))
    reordered = ox.Store()
    reordered.extend(sorted(sample_store(), key=lambda q: str(q), reverse=True))
    assert render_html(view_data(reordered)) == first


def test_max_nodes_keeps_the_most_central_and_says_so() -> None:
    html = render_html(view_data(sample_store()), max_nodes=3)
    data = page_data(html)
    assert {n["id"] for n in data["nodes"]} == {MS, KT, ID + "org/g42"}
    assert {(e["from"], e["to"]) for e in data["edges"]} == {(KT, MS), (MS, ID + "org/g42")}
    notice = re.search(r'<p id="notice"[^>]*>(.*?)</p>', html, re.S)
    assert notice and "7개 중 3개 표시" in notice.group(1)


def test_large_graph_options_keep_the_page_responsive() -> None:
    lines = ["@prefix deal: <https://w3id.org/kgdeals#> . @prefix schema: <https://schema.org/> ."]
    for i in range(300):
        lines.append(f'<{ID}org/c{i}> a schema:Organization ; <http://www.w3.org/2000/01/rdf-schema#label> "회사{i}"@ko ;'
                     f" deal:degreeCentrality {1 / (i + 1)}e0 .")
        lines.append(f"<{ID}org/c{i}> deal:partnerOf <{ID}org/c{(i * 7 + 1) % 300}>, <{ID}org/c{(i * 13 + 2) % 300}> .")
    store = ox.Store()
    store.load("\n".join(lines).encode(), format=ox.RdfFormat.TURTLE)
    data = view_data(store)
    full = page_data(render_html(data, max_nodes=1500))
    opts = full["options"]
    assert opts["layout"]["improvedLayout"] is False and opts["edges"]["smooth"] is False
    assert opts["interaction"]["hideEdgesOnDrag"] is True
    assert opts["physics"]["stabilization"]["iterations"] <= 300
    cut = render_html(data, max_nodes=100)
    ids = {n["id"] for n in page_data(cut)["nodes"]}
    assert len(ids) == 100 and {f"{ID}org/c{i}" for i in range(50)} <= ids  # the top half always
    assert "300개 중 100개 표시" in cut


def test_labels_are_shortened_between_syllables() -> None:
    long = "삼성전자반도체사업부파운드리솔루션" * 2
    short = shorten(long)
    assert short.endswith("…") and len(short) <= 14 and long.startswith(short[:-1])
    decomposed = unicodedata.normalize("NFD", long)  # jamo: must come back whole syllables
    assert shorten(decomposed) == short
    assert shorten("KT") == "KT"


@pytest.mark.parametrize(
    ("url", "ok"),
    [("https://news.example/a", True), ("http://x.kr/1", True), ("javascript:alert(1)", False),
     ("data:text/html,x", False), ("//evil.example/", False), (" JAVASCRIPT:alert(1)", False), ("", False)],
)
def test_only_http_links(url: str, ok: bool) -> None:
    assert (safe_url(url) != "") is ok


def test_write_viewer_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "out" / "graph.html"
    write_viewer(sample_store(), out)
    assert out.read_text(encoding="utf-8") == render_html(view_data(sample_store()))


def test_render_has_no_rdf_imports() -> None:
    source = Path(__file__).parents[1].joinpath("kg", "render.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(import|from)\s+(rdflib|pyoxigraph)", source, re.M)
