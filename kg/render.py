"""The HTML viewer: ViewData → one self-contained vis-network page (pyvis assembles it).

The page embeds vis-network, its own script and style, and the graph as JSON, so it
opens from file:// with no network at all (a CSP forbids any load).  Every string
from the articles is untrusted: the JSON is escaped so that nothing in it can close
the script element, and the page builds its DOM with textContent only.
"""
from __future__ import annotations

import functools
import json
import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup
from pyvis.network import Network

from kg.atomic import atomic_write
from kg.viewdata import Entity, Fact, Store, ViewData, view_data

FONT_STACK = "'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif"
CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
)
LABEL_LENGTH = 14
#: above this many nodes or edges the page trades looks for speed
BIG_NODES = 150
BIG_EDGES = 400

ENTITY_TYPES: dict[str, tuple[str, str]] = {  # type → (Korean name, colour)
    "Organization": ("기업·기관", "#4e79a7"),
    "Person": ("인물", "#f28e2b"),
    "Country": ("국가", "#59a14f"),
    "City": ("도시", "#76b7b2"),
    "Product": ("제품", "#edc948"),
    "Place": ("장소", "#b07aa1"),
    "": ("미분류", "#bab0ac"),
}
RELATIONS: dict[str, tuple[str, str]] = {  # relation → (Korean name, colour)
    "partnership": ("파트너십", "#1f77b4"),
    "mou": ("업무협약(MOU)", "#17becf"),
    "joint_venture": ("합작투자", "#9467bd"),
    "merger": ("합병", "#8c564b"),
    "investment": ("투자", "#2ca02c"),
    "acquisition": ("인수", "#d62728"),
    "supply": ("공급계약", "#ff7f0e"),
    "leads": ("대표·경영", "#e377c2"),
    "subsidiary_of": ("자회사", "#7f7f7f"),
    "located_in": ("소재지", "#bcbd22"),
}
STATUS = {"asserted": "확인", "hedged": "추정·검토", "negated": "부인·무산"}


