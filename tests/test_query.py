"""`kg query` and kg.query: SPARQL over a graph, results in every format, named questions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.query import display_width, named_queries, named_query, run_query, to_table
from kg.store import open_store

SAMPLE = str(Path(__file__).parent / "data" / "sample.ttl")
ORGS = "SELECT ?o ?label WHERE { ?o a schema:Organization ; rdfs:label ?label FILTER(LANG(?label) = 'ko') }"


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_table_shows_korean_names_aligned() -> None:
    code, out = invoke("query", "--graph", SAMPLE, ORGS)
    assert code == 0
    assert "마이크로소프트" in out and "KT" in out
    lines = out.splitlines()
    # every row's second column starts at the same terminal cell, Hangul counted as two
    starts = {display_width(line[: line.rindex(label)]) for line in lines for label in ("마이크로소프트", "KT", "G42")
              if label in line}
    assert len(starts) == 1


def test_display_width_counts_hangul_twice() -> None:
    assert display_width("KT") == 2 and display_width("마이크로소프트") == 14


def test_json_is_w3c_results_json() -> None:
    code, out = invoke("query", "--graph", SAMPLE, "--format", "json", ORGS)
    assert code == 0
    doc = json.loads(out)
    assert doc["head"]["vars"] == ["o", "label"]
    labels = {b["label"]["value"]: b["label"]["xml:lang"] for b in doc["results"]["bindings"]}
    assert labels["마이크로소프트"] == "ko"
    assert all(b["o"]["type"] == "uri" for b in doc["results"]["bindings"])


def test_csv_and_tsv() -> None:
    code, out = invoke("query", "--graph", SAMPLE, "--format", "csv", ORGS)
    assert code == 0 and out.splitlines()[0] == "o,label" and "마이크로소프트" in out
    code, out = invoke("query", "--graph", SAMPLE, "--format", "tsv", ORGS)
    assert out.splitlines()[0] == "?o\t?label" and '"마이크로소프트"@ko' in out


def test_ask_and_construct() -> None:
    code, out = invoke("query", "--graph", SAMPLE, "ASK { ?p org:headOf ?o }")
    assert (code, out) == (0, "true\n")
    code, out = invoke("query", "--graph", SAMPLE, "--format", "json", "ASK { ?p deal:acquired ?o }")
    assert json.loads(out) == {"head": {}, "boolean": False}
    code, out = invoke("query", "--graph", SAMPLE, "CONSTRUCT { ?p org:headOf ?o } WHERE { ?p org:headOf ?o }")
    assert code == 0 and "org:headOf" in out and "@prefix org:" in out


def test_query_from_a_file(tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text(ORGS, encoding="utf-8")
    code, out = invoke("query", "--graph", SAMPLE, "-f", str(rq))
    assert code == 0 and "마이크로소프트" in out


def test_a_syntax_error_is_an_error_line() -> None:
    code, out = invoke("query", "--graph", SAMPLE, "SELECT ?x WHERE { ?x ?y }")
    assert code == 1
    assert out.startswith("Error:") and "not valid SPARQL" in out
    assert "Traceback" not in out


def test_a_missing_graph_names_the_path(tmp_path: Path) -> None:
    code, out = invoke("query", "--graph", str(tmp_path / "nothing"), ORGS)
    assert code == 1 and out.startswith("Error:") and "nothing" in out and "kg build" in out


def test_named_partners_by_label_or_alias() -> None:
    for name in ("마이크로소프트", "MS", "microsoft"):
        code, out = invoke("query", "--graph", SAMPLE, "--name", "partners", "--param", f"company={name}",
                           "--format", "csv")
        assert code == 0, out
        partners = {line.split(",")[1] for line in out.splitlines()[1:]}
        assert partners == {"KT", "G42"}


def test_named_questions_answer_on_the_sample() -> None:
    store = open_store(Path(SAMPLE))

    def ask(name: str, **params: str) -> list[dict]:
        result = run_query(store, named_query(name, params).sparql, params=params)
        return [dict(zip(result.variables, row, strict=True)) for row in result.rows]

    deals = ask("deals", type="investment", year="2024")
    assert {d["object"] for d in deals} >= {"말레이시아", "인도네시아"}
    assert all(d["kind"] == "Investment" for d in deals)
    assert ask("deals", year="2023") == []
    assert ask("central")[0]["label"] == "마이크로소프트"
    evidence = ask("evidence", a="MS", b="KT")
    assert any("파트너십" in e["evidence"] for e in evidence)
    heads = ask("heads", person="김영섭")
    assert heads == [{"organisation": "https://w3id.org/kgdeals/id/org/kt", "label": "KT", "title": "대표"}]


def test_named_query_parameters_are_checked_and_not_injected() -> None:
    assert set(named_queries()) >= {"partners", "deals", "central", "evidence", "heads"}
    with pytest.raises(QueryError, match="company"):
        named_query("partners", {})
    with pytest.raises(QueryError, match="no parameter"):
        named_query("partners", {"company": "MS", "colour": "red"})
    store = open_store(Path(SAMPLE))
    sneaky = 'MS" } ?s ?p ?o . { "'
    result = run_query(store, named_query("partners", {"company": sneaky}).sparql, params={"company": sneaky})
    assert result.rows == []


def test_list_and_unknown_name() -> None:
    code, out = invoke("query", "--list")
    assert code == 0 and "partners" in out and "company=" in out
    code, out = invoke("query", "--graph", SAMPLE, "--name", "nope")
    assert code == 1 and out.startswith("Error:")


def test_rows_are_python_values_and_limit_truncates() -> None:
    store = open_store(Path(SAMPLE))
    result = run_query(store, "SELECT ?n ?v WHERE { ?f deal:evidenceStart ?n } ORDER BY ?n", limit=2)
    assert result.rows == [[10, None], [30, None]] and result.truncated
    assert "(2 rows, truncated)" in to_table(result)


def test_timeout_gives_up() -> None:
    store = open_store(Path(SAMPLE))
    slow = ("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l "
            "FILTER(REGEX(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l)), 'zzz')) }")
    with pytest.raises(QueryError, match="longer than"):
        run_query(store, slow, timeout=0.2)
