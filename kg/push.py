"""Send a graph to a SPARQL 1.1 Graph Store Protocol server (`kg push`).

Each named graph of the graph (one per article, the entities graph, the analysis graph)
goes in one HTTP PUT to `ENDPOINT?graph=IRI`, which replaces that graph on the server: so
pushing a rebuilt graph replaces each article's statements whole.  A graph without named
graphs (a plain Turtle file) goes to the server's default graph (`ENDPOINT?default`).

Oxigraph (`oxigraph serve`): ENDPOINT is http://HOST:PORT/store.
Apache Jena Fuseki: ENDPOINT is http://HOST:PORT/DATASET/data.
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


def _put(url: str, body: bytes, timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": f"{NTRIPLES}; charset=utf-8"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()[:300]
        raise RemoteError(f"{url}: the store refused the graph: HTTP {exc.code} {detail}".rstrip(),
                          hint="is this the store's Graph Store Protocol endpoint (Oxigraph: /store, Fuseki: /DATASET/data)?"
                          ) from None
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RemoteError(f"{url}: no answer: {reason}", hint="is the server running, and is the URL right?") from None


def push(graph: Path, endpoint: str, *, timeout: float = TIMEOUT,
         progress: Callable[[int], None] | None = None) -> PushResult:
    """PUT every named graph of `graph` (an output folder or an RDF file) to `endpoint`."""
    import pyoxigraph as ox

    from kg.store import open_store

    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise KgError(f"{endpoint}: not an http(s) URL", hint="e.g. --endpoint http://127.0.0.1:7878/store")
    sep = "&" if parts.query else "?"
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
    return PushResult(graphs=len(targets), triples=triples)
