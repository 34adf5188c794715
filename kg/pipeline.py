"""build(): the stages in order, readable top to bottom.

read → clean → sentences (kiwipiepy) → recognise → relate → [cache] → resolve → RDF → analyse → write.

Extraction (clean to relate) is a pure function of one article, so its results are kept
in the output folder (kg.cache) and can run on a Dask cluster (kg.distributed); resolve and
everything after it see all articles at once and always run here.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Generic, ParamSpec, TypeAlias, TypeVar

from kg import analyse, nlp
from kg.atomic import atomic_write, deferred_interrupts
from kg.clean import clean
from kg.errors import InputError
from kg.models import Article, Entity, Extraction, Relation, Sentence, Status
from kg.read import read_articles
from kg.recognise import drop_guesses, learned_mentions, recognise
from kg.relate import article_relations, types_fit
from kg.resolve import Resolution, resolve

if TYPE_CHECKING:  # rdflib loads only when a graph is built, not for `kg extract`
    from multiprocessing.connection import Connection

    import networkx as nx
    from rdflib import URIRef

    from kg.rdf import Quad
    from kg.store import Prepared

#: an article's quads made ahead (`speculate`), with the entities its mentions resolved to then
MadeAhead: TypeAlias = "tuple[tuple[str | None, ...], list[Quad]]"

P = ParamSpec("P")
T = TypeVar("T")

#: how many articles between two progress reports
PROGRESS_EVERY = 16


def without_cycle_collector(fn: Callable[P, T]) -> Callable[P, T]:
    """Run `fn` with Python's cyclic garbage collector paused.

    A build makes millions of small objects (morphemes, mentions, quads) that live until it
    ends and form no reference cycles; the collector would walk them again and again for
    nothing, about a tenth of a full build and a fifth of a cached one (measured on 2,000
    articles).  Memory is freed by reference counting as before."""
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()
    return wrapper


@dataclass(frozen=True)
class Summary:
    articles: int
    sentences: int
    entities: Counter[str]
    facts: Counter[str]
    hedged: int
    triples: int
    top: list[tuple[str, str, analyse.Scores]]  # label, type, scores
    out_dir: Path
    warnings: list[str] = field(default_factory=list)
    cached: int = 0  # articles whose extraction came from the cache
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage


def iter_extract(articles: Sequence[Article], progress: Callable[[int], None] | None = None) -> Iterator[Extraction]:
    """Mentions and relations of each article, in order, as kiwipiepy's threads deliver them."""
    texts = [clean(a.text) for a in articles]
    done = 0
    for article, text, sents in zip(articles, texts, nlp.iter_sentences(texts), strict=True):
        learned = learned_mentions(sents, text)
        mentions = recognise(sents, text, learned)
        rels = article_relations(sents, mentions, text, article.published)
        yield Extraction(article, sents, tuple(drop_guesses(mentions, rels)), tuple(rels), tuple(learned))
        done += 1
        if progress and done % PROGRESS_EVERY == 0:
            progress(PROGRESS_EVERY)
    if progress and done % PROGRESS_EVERY:
        progress(done % PROGRESS_EVERY)


@without_cycle_collector
def extract(articles: Sequence[Article], progress: Callable[[int], None] | None = None) -> list[Extraction]:
    """Mentions and relations of each article (no graph)."""
    return list(iter_extract(articles, progress))


def slim(ex: Extraction) -> Extraction:
    """The extraction without morphemes: all the graph needs, a fraction of the memory and cache."""
    sents = tuple(Sentence(s.index, s.start, s.end, s.text) for s in ex.sentences)
    rels = tuple(replace(r, sentence=replace(r.sentence, tokens=())) for r in ex.relations)
    return Extraction(ex.article, sents, ex.mentions, rels)


@without_cycle_collector
def extract_slim(articles: Sequence[Article], progress: Callable[[int], None] | None = None) -> list[Extraction]:
    """`extract` without morphemes (what a Dask worker sends back)."""
    return [slim(ex) for ex in iter_extract(articles, progress)]


