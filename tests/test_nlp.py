"""Sentences and morphemes from kiwipiepy, with the boundaries kg corrects."""
from __future__ import annotations

from kg.nlp import sentences


def test_a_sentence_opening_with_a_quote_is_not_cut_after_it() -> None:
    text = "로레알은 스타일난다를 인수했다. ‘닥터자르트’ 운영사 해브앤비는 에스티로더에 인수됐다."
    assert [s.text for s in sentences([text])[0]] == [
        "로레알은 스타일난다를 인수했다.", "‘닥터자르트’ 운영사 해브앤비는 에스티로더에 인수됐다."]
