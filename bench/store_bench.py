"""How fast is kg's store beside raw pyoxigraph and rdflib?  Prints one table and the ratios.

    .venv/bin/python bench/store_bench.py              # one million triples (a few minutes)
    .venv/bin/python bench/store_bench.py --triples 100000

Builds a synthetic graph in the shape of docs/graph.md (entities, articles, fact nodes with
evidence, direct edges; seeded, so every run builds the same graph), writes it with
kg.store.save, then times on the same data: load, one GROUP BY query, Turtle export.
Queries are timed best of three (the first run also warms the caches).

kg load = open_store of the saved folder (its on-disk store, opened read-only), what `kg query`
uses; kg serve load = kg.store.serving_stores (the same, plus graph.ttl's union in memory), what
each `kg serve` worker holds and queries unless the query names graphs; raw = an
in-memory Store().load of graph.ttl; raw disk = pyoxigraph's own on-disk store, the same kind
kg keeps (Store(path).bulk_load of graph.ttl), for the cost of persistence itself.
kg Turtle out = `kg export --format turtle` of the folder (kg.export.stream_saved: its
graph.ttl, sorted); raw = Store.dump in store order.
"""
from __future__ import annotations

import argparse
import io
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from kg.export import export, stream_saved
from kg.models import EntityType, RelationType
from kg.query import run_query
from kg.rdf import (
    DEAL,
    EDGE_PREDICATE,
    ENTITIES_GRAPH,
    ENTITY_CLASS,
    FACT_CLASS,
    SCHEMA,
    article_graph_iri,
    article_iri,
    entity_iri,
    fact_iri,
)
from kg.store import load_into_memory, open_store, save, serving_stores

GROUP_BY = """SELECT ?type (COUNT(?f) AS ?n) WHERE { ?f a ?type ; prov:wasDerivedFrom ?article }
GROUP BY ?type ORDER BY ?type"""
SYLLABLES = "가나다라마바사아자차카타파하한국삼성전자현대기아에스케이엘지네이버카카오"