def extract_for_build(articles: Sequence[Article], out_dir: Path, *, use_cache: bool = True,
                      scheduler: str | None = None,
                      progress: Callable[[int], None] | None = None,
                      meanwhile: Callable[[list[Extraction]], None] | None = None) -> tuple[list[Extraction], int]:
    """Slim extractions of `articles`, in order, from the cache where it has them; the rest are
    extracted here or on the Dask cluster at `scheduler` and put in the cache.  Returns them and
    how many came from the cache.

    When the cache holds most articles (a rebuild after a few new ones), the new ones are
    extracted in a forked process: kiwipiepy's load and first tokenisation (about 2 s, holding
    the GIL) then run beside the reading of the cache instead of after it, and `meanwhile` is
    called with the extractions from the cache while the new ones are still being made."""
    from kg.cache import ExtractionCache

    cache = ExtractionCache(out_dir) if use_cache else None
    kept = [i for i, a in enumerate(articles) if cache.has(a)] if cache is not None else []
    kept_set = set(kept)
    todo_first = [i for i in range(len(articles)) if i not in kept_set]
    child = None
    if scheduler is None and todo_first and _ExtractionChildren.possible():
        if len(todo_first) <= len(kept):
            child = _ExtractionChildren([articles[i] for i in todo_first])
        elif (n := _processes(len(todo_first))) > 1:
            child = _ExtractionChildren([articles[i] for i in todo_first], n, threads=1)
    try:
        found: dict[int, Extraction] = {}
        if cache is not None:
            for i in kept:
                hit = cache.get(articles[i])
                if hit is not None:
                    found[i] = hit
        if progress and found:
            progress(len(found))
        fresh: dict[int, Extraction] = {}
        if child is not None:
            import kg.render
            import kg.store
            import kg.viewdata  # noqa: F401  (what the rest of the build needs, loaded while the child works)

            if meanwhile is not None:
                meanwhile([found[i] for i in sorted(found)])
            fresh.update(zip(todo_first, child.results(progress), strict=True))
        missing = [i for i in range(len(articles)) if i not in found and i not in fresh]
        if scheduler:
            from kg.distributed import extract_on_cluster

            more: Iterable[Extraction] = extract_on_cluster(scheduler, [articles[i] for i in missing], progress)
        else:
            more = (slim(ex) for ex in iter_extract([articles[i] for i in missing], progress))
        fresh.update(zip(missing, more, strict=True))
    finally:
        if child is not None:
            child.stop()
    for i, ex in sorted(fresh.items()):
        found[i] = ex
        if cache is not None:
            cache.put(ex)
    if cache is not None:
        cache.keep_only(articles)
    return [found[i] for i in range(len(articles))], len(articles) - len(fresh)


#: fewer new articles than this are extracted in one process: a second kiwipiepy load (about 2 s of
#: CPU and 0.6 GB) would cost more than it saves (measured here: even at 100 articles, ahead at 200)
PARALLEL_FROM = 128
#: memory one extraction process needs, kiwipiepy's model included
_PROCESS_BYTES = 1_200_000_000


