"""Helpers for the viewer tests: graphs to render, and a headless chromium to open them in.

Playwright is imported only when a browser is asked for, so the fast tests can use
the graph helpers without it.
"""
from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

SAMPLE = Path(__file__).parent / "data" / "sample.ttl"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
ID = "https://w3id.org/kgdeals/id/"
DEAL = "https://w3id.org/kgdeals#"
MS = ID + "org/마이크로소프트"

XSS_IMG = '<img src=x onerror="window.__pwned=1">'
XSS_SCRIPT = "</script><script>window.__pwned=2</script>"
XSS_IMG_PLAIN = "<img src=x onerror=alert(1)>"
XSS_SCRIPT_PLAIN = "</script><script>alert(2)</script>"
HOSTILE = (XSS_IMG, XSS_SCRIPT, XSS_IMG_PLAIN, XSS_SCRIPT_PLAIN)


def sample_store() -> ox.Store:
    store = ox.Store()
    store.load(path=str(SAMPLE), format=ox.RdfFormat.TURTLE)
    return store


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def hostile_store() -> ox.Store:
    """Two entities and a deal whose every article-borne string is an injection attempt."""
    store = ox.Store()
    rdf_type = _n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = _n("http://www.w3.org/2000/01/rdf-schema#label")
    alt = _n("http://www.w3.org/2004/02/skos/core#altLabel")
    a, b = _n(ID + "org/evil-a"), _n(ID + "org/evil-b")
    fact, art = _n("https://w3id.org/kgdeals/fact/evil/000000000001"), _n("https://w3id.org/kgdeals/article/evil")
    triples = [
        (a, rdf_type, _n("https://schema.org/Organization")),
        (a, label, ox.Literal("악성" + XSS_IMG, language="ko")),
        (a, label, ox.Literal(XSS_SCRIPT_PLAIN, language="en")),
        (a, alt, ox.Literal(XSS_IMG_PLAIN)),
        (a, _n(DEAL + "degreeCentrality"), ox.Literal("1.0", datatype=_n("http://www.w3.org/2001/XMLSchema#double"))),
        (b, rdf_type, _n("https://schema.org/Organization")),
        (b, label, ox.Literal(XSS_SCRIPT + "\u2028\u2029", language="ko")),
        (b, alt, ox.Literal("&amp; <!-- x")),
        (a, _n(DEAL + "partnerOf"), b),
        (fact, rdf_type, _n(DEAL + "Partnership")),
        (fact, _n(DEAL + "relation"), _n(DEAL + "partnerOf")),
        (fact, _n(DEAL + "subject"), a),
        (fact, _n(DEAL + "object"), b),
        (fact, _n(DEAL + "status"), ox.Literal("asserted")),
        (fact, _n(DEAL + "trigger"), ox.Literal(XSS_IMG)),
        (fact, _n(DEAL + "evidence"), ox.Literal(f"증거 {XSS_IMG} 그리고 {XSS_SCRIPT}", language="ko")),
        (fact, _n(DEAL + "date"), ox.Literal(XSS_SCRIPT)),
        (fact, _n("http://www.w3.org/ns/prov#wasDerivedFrom"), art),
        (art, _n("http://purl.org/dc/terms/identifier"), ox.Literal(XSS_IMG)),
        (art, _n("https://schema.org/headline"), ox.Literal("제목 " + XSS_IMG + XSS_SCRIPT)),
        (art, _n("https://schema.org/url"), ox.Literal("javascript:window.__pwned=3")),
    ]
    store.extend(ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in triples)
    return store


def browser_missing() -> str:
    """Why the browser tests cannot run here, or "" if they can."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        return f"{CHROMIUM} is missing (apt-get install chromium fonts-noto-cjk)"
    if importlib.util.find_spec("playwright") is None:
        return "the playwright python package is missing (.venv/bin/pip install playwright)"
    return ""


@dataclass
class Opened:
    """A viewer page opened from file://, with what it logged and requested."""

    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def launch() -> Iterator[Any]:
    """A headless chromium (the system one; never `playwright install`)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_viewer(browser: Any, path: Path, *, timeout_ms: float = 30_000) -> Opened:
    """Open `path`, record console errors and requests, wait until the layout is done."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    opened = Opened(page)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("request", lambda r: opened.requests.append(r.url))
    page.goto(path.as_uri())
    # A function, not an expression string: the page's CSP forbids eval.
    page.wait_for_function("() => window.kgReady === true", timeout=timeout_ms)
    return opened
