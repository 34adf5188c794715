"""Nothing lost, nothing let in: bad input, failed and interrupted builds, hostile RDF and queries.

Every failing build must exit 1 with one `Error:` line naming the input, and leave the
previous output byte for byte as it was.
"""
from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

GOOD = "KT는 마이크로소프트와 5년간 파트너십을 맺었다. 김영섭 KT 대표가 발표했다.\n"


CACHE = ".kg-cache"  # the extraction cache kg.pipeline keeps in the output folder: not output


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every output file's bytes (the store's files too)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and CACHE not in p.relative_to(folder).parts}


def leftovers(folder: Path) -> list[Path]:
    """Temporary files and folders of atomic writes that were not cleaned up."""
    return [p for p in folder.rglob("*") if CACHE not in p.relative_to(folder).parts
            and (p.name.endswith((".tmp", ".old")) or p.name.startswith("."))]


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def previous(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output of one good build: every failing build below must leave it exactly so."""
    src = tmp_path_factory.mktemp("good-in")
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path_factory.mktemp("previous") / "out"
    code, output = invoke("build", str(src), "--out", str(out), "-q")
    assert code == 0, output
    return out


BAD_INPUTS = {
    "empty.txt": (b"", "empty article"),
    "blob.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "latin.txt": ("Caf\xe9 na\xefve r\xe9sum\xe9 \xa9 \xae".encode("latin-1"), "cannot decode"),
    "lines.jsonl": (b'{"id": "ok", "text": "KT\xea\xb0\x80 \xec\x9d\xb4\xea\xb2\xbc\xeb\x8b\xa4."}\n{"id": "x", "text": \n',
                    "lines.jsonl:2: not valid JSON"),
    "notes.pdf": (b"%PDF-1.4", "unsupported file type"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_an_error_and_the_previous_output_stays(name: str, previous: Path, tmp_path: Path) -> None:
    data, message = BAD_INPUTS[name]
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    before = snapshot(previous)
    target = [str(tmp_path / name)] if name.endswith(".pdf") else [str(tmp_path)]
    code, output = invoke("build", *target, "--out", str(previous), "-q")
    assert code == 1
    assert output.startswith(f"Error: {tmp_path / name}") and message in output.splitlines()[0], output
    assert "Traceback" not in output
    assert snapshot(previous) == before


def test_missing_path_and_folder_without_articles(previous: Path, tmp_path: Path) -> None:
    before = snapshot(previous)
    code, output = invoke("build", str(tmp_path / "nowhere"), "--out", str(previous))
    assert code == 1 and output.startswith(f"Error: {tmp_path / 'nowhere'}: no such file or folder")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "readme.md").write_text("not an article", encoding="utf-8")
    code, output = invoke("build", str(tmp_path / "empty"), "--out", str(previous))
    assert code == 1 and output.startswith(f"Error: {tmp_path / 'empty'}: no articles here")
    assert snapshot(previous) == before


def test_skip_bad_warns_about_each_and_builds_from_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, (data, _) in BAD_INPUTS.items():
        if not name.endswith(".pdf"):
            (src / name).write_bytes(data)
    code, output = invoke("build", str(src), "--out", str(tmp_path / "out"), "--skip-bad", "-q")
    assert code == 0, output
    warnings = [line for line in output.splitlines() if line.startswith("Warning:")]
    for name in ("empty.txt", "blob.txt", "latin.txt", "lines.jsonl:2"):
        assert any(name in w for w in warnings), (name, warnings)
    assert "Read 1 articles" in output
    assert "마이크로소프트" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr"])
def test_legacy_korean_encodings_build(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "legacy.txt").write_bytes(GOOD.encode(encoding))
    code, output = invoke("extract", str(tmp_path / "legacy.txt"))
    assert code == 0, output
    doc = json.loads(output)
    assert {m["text"] for m in doc["mentions"]} >= {"KT", "마이크로소프트"}
    assert all(GOOD[m["start"]:m["end"]] == m["text"] for m in doc["mentions"])


def test_html_scripts_are_not_article_text(tmp_path: Path) -> None:
    page = ("<html><head><title>KT, MS와 협력</title><script>var leak = '삼성전자와 애플이 합병';</script></head>"
            "<body><article><p>" + GOOD + "</p><p>양사는 클라우드 협력도 넓힌다고 밝혔다.</p></article>"
            "<script>document.write('<p>LG전자가 소니를 인수했다</p>')</script></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    code, output = invoke("extract", str(tmp_path / "page.html"))
    assert code == 0, output
    doc = json.loads(output)
    texts = {m["text"] for m in doc["mentions"]}
    assert "마이크로소프트" in texts and not texts & {"삼성전자", "애플", "LG전자", "소니"}


def test_a_one_megabyte_article_is_split_before_kiwipiepy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """kiwipiepy slows down badly on very long strings: it only ever sees pieces of MAX_CHUNK or less."""
    from kg import nlp
    from kg.read import read_articles

    sentence = "KT는 마이크로소프트와 파트너십을 맺었다. "
    (tmp_path / "huge.txt").write_text(sentence * (1_000_000 // len(sentence) + 1), encoding="utf-8")
    [article] = read_articles([tmp_path / "huge.txt"])  # one line, no line breaks: about 1 MB
    assert len(article.text) >= 1_000_000
    seen: list[str] = []

    class FakeKiwi:  # records what kiwipiepy would be given, without the minutes it would take
        def tokenize(self, chunks: list[str], **kw: object) -> list[list[object]]:
            seen.extend(chunks)
            return [[] for _ in chunks]

        split_into_sents = tokenize

    monkeypatch.setattr(nlp, "kiwi", lambda: FakeKiwi())
    nlp.sentences([article.text])
    assert seen and max(map(len, seen)) <= nlp.MAX_CHUNK
    assert "".join(seen) == article.text.rstrip("\n")  # every character handed on, none twice


def test_a_failed_write_leaves_the_previous_output(previous: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import store

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "_fill_store", broken)  # a whole load,
    monkeypatch.setattr(store, "_update_copy", broken)  # and the update of a copy of the old store
    (tmp_path / "other.txt").write_text("네이버가 포시마크를 인수했다.\n", encoding="utf-8")
    before = snapshot(previous)
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(previous), "-q"])
    assert result.exit_code == 1
    assert "Error: [Errno 28] No space left on device; earlier output left as it was." in result.output
    assert "Traceback" not in result.output
    assert snapshot(previous) == before
    assert leftovers(previous) == []


def test_a_bug_is_one_error_line_and_the_traceback_waits_for_debug(previous: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import pipeline

    def bug(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(pipeline, "compute", bug)
    (tmp_path / "other.txt").write_text("네이버가 포시마크를 인수했다.\n", encoding="utf-8")
    before = snapshot(previous)
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "--out", str(previous), "-q"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: internal error (ZeroDivisionError: division by zero)")
    assert "kg --debug" in result.output and "Traceback" not in result.output
    assert snapshot(previous) == before
    debug = CliRunner().invoke(cli, ["--debug", "build", str(tmp_path), "--out", str(previous), "-q"])
    assert isinstance(debug.exception, ZeroDivisionError)  # the traceback, for the report


def test_interrupted_build_leaves_the_previous_output(previous: Path, tmp_path: Path) -> None:
    """`kg build` of a big input in a subprocess, Ctrl-C (SIGINT) while it extracts."""
    src = tmp_path / "big.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for i in range(4000):
            row = {"id": f"a{i}", "text": f"회사{i}는 마이크로소프트와 파트너십을 맺었다. 김영섭 KT 대표가 발표했다.\n" * 3}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    before = snapshot(previous)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-c", "from kg.cli import main; main()", "build", str(src),
                             "--out", str(previous)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                            # a shell's background job inherits SIGINT ignored; a user's terminal does not
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stderr is not None
    seen = b""
    deadline = time.monotonic() + 60
    while b"Extracting" not in seen and time.monotonic() < deadline:  # the progress bar: extraction is under way
        chunk = os.read(proc.stderr.fileno(), 4096)
        if not chunk:
            break
        seen += chunk
    assert b"Extracting" in seen, seen.decode("utf-8", "replace")
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    assert proc.returncode == 130, (seen + err).decode("utf-8", "replace")
    assert b"Error: interrupted" in err and b"Traceback" not in err
    assert snapshot(previous) == before
    assert leftovers(previous) == []


def test_deferred_interrupts_hold_ctrl_c_until_the_block_ends() -> None:
    from kg.atomic import deferred_interrupts

    done = []
    with pytest.raises(KeyboardInterrupt), deferred_interrupts():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)
        done.append(True)
    assert done == [True]


# --- hostile RDF and queries -------------------------------------------------------------------

class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        _Recorder.hits.append(self.path)
        body = b'{"@context": {"name": "https://schema.org/name"}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Recorder.hits = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("command", [["query", "SELECT * { ?s ?p ?o }"], ["export", "--format", "nt"],
                                     ["centrality"]])
def test_xml_external_entities_are_refused(tmp_path: Path, command: list[str]) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42", encoding="utf-8")
    rdf = tmp_path / "xxe.rdf"
    rdf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "{secret.as_uri()}"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.com/">
  <rdf:Description rdf:about="http://example.com/a"><ex:p>&xxe;</ex:p></rdf:Description>
</rdf:RDF>
""", encoding="utf-8")
    code, output = invoke(command[0], "--graph", str(rdf), *command[1:])
    assert "TOP-SECRET-42" not in output
    assert code == 1 and output.startswith(f"Error: {rdf}")


@pytest.mark.parametrize("command", [["query", "SELECT * { ?s ?p ?o }"], ["export", "--format", "turtle"]])
def test_json_ld_remote_context_is_not_fetched(tmp_path: Path, web: str, command: list[str]) -> None:
    doc = tmp_path / "remote.jsonld"
    doc.write_text(json.dumps({"@context": f"{web}/context.jsonld", "@id": "https://x.example/a", "name": "에이"}),
                   encoding="utf-8")
    code, output = invoke(command[0], "--graph", str(doc), *command[1:])
    assert _Recorder.hits == []
    assert code == 1 and output.startswith(f"Error: {doc}")


@pytest.mark.parametrize(("query", "word"), [
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM"),
    ("SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }", "FROM"),
    ("SELECT * WHERE { SERVICE <{web}/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <file:///etc/passwd>", "LOAD"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "INSERT"),
])
def test_cli_query_refuses_other_datasets_and_updates(previous: Path, web: str, query: str, word: str) -> None:
    code, output = invoke("query", "--graph", str(previous), query.replace("{web}", web))
    assert code == 1 and output.startswith(f"Error: {word}") and "refused" in output
    assert "root:" not in output and _Recorder.hits == []