def _processes(articles: int) -> int:
    """How many extraction processes: one per worker (KG_WORKERS, default all cores), as many as
    the free memory holds, one for every PARALLEL_FROM // 2 articles at most."""
    n = min(nlp.workers(), max(1, articles // (PARALLEL_FROM // 2)))
    with contextlib.suppress(ValueError, OSError, AttributeError):
        free = os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        n = min(n, max(1, free // _PROCESS_BYTES))
    return n if articles >= PARALLEL_FROM else 1


def _can_fork() -> bool:
    """Fork is safe only on Linux, with no other thread running and kiwipiepy not loaded here."""
    import sys
    import threading

    # (kiwipiepy's own threads are not Python's: once it is loaded here, a fork would inherit a
    # pool with no threads, and there is no load left to hide anyway)
    return sys.platform == "linux" and threading.active_count() == 1 and nlp.kiwi.cache_info().currsize == 0 \
        and "KG_NO_FORK" not in os.environ


#: an entity network of this many nodes or more has its centrality computed in a forked process
#: (at 6,000 nodes about 2.5 s, beside the store's 2 s; a small one costs less than the fork)
ASIDE_FROM = 1_000


class _Aside(Generic[T]):
    """`fn(*args)` in a forked process; calling the object waits for its result (or its error)."""

    def __init__(self, fn: Callable[..., T], *args: object) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self.conn, theirs = ctx.Pipe(duplex=False)
        self.process = ctx.Process(target=_run_and_send, args=(fn, args, theirs, self.conn),
                                   name="kg-aside", daemon=True)
        try:
            self.process.start()
        finally:
            theirs.close()

    def __call__(self) -> T:
        try:
            kind, value = self.conn.recv()
        except EOFError:
            raise RuntimeError("a process computing part of the graph ended unexpectedly") from None
        finally:
            self.stop()
        if kind == "error":
            raise value
        return value

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()


def _aside_for(g: nx.MultiDiGraph, fn: Callable[..., T], *args: object) -> _Aside[T] | None:
    """`fn(*args)` started in a forked process when the entity network `g` is large enough to gain by it
    and forking is safe here; else None (the caller computes it itself)."""
    return _Aside(fn, *args) if g.number_of_nodes() >= ASIDE_FROM and _can_fork() else None


def _run_and_send(fn: Callable[..., object], args: tuple[object, ...], conn: Connection, parents_end: Connection) -> None:
    parents_end.close()  # so that a parent killed outright leaves this process a broken pipe, not a hang
    try:
        conn.send(("ok", fn(*args)))
    except BrokenPipeError:
        pass
    except BaseException as exc:
        _send_error(conn, exc)
    finally:
        conn.close()


def _send_error(conn: Connection, exc: BaseException) -> None:
    """Hand an exception to the parent, which raises it (one that does not unpickle, as its message)."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
        sent: BaseException = exc
    except Exception:
        sent = RuntimeError(f"{type(exc).__name__}: {exc}")
    with contextlib.suppress(OSError):
        conn.send(("error", sent))


class _ExtractionChildren:
    """`extract_slim` of some articles in `n` forked processes, each with its own kiwipiepy (of
    `threads` threads; by default KG_WORKERS'): article i goes to process i mod n, and the results
    stream back over pipes in the articles' order.  The recognition rules are Python, one core per
    process: n processes put n cores to them where one process would leave kiwipiepy's threads
    waiting on its one Python thread."""

    def __init__(self, articles: list[Article], n: int = 1, threads: int | None = None) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self.conns: list[Connection] = []
        self.processes: list[multiprocessing.process.BaseProcess] = []
        try:
            for k in range(n):
                conn, theirs = ctx.Pipe(duplex=False)
                self.conns.append(conn)
                # (each child closes the parent's ends of every pipe so far: a parent killed outright leaves
                # them broken pipes, not a hang)
                process = ctx.Process(target=_extract_and_send, args=(articles[k::n], theirs, tuple(self.conns), threads),
                                      name=f"kg-extract-{k}", daemon=True)
                process.start()
                theirs.close()
                self.processes.append(process)
        except BaseException:
            self.stop()
            raise
        self.expected = len(articles)

    @staticmethod
    def possible() -> bool:
        return _can_fork()

    def results(self, progress: Callable[[int], None] | None) -> Iterator[Extraction]:
        for got in range(self.expected):
            try:
                kind, value = self.conns[got % len(self.conns)].recv()
            except EOFError:
                raise RuntimeError("the extraction process ended unexpectedly") from None
            except Exception as exc:  # a result or an error that does not unpickle here
                raise RuntimeError(f"the extraction process sent what cannot be read: {exc}") from None
            if kind == "error":
                raise value
            if progress:
                progress(1)
            yield value

    def stop(self) -> None:
        for conn in self.conns:
            conn.close()
        for process in self.processes:
            if process.is_alive():
                process.terminate()
            process.join()


def _extract_and_send(articles: list[Article], conn: Connection, parents_ends: tuple[Connection, ...],
                      threads: int | None) -> None:
    for end in parents_ends:
        end.close()  # so that a parent killed outright leaves this process a broken pipe, not a hang
    if threads:
        os.environ["KG_WORKERS"] = str(threads)  # (read when kiwipiepy loads, below)
    try:
        for ex in iter_extract(articles):
            conn.send(("ok", slim(ex)))
    except BrokenPipeError:
        pass  # the parent is gone: nobody to tell
    except BaseException as exc:  # handed to the parent, which raises it
        _send_error(conn, exc)
    finally:
        conn.close()


def to_quads(extractions: Iterable[Extraction], resolution: Resolution,
             reuse: Mapping[str, MadeAhead] | None = None) -> list[Quad]:
    """The entities' quads, then each article's.  `reuse` (from `speculate`): an article's quads
    made before, taken as they are where its mentions still resolve to the same entities."""
    from kg import rdf

    quads: list[Quad] = []
    for entity in resolution.entities.values():
        quads += rdf.entity_quads(entity)
    for ex in extractions:
        before = reuse.get(ex.article.id) if reuse else None
        if before is not None and before[0] == _resolved_as(ex, resolution):
            quads += before[1]
        else:
            quads += article_quads(ex, resolution)
    return quads


def article_quads(ex: Extraction, resolution: Resolution) -> list[Quad]:
    """One article's quads: the article, the entities it mentions and its facts."""
    from kg import rdf

    article = ex.article
    quads = rdf.article_quads(article)
    for m in ex.mentions:
        e = resolution.entity_of(article.id, m)
        if e is not None:
            quads.append(rdf.mention_quad(e, article.id))
    for r, s, o in resolved_relations(ex, resolution):
        quads += rdf.fact_quads(article, r, s, o)
    return quads


def _resolved_as(ex: Extraction, resolution: Resolution) -> tuple[str | None, ...]:
    """What an article's quads depend on beyond the article: the entity (type and key) each of its
    mentions and of its relations' ends resolves to."""
    get, aid = resolution.mention_entity.get, ex.article.id
    return (*(get((aid, m.start, m.end)) for m in ex.mentions),
            *(get((aid, m.start, m.end)) for r in ex.relations for m in (r.subject, r.object)))


def speculate(extractions: Sequence[Extraction]) -> dict[str, MadeAhead]:
    """Each article's quads as the graph of these articles alone would have them, for `to_quads`
    to reuse once more articles join: made while a rebuild waits for its new articles' extraction."""
    resolution = resolve(extractions)
    return {ex.article.id: (_resolved_as(ex, resolution), article_quads(ex, resolution)) for ex in extractions}


def resolved_relations(ex: Extraction, resolution: Resolution) -> list[tuple[Relation, Entity, Entity]]:
    """The article's relations between resolved entities whose types fit the relation."""
    out = []
    for r in ex.relations:
        s, o = resolution.entity_of(ex.article.id, r.subject), resolution.entity_of(ex.article.id, r.object)
        if s is not None and o is not None and s != o and types_fit(r.type, s.type, o.type):
            out.append((r, s, o))
    return out


def entity_iri(e: Entity) -> URIRef:
    from kg.rdf import entity_iri as mint

    return mint(e.type, e.key)


def asserted_edges(extractions: Iterable[Extraction], resolution: Resolution) -> list[analyse.Edge]:
    return [analyse.Edge(str(entity_iri(s)), r.type.value, str(entity_iri(o)))
            for ex in extractions for r, s, o in resolved_relations(ex, resolution) if r.status is Status.ASSERTED]


@dataclass(frozen=True)
class Computed:
    """Extractions made into a graph: its entities, entity network, centrality and store."""
    resolution: Resolution
    network: nx.MultiDiGraph  # the entities and their asserted edges
    scores: dict[str, analyse.Scores]  # entity IRI → its centrality and community
    prepared: Prepared  # the quads in memory, ready to render and to write


def compute(extractions: Sequence[Extraction], lap: Callable[[str], None] | None = None, *,
            queryable: bool = True,
            reuse: Mapping[str, MadeAhead] | None = None) -> Computed:
    """Resolve entities across articles, make the quads, analyse the entity network and load
    it all into an in-memory store: what `kg build` and the Python API share.  `queryable`:
    the store's default graph holds the union, as `kg query` expects (a build only renders it).
    `reuse`: articles' quads made ahead by `speculate`."""
    from kg import rdf, store

    resolution = resolve(extractions)
    quads = to_quads(extractions, resolution, reuse)
    if lap:
        lap("resolve+rdf")
    nodes = [analyse.Node(str(entity_iri(e)), e.label_ko or e.label_en or e.key, e.type.value)
             for e in resolution.entities.values()]
    g = analyse.entity_graph(nodes, asserted_edges(extractions, resolution))
    scores: dict[str, analyse.Scores] = {}
    # (a large network's centrality is computed in another process while this one loads the store)
    aside = _aside_for(g, analyse.centrality, g)

    def analysis() -> list[Quad]:
        scores.update(aside() if aside is not None else analyse.centrality(g))
        return rdf.analysis_quads({k: (v.degree, v.betweenness, v.pagerank, v.community) for k, v in scores.items()})

    try:
        prepared = store.prepare(quads, union_graph=queryable, then=analysis)
    finally:
        if aside is not None:
            aside.stop()
    if lap:
        lap("analyse+store")
    return Computed(resolution, g, scores, prepared)


@without_cycle_collector
def build(inputs: Sequence[Path], out_dir: Path, *, skip_bad: bool = False,
          warn: Callable[[str], None] | None = None,
          progress: Callable[[int], None] | None = None,
          on_articles: Callable[[int], None] | None = None,
          use_cache: bool = True, scheduler: str | None = None, viewer_max_nodes: int = 1500) -> Summary:
    """Read the articles under `inputs` and write graph.ttl, graph.html and centrality.csv to `out_dir`.

    `use_cache`: reuse the extractions of unchanged articles kept in `out_dir` (same bytes
    as without).  `scheduler`: a Dask scheduler address (tcp://HOST:PORT) to extract on.
    """
    from kg import render, store, viewdata

    warnings: list[str] = []
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = now - clock
        clock = now

    def _warn(msg: str) -> None:
        warnings.append(msg)
        if warn:
            warn(msg)

    articles = read_articles(inputs, skip_bad=skip_bad, warn=_warn)
    if not articles:  # every input was skipped: an empty graph would only replace the last good one
        raise InputError(", ".join(map(str, inputs)), "no article could be read",
                         hint="fix the inputs named in the warnings above")
    if on_articles:
        on_articles(len(articles))
    lap("read")
    made_ahead: dict[str, MadeAhead] = {}
    extractions, cached = extract_for_build(articles, out_dir, use_cache=use_cache, scheduler=scheduler,
                                            progress=progress, meanwhile=lambda found: made_ahead.update(speculate(found)))
    lap("extract")
    computed = compute(extractions, lap, queryable=False, reuse=made_ahead)
    resolution, g, scores, prepared = computed.resolution, computed.network, computed.scores, computed.prepared
    ranked = analyse.ranking(g, scores)

    def page() -> str:
        return render.render_html(viewdata.view_data(prepared.store), max_nodes=viewer_max_nodes)

    # (a large graph's page renders in another process while this one writes graph.ttl; forked
    # before the store's writing thread starts)
    rendering = _aside_for(g, page)
    # Everything is computed before anything is written: a failure above leaves the last output as it was.
    saving = store.PendingSave(prepared, out_dir, reuse=use_cache)  # the on-disk store is written meanwhile
    try:
        table = analyse.centrality_csv(g, ranked)
        html = page() if rendering is None else ""

        def rendered() -> None:
            nonlocal html
            if rendering is not None:
                html = rendering()
            lap("render")

        with deferred_interrupts():  # Ctrl-C here would leave some files new and some old
            triples = saving.commit(ready=rendered)
            atomic_write(out_dir / "graph.html", html)
            atomic_write(out_dir / "centrality.csv", table)
    except BaseException:
        saving.abort()
        raise
    finally:
        if rendering is not None:
            rendering.stop()
    lap("write")

    facts: Counter[str] = Counter()
    hedged = 0
    for ex in extractions:
        for r, _, _ in resolved_relations(ex, resolution):
            if r.status is Status.ASSERTED:
                facts[r.type.value] += 1
            else:
                hedged += 1
    return Summary(
        articles=len(articles),
        sentences=sum(len(ex.sentences) for ex in extractions),
        entities=Counter(e.type.value for e in resolution.entities.values()),
        facts=facts,
        hedged=hedged,
        triples=triples,
        top=[(g.nodes[iri]["label"], g.nodes[iri]["type"], sc) for iri, sc in ranked[:5]],
        out_dir=out_dir,
        warnings=warnings,
        cached=cached,
        timings=timings,
    )


__all__ = ["Summary", "build", "extract", "iter_extract", "Relation"]
