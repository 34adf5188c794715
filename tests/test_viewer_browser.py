"""The viewer in a real headless chromium: it loads offline, searches, shows evidence, filters, runs no injected script.

Needs /usr/bin/chromium and the playwright python package (never `playwright install`).
With KG_UPDATE_SCREENSHOT=1, writes docs/viewer.png, the screenshot the README shows.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_util import MS, Opened, browser_missing, hostile_store, launch, open_viewer, sample_store

from kg.render import render_html
from kg.viewdata import view_data

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(bool(browser_missing()), reason=browser_missing() or "browser available"),
]
SCREENSHOT = Path(__file__).parents[1] / "docs" / "viewer.png"
KT = "https://w3id.org/kgdeals/id/org/kt"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launch()


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("viewer") / "graph.html"
    path.write_text(render_html(view_data(sample_store())), encoding="utf-8")
    return path


@pytest.fixture
def opened(browser: Any, sample_page: Path) -> Iterator[Opened]:
    o = open_viewer(browser, sample_page)
    yield o
    o.page.close()


def panel_text(o: Opened) -> str:
    o.page.wait_for_selector("#panel:not([hidden])")
    return o.page.inner_text("#panel-body")


def test_loads_offline_without_errors(opened: Opened) -> None:
    page = opened.page
    assert opened.errors == []
    assert [u for u in opened.requests if not u.startswith(("file://", "data:"))] == []
    assert page.evaluate("network.body.data.nodes.length") == len(view_data(sample_store()).entities) == 7
    assert page.evaluate("network instanceof vis.Network")
    assert page.evaluate("network.physics.physicsEnabled") is False  # off once stabilised


def test_search_ms_selects_microsoft(opened: Opened) -> None:
    page = opened.page
    page.click("#search")
    page.keyboard.type("MS")
    page.wait_for_function("() => network.getSelectedNodes().length === 1")
    assert page.evaluate("network.getSelectedNodes()") == [MS]
    text = panel_text(opened)
    assert "마이크로소프트" in text and "Microsoft" in text
    assert "MS는 말레이시아에 22억 달러를 투자한다고 밝혔다." in text
    assert "추정·검토" in text  # the hedged investment in KT is listed, marked as such
    link = page.locator("#panel-body a").first
    assert link.get_attribute("href") == "https://news.example/ms-kt"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert opened.errors == []


def test_the_demo_page_and_the_readme_screenshot(browser: Any, seeds_build: Path, tmp_path: Path) -> None:
    """The page `kg build` writes from seeds/: every entity drawn, MS finds 마이크로소프트.
    With KG_UPDATE_SCREENSHOT=1 the shot replaces docs/viewer.png (the README's); else it goes to a temp folder."""
    import os

    import rdflib

    g = rdflib.Graph().parse(seeds_build / "graph.ttl")
    classes = [rdflib.URIRef(f"https://schema.org/{c}") for c in
               ("Organization", "Person", "Country", "City", "Product", "Place")]
    entities = {s for c in classes for s in g.subjects(rdflib.RDF.type, c)}
    o = open_viewer(browser, seeds_build / "graph.html")
    try:
        page = o.page
        assert o.errors == []
        assert [u for u in o.requests if not u.startswith(("file://", "data:"))] == []
        assert page.evaluate("network.body.data.nodes.length") == len(entities)
        page.click("#search")
        page.keyboard.type("MS")
        page.wait_for_function("() => network.getSelectedNodes().length === 1")
        assert "마이크로소프트" in panel_text(o)
        page.wait_for_timeout(800)  # let the focus animation end
        shot = SCREENSHOT if os.environ.get("KG_UPDATE_SCREENSHOT") else tmp_path / "viewer.png"
        shot.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000  # a drawn page, not a blank one
    finally:
        o.page.close()


def test_clicking_an_edge_shows_its_evidence(opened: Opened) -> None:
    page = opened.page
    edge_id = page.evaluate(
        "([a, b]) => network.body.data.edges.get().find(e => e.from === a && e.to === b).id", [KT, MS])
    # The point halfway along the edge as drawn (curved or not), in page coordinates.
    x, y = page.evaluate(
        """(id) => {
            const edge = network.body.edges[id];
            const p = edge.edgeType.getPoint(0.5);
            const dom = network.canvasToDOM(p);
            const box = document.getElementById('mynetwork').getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }""",
        edge_id,
    )
    page.mouse.click(x, y)
    text = panel_text(opened)
    assert "파트너십" in text
    assert "KT는 MS와 5년간 파트너십을 맺었다." in text
    assert "2024-09-10" in text and "P5Y" in text
    assert opened.errors == []


def test_unchecking_a_relation_hides_its_edges(opened: Opened) -> None:
    page = opened.page
    visible = "(rel) => network.body.edgeIndices.filter(id => network.body.data.edges.get(id).relation === rel).length"
    assert page.evaluate(visible, "investment") == 2
    page.uncheck('[data-relation="investment"] input')
    assert page.evaluate(visible, "investment") == 0
    assert page.evaluate(visible, "partnership") == 2
    page.check('[data-relation="investment"] input')
    assert page.evaluate(visible, "investment") == 2


def test_entity_type_and_year_filters(opened: Opened) -> None:
    page = opened.page
    page.uncheck('[data-type="Country"] input')
    hidden = page.evaluate("Object.values(network.body.nodes).filter(n => n.options.hidden).length")
    assert hidden == 3
    page.check('[data-type="Country"] input')
    page.select_option("#year", "2024")
    # Only edges whose facts are dated 2024 (by deal or article) stay; all of the sample's are.
    assert page.evaluate("network.body.edgeIndices.length") == 6


def test_hostile_page_runs_no_script(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(render_html(view_data(hostile_store())), encoding="utf-8")
    o = open_viewer(browser, path)
    page = o.page
    assert page.evaluate("window.__pwned") is None
    ids = page.evaluate("network.body.data.nodes.getIds()")
    edge_ids = page.evaluate("network.body.data.edges.getIds()")
    for node_id in ids:  # the same handler a click calls
        page.evaluate("(id) => network.emit('click', {nodes: [id], edges: [], event: {}, pointer: {}})", node_id)
        assert "<img src=x" in panel_text(o)  # shown as text
    for edge_id in edge_ids:
        page.evaluate("(id) => network.emit('click', {nodes: [], edges: [id], event: {}, pointer: {}})", edge_id)
        assert "</script><script>window.__pwned=2</script>" in panel_text(o)
    # Hover a node: vis-network's tooltip must show the title as text too.
    x, y = page.evaluate(
        """(id) => { const p = network.canvasToDOM(network.getPositions([id])[id]);
                     const box = document.getElementById('mynetwork').getBoundingClientRect();
                     return [box.left + p.x, box.top + p.y]; }""",
        ids[0],
    )
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert "<" in page.inner_text("div.vis-tooltip")
    page.fill("#search", "<img")
    page.wait_for_timeout(400)
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.locator("#panel-body a").count() == 0  # javascript: URLs are not links
    assert [u for u in o.requests if not u.startswith(("file://", "data:"))] == []
    assert len(o.requests) == 1  # the page itself: no <img src=x> ever fetched
    assert o.errors == []
    page.close()


def test_colour_by_community_and_size_by_centrality(opened: Opened) -> None:
    page = opened.page
    colour = "(id) => network.body.data.nodes.get(id).color.background"
    value = "(id) => network.body.data.nodes.get(id).value"
    by_type = page.evaluate(colour, KT)
    assert by_type == page.evaluate(colour, MS)  # both organisations
    page.select_option("#colour-by", "community")
    assert page.evaluate(colour, KT) != page.evaluate(colour, MS)  # communities 1 and 0
    assert page.is_visible("#community-section")
    page.select_option("#size-by", "pagerank")
    assert page.evaluate(value, MS) == 0.35
    page.select_option("#size-by", "betweenness")
    assert page.evaluate(value, MS) == 0.9
    assert opened.errors == []
