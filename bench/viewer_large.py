"""How long the viewer of a large graph takes to settle in headless chromium.

Builds a 2,000-entity / 5,000-edge graph in the shape of docs/graph.md in memory
(a pyoxigraph Store, seeded so every run is the same), renders it with every node
shown, opens it from file:// and prints the time until the layout is stabilised
and physics is off, beside the time to load a blank page.  Exits 1 above the target.

    .venv/bin/python bench/viewer_large.py [--nodes 2000] [--edges 5000] [--target 5]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg.render import render_html
from kg.viewdata import view_data

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
DEAL = "https://w3id.org/kgdeals#"
SCHEMA = "https://schema.org/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD = "http://www.w3.org/2001/XMLSchema#"
RELATIONS = [  # (predicate, fact class, subject type, object type)
    (DEAL + "partnerOf", DEAL + "Partnership", "org", "org"),
    (DEAL + "mouWith", DEAL + "MOU", "org", "org"),
    (DEAL + "jointVentureWith", DEAL + "JointVenture", "org", "org"),
    (DEAL + "mergedWith", DEAL + "Merger", "org", "org"),
    (DEAL + "investedIn", DEAL + "Investment", "org", "any"),
    (DEAL + "acquired", DEAL + "Acquisition", "org", "org"),
    (DEAL + "suppliesTo", DEAL + "SupplyAgreement", "org", "org"),
    ("http://www.w3.org/ns/org#headOf", DEAL + "Leadership", "person", "org"),
    (SCHEMA + "parentOrganization", DEAL + "SubsidiaryRelation", "org", "org"),
    (SCHEMA + "location", DEAL + "LocationFact", "org", "place"),
]
KINDS = [("org", "Organization", 0.7), ("person", "Person", 0.12), ("country", "Country", 0.06),
         ("city", "City", 0.06), ("product", "Product", 0.06)]
SYLLABLES = "가나다라마바사아자차카타파하한국전자반도체통신바이오에너지금융"


def large_store(n_nodes: int = 2000, n_edges: int = 5000, seed: int = 7) -> ox.Store:
    """A preferential-attachment entity graph with one asserted fact node per edge."""
    rnd = random.Random(seed)
    store = ox.Store()
    quads: list[ox.Quad] = []

    def add(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> None:
        quads.append(ox.Quad(s, ox.NamedNode(p), o, ox.DefaultGraph()))

    entities: list[tuple[ox.NamedNode, str]] = []
    for i in range(n_nodes):
        r, acc, slug, cls = rnd.random(), 0.0, "org", "Organization"
        for kind_slug, kind_cls, share in KINDS:
            acc += share
            if r < acc:
                slug, cls = kind_slug, kind_cls
                break
        name = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 6))) + str(i)
        iri = ox.NamedNode(f"https://w3id.org/kgdeals/id/{slug}/{name}")
        entities.append((iri, slug))
        add(iri, RDF_TYPE.value, ox.NamedNode(SCHEMA + cls))
        add(iri, "http://www.w3.org/2000/01/rdf-schema#label", ox.Literal(name, language="ko"))
        add(iri, "http://www.w3.org/2000/01/rdf-schema#label", ox.Literal(f"Entity {i}", language="en"))
        add(iri, "http://www.w3.org/2004/02/skos/core#altLabel", ox.Literal(f"E{i}"))
    by_kind: dict[str, list[int]] = {}
    for i, (_, slug) in enumerate(entities):
        by_kind.setdefault("place" if slug in ("country", "city") else slug, []).append(i)
    by_kind["any"] = list(range(n_nodes))
    degree = [1] * n_nodes  # preferential attachment: hubs, as in real deal news
    edges: set[tuple[int, int, int]] = set()
    while len(edges) < n_edges:
        r = rnd.randrange(len(RELATIONS))
        _, _, skind, okind = RELATIONS[r]
        pool_s = by_kind.get(skind) or by_kind["any"]
        pool_o = by_kind.get(okind) or by_kind["any"]
        s = rnd.choices(pool_s, weights=[degree[i] for i in pool_s])[0]
        o = rnd.choices(pool_o, weights=[degree[i] for i in pool_o])[0]
        if s != o and (s, r, o) not in edges:
            edges.add((s, r, o))
            degree[s] += 1
            degree[o] += 1
    total = sum(degree)
    for i, (iri, _) in enumerate(entities):
        add(iri, DEAL + "degreeCentrality", ox.Literal(str(round((degree[i] - 1) / (n_nodes - 1), 6)),
                                                       datatype=ox.NamedNode(XSD + "double")))
        add(iri, DEAL + "betweennessCentrality", ox.Literal(str(round(rnd.random() * degree[i] / total, 6)),
                                                            datatype=ox.NamedNode(XSD + "double")))
        add(iri, DEAL + "pagerank", ox.Literal(str(round(degree[i] / total, 6)), datatype=ox.NamedNode(XSD + "double")))
        add(iri, DEAL + "community", ox.Literal(str(i % 40), datatype=ox.NamedNode(XSD + "integer")))
    for k, (s, r, o) in enumerate(sorted(edges)):
        pred, cls, _, _ = RELATIONS[r]
        subj, obj = entities[s][0], entities[o][0]
        art = ox.NamedNode(f"https://w3id.org/kgdeals/article/a{k % 900}")
        fact = ox.NamedNode(f"https://w3id.org/kgdeals/fact/a{k % 900}/{k:012x}")
        add(subj, pred, obj)
        add(fact, RDF_TYPE.value, ox.NamedNode(cls))
        add(fact, DEAL + "relation", ox.NamedNode(pred))
        add(fact, DEAL + "subject", subj)
        add(fact, DEAL + "object", obj)
        add(fact, DEAL + "status", ox.Literal("asserted"))
        year = 2015 + k % 10
        add(fact, DEAL + "date", ox.Literal(f"{year}-{1 + k % 12:02d}", datatype=ox.NamedNode(XSD + "gYearMonth")))
        add(fact, DEAL + "evidence", ox.Literal(f"문장 {k}: 두 회사가 {year}년에 계약을 맺었다.", language="ko"))
        add(fact, "http://www.w3.org/ns/prov#wasDerivedFrom", art)
        if k < 900:
            add(art, RDF_TYPE.value, ox.NamedNode(SCHEMA + "NewsArticle"))
            add(art, "http://purl.org/dc/terms/identifier", ox.Literal(f"a{k}"))
            add(art, SCHEMA + "headline", ox.Literal(f"기사 {k} 제목"))
    store.extend(quads)
    return store


def _open(browser: object, url: str, ready: str, timeout_ms: float = 60_000) -> tuple[float, list[str]]:
    page = browser.new_page(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(ready, timeout=timeout_ms)
    elapsed = time.perf_counter() - start
    if "kgReady" in ready and page.evaluate("network.physics.physicsEnabled"):
        errors.append("physics still on after stabilisation")
    page.close()
    return elapsed, errors


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=5000)
    ap.add_argument("--target", type=float, default=5.0, help="seconds until stabilised, at most")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("Error: the playwright python package is missing (.venv/bin/pip install playwright)", file=sys.stderr)
        return 1
    if not Path(CHROMIUM).exists():
        print(f"Error: {CHROMIUM} is missing (apt-get install chromium)", file=sys.stderr)
        return 1

    t0 = time.perf_counter()
    store = large_store(args.nodes, args.edges)
    t1 = time.perf_counter()
    data = view_data(store)
    t2 = time.perf_counter()
    html = render_html(data, max_nodes=args.nodes)
    t3 = time.perf_counter()
    print(f"graph: {len(data.entities):,} entities, {len(data.edges):,} edges "
          f"(generate {t1 - t0:.2f} s, view_data {t2 - t1:.2f} s, render {t3 - t2:.2f} s, {len(html) / 1e6:.1f} MB)")

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_path, blank_path = Path(tmp, "large.html"), Path(tmp, "blank.html")
        page_path.write_text(html, encoding="utf-8")
        blank_path.write_text("<!DOCTYPE html><title>blank</title><script>window.kgBlank = true</script>",
                              encoding="utf-8")
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        blank = min(_open(browser, blank_path.as_uri(), "() => window.kgBlank === true")[0] for _ in range(args.runs))
        times, errors = [], []
        for _ in range(args.runs):
            elapsed, errs = _open(browser, page_path.as_uri(), "() => window.kgReady === true")
            times.append(elapsed)
            errors += errs
        browser.close()
    best, worst = min(times), max(times)
    print(f"blank page load:             {blank:.2f} s")
    print(f"viewer stabilised, physics off: best {best:.2f} s, worst {worst:.2f} s "
          f"(target {args.target:.1f} s; {worst / blank:.0f}x blank)")
    for e in dict.fromkeys(errors):
        print(f"error: {e}", file=sys.stderr)
    return 0 if worst <= args.target and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
