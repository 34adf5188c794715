"""`kg eval`: scoring a build against annotated articles, as users do with their own."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

GOLD = [{
    "id": "t-001",
    "text": "KT는 마이크로소프트(MS)와 5년간 파트너십을 맺었다. 김영섭 KT 대표가 발표했다. "
            "네이버는 포시마크 인수를 검토 중이다.",
    "entities": [
        {"id": "kt", "name": "KT", "type": "Organization", "aliases": []},
        {"id": "ms", "name": "마이크로소프트", "type": "Organization", "aliases": ["MS"]},
        {"id": "kim", "name": "김영섭", "type": "Person", "aliases": []},
        {"id": "naver", "name": "네이버", "type": "Organization", "aliases": []},
        {"id": "posh", "name": "포시마크", "type": "Organization", "aliases": []},
    ],
    "relations": [
        {"subject": "ms", "type": "partnership", "object": "kt", "evidence": "KT는 마이크로소프트(MS)와 5년간 파트너십을 맺었다."},
        {"subject": "kim", "type": "leads", "object": "kt", "evidence": "김영섭 KT 대표가 발표했다."},
    ],
    "not_relations": [{"subject": "naver", "type": "acquisition", "object": "posh", "why": "only considering"}],
}]


def test_eval_scores_a_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), "utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["relation"]["gold"] == 2 and report["relation"]["found"] == 2
    assert report["entity"]["recall"] == 1.0
    assert report["negated_or_hedged_extracted"] == 0  # 검토 중: no acquisition edge


def test_eval_verbose_lists_misses(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    extra = dict(GOLD[0], relations=GOLD[0]["relations"] + [
        {"subject": "naver", "type": "investment", "object": "posh", "evidence": "x"}])
    gold.write_text(json.dumps([extra], ensure_ascii=False), "utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--verbose"])
    assert result.exit_code == 0, result.output
    assert "t-001: 네이버 -investment-> 포시마크" in result.output
    assert "relation P=" in result.output


def test_eval_bad_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text("{not json", "utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {gold}")


def test_development_set_meets_the_quality_targets(tmp_path: Path) -> None:
    """../shared/gold/dev.json (20 annotated articles; skipped when absent): the issue's targets."""
    import pytest

    from kg.evaluate import evaluate

    dev = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "dev.json"
    if not dev.exists():
        pytest.skip("../shared/gold/dev.json is not here")
    report = evaluate(dev, tmp_path / "out")
    assert report.hedged_extracted == []
    assert report.entities.f1 >= 0.90, report.entities
    assert report.relations.f1 >= 0.85, report.relations


@pytest.mark.parametrize(("name", "entity_f1", "relation_f1", "hedged"),
                         [("own.json", 0.90, 0.84, 0), ("own2.json", 0.90, 0.83, 0), ("own3.json", 0.90, 0.89, 0),
                          ("own4.json", 0.90, 0.86, 0), ("own5.json", 0.90, 0.87, 0), ("own6.json", 0.90, 0.86, 0),
                          ("own7.json", 0.85, 0.80, 0), ("own8.json", 0.90, 0.82, 1), ("own10.json", 0.88, 0.87, 0),
                          ("own9.json", 0.84, 0.79, 0), ("own11.json", 0.81, 0.84, 1), ("own12.json", 0.88, 0.86, 0),
                          ("own13.json", 0.92, 0.88, 0), ("own14.json", 0.90, 0.88, 0), ("own16.json", 0.88, 0.89, 2),
                          ("own27.json", 0.90, 0.84, 0), ("own29.json", 0.93, 0.90, 0), ("own31.json", 0.93, 0.90, 0),
                          ("own32.json", 0.90, 0.82, 0), ("own35.json", 0.96, 0.90, 0),
                          ("own36.json", 0.94, 0.91, 0), ("own38.json", 0.90, 0.94, 0),
                          ("own39.json", 0.91, 0.90, 0), ("own40.json", 0.94, 0.96, 0),
                          ("own42.json", 0.92, 0.92, 0), ("own44.json", 0.90, 0.86, 0),
                          ("own46.json", 0.93, 0.90, 0), ("own48.json", 0.93, 0.85, 0),
                          ("own50.json", 0.95, 0.91, 1), ("own52.json", 0.93, 0.88, 0),
                          ("own53.json", 0.96, 0.93, 0), ("own55.json", 0.95, 0.93, 0),
                          ("own57.json", 0.93, 0.92, 0), ("own59.json", 0.95, 0.94, 0),
                          ("own61.json", 0.95, 0.96, 0), ("own63.json", 0.95, 0.93, 0),
                          ("own67.json", 0.92, 0.89, 0), ("own71.json", 0.92, 0.92, 0)])
def test_our_own_annotated_articles_do_not_regress(tmp_path: Path, name: str, entity_f1: float,
                                                   relation_f1: float, hedged: int) -> None:
    """bench/gold/own*.json (articles the project wrote and annotated; the held-out sets bench/gold/README.md
    names stay out): the figures reached, less a margin.  own8 still takes one co-buyer's minority stake for a purchase, own11 one
    bank's planned subsidiary for a fact, own16 the head a denied report names and 강민호 leads 스타일온 of
    `스타일온 창업자인 강민호 대표`, which own16's annotator lists as no fact after the merger and the other sets'
    annotators (own5, own6, own7, own19, own20, own22, own27) take as one."""
    from kg.evaluate import evaluate

    own = Path(__file__).resolve().parent.parent / "bench" / "gold" / name
    report = evaluate(own, tmp_path / "out")
    assert len(report.hedged_extracted) <= hedged, report.hedged_extracted
    assert report.entities.f1 >= entity_f1, report.entities
    assert report.relations.f1 >= relation_f1, report.relations
