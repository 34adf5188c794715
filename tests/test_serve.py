"""`kg serve`: a real server on a free port, queried with SPARQLWrapper and urllib."""
from __future__ import annotations

import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.serve import Refused, check_query, make_server

SAMPLE = Path(__file__).parent / "data" / "sample.ttl"
ORGS = "SELECT ?label WHERE { ?o a schema:Organization ; rdfs:label ?label FILTER(LANG(?label) = 'ko') }"
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
        "FILTER(REGEX(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l)), 'no such text')) }")


@pytest.fixture(scope="module")
def graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample plus a few thousand filler triples (so a cross join is slow), and a viewer page."""
    out = tmp_path_factory.mktemp("served")
    filler = "\n".join(f'<https://x.example/e{i}> <https://x.example/p{i % 9}> "value {i}" .' for i in range(3000))
    (out / "graph.ttl").write_text(SAMPLE.read_text(encoding="utf-8") + "\n" + filler + "\n", encoding="utf-8")
    (out / "graph.html").write_text("<html><body>viewer 마이크로소프트</body></html>", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def endpoint(graph_dir: Path) -> Iterator[str]:
    server = make_server(graph_dir, "127.0.0.1", 0, timeout=1.0, max_rows=50, workers=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.url
    server.shutdown()
    server.server_close()


def get(url: str, headers: dict[str, str] | None = None, data: bytes | None = None) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8")


def sparql(endpoint: str, query: str, fmt: str = JSON, method: str = "GET") -> object:
    client = SPARQLWrapper(endpoint + "sparql")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method == POST:
        client.setMethod(POST)
    return client.query().convert()


def test_json_xml_csv_results(endpoint: str) -> None:
    doc = sparql(endpoint, ORGS, JSON)
    assert {b["label"]["value"] for b in doc["results"]["bindings"]} == {"마이크로소프트", "KT", "G42"}  # type: ignore[index]
    xml = sparql(endpoint, ORGS, XML)
    values = {n.firstChild.data for n in xml.getElementsByTagName("literal")}  # type: ignore[attr-defined]
    assert "마이크로소프트" in values
    text = sparql(endpoint, ORGS, CSV)
    assert "마이크로소프트" in (text.decode("utf-8") if isinstance(text, bytes) else text)  # type: ignore[union-attr]


def test_construct_gives_turtle(endpoint: str) -> None:
    graph = sparql(endpoint, "CONSTRUCT { ?p org:headOf ?o } WHERE { ?p org:headOf ?o }", TURTLE)
    text = graph.decode("utf-8") if isinstance(graph, bytes) else str(graph)
    assert "org:headOf" in text and "김영섭" in text


def test_post_query_form_and_body(endpoint: str) -> None:
    doc = sparql(endpoint, ORGS, JSON, POST)
    assert len(doc["results"]["bindings"]) == 3  # type: ignore[index]
    status, headers, body = get(endpoint + "sparql", {"Content-Type": "application/sparql-query",
                                                      "Accept": "text/csv"}, b"ASK { ?s org:headOf ?o }")
    assert status == 200 and body.splitlines()[1] == "true"
    assert headers["Access-Control-Allow-Origin"] == "*"


def test_syntax_error_is_400_with_the_message(endpoint: str) -> None:
    with pytest.raises(QueryBadFormed) as exc:
        sparql(endpoint, "SELECT ?x WHERE { ?x ?y }")
    assert "not valid SPARQL" in str(exc.value)
    status, _, body = get(endpoint + "sparql?" + urllib.parse.urlencode({"query": "SELEKT *"}))
    assert status == 400 and "not valid SPARQL" in body


@pytest.mark.parametrize(("query", "status", "word"), [
    ("SELECT * WHERE { SERVICE <http://example.com/sparql> { ?s ?p ?o } }", 400, "SERVICE"),
    ("SELECT * FROM <http://example.com/g> WHERE { ?s ?p ?o }", 400, "FROM"),
    ("SELECT * FROM NAMED <http://example.com/g> WHERE { GRAPH ?g { ?s ?p ?o } }", 400, "FROM"),
    ("LOAD <http://example.com/data.ttl>", 400, "LOAD"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", 403, "INSERT"),
    ("DELETE WHERE { ?s ?p ?o }", 403, "DELETE"),
])
def test_refused(endpoint: str, query: str, status: int, word: str) -> None:
    got, _, body = get(endpoint + "sparql?" + urllib.parse.urlencode({"query": query}))
    assert got == status and word in body


def test_update_operation_is_refused(endpoint: str) -> None:
    data = urllib.parse.urlencode({"update": "CLEAR ALL"}).encode()
    status, _, body = get(endpoint + "sparql", {"Content-Type": "application/x-www-form-urlencoded"}, data)
    assert status == 403 and "read-only" in body


def test_keywords_in_strings_iris_and_comments_are_fine() -> None:
    check_query('SELECT ?from WHERE { ?s rdfs:label "LOAD FROM SERVICE" # insert from\n'
                ' FILTER(?s != <http://x/from/service>) } # DELETE')
    with pytest.raises(Refused):
        check_query("select * from <http://x> { ?s ?p ?o }")


def test_request_size_cap(endpoint: str) -> None:
    big = ("SELECT * WHERE { ?s ?p ?o } #" + "x" * 1_100_000).encode()
    status, _, body = get(endpoint + "sparql", {"Content-Type": "application/sparql-query"}, big)
    assert status == 413


def test_row_cap(endpoint: str) -> None:
    status, headers, body = get(endpoint + "sparql?" + urllib.parse.urlencode({"query": "SELECT * { ?s ?p ?o }"}),
                                {"Accept": "text/csv"})
    assert status == 200 and len(body.strip().splitlines()) == 51
    assert headers["X-Result-Truncated"] == "50"


def test_slow_query_is_stopped_while_others_answer(endpoint: str) -> None:
    slow: dict[str, object] = {}

    def run_slow() -> None:
        started = time.monotonic()
        slow["result"] = get(endpoint + "sparql?" + urllib.parse.urlencode({"query": SLOW}))
        slow["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.2)
    quick = get(endpoint + "sparql?" + urllib.parse.urlencode({"query": "ASK { ?s org:headOf ?o }"}))
    assert quick[0] == 200 and "true" in quick[2]
    thread.join(30)
    status, _, body = slow["result"]  # type: ignore[misc]
    assert status in (503, 504) and "stopped" in body
    assert slow["seconds"] < 5  # type: ignore[operator]
    # the killed worker is replaced: queries keep working
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if get(endpoint + "sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}))[0] == 200:
            break
    doc = sparql(endpoint, ORGS, JSON)
    assert len(doc["results"]["bindings"]) == 3  # type: ignore[index]


def test_viewer_at_root(endpoint: str, tmp_path: Path) -> None:
    status, headers, body = get(endpoint)
    assert status == 200 and "viewer 마이크로소프트" in body and headers["Content-Type"].startswith("text/html")
    assert get(endpoint + "nothing")[0] == 404


def test_viewer_missing_is_404_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_bytes(SAMPLE.read_bytes())
    server = make_server(tmp_path, "127.0.0.1", 0, workers=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        status, _, body = get(server.url)
        assert status == 404 and "graph.html" in body and "kg build" in body
    finally:
        server.shutdown()
        server.server_close()


def test_bound_to_localhost_by_default(graph_dir: Path) -> None:
    import inspect

    from click.testing import CliRunner

    from kg.cli import cli

    assert inspect.signature(make_server).parameters["host"].default == "127.0.0.1"
    assert "[default: 127.0.0.1]" in CliRunner().invoke(cli, ["serve", "--help"]).output
    server = make_server(graph_dir, port=0, workers=1)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_overlong_get_is_refused(endpoint: str) -> None:
    status, _, _ = get(endpoint + "sparql?" + urllib.parse.urlencode({"query": "ASK {}" + " " * 70_000}))
    assert status == 414


def test_a_built_folder_is_served_from_memory_and_graph_queries_from_disk(seeds_build: Path) -> None:
    """The same answers either way; queries that name graphs reach the per-article graphs."""
    from kg.query import run_query
    from kg.store import serving_stores

    stores = serving_stores(seeds_build)
    assert stores.in_memory is not None
    named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert stores.for_query(named) is stores.on_disk and stores.for_query(ORGS) is stores.in_memory
    assert sorted(run_query(stores.in_memory, ORGS).rows) == sorted(run_query(stores.on_disk, ORGS).rows)

    answers = []
    for in_memory in (True, False):
        server = make_server(seeds_build, "127.0.0.1", 0, workers=1, in_memory=in_memory)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            orgs = sparql(server.url, ORGS)["results"]["bindings"]  # type: ignore[index]
            graphs = sparql(server.url, named)["results"]["bindings"]  # type: ignore[index]
        finally:
            server.shutdown()
            server.server_close()
        answers.append((sorted(b["label"]["value"] for b in orgs), int(graphs[0]["n"]["value"])))
    assert answers[0] == answers[1]
    assert "마이크로소프트" in answers[0][0] and answers[0][1] >= 12  # one graph per seed article, and more
