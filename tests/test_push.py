"""`kg push` into a real `oxigraph serve` started here on 127.0.0.1: one named graph per
article, and pushing again replaces an article's graph rather than adding to it."""
from __future__ import annotations

import json
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from servers import command_or_skip, free_port, stop

from kg.cli import cli
from kg.pipeline import build

GRAPH = "https://w3id.org/kgdeals/graph/"






@pytest.fixture()
def server(tmp_path: Path) -> Iterator[str]:
    """http://127.0.0.1:PORT of an empty Oxigraph server."""
    port = free_port()
    proc = subprocess.Popen([command_or_skip("oxigraph", "pip install oxigraph"), "serve", "--location", str(tmp_path / "db"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{base}/query?query=" + urllib.parse.quote("ASK {}"), timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield base
    finally:
        stop(proc)


def select(base: str, query: str) -> list[dict[str, str]]:
    req = urllib.request.Request(f"{base}/query", data=query.encode("utf-8"), method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        data = json.load(resp)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


def articles(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return folder


def test_push_one_named_graph_per_article_and_replace(server: str, tmp_path: Path) -> None:
    src = articles(tmp_path / "in", {"deal": "KT는 마이크로소프트와 파트너십을 맺었다.\n",
                                     "other": "삼성전자가 레인보우로보틱스를 인수했다.\n"})
    out = tmp_path / "out"
    build([src], out)
    r = CliRunner().invoke(cli, ["push", "--graph", str(out), "--endpoint", f"{server}/store"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Pushed 4 graphs")
    graphs = {row["g"] for row in select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert graphs == {GRAPH + "article/deal", GRAPH + "article/other", GRAPH + "entities", GRAPH + "analysis"}
    q = f"""SELECT ?s ?o WHERE {{ GRAPH <{GRAPH}article/deal> {{ ?s <https://w3id.org/kgdeals#partnerOf> ?o }} }}"""
    assert len(select(server, q)) == 1

    # the article changes: pushing again replaces its graph, nothing of the old version stays
    articles(src, {"deal": "KT는 엔비디아와 파트너십을 맺었다.\n"})
    build([src], out)
    assert CliRunner().invoke(cli, ["push", "--graph", str(out), "--endpoint", f"{server}/store"]).exit_code == 0
    rows = select(server, q)
    assert len(rows) == 1 and "엔비디아" in urllib.parse.unquote(rows[0]["s"] + rows[0]["o"])
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{GRAPH}article/deal> {{ ?s ?p ?o }} }}"
    n_store = int(select(server, count)[0]["n"])
    import pyoxigraph as ox

    local = ox.Store.read_only(str(out / "store"))
    n_local = len(list(local.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH + "article/deal"))))
    assert n_store == n_local


def test_a_plain_file_goes_to_the_default_graph(server: str, tmp_path: Path) -> None:
    ttl = tmp_path / "g.ttl"
    ttl.write_text("<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n", "utf-8")
    r = CliRunner().invoke(cli, ["push", "--graph", str(ttl), "--endpoint", f"{server}/store"])
    assert r.exit_code == 0, r.output
    assert select(server, "SELECT ?s WHERE { ?s <http://example.org/p> ?o }") == [{"s": "http://example.org/a"}]


def test_wrong_endpoint_is_a_clear_error(server: str, tmp_path: Path) -> None:
    ttl = tmp_path / "g.ttl"
    ttl.write_text("<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n", "utf-8")
    r = CliRunner().invoke(cli, ["push", "--graph", str(ttl), "--endpoint", f"{server}/nowhere"])
    assert r.exit_code == 1 and r.output.startswith("Error: ") and "refused" in r.output
    dead = f"http://127.0.0.1:{free_port()}/store"
    r = CliRunner().invoke(cli, ["push", "--graph", str(ttl), "--endpoint", dead])
    assert r.exit_code == 1 and "no answer" in r.output
    r = CliRunner().invoke(cli, ["push", "--graph", str(ttl), "--endpoint", "ftp://x/store"])
    assert r.exit_code == 1 and "not an http(s) URL" in r.output


def test_prune_deletes_the_graphs_of_removed_articles(server: str, tmp_path: Path) -> None:
    src = articles(tmp_path / "in", {"deal": "KT는 마이크로소프트와 파트너십을 맺었다.\n",
                                     "other": "삼성전자가 레인보우로보틱스를 인수했다.\n"})
    out = tmp_path / "out"
    build([src], out)
    push = ["push", "--graph", str(out), "--endpoint", f"{server}/store"]
    assert CliRunner().invoke(cli, push).exit_code == 0
    # someone else's graph on the same server must survive the prune
    foreign = "http://example.org/mine"
    urllib.request.urlopen(urllib.request.Request(
        f"{server}/store?graph={urllib.parse.quote(foreign, safe='')}", method="PUT",
        data=b"<http://example.org/a> <http://example.org/p> <http://example.org/b> .\n",
        headers={"Content-Type": "application/n-triples"}), timeout=10).read()

    rainbow = 'SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?s), "레인보우로보틱스")) }'
    assert select(server, rainbow)
    (src / "other.txt").unlink()  # the article leaves the input
    build([src], out)
    r = CliRunner().invoke(cli, [*push, "--sparql", f"{server}/query"])
    assert r.exit_code == 0, r.output
    assert r.output.strip().endswith("deleted 1 graphs of removed articles")
    graphs = {row["g"] for row in select(server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert graphs == {GRAPH + "article/deal", GRAPH + "entities", GRAPH + "analysis", foreign}
    assert not select(server, rainbow)

    r = CliRunner().invoke(cli, [*push, "--sparql", f"{server}/store"])  # not a query endpoint
    assert r.exit_code == 1 and r.output.startswith("Error: ") and "query" in r.output
