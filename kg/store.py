"""The embedded store (pyoxigraph): save a built graph, open any graph, read its entity network.

An output folder holds `graph.ttl` (the union of all named graphs) and `store/`, an
on-disk Oxigraph store with one named graph per article, the entities graph and the
analysis graph.  The store's default graph holds that same union, so a query without
`GRAPH` sees what `graph.ttl` holds, each triple once.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.term import Node as RdfNode

from kg.analyse import Edge, Node
from kg.atomic import deferred_interrupts
from kg.errors import GraphError
from kg.rdf import CLASS_ENTITY, PREDICATE_RELATION, PREFIXES

Quad = tuple[RdfNode, RdfNode, RdfNode, RdfNode | None]  # subject, predicate, object, named graph
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal

#: file name endings we read, and their formats
FILE_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}
BUILD_HINT = "run `kg build` first, or name a graph with --graph PATH"


def to_oxigraph(term: RdfNode | OxTerm) -> OxTerm:
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _graph_name(term: object) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    if term is None or isinstance(term, ox.DefaultGraph) or str(term) == "urn:x-rdflib:default":
        return ox.DefaultGraph()
    return to_oxigraph(term)  # type: ignore[arg-type, return-value]


def as_oxigraph(quads: Iterable[Quad | ox.Quad]) -> Iterator[ox.Quad]:
    """pyoxigraph quads (kg.rdf makes them so already; rdflib tuples are converted, each IRI once)."""
    cache: dict[object, OxTerm] = {}

    def term(t: object) -> OxTerm:
        if type(t) is URIRef:
            found = cache.get(t)
            if found is None:
                found = cache[t] = ox.NamedNode(t)
            return found
        return to_oxigraph(t)  # type: ignore[arg-type]

    for q in quads:
        if isinstance(q, ox.Quad):
            yield q
        else:
            s, p, o, g = q
            yield ox.Quad(term(s), term(p), term(o), _graph_name(g))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Prepared:
    """A graph ready to render and to write: each quad once, literals in the store's form.

    `store` (in memory) holds the named graphs and, as its default graph, their union (unless
    prepared without it);
    `nquads` is what it holds in the named graphs; `ntriples` the union, lines sorted."""
    store: ox.Store
    nquads: bytes
    ntriples: bytes
    named_only: bool = True  # no quad was in the default graph: the union is that of the named graphs

    @property
    def triples(self) -> int:
        return self.ntriples.count(b"\n")


def prepare(quads: Iterable[Quad | ox.Quad], *, union_graph: bool = True,
            then: Callable[[], Iterable[Quad | ox.Quad]] | None = None) -> Prepared:
    """Load `quads` once into an in-memory store, which drops duplicates and writes literals in
    its canonical form; its dump gives the N-Quads, and the union's sorted N-Triples are those
    lines without their graph name (an IRI, so the line's last ` <`).

    `union_graph=False` leaves the store's default graph empty (kg.viewdata then reads the named
    graphs as their union, as fast): for a store that is only rendered, not queried.

    `then`: more quads, in named graphs of their own, asked for only once `quads` are loaded,
    dumped and sorted (kg.pipeline computes centrality in another process meanwhile).  The
    result is the same as preparing all the quads at once."""
    store = ox.Store()
    default: list[ox.Quad] = []

    def named(quads: Iterable[Quad | ox.Quad]) -> Iterator[ox.Quad]:
        for q in as_oxigraph(quads):
            if isinstance(q.graph_name, ox.DefaultGraph):
                default.append(q)
            else:
                yield q

    store.bulk_extend(named(quads))
    nquads = store.dump(format=ox.RdfFormat.N_QUADS) or b""
    union = _union_of(nquads)
    lines = sorted(union)
    if then is not None:
        more = list(as_oxigraph(then()))
        graphs = {q.graph_name for q in more}
        if default or any(isinstance(g, ox.DefaultGraph) or next(store.quads_for_pattern(None, None, None, g), None)
                          for g in graphs):  # (not graphs of their own: load and read them with the rest)
            store.bulk_extend(named(more))
            nquads = store.dump(format=ox.RdfFormat.N_QUADS) or b""
            union = _union_of(nquads)
            lines = sorted(union)
        else:
            store.bulk_extend(more)
            new: set[bytes] = set()
            for g in sorted(graphs, key=str):
                triples = (store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) or b"").splitlines()
                suffix = f" {g} .".encode()
                nquads += b"".join(line[:-2] + suffix + b"\n" for line in triples)
                new.update(line for line in triples if line not in union)
            union |= new
            lines = sorted(lines + sorted(new))  # (two sorted runs: merged in one pass)
    if default:
        store.bulk_extend(default)
        union.update((store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"").splitlines())
        store.clear_graph(ox.DefaultGraph())
        lines = sorted(union)
    ntriples = b"".join(line + b"\n" for line in lines)
    if union_graph:
        store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    return Prepared(store, nquads, ntriples, named_only=not default)


def _union_of(nquads: bytes) -> set[bytes]:
    """The N-Triples lines of N-Quads lines whose graph is an IRI (each line without its last ` <…>`)."""
    return {line[:line.rindex(b" <")] + b" ." for line in nquads.splitlines()}


def turtle(ntriples: bytes) -> bytes:
    """Sorted N-Triples → Turtle with our prefixes, in the same order (subjects grouped)."""
    out = io.BytesIO()
    ox.serialize(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES), out, format=ox.RdfFormat.TURTLE,
                 prefixes=PREFIXES)
    return out.getvalue()


def _fill_store(tmp: Path, nquads: bytes, ntriples: bytes) -> None:
    """The bulk loader straight from serialised bytes (it releases the GIL), then one compaction:
    at a million triples that makes GROUP BY queries about a quarter faster."""
    store = ox.Store(str(tmp))
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES)  # the union, as the default graph
    store.flush()
    store.optimize()
    del store  # closes the database before it is renamed


#: in a store/ folder written by kg: the digest of each named graph it holds (RocksDB leaves
#: files of other names alone), so that the next build rewrites only the graphs that changed
GRAPH_DIGESTS = "kg-graphs.json"


def graph_lines(nquads: bytes) -> dict[bytes, list[bytes]]:
    """The N-Quads lines of each named graph (keyed by the graph's IRI as written, `<…>`)."""
    out: dict[bytes, list[bytes]] = {}
    for line in nquads.splitlines():
        cut = line.rindex(b" <")
        out.setdefault(line[cut + 1:-2], []).append(line)
    return out


def graph_digests(graphs: dict[bytes, list[bytes]]) -> dict[str, str]:
    return {g.decode("utf-8"): hashlib.sha256(b"\n".join(sorted(lines))).hexdigest()[:32]
            for g, lines in sorted(graphs.items())}


def _read_digests(store_dir: Path) -> dict[str, str] | None:
    try:
        found = json.loads((store_dir / GRAPH_DIGESTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) else None


def _update_copy(old: Path, tmp: Path, graphs: dict[bytes, list[bytes]], digests: dict[str, str],
                 ntriples: bytes) -> bool:
    """Copy the store at `old` (a RocksDB checkpoint: hard links) to `tmp` and rewrite there
    only the named graphs whose digest changed, and the union triples they add or drop.
    False (and `tmp` left empty) when `old` was not written by kg with its digests."""
    before = _read_digests(old) if (old / "CURRENT").is_file() else None
    if before is None:
        return False
    try:
        source = ox.Store.read_only(str(old))
        tmp.rmdir()  # the checkpoint makes the folder
        source.backup(str(tmp))
    except OSError:
        tmp.mkdir(exist_ok=True)
        return False
    del source
    changed = [g for g, d in digests.items() if before.get(g) != d]
    gone = [g for g in before if g not in digests]
    store = ox.Store(str(tmp))
    dropped: set[ox.Triple] = set()
    for g in changed + gone:
        name = ox.NamedNode(g[1:-1])
        dropped.update(q.triple for q in store.quads_for_pattern(None, None, None, name))
        store.remove_graph(name)
    added = [line for g in changed for line in graphs[g.encode("utf-8")]]
    if added:
        store.bulk_load(b"\n".join(added), format=ox.RdfFormat.N_QUADS)
        store.bulk_load(b"\n".join(line[:line.rindex(b" <")] + b" ." for line in added), format=ox.RdfFormat.N_TRIPLES)
    union = set(ntriples.splitlines())
    for t in dropped:  # a triple leaves the union when no graph holds it any more
        if f"{t} .".encode() not in union:
            store.remove(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
    store.flush()
    del store
    return True


def _swap_in(tmp: Path, path: Path) -> None:
    """Replace the folder `path` by `tmp`; if that fails, `path` is left (or put back) as it was."""
    old = path.parent / f".{path.name}.old"
    if old.exists():
        shutil.rmtree(old)
    if path.exists():
        os.replace(path, old)
    try:
        os.replace(tmp, path)
    except BaseException:
        if old.exists() and not path.exists():
            os.replace(old, path)
        raise
    shutil.rmtree(old, ignore_errors=True)


class PendingSave:
    """Writing `store/` of `out_dir` has begun, in a thread (the bulk loader releases the GIL, so
    the caller can go on rendering); `commit` writes graph.ttl and swaps both in, `abort` drops them.

    Both are written beside the old ones first, then swapped in together with Ctrl-C held
    off, so a failed or interrupted save leaves the earlier output byte for byte.

    `reuse`: start from a copy of the store already there (when kg wrote it) and rewrite only
    the named graphs that changed: after a few new articles, a fraction of a full load.
    Either way the store holds the same quads."""

    def __init__(self, prepared: Prepared, out_dir: Path, *, reuse: bool = False) -> None:
        self.prepared, self.out_dir, self.reuse = prepared, out_dir, reuse
        out_dir.mkdir(parents=True, exist_ok=True)
        self.tmp_store: Path | None = Path(tempfile.mkdtemp(prefix=".store.", suffix=".tmp", dir=out_dir))
        self.failure: list[BaseException] = []
        self.worker = threading.Thread(target=self._fill, name="kg-store-write")
        self.worker.start()

    def _fill(self) -> None:
        try:
            assert self.tmp_store is not None
            p = self.prepared
            graphs = graph_lines(p.nquads)
            digests = graph_digests(graphs)
            if not (self.reuse and p.named_only
                    and _update_copy(self.out_dir / "store", self.tmp_store, graphs, digests, p.ntriples)):
                _fill_store(self.tmp_store, p.nquads, p.ntriples)
            if p.named_only:
                (self.tmp_store / GRAPH_DIGESTS).write_text(json.dumps(digests, indent=0), encoding="utf-8")
        except BaseException as exc:  # handed to the caller's thread
            self.failure.append(exc)

    def commit(self, ready: Callable[[], None] | None = None) -> int:
        """Write graph.ttl, wait for the store, swap both in; return the triple count.  `ready`
        is called before the swap: what it raises leaves the output as it was."""
        fd, tmp_ttl = tempfile.mkstemp(prefix=".graph.ttl.", suffix=".tmp", dir=self.out_dir)
        try:
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(turtle(self.prepared.ntriples))
                    fh.flush()
                    os.fsync(fh.fileno())
                if ready is not None:
                    ready()
            finally:
                self.worker.join()
            if self.failure:
                raise self.failure[0]
            assert self.tmp_store is not None
            with deferred_interrupts():
                _swap_in(self.tmp_store, self.out_dir / "store")
                self.tmp_store = None
                os.replace(tmp_ttl, self.out_dir / "graph.ttl")
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp_ttl)
            self.abort()
            raise
        return self.prepared.triples

    def abort(self) -> None:
        """Leave the output as it was (the store thread must be done with its folder first)."""
        with deferred_interrupts(reraise=False):
            self.worker.join()
            if self.tmp_store is not None:
                shutil.rmtree(self.tmp_store, ignore_errors=True)
                self.tmp_store = None


def save(graph: Prepared | Iterable[Quad | ox.Quad], out_dir: Path) -> int:
    """Write `graph.ttl` (the union of all named graphs, sorted) and `store/` into `out_dir`;
    return the triple count.  A failed or interrupted save leaves the earlier output byte for byte."""
    return PendingSave(graph if isinstance(graph, Prepared) else prepare(graph), out_dir).commit()


def open_store(path: Path) -> ox.Store:
    """An output folder (its `store/`, else its `graph.ttl`) or an RDF file, ready to query.

    Whatever was opened, the default graph holds the union of all graphs.  An output
    folder's store is opened on disk, read-only, at once.  (A copy in memory that also holds
    the named graphs is no faster to query: measured in bench/store_bench.py.)
    """
    path = Path(path)
    if not path.exists():
        raise GraphError(f"{path}: no such file or folder", hint=BUILD_HINT)
    if path.is_dir():
        db = path / "store" if (path / "store").is_dir() else path
        if (db / "CURRENT").is_file():  # a RocksDB folder
            try:
                return ox.Store.read_only(str(db))
            except OSError as exc:
                raise GraphError(f"{db}: cannot open the store: {exc}", hint="run `kg build` again") from None
        if (path / "graph.ttl").is_file():
            return load_file(path / "graph.ttl")
        raise GraphError(f"{path}: no graph here (neither store/ nor graph.ttl)", hint=BUILD_HINT)
    return load_file(path)


_NAMED_GRAPHS = re.compile(r"\bGRAPH\b", re.IGNORECASE)
#: above this size of graph.ttl, `kg serve` answers from the on-disk store alone
SERVE_IN_MEMORY_MAX_BYTES = 2_000_000_000


@dataclass
class ServingStores:
    """What `kg serve` queries: an output folder's union loaded into memory (about three times
    faster to query than the on-disk store, measured in bench/store_bench.py), and its on-disk
    store for the queries that name graphs (GRAPH ?g), which only it holds."""
    on_disk: ox.Store
    in_memory: ox.Store | None = None

    def for_query(self, sparql: str) -> ox.Store:
        if self.in_memory is None or _NAMED_GRAPHS.search(sparql):
            return self.on_disk
        return self.in_memory


def serving_stores(path: Path, *, in_memory: bool = True) -> ServingStores:
    """open_store(path), plus, for an output folder and unless told otherwise, its graph.ttl in memory."""
    on_disk = open_store(path)
    ttl = saved_turtle(path)
    if not in_memory or ttl is None or ttl.stat().st_size > SERVE_IN_MEMORY_MAX_BYTES:
        return ServingStores(on_disk)
    memory = ox.Store()
    memory.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    return ServingStores(on_disk, memory)


def saved_turtle(path: Path) -> Path | None:
    """The graph.ttl that `kg build` wrote beside its store, when `path` is such an output folder.

    It is the sorted union of the store's graphs, so it can be streamed as is instead of
    serialising the store again."""
    path = Path(path)
    ttl = path / "graph.ttl"
    return ttl if path.is_dir() and ttl.is_file() and (path / "store" / "CURRENT").is_file() else None


def load_into_memory(path: Path) -> ox.Store:
    """Like open_store, but an in-memory copy that can be changed (named graphs kept)."""
    opened = open_store(path)
    store = ox.Store()
    store.bulk_load(opened.dump(format=ox.RdfFormat.N_QUADS) or b"", format=ox.RdfFormat.N_QUADS)
    return store


def load_file(path: Path) -> ox.Store:
    """Parse an RDF file into an in-memory store (JSON-LD remote contexts are never fetched)."""
    fmt = FILE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = " ".join(sorted(FILE_FORMATS))
        raise GraphError(f"{path}: not a graph file I can read", hint=f"use one of {known} or an output folder")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
    except SyntaxError as exc:
        where = f"{path}:{exc.lineno}" if exc.lineno else str(path)
        raise GraphError(f"{where}: not valid {fmt.name}: {exc.args[0]}", hint="fix the file or rebuild it") from None
    except (OSError, ValueError) as exc:
        raise GraphError(f"{path}: cannot read it: {exc}") from None
    if fmt.supports_datasets:
        named = store.quads_for_pattern(None, None, None, None)
        store.extend([ox.Quad(q.subject, q.predicate, q.object) for q in named])
    return store


def sorted_ntriples(store: ox.Store) -> bytes:
    """The union graph (the default graph) as N-Triples, lines sorted: same graph, same bytes."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b""
    return _sorted_lines(set(data.splitlines()))


def _sorted_lines(lines: set[bytes]) -> bytes:
    """The lines sorted, each ending in a line break: same graph, same bytes."""
    return b"".join(line + b"\n" for line in sorted(lines))


def default_triples(store: ox.Store) -> list[ox.Triple]:
    """The union graph (the default graph), sorted by N-Triples form."""
    return [q.triple for q in ox.parse(sorted_ntriples(store), format=ox.RdfFormat.N_TRIPLES)]


def to_rdflib(store: ox.Store) -> Dataset:
    """The store as an rdflib Dataset: one graph per named graph; the default graph is their union."""
    ds = Dataset(default_union=True)
    named: set[tuple[str, str, str]] = set()
    for q in store.quads_for_pattern(None, None, None, None):
        if isinstance(q.graph_name, ox.DefaultGraph):
            continue
        named.add((str(q.subject), str(q.predicate), str(q.object)))
        ds.graph(to_rdflib_term(q.graph_name)).add(  # type: ignore[arg-type]
            (to_rdflib_term(q.subject), to_rdflib_term(q.predicate), to_rdflib_term(q.object))
        )
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        if (str(q.subject), str(q.predicate), str(q.object)) not in named:
            ds.add((to_rdflib_term(q.subject), to_rdflib_term(q.predicate), to_rdflib_term(q.object)))
    return ds


def to_rdflib_term(term: object) -> RdfNode:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"not an RDF term: {term!r}")


def select(store: ox.Store, sparql: str) -> ox.QuerySolutions:
    """Solutions of a SELECT query (our prefixes predeclared)."""
    solutions = store.query(sparql, prefixes=PREFIXES)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError("not a SELECT query")
    return solutions


_CLASSES = {str(iri): type_.value for iri, type_ in CLASS_ENTITY.items()}
_RELATIONS = {str(iri): rel.value for iri, rel in PREDICATE_RELATION.items()}
_LABELS = """
SELECT ?e ?class ?label WHERE {{
  VALUES ?class {{ {} }}
  ?e a ?class .
  OPTIONAL {{ ?e rdfs:label ?label }}
}}""".format(" ".join(f"<{c}>" for c in _CLASSES))
_EDGES = """
SELECT ?s ?p ?o WHERE {{ VALUES ?p {{ {} }} ?s ?p ?o . FILTER(isIRI(?s) && isIRI(?o)) }}
""".format(" ".join(f"<{p}>" for p in _RELATIONS))


def entity_graph_data(store: ox.Store) -> tuple[list[Node], list[Edge]]:
    """The entity nodes (label: the @ko label, else any) and the direct edges between entities."""
    order = list(_CLASSES)
    found: dict[str, tuple[int, str]] = {}  # iri → (class rank, best label key)
    labels: dict[str, tuple[int, str]] = {}
    for row in select(store, _LABELS):
        iri = row["e"].value
        if not isinstance(row["e"], ox.NamedNode):
            continue
        rank = order.index(row["class"].value)
        if iri not in found or rank < found[iri][0]:
            found[iri] = (rank, _CLASSES[row["class"].value])
        label = row["label"]
        if label is not None:
            key = (0 if label.language == "ko" else 1, label.value)
            labels[iri] = min(labels.get(iri, key), key)
    nodes = [
        Node(iri=iri, label=labels[iri][1] if iri in labels else iri.rsplit("/", 1)[-1], type=type_)
        for iri, (_, type_) in sorted(found.items())
    ]
    edges = sorted(
        {Edge(r["s"].value, _RELATIONS[r["p"].value], r["o"].value) for r in select(store, _EDGES)},
        key=lambda e: (e.subject, e.relation, e.object),
    )
    return nodes, edges