def synthetic(triples: int, seed: int = 7) -> Iterator[tuple[Any, Any, Any, Any]]:
    rng = random.Random(seed)
    types = [EntityType.ORGANIZATION] * 6 + [EntityType.PERSON, EntityType.COUNTRY, EntityType.CITY]
    n_entities = max(50, triples // 60)
    entities = []
    for i in range(n_entities):
        type_ = rng.choice(types)
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5))) + str(i)
        iri = entity_iri(type_, name)
        entities.append(iri)
        yield iri, RDF.type, ENTITY_CLASS[type_], ENTITIES_GRAPH
        yield iri, RDFS.label, Literal(name, lang="ko"), ENTITIES_GRAPH
    made = n_entities * 2
    relations = list(RelationType)
    a = 0
    while made < triples:
        aid = f"art-{a:07d}"
        art, graph = article_iri(aid), article_graph_iri(aid)
        yield art, RDF.type, SCHEMA.NewsArticle, graph
        yield art, DCTERMS.identifier, Literal(aid), graph
        yield art, SCHEMA.datePublished, Literal(f"2024-{rng.randint(1, 12):02d}-01", datatype=XSD.date), graph
        made += 3
        for k in range(rng.randint(1, 4)):
            rel = rng.choice(relations)
            s, o = rng.sample(entities, 2)
            fact = fact_iri(aid, k, rel.value)
            start = rng.randint(0, 2000)
            for t in (
                (s, EDGE_PREDICATE[rel], o), (fact, RDF.type, FACT_CLASS[rel]),
                (fact, DEAL.relation, EDGE_PREDICATE[rel]), (fact, DEAL.subject, s), (fact, DEAL.object, o),
                (fact, DEAL.party, s), (fact, DEAL.party, o), (fact, DEAL.status, Literal("asserted")),
                (fact, DEAL.evidence, Literal(f"{aid} 문장 {k}: 두 회사가 {rel.value} 계약을 맺었다.", lang="ko")),
                (fact, DEAL.evidenceStart, Literal(start)), (fact, DEAL.evidenceEnd, Literal(start + 40)),
                (fact, PROV.wasDerivedFrom, art),
            ):
                yield (*t, graph)
            made += 12
        a += 1


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def best_of(n: int, fn: Callable[[], Any]) -> tuple[float, Any]:
    runs = [timed(fn) for _ in range(n)]
    return min(t for t, _ in runs), runs[-1][1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--skip-rdflib", action="store_true", help="only kg and raw pyoxigraph")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        build_s, count = timed(lambda: save(synthetic(args.triples), out))
        ttl = out / "graph.ttl"
        print(f"{count:,} triples; kg.store.save {build_s:.1f} s; graph.ttl {ttl.stat().st_size / 1e6:.0f} MB")

        rows: dict[str, dict[str, float]] = {"load": {}, "GROUP BY": {}, "Turtle out": {}}
        rows["load"]["kg"], store = timed(lambda: open_store(out))
        rows["GROUP BY"]["kg"], kg_answer = best_of(3, lambda: run_query(store, GROUP_BY).rows)
        rows["Turtle out"]["kg"], _ = timed(lambda: stream_saved(out, "turtle", io.BytesIO()))
        # kg serve: each worker holds the union in memory too (kg.store.serving_stores)
        rows["load"]["kg serve"], stores = timed(lambda: serving_stores(out))
        serving = stores.for_query(GROUP_BY)
        rows["GROUP BY"]["kg serve"], serve_answer = best_of(3, lambda: run_query(serving, GROUP_BY).rows)
        rows["Turtle out"]["kg serve"] = rows["Turtle out"]["kg"]  # the same stream of graph.ttl
        assert serve_answer == kg_answer
        store_turtle_s, _ = timed(lambda: export(store, "turtle"))
        memory_load_s, in_memory = timed(lambda: load_into_memory(out))
        memory_query_s, memory_answer = best_of(3, lambda: run_query(in_memory, GROUP_BY).rows)
        assert memory_answer == kg_answer
        in_memory = ox.Store()  # frees the copy before raw and rdflib load theirs

        def raw_load() -> ox.Store:
            s = ox.Store()
            s.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
            return s

        rows["load"]["raw"], raw = timed(raw_load)
        prefixed = "PREFIX prov: <http://www.w3.org/ns/prov#>\n" + GROUP_BY
        rows["GROUP BY"]["raw"], raw_answer = best_of(3, lambda: [[int(s["n"].value)] for s in raw.query(prefixed)])
        rows["Turtle out"]["raw"], _ = timed(lambda: raw.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()))
        assert [r[1] for r in kg_answer] == [r[0] for r in raw_answer], "kg and raw disagree"

        def raw_disk_load() -> ox.Store:
            s = ox.Store(str(out / "raw-disk"))
            s.bulk_load(path=str(ttl), format=ox.RdfFormat.TURTLE)
            s.flush()
            return s

        raw = ox.Store()
        rows["load"]["raw disk"], disk = timed(raw_disk_load)
        rows["GROUP BY"]["raw disk"], disk_answer = best_of(3, lambda: [[int(s["n"].value)] for s in disk.query(prefixed)])
        rows["Turtle out"]["raw disk"], _ = timed(lambda: disk.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()))
        assert disk_answer == raw_answer

        if not args.skip_rdflib:
            rows["load"]["rdflib"], g = timed(lambda: Graph().parse(ttl, format="turtle"))
            rows["GROUP BY"]["rdflib"], _ = best_of(1, lambda: list(g.query(prefixed)))
            rows["Turtle out"]["rdflib"], _ = timed(lambda: g.serialize(format="turtle", encoding="utf-8"))

    rows["load + query"] = {k: rows["load"][k] + rows["GROUP BY"][k] for k in rows["load"]}
    print()
    print("kg = `kg query` (the on-disk store, opened at once); kg serve = what each `kg serve` worker queries")
    print(f"{'':12}{'kg':>9}{'kg serve':>10}{'raw oxigraph':>14}{'raw disk':>10}{'rdflib':>9}"
          f"{'kg/raw':>8}{'serve/raw':>10}{'kg/raw disk':>12}{'rdflib/kg':>10}{'rdflib/serve':>13}")
    for name, t in rows.items():
        rd = t.get("rdflib")
        print(f"{name:12}{t['kg']:>8.2f}s{t['kg serve']:>9.2f}s{t['raw']:>13.2f}s{t['raw disk']:>9.2f}s"
              + (f"{rd:>8.2f}s" if rd else f"{'-':>9}")
              + f"{t['kg'] / t['raw']:>8.2f}{t['kg serve'] / t['raw']:>10.2f}{t['kg'] / t['raw disk']:>12.2f}"
              + (f"{rd / t['kg']:>10.1f}{rd / t['kg serve']:>13.1f}" if rd else f"{'-':>10}{'-':>13}"))
    print("targets: kg/raw ≤ 1.5 and rdflib/kg ≥ 10 on each row")
    print(f"\nkg in memory (kg.store.load_into_memory: named graphs and their union): "
          f"load {memory_load_s:.2f} s, GROUP BY {memory_query_s:.2f} s ({memory_query_s / rows['GROUP BY']['raw']:.2f}x raw)")
    print(f"Turtle out of the store itself (kg.export.export, e.g. for an RDF file): {store_turtle_s:.2f} s")


if __name__ == "__main__":
    main()
