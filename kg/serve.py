"""A read-only SPARQL 1.1 Protocol endpoint at /sparql, and the viewer at /.

Queries run in a pool of worker processes, each holding the graph open; a query that
runs past the timeout has its worker killed (and replaced), so it really stops.  Each
worker holds an output folder's union in memory as well (kg.store.serving_stores): queries
that name graphs go to the on-disk store, the others to memory, about three times faster.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import re
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import GraphError, KgError

MAX_REQUEST_BYTES = 1_000_000
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {"text/turtle": "turtle", "application/x-turtle": "turtle",
               "application/n-triples": "nt", "text/plain": "nt"}
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values",
         "turtle": "text/turtle", "nt": "application/n-triples"}
_FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "nt": "nt"}


@dataclass(frozen=True)
class Settings:
    graph: Path
    timeout: float = 10.0
    max_rows: int = 10_000
    workers: int = 2
    in_memory: bool = True  # an output folder's union also in memory, for faster queries


class Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# --- what a query may not do -------------------------------------------------------------------

def check_query(text: str) -> None:
    """Refused (400, or 403 for updates) for SERVICE, FROM (NAMED), LOAD and updates."""
    from kg.query import refusal

    refused = refusal(text)
    if refused is not None:
        raise Refused(*refused)


def negotiate(accept: str, fmt_param: str | None) -> tuple[str, str]:
    """(results format, graph format) wanted by the Accept header or a `format=` parameter."""
    if fmt_param and fmt_param.lower() in _FORMAT_PARAM:
        f = _FORMAT_PARAM[fmt_param.lower()]
        return (f if f in RESULT_TYPES.values() else "json", f if f in GRAPH_TYPES.values() else "turtle")
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, _, rest = part.strip().partition(";")
        q = re.search(r"q=([\d.]+)", rest)
        ranked.append((-float(q.group(1)) if q else -1.0, i, media.strip().lower()))
    ranked.sort()
    results = next((RESULT_TYPES[m] for _, _, m in ranked if m in RESULT_TYPES), "json")
    graphs = next((GRAPH_TYPES[m] for _, _, m in ranked if m in GRAPH_TYPES), "turtle")
    return results, graphs


# --- worker processes --------------------------------------------------------------------------

def _answer(store: Any, sparql: str, formats: tuple[str, str], max_rows: int) -> tuple[int, str, bytes, bool]:
    import pyoxigraph as ox

    from kg import query as q

    result = q.run_query(store, sparql, limit=max_rows)
    if result.kind == "graph":
        fmt = ox.RdfFormat.TURTLE if formats[1] == "turtle" else ox.RdfFormat.N_TRIPLES
        return 200, MEDIA[formats[1]], q.serialize_triples(result.triples, fmt), result.truncated
    writer = {"json": q.to_json, "xml": q.to_xml, "csv": q.to_csv, "tsv": q.to_tsv}[formats[0]]
    return 200, MEDIA[formats[0]], writer(result).encode("utf-8"), result.truncated


def _worker_main(graph: str, conn: Connection, in_memory: bool = True) -> None:
    from kg.store import serving_stores

    try:
        stores = serving_stores(Path(graph), in_memory=in_memory)
    except KgError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", ""))
    while True:
        try:
            sparql, formats, max_rows = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", _answer(stores.for_query(sparql), sparql, formats, max_rows)))
        except KgError as exc:
            conn.send(("bad", exc.message))
        except Exception as exc:  # a worker must answer whatever happens
            conn.send(("fail", f"{type(exc).__name__}: {exc}"))


class Worker:
    def __init__(self, ctx: Any, graph: Path, in_memory: bool = True) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(str(graph), child, in_memory), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self) -> None:
        kind, message = self.conn.recv()
        if kind != "ready":
            self.stop()
            raise GraphError(message)

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """Worker processes that each hold the graph open; a timed-out worker is killed and replaced."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ctx = mp.get_context("spawn")  # no fork: the server has threads
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.all: set[Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        for _ in range(settings.workers):
            worker = Worker(self.ctx, settings.graph, settings.in_memory)
            self.all.add(worker)
        for worker in list(self.all):
            try:
                worker.wait_ready()
            except Exception:
                self.close()
                raise
            self.idle.put(worker)

    def _replace(self, dead: Worker) -> None:
        dead.stop()
        with self.lock:
            self.all.discard(dead)
            if self.closed:
                return
            worker = Worker(self.ctx, self.settings.graph, self.settings.in_memory)
            self.all.add(worker)
        try:
            worker.wait_ready()
        except Exception:
            return
        self.idle.put(worker)

    def run(self, sparql: str, formats: tuple[str, str]) -> tuple[int, str, bytes, bool]:
        timeout = self.settings.timeout
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            raise Refused(503, "all query workers are busy; try again later") from None
        worker.conn.send((sparql, formats, self.settings.max_rows))
        if not worker.conn.poll(timeout):
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            raise Refused(503, f"the query ran longer than {timeout:g} s and was stopped; narrow it down")
        kind, payload = worker.conn.recv()
        self.idle.put(worker)
        if kind == "bad":
            raise Refused(400, payload)
        if kind == "fail":
            raise Refused(500, payload)
        answer: tuple[int, str, bytes, bool] = payload
        return answer

    def close(self) -> None:
        with self.lock:
            self.closed = True
            workers = list(self.all)
        for worker in workers:
            worker.stop()


# --- HTTP --------------------------------------------------------------------------------------

class Handler(BaseHTTPRequestHandler):
    server: KgServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-sparql"

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _send(self, status: int, ctype: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def do_OPTIONS(self) -> None:
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._viewer()
        if url.path != "/sparql":
            return self._text(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql, the viewer /")
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            return self._text(403, "updates are refused: this endpoint is read-only")
        if "query" not in params:
            return self._text(400, "give the query as ?query=… (SPARQL 1.1 Protocol)")
        self._query(params["query"][0], params)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._text(404, f"nothing at {url.path}; POST queries to /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_REQUEST_BYTES:
            self.close_connection = True
            if length <= 10 * MAX_REQUEST_BYTES:  # read it away, so the client sees the answer, not a reset
                left = length
                while left > 0:
                    chunk = self.rfile.read(min(1 << 16, left))
                    if not chunk:
                        break
                    left -= len(chunk)
            return self._text(413, f"the request is larger than {MAX_REQUEST_BYTES} bytes")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-query":
            return self._query(body, params)
        if ctype == "application/sparql-update":
            return self._text(403, "updates are refused: this endpoint is read-only")
        if ctype == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
            if "update" in params:
                return self._text(403, "updates are refused: this endpoint is read-only")
            if "query" in params:
                return self._query(params["query"][0], params)
            return self._text(400, "the form has no query=… field")
        self._text(415, "POST application/sparql-query or application/x-www-form-urlencoded (query=…)")

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            return self._text(400, "default-graph-uri and named-graph-uri are refused: the dataset is fixed")
        fmt = (params.get("format") or params.get("output") or [""])[0] or None
        formats = negotiate(self.headers.get("Accept") or "", fmt)
        try:
            check_query(sparql)
            status, ctype, body, truncated = self.server.pool.run(sparql, formats)
        except Refused as exc:
            return self._text(exc.status, exc.message)
        extra = {"X-Result-Truncated": str(self.server.settings.max_rows)} if truncated else {}
        self._send(status, f"{ctype}; charset=utf-8", body, extra)

    def _viewer(self) -> None:
        page = self.server.settings.graph / "graph.html"
        if not page.is_file():
            return self._text(404, f"no viewer: {page} does not exist; run `kg build` to write it")
        self._send(200, "text/html; charset=utf-8", page.read_bytes())


class KgServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # many clients connecting at once are queued, not refused

    def __init__(self, settings: Settings, host: str, port: int, verbose: bool = False) -> None:
        self.settings = settings
        self.verbose = verbose
        self.pool = WorkerPool(settings)
        try:
            super().__init__((host, port), Handler)
        except BaseException:
            self.pool.close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(graph: Path, host: str = "127.0.0.1", port: int = 8000, *, timeout: float = 10.0,
                max_rows: int = 10_000, workers: int = 2, verbose: bool = False, in_memory: bool = True) -> KgServer:
    """A server ready to `serve_forever()`; the graph is opened (and checked) before it returns."""
    settings = Settings(graph=Path(graph), timeout=timeout, max_rows=max_rows, workers=max(1, workers),
                        in_memory=in_memory)
    try:
        return KgServer(settings, host, port, verbose)
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc}",
                      hint="choose another --port") from None
