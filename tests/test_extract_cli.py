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
