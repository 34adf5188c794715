"""`kg build` end to end: the bundled seeds, the sample article, SHACL, determinism, failures."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import cli
from kg.validate import validate

ROOT = Path(__file__).resolve().parent.parent
DEAL = "https://w3id.org/kgdeals#"
ORG = "http://www.w3.org/ns/org#"


def label_edges(out: Path) -> set[tuple[str, str, str]]:
    """(subject label, predicate local name, object label) for every direct edge in graph.ttl."""
    g = rdflib.Graph().parse(out / "graph.ttl")
    q = """SELECT ?sl ?p ?ol WHERE { ?s ?p ?o . ?s rdfs:label ?sl . ?o rdfs:label ?ol .
           FILTER(lang(?sl) = "ko" && lang(?ol) = "ko") }"""
    return {(str(r.sl), str(r.p).rsplit("#", 1)[-1].rsplit("/", 1)[-1], str(r.ol)) for r in g.query(q)}


def labels(out: Path) -> set[str]:
    g = rdflib.Graph().parse(out / "graph.ttl")
    return {str(o) for o in g.objects(None, rdflib.RDFS.label)} | {str(o) for o in g.objects(None, rdflib.SKOS.altLabel)}


def centrality(out: Path) -> list[dict[str, str]]:
    with (out / "centrality.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_seeds_make_microsoft_the_hub(seeds_build: Path) -> None:
    edges = label_edges(seeds_build)
    assert any({s, o} == {"마이크로소프트", "KT"} and p == "partnerOf" for s, p, o in edges)
    for investee in ("G42", "말레이시아", "인도네시아", "오픈AI"):
        assert ("마이크로소프트", "investedIn", investee) in edges, investee
    assert ("김영섭", "headOf", "KT") in edges
    rows = centrality(seeds_build)
    assert rows[0]["label"] == "마이크로소프트"
    assert max(rows, key=lambda r: float(r["betweenness"]))["label"] == "마이크로소프트"


def test_seeds_leave_out_headline_lists(seeds_build: Path) -> None:
    # names that appear only in the '많이 본 뉴스' lists after the copyright lines of seeds/
    for name in ("MBK파트너스", "고려아연", "최윤범", "티몬", "위메프"):
        assert name not in labels(seeds_build), name


def test_sample_article(sample_build: Path) -> None:
    """../shared's sample: MS partners KT and G42, invests in Malaysia and Indonesia, and is the hub."""
    edges = label_edges(sample_build)
    for partner in ("KT", "G42"):
        assert any({s, o} == {"마이크로소프트", partner} and p == "partnerOf" for s, p, o in edges), partner
    for country in ("말레이시아", "인도네시아"):
        assert any(s == "마이크로소프트" and o == country and p in ("investedIn", "partnerOf") for s, p, o in edges)
    assert ("김영섭", "headOf", "KT") in edges
    names = labels(sample_build)
    for boilerplate in ("임종룡", "신한은행", "현대카드", "정태영", "한투운용", "LH"):
        assert boilerplate not in names, boilerplate
    assert "MS" in names  # the altLabel of 마이크로소프트
    rows = centrality(sample_build)
    assert rows[0]["label"] == "마이크로소프트"
    assert max(rows, key=lambda r: float(r["betweenness"]))["label"] == "마이크로소프트"


def test_built_graph_conforms_to_the_shapes(seeds_build: Path) -> None:
    conforms, report = validate(rdflib.Graph().parse(seeds_build / "graph.ttl"))
    assert conforms, report


def test_turtle_is_read_alike_by_rdflib_and_oxigraph(seeds_build: Path) -> None:
    path = seeds_build / "graph.ttl"
    assert len(rdflib.Graph().parse(path)) == len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)))


def test_every_fact_points_back_to_its_sentence(seeds_build: Path) -> None:
    g = rdflib.Graph().parse(seeds_build / "graph.ttl")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.txt")}
    q = """SELECT ?id ?ev ?s ?e WHERE { ?f deal:evidence ?ev ; deal:evidenceStart ?s ; deal:evidenceEnd ?e ;
           prov:wasDerivedFrom/dcterms:identifier ?id }"""
    rows = list(g.query(q, initNs={"deal": DEAL, "prov": "http://www.w3.org/ns/prov#",
                                    "dcterms": "http://purl.org/dc/terms/"}))
    assert rows
    for r in rows:
        if str(r.id) in texts:
            assert texts[str(r.id)][int(r.s):int(r.e)] == str(r.ev)


def test_same_input_same_bytes(seeds_build: Path, tmp_path: Path) -> None:
    from kg.pipeline import build

    build([ROOT / "seeds"], tmp_path)
    for name in ("graph.ttl", "graph.html", "centrality.csv"):
        assert (tmp_path / name).read_bytes() == (seeds_build / name).read_bytes(), name


def test_cli_build_prints_the_summary(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "deal.txt").write_text("KT는 마이크로소프트와 5년간 파트너십을 맺었다. 김영섭 KT 대표가 발표했다.\n", "utf-8")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "Read 1 articles" in result.output
    assert "1 partnership" in result.output and "1 leads" in result.output
    assert "Most central" in result.output and "KT" in result.output
    for name in ("graph.ttl", "graph.html", "centrality.csv"):
        assert (tmp_path / "out" / name).exists()


def test_bad_input_keeps_the_last_good_output(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("KT는 마이크로소프트와 파트너십을 맺었다.\n", "utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(cli, ["build", str(src), "--out", str(out)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (src / "broken.jsonl").write_text('{"id": "x", "text": "ok"}\nnot json\n', "utf-8")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out)])
    assert result.exit_code == 1
    assert f"Error: {src / 'broken.jsonl'}:2: not valid JSON" in result.output
    assert "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_skip_bad_builds_from_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "in"
    shutil.copytree(ROOT / "seeds", src, ignore=shutil.ignore_patterns("*.html", "*.jsonl", "*.md"))
    (src / "empty.txt").write_text("", "utf-8")
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(tmp_path / "out"), "--skip-bad", "-q"])
    assert result.exit_code == 0, result.output
    assert "Warning:" in result.output and "empty.txt" in result.output


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {tmp_path / 'nowhere'}: no such file or folder")


@pytest.mark.parametrize("command", ["build", "extract", "query", "export", "centrality", "serve", "eval", "push"])
def test_every_command_is_documented_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_viewer_size_limit_is_an_option(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "deal.txt").write_text("KT는 마이크로소프트와 파트너십을 맺었다. 네이버는 포시마크를 인수했다.\n", "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--viewer-max-nodes", "2", "-q"])
    assert result.exit_code == 0, result.output
    html = (out / "graph.html").read_text("utf-8")
    assert "마이크로소프트" in html
    assert "개 중 2개 표시" in html  # the page says it shows only part of the graph


def test_skip_bad_with_nothing_left_is_an_error_and_writes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_text("", "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(src), "--out", str(out), "--skip-bad"])
    assert result.exit_code == 1
    assert "Error:" in result.output and "no article could be read" in result.output
    assert not (out / "graph.ttl").exists()