@functools.cache
def _asset(package_dir: str, name: str) -> str:
    text = (resources.files("kg") / package_dir / name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "<!--" in text:  # would end or confuse the inline element
        raise ValueError(f"kg/{package_dir}/{name} cannot be inlined in a <script> or <style>")
    return text


def script_json(value: object) -> str:
    """JSON that is safe inside <script>: no `<`, `>`, `&`, U+2028 or U+2029 survive unescaped."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for ch in "&<>\u2028\u2029":
        text = text.replace(ch, f"\\u{ord(ch):04x}")
    return text


def shorten(label: str, limit: int = LABEL_LENGTH) -> str:
    """`limit` characters at most, cut between whole characters (never inside a Hangul syllable)."""
    label = " ".join(unicodedata.normalize("NFC", label).split())
    if len(label) <= limit:
        return label
    cut = limit - 1
    while cut > 1 and unicodedata.combining(label[cut]):  # keep a base letter with its marks
        cut -= 1
    return label[:cut].rstrip() + "…"


def safe_url(url: str) -> str:
    """The URL if it is an absolute http(s) URL, else "" (no javascript:, data:, relative …)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def _rank_key(e: Entity) -> tuple[float, float, float, str, str]:
    return (-e.degree, -e.betweenness, -e.pagerank, e.label, e.iri)


def choose_entities(data: ViewData, max_nodes: int) -> list[Entity]:
    """All entities, or, above `max_nodes`, the most central half of the budget, then their
    neighbours (most central first), then whoever ranks next; in IRI order."""
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    if len(data.entities) <= max_nodes:
        return list(data.entities)
    ranked = sorted(data.entities, key=_rank_key)
    rank = {e.iri: i for i, e in enumerate(ranked)}
    chosen = {e.iri for e in ranked[: max(1, max_nodes // 2)]}
    neighbours: set[str] = set()
    for edge in data.edges:
        if edge.subject in chosen:
            neighbours.add(edge.object)
        if edge.object in chosen:
            neighbours.add(edge.subject)
    for iri in sorted(neighbours - chosen, key=rank.__getitem__):
        if len(chosen) >= max_nodes:
            break
        chosen.add(iri)
    for e in ranked:
        if len(chosen) >= max_nodes:
            break
        chosen.add(e.iri)
    return [e for e in data.entities if e.iri in chosen]


def _fact_json(f: Fact, names: dict[str, str], articles: dict[tuple[str, str, str, str], int]) -> dict[str, Any]:
    amount = f.amount_value if f.amount_value is not None and math.isfinite(f.amount_value) else None
    key = (f.article_id, f.headline, safe_url(f.url), f.published)
    fields = {
        "type": f.type,
        "relation": f.relation,
        "status": f.status,
        "subjectLabel": names.get(f.subject, f.subject),
        "objectLabel": names.get(f.object, f.object),
        "date": f.date,
        "year": f.year,
        "amountText": f.amount_text,
        "amountValue": amount,
        "currency": f.currency,
        "duration": f.duration,
        "title": f.title,
        "trigger": f.trigger,
        "evidence": f.evidence,
        "article": articles.setdefault(key, len(articles)) if any(key) else None,
    }
    return {k: v for k, v in fields.items() if v is not None and v != ""}  # a big graph has many facts


def _options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    big = n_nodes > BIG_NODES or n_edges > BIG_EDGES
    return {
        "autoResize": True,
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"face": FONT_STACK, "size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "scaling": {"min": 8, "max": 40, "label": {"enabled": False}},
        },
        "edges": {
            "width": 1.4,
            "selectionWidth": 2,
            "hoverWidth": 1.5,
            "font": {"face": FONT_STACK, "size": 11, "align": "middle", "strokeWidth": 3,
                     "strokeColor": "#ffffff"},
            "arrows": {"to": {"scaleFactor": 0.6}},
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
        },
        "layout": {"improvedLayout": not big, "randomSeed": 7},
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "centralGravity": 0.3, "springLength": 120,
                          "springConstant": 0.04, "damping": 0.12, "avoidOverlap": 0,
                          "theta": 1.0 if big else 0.5},
            "stabilization": {"enabled": True, "iterations": 250 if big else 600,
                              "updateInterval": 25, "fit": True},
            "minVelocity": 1,
            "timestep": 0.5,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": True,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
        },
    }


def _legend(keys: Iterable[str], table: dict[str, tuple[str, str]], counts: Counter[str]) -> list[dict[str, Any]]:
    return [{"key": k, "label": table[k][0], "colour": table[k][1], "count": counts.get(k, 0)} for k in keys]


def render_html(data: ViewData, *, title: str = "kg — 거래 관계 그래프", max_nodes: int = 1500) -> str:
    """One self-contained HTML page; the same data always gives the same bytes."""
    shown = choose_entities(data, max_nodes)
    shown_ids = {e.iri for e in shown}
    names = {e.iri: e.label for e in data.entities}
    edges = [e for e in data.edges if e.subject in shown_ids and e.object in shown_ids]
    facts = [f for f in data.facts if f.subject in shown_ids or f.object in shown_ids]
    articles: dict[tuple[str, str, str, str], int] = {}
    fact_json = [_fact_json(f, names, articles) for f in facts]
    fact_index = {f.iri: i for i, f in enumerate(facts)}
    node_facts: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        for end in dict.fromkeys((f.subject, f.object)):
            node_facts[end].append(i)

    # directed=True: pyvis then keeps every edge (undirected, it drops parallel ones); the
    # arrows are set per edge from the relation.
    net = Network(height="100%", width="100%", directed=True, heading=title, cdn_resources="in_line")
    for e in shown:
        type_name, colour = ENTITY_TYPES.get(e.type, ENTITY_TYPES[""])
        tip = " · ".join(x for x in (e.label_ko or e.label, e.label_en, type_name) if x)
        net.add_node(
            e.iri,
            label=shorten(e.label),
            title=tip,
            color=colour,
            value=e.degree,
            name=e.label,
            ko=e.label_ko,
            en=e.label_en,
            aliases=list(e.aliases),
            etype=e.type,
            degree=e.degree,
            betweenness=e.betweenness,
            pagerank=e.pagerank,
            community=e.community,
            facts=node_facts.get(e.iri, []),
        )
    big = len(shown) > BIG_NODES or len(edges) > BIG_EDGES
    parallel: Counter[frozenset[str]] = Counter()
    for i, edge in enumerate(edges):
        rel_name, colour = RELATIONS[edge.relation]
        evidence = list(dict.fromkeys(f.evidence for f in edge.facts if f.evidence))
        options: dict[str, Any] = {}
        pair = frozenset((edge.subject, edge.object))
        if not big and parallel[pair]:  # fan out parallel edges so each stays clickable
            k = parallel[pair]
            options["smooth"] = {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW",
                                 "roundness": 0.2 * ((k + 1) // 2)}
        parallel[pair] += 1
        net.add_edge(
            edge.subject,
            edge.object,
            id=f"e{i}",
            label=rel_name,
            title="\n".join(evidence) or rel_name,
            color={"color": colour, "highlight": colour, "hover": colour},
            arrows="to" if edge.directed else "",
            relation=edge.relation,
            years=sorted({f.year for f in edge.facts if f.year}),
            facts=[fact_index[f.iri] for f in edge.facts if f.iri in fact_index],
            **options,
        )
    net.options = _options(len(shown), len(edges))
    nodes, vis_edges, heading, _, _, options_json = net.get_network_data()

    type_counts = Counter(e.type for e in shown)
    rel_counts = Counter(e.relation for e in edges)
    years = sorted({y for e in edges for f in e.facts if (y := f.year)}, reverse=True)
    notice = ""
    if len(shown) < len(data.entities):
        notice = (f"엔터티 {len(data.entities):,}개 중 {len(shown):,}개 표시: 중심성 상위 엔터티와 그 이웃 "
                  f"(관계 {len(data.edges):,}개 중 {len(edges):,}개).")
    payload = {
        "nodes": nodes,
        "edges": vis_edges,
        "options": json.loads(options_json),
        "facts": fact_json,
        "articles": [
            {"id": a, "headline": h, "url": u, "published": p} for (a, h, u, p), _ in
            sorted(articles.items(), key=lambda kv: kv[1])
        ],
        "entityTypes": _legend([t for t in ENTITY_TYPES if t or type_counts[t]], ENTITY_TYPES, type_counts),
        "relations": [
            {**r, "directed": r["key"] not in ("partnership", "mou", "joint_venture", "merger")}
            for r in _legend(RELATIONS, RELATIONS, rel_counts)
        ],
        "status": STATUS,
        "years": years,
        "big": big,
        "total": {"entities": len(data.entities), "edges": len(data.edges)},
    }
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kg", "templates"),
        autoescape=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return env.get_template("viewer.html").render(
        title=heading,
        csp=CSP,
        notice=notice,
        shown=len(shown),
        total=len(data.entities),
        vis_css=Markup(_asset("static", "vis-network.css")),
        vis_js=Markup(_asset("static", "vis-network.min.js")),
        viewer_css=Markup(_asset("templates", "viewer.css")),
        viewer_js=Markup(_asset("templates", "viewer.js")),
        data_json=Markup(script_json(payload)),
    )


def write_viewer(store: Store, path: Path, *, max_nodes: int = 1500) -> None:
    """Write the viewer of the graph in `store` (a pyoxigraph Store) to `path`, atomically."""
    atomic_write(path, render_html(view_data(store), max_nodes=max_nodes))
