"""`kg extract`: JSON lines in the contract's shape, offsets into the text as read."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli


def test_json_lines_with_offsets_into_the_text(tmp_path: Path) -> None:
    text = "[테크브리프 김민수 기자]\n마이크로소프트(MS)가 KT와 손잡았다. 김영섭 KT 대표가 밝혔다.\n"
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "a1", "text": text}, ensure_ascii=False) + "\n", "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.jsonl")])
    assert result.exit_code == 0, result.output
    [line] = result.output.strip().splitlines()
    doc = json.loads(line)
    assert doc["id"] == "a1"
    for m in doc["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
        assert m["type"] in ("Organization", "Person", "Country", "City", "Product", "Place")
    assert {"subject": "마이크로소프트", "type": "partnership", "object": "KT"}.items() <= next(
        r for r in doc["relations"] if r["type"] == "partnership").items() or any(
        r["type"] == "partnership" and {r["subject"], r["object"]} == {"마이크로소프트", "KT"} for r in doc["relations"])
    assert any(r["type"] == "leads" and r["subject"] == "김영섭" and r["object"] == "KT" for r in doc["relations"])
    assert all(r["evidence"] in text for r in doc["relations"])


def _extract_one(tmp_path: Path, text: str) -> dict:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    return json.loads(result.output.strip().splitlines()[0])


def test_a_place_named_with_its_country_is_one_mention_with_its_parts(tmp_path: Path) -> None:
    """네덜란드 암스테르담 is one named expression (as a Korean reader, and KLUE-NER, mark it); its parts are
    the country and the city, and the graph still places the company in both."""
    text = "네덜란드 암스테르담에 본사를 둔 벨도라홀딩스는 한결소재와 공급 계약을 맺었다.\n"
    doc = _extract_one(tmp_path, text)
    place = next(m for m in doc["mentions"] if m["text"] == "네덜란드 암스테르담")
    assert place["type"] == "City"
    assert [(p["text"], p["type"]) for p in place["parts"]] == [("네덜란드", "Country"), ("암스테르담", "City")]
    assert text[place["start"]:place["end"]] == place["text"]
    assert not any(m["text"] in ("네덜란드", "암스테르담") for m in doc["mentions"])
    located = {r["object"] for r in doc["relations"] if r["type"] == "located_in" and r["subject"] == "벨도라홀딩스"}
    assert located == {"네덜란드", "암스테르담"}


def test_a_state_body_named_with_its_country_is_one_organisation_mention(tmp_path: Path) -> None:
    doc = _extract_one(tmp_path, "일본 기상청은 태풍이 북상한다고 밝혔다. 중국 정부는 대책을 내놓았다.\n")
    shown = {m["text"]: m for m in doc["mentions"]}
    assert shown["일본 기상청"]["type"] == "Organization"
    assert [(p["text"], p["type"]) for p in shown["일본 기상청"]["parts"]] == [("일본", "Country"), ("기상청", "Organization")]
    assert shown["중국 정부"]["type"] == "Organization"
    assert [(p["text"], p["type"]) for p in shown["중국 정부"]["parts"]] == [("중국", "Country")]
    assert "일본" not in shown and "중국" not in shown


def test_the_government_and_states_named_by_a_syllable_are_organisation_mentions(tmp_path: Path) -> None:
    """정부 alone, and 한·미 of 한미 관계, are organisations a reader marks (KLUE-NER does); 북한, 독일 and
    북미 시장 (North America's market) are no such run of states; none of them is a company in the graph."""
    text = ("정부는 17일 한미 양국이 연합훈련을 하기로 합의했다고 밝혔다. 한·일 대회와 남북 정상회담도 거론됐다. "
            "한결소재는 북미 시장과 독일 관계자를 만났다.\n")
    doc = _extract_one(tmp_path, text)
    shown = [(m["text"], m["type"], m["start"]) for m in doc["mentions"] if m["type"] == "Organization"]
    assert ("정부", "Organization", 0) in shown
    assert [t for t, _, _ in shown if len(t) == 1] == ["한", "미", "한", "일", "남", "북"]
    assert not any(m["text"] in ("북", "미", "독", "일") and text[m["start"]:m["start"] + 3] in ("북미 ", "독일 ")
                   for m in doc["mentions"])
    assert all("parts" not in m for m in doc["mentions"] if m["text"] in ("정부", "한", "미"))
    assert not {"정부", "한", "미", "남", "북"} & {r[k] for r in doc["relations"] for k in ("subject", "object")}


def test_a_name_glossed_in_chinese_characters_and_its_gloss_are_mentions_of_one_kind(tmp_path: Path) -> None:
    text = "시진핑(習近平) 중국 국가주석은 광저우(廣州)를 찾았다. 고토 겐지(後藤健二·47) 씨가 말했다. 롯데가(家)는 조용했다.\n"
    doc = _extract_one(tmp_path, text)
    shown = {m["text"]: m["type"] for m in doc["mentions"]}
    assert shown["習近平"] == shown["시진핑"] == "Person"
    assert shown["廣州"] == shown["광저우"] == "City"
    assert shown["後藤健二"] == "Person"
    assert "家" not in shown  # one character is no gloss of a name
    for m in doc["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_a_country_the_model_reads_acting_as_a_state_is_shown_as_one(tmp_path: Path) -> None:
    """KLUE-NER marks a country acting as a state (북한이 발사했다, 프랑스 대통령) as an organisation, and a
    country as a place (프랑스에 본사를 둔) as a location; `kg extract` shows the model's reading, the country
    as its part, and the graph keeps the one country (a company is still based in it)."""
    text = ("북한이 이날 오전 동해상으로 미사일을 발사했다고 국방부가 밝혔다. 프랑수아 올랑드 프랑스 대통령은 "
            "북한의 도발을 비난했다. 프랑스에 본사를 둔 한결소재는 이날 신제품을 내놓았다.\n")
    doc = _extract_one(tmp_path, text)
    france = [m for m in doc["mentions"] if m["text"] == "프랑스"]
    assert [m["type"] for m in france] == ["Organization", "Country"]
    assert [(p["text"], p["type"]) for p in france[0]["parts"]] == [("프랑스", "Country")]
    assert "parts" not in france[1]
    assert {m["type"] for m in doc["mentions"] if m["text"] == "북한"} == {"Organization"}
    assert any((r["subject"], r["type"], r["object"]) == ("한결소재", "located_in", "프랑스") for r in doc["relations"])


def test_a_mention_of_one_part_has_no_parts(tmp_path: Path) -> None:
    doc = _extract_one(tmp_path, "한결소재는 서울에 본사를 두고 있다.\n")
    assert all("parts" not in m for m in doc["mentions"])
    assert {(m["text"], m["type"]) for m in doc["mentions"]} >= {("한결소재", "Organization"), ("서울", "City")}


def test_a_unit_named_with_its_organisation_is_one_mention(tmp_path: Path) -> None:
    doc = _extract_one(tmp_path, "앞서 22일 고려대학교 총학생회는 성명을 냈다. 유엔 안보리는 결의를 채택했다.\n")
    shown = {m["text"]: m for m in doc["mentions"]}
    assert shown["고려대학교 총학생회"]["type"] == "Organization"
    assert [(p["text"], p["type"]) for p in shown["고려대학교 총학생회"]["parts"]] == [("고려대학교", "Organization")]
    assert shown["유엔 안보리"]["type"] == "Organization" and "고려대학교" not in shown


def test_a_name_the_model_reads_over_several_recognised_ones_is_one_mention(tmp_path: Path) -> None:
    """The graph keeps the country and the city; `kg extract` shows the body and the team as the model reads
    them, each one name (KLUE-NER marks them so)."""
    doc = _extract_one(tmp_path, "26일(현지시각) 미국 연방 대법원은 결혼을 인정했다. 윤석민(28·볼티모어 오리올스)이 "
                                 "메이저리그 첫 승을 올렸다.\n")
    shown = {m["text"]: m for m in doc["mentions"]}
    assert shown["미국 연방 대법원"]["type"] == "Organization"
    assert [(p["text"], p["type"]) for p in shown["미국 연방 대법원"]["parts"]] == [("미국", "Country")]
    assert shown["볼티모어 오리올스"]["type"] == "Organization" and "볼티모어" not in shown
    assert shown["윤석민"]["type"] == "Person"
