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
- whatever the entity model reads, more likely than not (`LEARNED_JOIN`), as one name over several
  recognised ones and the words between, no person's among them (`미국 연방 대법원`, `볼티모어 오리올스`).

Two kinds of mention have no node of their own in the graph, yet a reader marks them as organisations
(KLUE-NER does): the government named by its common word alone (`정부는`, `우리 정부가`), and states
named by one syllable each before what passes between them (`한미 관계`: 한 and 미; `남북 정상회담`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from kg.models import EntityType, LearnedSpan, Mention

#: words for a country's or a city's state, named after it: 중국 정부, 모로코 당국, 쾰른 경찰
_STATE_WORDS = ("과도정부", "정부", "당국", "경찰", "검찰", "군부", "해군", "육군", "공군", "의회", "대사관",
                "총영사관", "영사관")
_STATE_AFTER = re.compile(r" (" + "|".join(_STATE_WORDS) + r")(?![가-힣]{2})")
#: words for a unit of an organisation, named with it: 고려대학교 총학생회, 한국일보 노조, 유엔 안보리,
#: 서울대 공법학과, 서울 마포경찰서 용강지구대 (a word ending in one, before a particle or the word's end)
_UNIT_WORDS = ("병원", "학과", "대학", "대학원", "학생회", "지구대", "파출소", "안보리", "안전보장이사회", "노조", "노동조합")
#: where a word ends: the text's end, a mark, or a particle ending the word
_WORD_END = r"(?=$|[^가-힣A-Za-z0-9]|(?:은|는|이|가|을|를|의|에|와|과|도|에서|으로|로|측|에게)(?![가-힣]))"
_UNIT_AFTER = re.compile(r" ([가-힣]*(?:" + "|".join(_UNIT_WORDS) + r"))" + _WORD_END)


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
        if len(self.parts) > 1 or (self.parts and ((self.parts[0].start, self.parts[0].end) != (self.start, self.end)
                                                   or self.parts[0].type is not self.type)):
            out["parts"] = [{"text": p.text, "start": p.start, "end": p.end, "type": p.type.value} for p in self.parts]
        return out


#: how sure the entity model must be of one name over several recognised ones to show them as one (its own
#: reading: higher thresholds lost more joins KLUE-NER makes than they saved)
LEARNED_JOIN = 0.5
#: how sure the model must be that a country, named alone, acts as a state (북한이 발사했다) to show it so
LEARNED_STATE = 0.6


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
    if learned:
        joined = _joined_by_the_model(joined, text, learned)
        states = {(start, end) for start, end, type_, conf in learned
                  if type_ is EntityType.ORGANIZATION and conf >= LEARNED_STATE}
        joined = [replace(e, type=EntityType.ORGANIZATION) if e.type is EntityType.COUNTRY
                  and (e.start, e.end) in states else e for e in joined]
    return _with_states_named_briefly(_with_glosses(joined, text), text)


#: a name's gloss in Chinese characters, right after it: 시진핑(習近平), 광저우(廣州), 고토 겐지(後藤健二·47)
_HANJA_GLOSS = re.compile(r"\(([\u4e00-\u9fff]{2,})(?=[)·.,\s])")


def _with_glosses(exprs: list[Expression], text: str) -> list[Expression]:
    """Each name glossed in Chinese characters, and its gloss, a mention of the same kind (a reader marks both)."""
    out: list[Expression] = []
    taken = {(e.start, e.end) for e in exprs}
    for e in exprs:
        out.append(e)
        if (gloss := _HANJA_GLOSS.match(text, e.end)) is not None and not any(
                s < gloss.end(1) and gloss.start(1) < t for s, t in taken):
            out.append(Expression(gloss.group(1), gloss.start(1), gloss.end(1), e.type))
    return out


#: 정부 standing alone (정부는, 우리 정부가, 새 정부 출범): the government the article means, an organisation
#: named by its common word; shown as a mention, with no part and no node in the graph (which needs a country)
_GOVERNMENT = re.compile(r"(?<![가-힣A-Za-z0-9·])정부" + _WORD_END)


#: states named by one syllable each, run together before what passes between them: 한미 관계, 남북 정상회담,
#: 한·일 대회, 한중일 3국, 미중 갈등 (not 북한, 독일, 남미, 중남미, names of their own, nor 북미 시장 and
#: 한일 (a day's work) but where only states can be meant: 북미 정상회담, 한일 관계)
_STATE_SYLLABLES = "한미중일북남러영독불韓美中日北朝露英獨佛"
#: what passes between states only, after which even those are states: 북미 정상회담, 한일 관계, 중일 갈등
_ONLY_BETWEEN_STATES = r"관계(?!자)|양국|정상|외교|갈등|회담|동맹|대화|협상|[2-4]국|간(?![가-힣])|간의"
_BETWEEN_STATES = re.compile(
    r"(?<![가-힣A-Za-z0-9])([" + _STATE_SYLLABLES + r"](?:·?[" + _STATE_SYLLABLES + r"]){1,3})"
    r"(?=\s?(?:" + _ONLY_BETWEEN_STATES + r"|삼국|연합|FTA|대회|자유무역|불가침|합의|협력|공조|통상"
    r"|무역|국방|외무|이산|경협|군사|공동)|(?:이|가|은|는|의) )")
_BETWEEN_STATES_STRICT = re.compile(r"\s?(?:" + _ONLY_BETWEEN_STATES + ")")
_NOT_BETWEEN_STATES = frozenset({"북한", "남한", "독일", "남미", "중남미", "북미", "중미", "남북미", "한일", "일일", "중일"})


def _with_states_named_briefly(exprs: list[Expression], text: str) -> list[Expression]:
    found = [Expression("정부", m.start(), m.end(), EntityType.ORGANIZATION) for m in _GOVERNMENT.finditer(text)]
    for m in _BETWEEN_STATES.finditer(text):
        run = m.group(1)
        if run in _NOT_BETWEEN_STATES and not _BETWEEN_STATES_STRICT.match(text, m.end(1)):
            continue
        found += [Expression(ch, m.start(1) + k, m.start(1) + k + 1, EntityType.ORGANIZATION)
                  for k, ch in enumerate(run) if ch != "·"]
    found = [f for f in found if not any(e.start < f.end and f.start < e.end for e in exprs)]
    return sorted([*exprs, *found], key=lambda e: e.start) if found else exprs


def _joined_by_the_model(exprs: list[Expression], text: str, learned: Sequence[LearnedSpan]) -> list[Expression]:
    """Where the entity model reads one name (at LEARNED_JOIN or more) over several words that hold recognised names
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
