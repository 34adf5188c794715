"""How `kg extract` shows mentions: as the named expressions a Korean reader marks in the text.

The graph needs the parts of a place or a body named with its place: `네덜란드 암스테르담에 본사를 둔 X`
puts X in the country and in the city, `폴란드 국방부` is the ministry, located in Poland.  Korean
named-entity annotation (KLUE-NER, and a reader highlighting names) marks each of those as one
expression: `네덜란드 암스테르담` is one place, `일본 기상청` and `중국 정부` one organisation.  So
recognition keeps the parts (they are what the graph links), and `expressions` joins them for the
mention list: one mention per expression, typed by its head (the last part), with its `parts`.

Joined, when only a space lies between them:
- places: a country, region or city and the place in it (`중국 산시성`, `서울 서초구 서초동`);
- a place and the organisation named after it (`일본 기상청`, `서울 용산경찰서`);
- a place and a word for its state (`중국 정부`, `미얀마 군부`, `쾰른 경찰`), which is no mention of
  its own (the graph keeps the country);
- an organisation and a word for a unit of it (`고려대학교 총학생회`, `한국일보 노조`, `유엔 안보리`),
  likewise no mention of its own (the graph keeps the organisation);
- whatever the entity model reads, surely (`LEARNED_JOIN`), as one name over several recognised ones and
  the words between, no person's among them (`미국 연방 대법원`, `볼티모어 오리올스`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.models import EntityType, LearnedSpan, Mention

#: words for a country's or a city's state, named after it: 중국 정부, 모로코 당국, 쾰른 경찰
_STATE_WORDS = ("과도정부", "정부", "당국", "경찰", "검찰", "군부", "해군", "육군", "공군", "의회", "대사관",
                "총영사관", "영사관")
_STATE_AFTER = re.compile(r" (" + "|".join(_STATE_WORDS) + r")(?![가-힣]{2})")
#: words for a unit of an organisation, named with it: 고려대학교 총학생회, 한국일보 노조, 유엔 안보리,
#: 서울대 공법학과, 서울 마포경찰서 용강지구대 (a word ending in one, before a particle or the word's end)
_UNIT_WORDS = ("병원", "학과", "대학", "대학원", "학생회", "지구대", "파출소", "안보리", "안전보장이사회", "노조", "노동조합")
_UNIT_AFTER = re.compile(r" ([가-힣]*(?:" + "|".join(_UNIT_WORDS) + r"))"
                         r"(?=$|[^가-힣A-Za-z0-9]|(?:은|는|이|가|을|를|의|에|와|과|도|에서|으로|로|측|에게)(?![가-힣]))")


@dataclass(frozen=True)
class Expression:
    """A mention as shown: its text and offsets, the type of its head, and the recognised parts it joins."""

    text: str
    start: int
    end: int
    type: EntityType
    parts: tuple[Mention, ...] = ()

    def as_json(self) -> dict:
        out: dict = {"text": self.text, "start": self.start, "end": self.end, "type": self.type.value}
        if len(self.parts) > 1 or (self.parts and (self.parts[0].start, self.parts[0].end) != (self.start, self.end)):
            out["parts"] = [{"text": p.text, "start": p.start, "end": p.end, "type": p.type.value} for p in self.parts]
        return out


#: how sure the entity model must be of one name over several recognised ones to show them as one
LEARNED_JOIN = 0.8


def expressions(mentions: tuple[Mention, ...] | list[Mention], text: str,
                learned: Sequence[LearnedSpan] = ()) -> list[Expression]:
    """The mentions of one article (in text order, without overlaps) joined into named expressions;
    `learned`: the entity model's spans of the article (`Extraction.learned`)."""
    out: list[Expression] = []
    for m in sorted(mentions, key=lambda m: m.start):
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:m.start] == " " and prev.type.is_location \
                and (m.type.is_location or m.type is EntityType.ORGANIZATION):
            out[-1] = Expression(text[prev.start:m.end], prev.start, m.end, m.type, (*prev.parts, m))
            continue
        out.append(Expression(m.text, m.start, m.end, m.type, (m,)))
    starts = {e.start for e in out}
    joined: list[Expression] = []
    for e in out:
        after = _STATE_AFTER if e.type.is_location else _UNIT_AFTER if e.type is EntityType.ORGANIZATION else None
        state = after.match(text, e.end) if after is not None else None
        if state is not None and state.start(1) not in starts:
            end = state.end(1)
            e = Expression(text[e.start:end], e.start, end, EntityType.ORGANIZATION, e.parts)
        joined.append(e)
    return _joined_by_the_model(joined, text, learned) if learned else joined


def _joined_by_the_model(exprs: list[Expression], text: str, learned: Sequence[LearnedSpan]) -> list[Expression]:
    """Where the entity model reads one name, surely, over several words that hold recognised names
    and no person's (미국 연방 대법원, 볼티모어 오리올스, 연세대 세브란스병원), that name is the expression,
    typed by the model (a place by its head, when the head is one)."""
    out = list(exprs)
    for start, end, type_, conf in sorted(learned):
        inside = [x for x in out if start <= x.start and x.end <= end]
        if conf < LEARNED_JOIN or not inside or (len(inside) == 1 and (inside[0].start, inside[0].end) == (start, end)) \
                or any(x.type is EntityType.PERSON for x in inside) \
                or any(x.start < end and start < x.end and x not in inside for x in out):
            continue
        if type_.is_location:
            type_ = inside[-1].type if inside[-1].type.is_location else EntityType.PLACE
        k = out.index(inside[0])
        out[k:k + len(inside)] = [Expression(text[start:end], start, end, type_, tuple(p for x in inside for p in x.parts))]
    return out
