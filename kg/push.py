"""Send a graph to a SPARQL 1.1 Graph Store Protocol server (`kg push`).

Each named graph of the graph (one per article, the entities graph, the analysis graph)
goes in one HTTP PUT to `ENDPOINT?graph=IRI`, which replaces that graph on the server: so
pushing a rebuilt graph replaces each article's statements whole.  A graph without named
graphs (a plain Turtle file) goes to the server's default graph (`ENDPOINT?default`).

With `sparql` (the server's SPARQL query endpoint) the push also prunes: an article graph
the server holds (an IRI under https://w3id.org/kgdeals/graph/article/) that the pushed
graph no longer has, because its article was removed from the input, is deleted (HTTP
DELETE on `ENDPOINT?graph=IRI`).  Graphs of other namespaces are never touched.

Oxigraph (`oxigraph serve`): ENDPOINT is http://HOST:PORT/store, SPARQL http://HOST:PORT/query.
Apache Jena Fuseki: ENDPOINT is http://HOST:PORT/DATASET/data, SPARQL http://HOST:PORT/DATASET/query.
"""
from __future__ import annotations

import io
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from kg.errors import KgError, RemoteError

NTRIPLES = "application/n-triples"
TIMEOUT = 60.0


@dataclass(frozen=True)
class PushResult:
    graphs: int
    triples: int
    pruned: int = 0


GSP_HINT = "is this the store's Graph Store Protocol endpoint (Oxigraph: /store, Fuseki: /DATASET/data)?"
SPARQL_HINT = "is this the store's SPARQL query endpoint (Oxigraph: /query, Fuseki: /DATASET/query)?"


def _send(req: urllib.request.Request, timeout: float, refused: str, hint: str) -> bytes:
    url = req.full_url
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return bytes(resp.read())
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()[:300]
        raise RemoteError(f"{url}: {refused}: HTTP {exc.code} {detail}".rstrip(), hint=hint) from None
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RemoteError(f"{url}: no answer: {reason}", hint="is the server running, and is the URL right?") from None


def _put(url: str, body: bytes, timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": f"{NTRIPLES}; charset=utf-8"})
    _send(req, timeout, "the store refused the graph", GSP_HINT)


def _article_graphs_on_server(sparql: str, timeout: float) -> set[str]:
    """The article graphs the server holds, asked of its SPARQL query endpoint."""
    import json

    from kg.rdf import BASE

    query = f"""SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
        FILTER(STRSTARTS(STR(?g), "{BASE}graph/article/")) }}"""
    req = urllib.request.Request(sparql, data=query.encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    body = _send(req, timeout, "the store refused the query", SPARQL_HINT)
    try:
        rows = json.loads(body)["results"]["bindings"]
        return {row["g"]["value"] for row in rows if row.get("g", {}).get("type") == "uri"}
    except (ValueError, KeyError, TypeError):
        raise RemoteError(f"{sparql}: not a SPARQL JSON results answer", hint=SPARQL_HINT) from None


def push(graph: Path, endpoint: str, *, timeout: float = TIMEOUT, sparql: str | None = None,
         progress: Callable[[int], None] | None = None) -> PushResult:
    """PUT every named graph of `graph` (an output folder or an RDF file) to `endpoint`;
    with `sparql`, then DELETE the article graphs the server has and `graph` has not."""
    import pyoxigraph as ox

    from kg.store import open_store

    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"{endpoint}: not an http(s) URL", hint="e.g. --endpoint http://127.0.0.1:7878/store")
    sep = "&" if parts.query else "?"
    if sparql is not None and urlsplit(sparql).scheme not in ("http", "https"):
        raise KgError(f"{sparql}: not an http(s) URL", hint="e.g. --sparql http://127.0.0.1:7878/query")
    store = open_store(graph)
    names = sorted(store.named_graphs(), key=str)
    targets: list[tuple[str, ox.NamedNode | ox.BlankNode | ox.DefaultGraph]] = [
        (f"{endpoint}{sep}graph={quote(g.value, safe='')}", g) for g in names if isinstance(g, ox.NamedNode)
    ]
    if not targets:
        targets = [(f"{endpoint}{sep}default", ox.DefaultGraph())]
    triples = 0
    for url, name in targets:
        buf = io.BytesIO()
        quads = store.quads_for_pattern(None, None, None, name)
        ox.serialize((q.triple for q in quads), buf, format=ox.RdfFormat.N_TRIPLES)
        body = buf.getvalue()
        triples += body.count(b"\n")
        _put(url, body, timeout)
        if progress:
            progress(1)
    pruned = 0
    if sparql is not None:
        pushed = {name.value for _, name in targets if isinstance(name, ox.NamedNode)}
        for iri in sorted(_article_graphs_on_server(sparql, timeout) - pushed):
            req = urllib.request.Request(f"{endpoint}{sep}graph={quote(iri, safe='')}", method="DELETE")
            _send(req, timeout, "the store refused to delete the graph", GSP_HINT)
            pruned += 1
    return PushResult(graphs=len(targets), triples=triples, pruned=pruned)
