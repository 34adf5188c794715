"""Sentences + mentions → Relation.

A fact needs a trigger (a deal word from `lexicon/triggers.tsv`) and its
arguments, found by the particles Korean marks roles with:

    X가/는 Y와 손잡았다          X ⇄ Y            (와/과: the other party)
    X는 Y에 투자했다             X → Y            (에: the investee, the customer)
    X가 Y를 인수했다 / Y 인수     X → Y            (을/를 or a bare noun before the trigger)
    Y가 X에 인수됐다             X → Y            (passive 되다 flips the roles)
    X는 Y로부터 투자를 유치했다   Y → X            (유치 flips the roles)

A statement that is planned, considered or denied (`lexicon/hedges.txt`) after
its trigger is kept as a hedged or negated fact: no direct edge comes from it.
"""
from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from kg import lexicon
from kg.models import Amount, EntityType, Mention, Relation, RelationType, Sentence, Status, Token
from kg.recognise import (
    APPOINTMENT_WORDS,
    BANK_HEAD,
    CUSTOMER_WORDS,
    DISTRIBUTOR_WORDS,
    FIELD_NOUNS,
    IMPORTER_WORDS,
    JV_WORD,
    UNIT_HEAD_TITLE,
    Word,
    is_country,
    is_hangul,
    is_reference,
    jv_named,
    mentions_a_deal,
    org_cue,
    place_names,
    title_of,
    unit_abroad_name,
    words,
)

SUBJECT = ("이", "가", "은", "는", "도", "께서", "이가")
WITH = ("와", "과", "와의", "과의", "랑", "이랑", "와도", "과도", "하고")
TO = ("에", "에게", "에는", "에도", "에게서", "한테")
OBJECT = ("을", "를")
FROM = ("로부터", "으로부터", "에서")
GENITIVE = ("의",)

_PARTICLES = frozenset(SUBJECT + WITH + TO + OBJECT + FROM + GENITIVE + ("에서는", "로", "으로", "에 대한"))
ORGS = frozenset({EntityType.ORGANIZATION})
PLACES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})
PARTY = ORGS | PLACES
INVESTOR = ORGS | {EntityType.PERSON}
INVESTEE = ORGS | PLACES
ARG_TYPES: dict[RelationType, tuple[frozenset[EntityType], frozenset[EntityType]]] = {
    RelationType.PARTNERSHIP: (ORGS, PARTY),
    RelationType.MOU: (ORGS, PARTY),
    RelationType.JOINT_VENTURE: (ORGS, ORGS),
    RelationType.MERGER: (ORGS, ORGS),
    RelationType.INVESTMENT: (INVESTOR, INVESTEE),
    RelationType.ACQUISITION: (INVESTOR, ORGS),
    RelationType.SUPPLY: (ORGS, INVESTEE),  # governments buy too: 폴란드에 공급
    RelationType.SUBSIDIARY_OF: (ORGS, ORGS),
    RelationType.LOCATED_IN: (ORGS, frozenset({EntityType.COUNTRY, EntityType.CITY})),
    RelationType.LEADS: (frozenset({EntityType.PERSON}), ORGS),
}


@dataclass(frozen=True)
class Trigger:
    form: str
    relation: RelationType
    match: str  # noun | verb
    voice: str  # active | receive | sell | buy (see lexicon/triggers.tsv)
    needs: str = ""  # a word the sentence must also have (확보 counts only beside 지분)


@dataclass(frozen=True)
class Trig:
    trigger: Trigger
    start: int
    end: int
    token_index: int  # index of the trigger's last token in the sentence


@dataclass
class Arg:
    """A mention (or a coordinated group of them) with the particle that marks its role."""

    mentions: list[Mention]
    particle: str
    start: int
    end: int
    word_index: int
    bare: bool  # no particle: modifies the next noun (보스턴다이내믹스 인수, KT 김영섭 대표)
    first_word: int = -1  # the word a name of several words starts in
    relative: bool = False  # the subject of a relative clause (바이오젠이 보유하던 …), not of the sentence
    to_follows: bool = False  # a 에-marked word follows within a few words (포드의 전기 픽업트럭 ‘F-150’에)


@cache
def triggers() -> tuple[Trigger, ...]:
    rows = lexicon.read_table("triggers.tsv")
    out = [Trigger(r[0], RelationType(r[1]), r[2], r[3], r[4] if len(r) > 4 else "") for r in rows]
    return tuple(sorted(out, key=lambda t: -len(t.form)))


@cache
def _triggers_by_first() -> dict[str, tuple[tuple[int, Trigger], ...]]:
    """The triggers by their first morpheme, each with its place in `triggers()` (the order they are tried in)."""
    out: dict[str, list[tuple[int, Trigger]]] = defaultdict(list)
    for n, trig in enumerate(triggers()):
        out[trig.form.split("+", 1)[0]].append((n, trig))
    return {k: tuple(v) for k, v in out.items()}


@cache
def hedges() -> dict[str, Status]:
    return {r[0]: Status(r[1]) for r in lexicon.read_table("hedges.txt")}


_GLOSS = re.compile(r"(?<=[가-힣A-Za-z])\([가-힣 ·]{2,20}\)")


def find_triggers(sentence: Sentence, mentions: list[Mention]) -> list[Trig]:
    toks = sentence.tokens
    inside = [(m.start, m.end) for m in mentions]
    forms = {t.form for t in toks}
    found: list[Trig] = []
    used: set[int] = set()
    present = {t.form for t in toks} | {t.lemma for t in toks}
    # 파운드리(반도체 위탁생산) 업체: a gloss that says what a word means tells of no deal
    glosses = [(g.start() + sentence.start, g.end() + sentence.start) for g in _GLOSS.finditer(sentence.text)]
    by_first = _triggers_by_first()
    for _, trig in sorted(t for form in present for t in by_first.get(form, ())):
        if trig.needs and trig.needs not in forms and trig.needs not in sentence.text and not (
                trig.needs == "계약" and trig.relation is RelationType.PARTNERSHIP
                and (_BOTH_COMPANIES.match(sentence.text) or _WITH_JOINTLY.search(sentence.text)
                     or (trig.form.startswith("공동") and "협약" in forms))):
            continue  # (경영권 is 경영 + 권 to the tokenizer; 양사는 … 공동 개발해: the two work together; 공동 개발
            # 협약: an agreement to work together, as a contract is)
        parts = trig.form.split("+")
        for i in range(len(toks)):
            if i in used or (toks[i].form != parts[0] and toks[i].lemma != parts[0]):
                continue
            idx = _match_parts(toks, i, parts, trig.match)
            if idx is None:
                continue
            start, end = toks[idx[0]].start, toks[idx[-1]].end
            if any(s <= start < e or s < end <= e for s, e in inside) or any(s <= start < e for s, e in glosses):
                continue  # 하이투자증권: a deal word inside a company name
            if _not_a_deal(toks, idx[0], idx[-1], trig.relation):
                continue
            if trig.relation is RelationType.PARTNERSHIP and trig.form == "협력" and _names_an_mou(toks, idx[-1] + 1):
                continue  # 기술협력 업무협약, 투자 협력 양해각서(MOU): what the MOU is about; the MOU is the deal
            if trig.form == "협약" and i >= 2 and toks[i - 2].form == "공동" and toks[i - 1].tag == "NNG":
                continue  # 공동 개발 협약, 공동 제작 협약: the joint work's agreement, a partnership (its own trigger)
            if trig.form == "조달" and (_MONEY_RAISED.search(sentence.text) or not _FROM.search(sentence.text)):
                continue  # 자금을 조달: money raised, not goods bought (Y로부터 원료를 조달한다)
            if trig.form == "유치" and (any(t.form == "투자" for t in toks[max(0, i - 3):i])
                                       or not _MONEY_TAKEN.search(sentence.text, 0, toks[i].start - sentence.start)
                                       or _NOT_EQUITY.search(sentence.text, 0, toks[i].start - sentence.start)):
                continue  # Y로부터 180억 원을 유치했다: money raised (투자를 유치 is 투자's own trigger)
            if trig.needs in ("지분", "경영권") and trig.needs not in sentence.text[
                    _clause_start(toks, idx[0]) - sentence.start:_clause_end(toks, idx[-1]) - sentence.start]:
                continue  # 지분을 사들였으며, … 확보한 물량을: the shares are another clause's
            used.update(idx)
            found.append(Trig(trig, start, end, idx[-1]))
    return sorted(found, key=lambda t: t.start)


#: after X of `X가 이끄는 컨소시엄은`: X stands for the group it leads
_LEADS_A_GROUP = re.compile(r"(?:이|가)\s+(?:이끄는|주도하는|이끌고\s있는)\s+(?:컨소시엄|연합|투자자\s?그룹|그룹)")
#: 조달 of money, not of goods (자금 조달, 1조 원을 조달, 회사채로 조달)
_MONEY_RAISED = re.compile(r"자금|자본|투자|대출|차입|채권|회사채|유상증자|증자|펀드|[0-9십백천만억조]\s?(?:원|달러|엔|유로|위안)")
_FROM = re.compile(r"(?:로부터|으로부터|에서)\s")
#: money raised that is no stake: loans, grants, deposits, a fund's commitments (정책자금 300억 원을 유치)
_NOT_EQUITY = re.compile(r"로부터\s.*(?:자금|차입|대출|지원금|보조금|적립금|예탁|예금|예치|출자금|기금|고객)")
#: an amount of money as the object of 유치 (180억 원을 유치)
_MONEY_TAKEN = re.compile(r"(?:\d|[십백천만억조])\s?(?:원|달러|엔|유로|위안)(?:을|를)?\s*(?:\S+\s+)?$")


def _names_an_mou(toks: tuple[Token, ...], j: int) -> bool:
    """Whether the tokens from `j` name a memorandum (업무협약, 양해각서, MOU), the noun the word before
    them modifies."""
    if j >= len(toks) or toks[j].start - toks[j - 1].end > 1:  # (glued, or one space between)
        return False
    nxt = toks[j + 1].form if j + 1 < len(toks) and toks[j + 1].start == toks[j].end else ""
    return toks[j].form in ("업무협약", "양해각서", "MOU") or (toks[j].form, nxt) in (("업무", "협약"), ("양해", "각서"))


def _match_parts(toks: tuple[Token, ...], i: int, parts: list[str], match: str) -> list[int] | None:
    """Indexes of the tokens matching `parts` from `i`; particles may stand between them (손을 잡다)."""
    idx: list[int] = []
    j = i
    for k, part in enumerate(parts):
        if k > 0:
            while j < len(toks) and toks[j].tag.startswith("J") and j - idx[-1] <= 2:
                j += 1
        if j >= len(toks) or not _token_matches(toks[j], part, match if k == len(parts) - 1 else "noun"):
            return None
        idx.append(j)
        j += 1
    return idx


def _token_matches(tok: Token, form: str, match: str) -> bool:
    if match == "verb":
        return tok.tag.startswith(("VV", "VA")) and tok.lemma == form
    # (라이선스+하: the noun made a verb, 라이선스한다)
    return tok.form == form and (tok.tag in ("NNG", "NNP", "SL", "XR") or (form == "하" and tok.tag == "XSV")
                                 or (form == "권" and tok.tag == "XSN"))  # (사업/NNG 권/XSN 계약: 사업권 계약)


# 인수위, 손잡이, 투자자, 투자부 (a ministry), 투자사, 협력사, 수주전 (a race for it): a deal word inside another noun
_NOT_DEAL_NEXT = frozenset({"위", "위원회", "위원", "이", "자", "팀", "부", "사", "가", "처", "청", "은행", "업체", "들", "전",
                            "총괄", "담당", "부문", "본부", "책임자", "전문", "대표", "팀장", "실장", "회사", "기업",
                            "전문회사", "운용사", "기관"})  # 투자회사 아커: a kind of company, not a deal


_GENERIC_AFTER = frozenset({"전략", "목표", "실적", "잔고", "경쟁", "여력", "능력", "경험", "역량", "시장", "업계",
                            "생태계", "기회", "전쟁", "열풍", "붐", "후", "뒤", "이후", "직후", "과정", "효과",  # 인수 후에도
                            # a post named by the deals it handles (아시아 투자 총괄, 인수합병 담당)
                            "총괄", "담당", "담당자", "책임자", "부문장", "본부장", "팀장", "실장", "심사역"})


#: work done around deals (인수합병(M&A) 실사 업무): the deal word names a kind of work, no deal
_DEAL_WORK = frozenset({"실사", "자문", "업무", "컨설팅", "중개", "자문사"})


def _not_a_deal(toks: tuple[Token, ...], first: int, last: int, rel: RelationType | None = None) -> bool:
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and nxt.form == "(":  # 인수합병(M&A) 실사: past a Latin gloss (not 인수(지분 51%) 실사)
        close = next((k for k in range(last + 2, min(last + 8, len(toks))) if toks[k].form == ")"), None)
        if close is not None and not all(t.tag in ("SL", "SW", "SP") for t in toks[last + 2:close]):
            close = None
        after_gloss = toks[close + 1] if close is not None and close + 1 < len(toks) else None
        if after_gloss is not None and after_gloss.tag == "NNG" and (
                after_gloss.form in _DEAL_WORK or after_gloss.form in _GENERIC_AFTER):
            return True
    if nxt and nxt.start == toks[last].end and nxt.form in _NOT_DEAL_NEXT and (
            nxt.tag in ("NNG", "XSN") or nxt.form == "사"):  # (투자/NNG 사/EC: the tokenizer's slip)
        # 투자자들 are investors, not an investment; 계열사들 are still affiliates
        return not (nxt.form == "들" and rel is RelationType.SUBSIDIARY_OF)
    if nxt and nxt.tag == "NNG" and nxt.form in _GENERIC_AFTER:
        return True  # 수주 전략, 투자 실적, 인수 경쟁: talk about deals, not a deal
    prev = toks[first - 1] if first > 0 else None
    if prev and prev.form == "이번" and nxt and nxt.tag == "JKB" and nxt.form in ("로", "으로"):
        return True  # 이번 인수로 거점을 확보했다: the deal told before, named again, not a new one
    if rel is RelationType.INVESTMENT and prev is not None and prev.form == "합작" and prev.end == toks[first].start:
        return True  # 합작투자계약: a joint venture's contract (its own trigger), no investment
    return bool(prev and prev.form in ("FTA", "전속", "재", "대회기") and prev.end == toks[first].start)


#: after 자회사가: became or will become one (됐다, 된다, 될 예정이다), not 되면, 되지 않는다, 되기를, 된다는
_BECAME = re.compile(r"\s*(?:됐|되었|된다(?!는)|되며|되면서|돼\s|될\s*(?:예정|전망|계획|것))")
#: a part of a country between it and a city (인도 서부 바루치)
_PART_OF_COUNTRY = re.compile(r"\s(?:(?:북|남|동|서|중)?(?:동|서|남|북|중)부\s(?:[가-힣]{1,4}도시\s)?"
                              r"|(?:[가-힣]{1,4}도시\s))")
#: a clause ending before the next one (놓쳤지만, 맺었고,)
_CLAUSE_BREAK = re.compile(r"(?:지만|으며|했고|하고|하며|는데|면서),\s")
#: (X)가 발주한 …를 수주했다: X is the customer of the work won
_ORDERED_BY = re.compile(r"(?:\([^()]{1,30}\))?(?:이|가)\s+발주(?:한|하는|했던)\s")
#: 공급될 것으로 (업계는) 보고 있다: a guess, whoever makes it
_SPECULATION = re.compile(r"것으로\s*(?:[가-힣]{1,6}(?:은|는|에서는|도)\s)?(?:보|예상|추정|관측|전망|알려|분석|기대|점쳐|예측)"
                          # 인수에 관심을 보이고 있다: interest shown, no deal; …는 말이 돈다, 얘기도 나온다: talk
                          r"|^\S{0,3}\s관심을\s(?:보이|보였|갖|가지|가졌|두|뒀|표명)"
                          r"|(?:말|얘기|이야기)(?:이|가|도)\s(?:돌|돈|도는|나오|나온|나왔)")


#: negations that belong to one predicate (체결하지 않았다, 인수를 못 했다, 투자한 적이 없다): they deny the
#: deal only when nothing ends the clause between its trigger and them (…공급하며, 가격은 공개하지 않았다)
_SHORT_NEGATIONS = frozenset({"않다", "못하다", "아니다", "없다", "못", "안"})
_STAYS_IN_CLAUSE = frozenset({"지", "게", "고"})  # 하지 않다, 하게 되지 않다, 하고 있지 않다


def _negates(toks: tuple[Token, ...], after: int, k: int) -> bool:
    tok = toks[k]
    if tok.tag == "MAG" and tok.form not in ("못", "안"):
        return False
    if tok.tag.startswith("N") and tok.form == "안":
        return False  # 안 (inside), not 안 (not)
    if tok.lemma == "아니다" and k + 1 < len(toks) and toks[k + 1].form == "라":
        return False  # 협력뿐 아니라 투자도: not X but (also) Y
    between = [(i, t) for i, t in enumerate(toks[:k]) if t.start >= after]
    return len(between) <= 12 and not any(
        t.tag in ("SP", "SF", "EF") or (t.tag == "EC" and t.form not in _STAYS_IN_CLAUSE
                                        and not (t.form in ("어", "아") and i + 1 < len(toks)
                                                 and toks[i + 1].tag == "VX"))  # 정해지지 않았다
        or (t.tag == "ETM" and not (i + 1 < len(toks) and toks[i + 1].form == "적"))  # 인수한 적이 없다
        for i, t in between)


#: 확정되지 않았다, 결정하지 못했다: not denied, only not settled yet
_UNSETTLED = frozenset({"확정", "결정", "정하다", "정해지다", "확인", "합의", "마무리", "결론"})
_UNDISCLOSED = frozenset({"공개", "밝히다", "언급", "발표", "알리다", "공시"})


#: what a bare 합작 sets up: 합작 법인, 합작 공장 (not 합작 드라마, 합작 영화)
_JV_NOUNS = frozenset({"법인", "회사", "사", "벤처", "공장", "투자", "계약", "사업", "기업", "형태", "방식", "파트너"})

#: a memorandum named right after a deal word: 합병 MOU, 인수 양해각서(MOU), 합작법인 설립 LOI
_PLAN_PAPER = re.compile(r"(?:[을를]? ?설립)? ?(?:MOU|LOI|양해각서|업무협약|투자의향서)")


def _clause_done(toks: tuple[Token, ...], after: int) -> int:
    """Where the clause of a trigger ending at `after` is told as done: …납품하고 있으며, / …인수했고, /
    …제휴를 맺고 있어, / …시작했지만, (a past or ongoing verb and a comma).  What the next clause hopes or plans
    is not this one's."""
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if t.start >= after and t.tag == "EC" and t.form in ("며", "으며", "고", "어", "아", "어서", "아서", "지만", "으나", "나") \
                and (toks[k + 1].tag == "SP" or t.form in _CONTRAST) \
                and not (t.form in _CONTRAST and any(x.form in ("려", "으려", "고자") for x in toks[max(0, k - 4):k])) \
                and (toks[k - 1].tag == "EP" or (toks[k - 1].lemma == "있다" and toks[k - 1].tag.startswith("VX"))):
            return t.end
    return toks[-1].end + 1 if toks else after


def _relative_done(toks: tuple[Token, ...], after: int) -> int:
    """Where a relative clause in the past that the trigger ending at `after` stands in ends, when it describes
    a company it names: 청류 지분을 사들여 최대주주에 오른 오션브릿지PE는 … 매각을 추진하고 있다, X는 2019년 인수한
    미국 업체 Y를 통해 … 진출한다는 구상이다 (the purchase is done; the plan is the main clause's)."""
    for k in range(1, len(toks) - 2):
        t = toks[k]
        if t.start < after or t.tag != "ETM" or t.form not in ("ᆫ", "ㄴ", "은") \
                or not toks[k - 1].tag.startswith(("VV", "XSV", "VX")):
            continue
        for j in range(k + 1, min(len(toks), k + 12)):
            if toks[j].tag.startswith("J"):
                if toks[j - 1].tag in ("NNP", "SL", "SH", "SSC"):
                    return t.end
                break
            if not toks[j].tag.startswith(("NN", "SL", "SH", "SS", "SN")):
                break
        break  # (only the first relative clause after the trigger)
    return toks[-1].end + 1 if toks else after


def sentence_status(sentence: Sentence, after: int) -> tuple[Status, str]:
    """The status of a statement whose trigger ends at `after`: hedges and denials after it count."""
    table = hedges()
    status, word = Status.ASSERTED, ""
    toks = sentence.tokens
    limit = min(_clause_done(toks, after), _relative_done(toks, after))
    if _SPECULATION.search(sentence.text[max(0, after - sentence.start):limit - sentence.start]):
        status, word = Status.HEDGED, "것으로 보인다"
    if _intended(toks, after):
        status, word = Status.HEDGED, "겠"
    for k, tok in enumerate(toks):
        if tok.start < after:
            continue
        if tok.start >= limit:
            break
        key = tok.lemma if tok.tag.startswith(("VV", "VA", "VX", "VCN")) else tok.form
        if key in _SHORT_NEGATIONS:
            if _negates(toks, after, k):
                verb = next((t for t in reversed(toks[:k]) if t.tag.startswith(("NNG", "VV"))), None)
                if verb is not None and (verb.form in _UNDISCLOSED or verb.lemma in _UNDISCLOSED):
                    continue  # 계약 금액은 공개하지 않았다: the deal stands, a detail is kept back
                if verb is not None and (verb.form in _UNSETTLED or verb.lemma in _UNSETTLED):
                    return Status.HEDGED, f"{verb.form} {key}"
                return Status.NEGATED, key
            continue
        hit = table.get(key)
        if hit is None and k + 1 < len(toks) and toks[k + 1].tag == "XSN" and toks[k + 1].start == tok.end:
            hit = table.get(key + toks[k + 1].form)  # 가능성 read as 가능 + 성
        if hit is Status.HEDGED and k + 1 < len(toks) and toks[k + 1].form == "대로":
            continue  # 예정대로, 계획대로 마무리했다: as planned, done
        if key == "위하다" and any("계약" in t.form for t in toks[k + 1:k + 7]):
            continue  # 수출을 위한 실행계약을 체결: a binding contract for it, not a plan
        if key in _SAID_NOUNS and k + 1 < len(toks) and toks[k + 1].form in _SAID_THINGS:
            continue  # 분석 기능을 갖췄다, 보도 자료: a noun that describes a thing, no one's view (not 관측 속에)
        if hit is Status.NEGATED:
            return hit, key
        if hit is Status.HEDGED and status is Status.ASSERTED:
            status, word = hit, key
    if status is Status.ASSERTED and any(
            t.tag == "ETM" and t.form in ("ᆯ", "을") and after <= t.start < after + 3 and k + 1 < len(toks)
            and toks[k + 1].form in _ABILITY_NOUNS for k, t in enumerate(toks)):
        status, word = Status.HEDGED, "ㄹ 자격"  # 물량을 수주할 자격을 갖췄다: able to win orders, none won yet
    if status is Status.ASSERTED and any(after <= t.start < after + 12 and t.tag == "EC"
                                         and t.form in ("려", "으려", "려고", "으려고", "고자") for t in toks):
        status, word = Status.HEDGED, "려"  # 인수하려 했으나: an attempt, not a deal
    if any(t.end == limit and t.form in _CONTRAST for t in toks) \
            and any(t.form in _DENIALS for t in toks if t.start >= limit) \
            and not (mentions_a_deal(sentence.text[limit - sentence.start:])
                     and any(t.tag in ("NNP", "SL") and len(t.form) >= 2 and t.form not in sentence.text[:limit - sentence.start]
                             and not (k + 1 < len(toks) and title_of(toks[k + 1].form))  # (정태호 사장은: who denies)
                             for k, t in enumerate(toks) if t.start >= limit)):
        return Status.NEGATED, next(t.form for t in toks if t.start >= limit and t.form in _DENIALS)
        # (… 관심을 보였다는 얘기도 돌았지만, 김 대표는 "…" 부인했다: a denial answers the clause before it
        # in contrast; after 마무리했고, another deal's 철회 is that deal's)
    return status, word


def _intended(toks: tuple[Token, ...], after: int) -> bool:
    """Whether the deal's own verb, right after its trigger (ending at `after`), says what one means to do:
    공급하겠다, 계약을 체결하겠다, 투자를 확대하겠다; not a later verb's (인수로 역량을 강화하겠다, 계약을
    체결했으며 … 늘리겠다, 파트너십을 연장하고 … 투자하겠다)."""
    rest = [t for t in toks if t.start >= after][:4]
    i = 0
    if i < len(rest) and rest[i].tag in ("JKO", "JX"):
        i += 1  # 계약을, 투자도
    if i < len(rest) and rest[i].tag == "NNG":
        i += 1  # 체결, 확대
    if i < len(rest) and rest[i].tag.startswith(("VV", "XSV")):
        i += 1  # 하, 맺
    return i < len(rest) and rest[i].tag == "EP" and rest[i].form == "겠"


#: what one may have to do a deal, which is not the deal (수주할 자격, 공급할 역량)
_ABILITY_NOUNS = frozenset({"자격", "역량", "능력", "자격증"})

#: endings of a clause another in contrast follows (…인수했지만, …인수했으나)
_CONTRAST = frozenset({"지만", "으나", "나"})
#: words that deny what an earlier clause reported (unless the denying clause names a deal of a company the earlier one
#: does not: 인수했으나 메디랩 매각은 무산됐다; but Y 측은 "인수 제안을 받은 적이 없다"고 부인했다 denies the one reported)
_DENIALS = frozenset({"부인", "사실무근", "무산", "결렬", "철회", "백지화", "불발", "파기", "거절", "거부"})


#: hedge nouns that report a view (…로 분석된다, 보도에 따르면), which name a thing when another noun follows
_SAID_NOUNS = frozenset({"분석", "보도", "관측", "추정"})
_SAID_THINGS = frozenset({"기능", "서비스", "솔루션", "플랫폼", "도구", "기술", "역량", "시스템", "장비", "엔진",
                          "소프트웨어", "업체", "기업", "자료", "전문", "사업", "모델", "센터", "팀"})
_LIST_COUNTED = re.compile(r"\s등\s+(?:[가-힣A-Za-z]+\s+){0,3}\d[\d,]*(?:[만천]\s?[\d,]*)?여?\s?(?:곳|개사|개|군데|개국)"
                           r"(?:\s?(?:점포|매장|지점|가맹점|병원|학교|업체|기업|회사|[가-힣]{0,6}(?:사|업체|기업)))?"
                           # 등 전국 1만2000여 개 점포에, 등 1만 2000여 개 매장에, 등 3개 광고대행사와
                           r"(에게|에|와|과|으로부터|로부터|을|를|이|가|은|는)(?![가-힣])")
_CAPITAL_RAISE = re.compile(r"(?:\([^()]{1,40}\))?(?:의|이\s(?:실시|진행|추진)한|가\s(?:실시|진행|추진)한)\s"
                            r"(?:[가-힣0-9]+\s){0,2}?(?:제3자\s?배정\s?(?:방식의?\s)?)?(?:유상증자|유상\s증자|증자)"
                            r"에\s?(?:참여|참가|단독\s?참여)")  # (Y의 유상증자 결정 직후 …: not the money's target)
#: where a company takes goods in: 이마트 온라인몰에, 코스트코 매장에, FSMC 공장에 납품
_OUTLETS = frozenset({"온라인몰", "쇼핑몰", "매장", "점포", "공장", "물류센터", "사업장", "생산라인", "팹"})


def arguments(sentence: Sentence, mentions: list[Mention], text: str) -> list[Arg]:
    """Mentions grouped with their particles; lists (A, B 등에 / A와 B가) become one argument."""
    ws = words(sentence, text)
    args: list[Arg] = []
    for m in mentions:
        # a name of two words (마그나 인터내셔널이) takes the particle of its last word
        wi = next((i for i, w in enumerate(ws) if w.start < m.end <= w.end), None)
        if wi is None:
            continue
        w = ws[wi]
        if args and args[-1].word_index == wi:
            if text[args[-1].end:m.start] in ("·", "/") and _same_kind(args[-1].mentions[-1], m):
                args[-1].mentions.append(m)  # 코스트코·크로거: a list in one word
                args[-1].end = m.end
            continue  # the (MS) alias inside 마이크로소프트(MS)가 is the same argument
        particle = w.particle if m.end >= w.stem_end or w.alias_span else ""
        particle_end = w.end
        tail = text[m.end:w.end].rstrip(",").removeprefix("㈜")  # 해오름수산㈜이: the legal form, then the particle
        if tail[:1] in ("'", "’", '"', "”") and tail[1:] in _PARTICLES:
            tail = tail[1:]  # '스타라인재팬'을: the particle after the closing quote
        if tail in _PARTICLES:
            particle = tail  # 하만의 read by the tokenizer as 하/만/의
        elif tail == "서" and not w.alias_span:
            particle = "에서"  # 오성식품서 250억 투자 유치: a headline's 서 (에서) glued to the name
        elif m.end > w.stem_end and not w.alias_span and tail == "":
            particle = ""  # 벨기에: the name ends in what only looks like a particle
        if not particle and wi + 1 < len(ws) and text[ws[wi + 1].stem_start:ws[wi + 1].stem_end] == "등" \
                and text[m.end:ws[wi + 1].start] == " " and ws[wi + 1].particle:
            particle = ws[wi + 1].particle  # X 등으로부터: the particle of 등 is the list's, of a list of one
        if not particle and (counted := _LIST_COUNTED.match(text, m.end)):
            particle = counted[1]  # A와 B 등 국내 상급종합병원 12곳에: the particle of the count is the list's
        if not particle and text[m.end:m.end + 1] == "(" and (br := _BRACKET_TAIL.match(text, m.end)):
            particle = br[1]  # 카카오(대표 정신아)는: the particle after the bracket is the company's
        if not particle and wi + 1 < len(ws) and m.type is EntityType.PERSON and \
                title_of(text[ws[wi + 1].stem_start:ws[wi + 1].stem_end]):
            particle = ws[wi + 1].particle  # 나델라 CEO도, 김영섭 대표는: the title carries the person's particle
            particle_end = ws[wi + 1].end
        if not particle and m.type is EntityType.PERSON and text.startswith("씨", m.end) and w.particle:
            particle = w.particle  # 김도윤씨는: 씨 is the person's, the particle after it too
        if not particle and wi + 1 < len(ws) and m.type.is_location and \
                text[ws[wi + 1].stem_start:ws[wi + 1].stem_end] in ("정부", "당국"):
            particle = ws[wi + 1].particle  # 인도네시아 정부와 MOU
        at = next((j for j in range(wi + 1, min(wi + 3, len(ws))) if text[ws[j].stem_start:ws[j].stem_end] in _OUTLETS),
                  None)
        outlet = ws[at] if at is not None else None
        if not particle and outlet is not None and m.type is EntityType.ORGANIZATION \
                and outlet.particle in ("에", "에도") and not any(x.particle for x in ws[wi + 1:at]):
            particle = outlet.particle  # 이마트 온라인몰에, 삼성전자 반도체 생산라인에 납품: the company whose outlet
        if particle in OBJECT and re.match(r"\s*통(?:해|하여|한)(?![가-힣])", text[w.end:w.end + 6]):
            particle = "통해"  # 자회사 X를 통해 인수: the means, not what is bought
        if not particle and re.match(r"\([^()]{1,30}\)\s*지분", text[m.end:m.end + 40]):
            particle = "의"  # 이베이코리아(현 G마켓) 지분: the company whose shares change hands
        if not particle and wi + 1 < len(ws) and text[ws[wi + 1].start:ws[wi + 1].end] in ("역시", "또한"):
            particle = "는"  # 한성리테일그룹 역시 …를 인수했다
        if not particle and wi + 1 < len(ws) and text[ws[wi + 1].stem_start:ws[wi + 1].stem_end] == "지분":
            particle = ws[wi + 1].particle or "의"  # SM 지분 39.87%를: the company whose shares change hands
        bracketed = text[m.end:m.end + 1] == ")" and not w.alias_span
        if bracketed:
            particle = ""  # 정신아 of 카카오(대표 정신아)는: the particle after the bracket is the company's
        bare = not particle and not _ends_with_comma(w) and not bracketed
        relative = particle in ("이", "가") and _relative_subject(sentence.tokens, particle_end)  # X가 보유한 Y
        to_follows = any(x.particle in TO for x in ws[wi + 1:wi + 5])
        first = next((i for i, x in enumerate(ws) if x.start <= m.start < x.end), wi)
        if args and text[args[-1].end:m.start] == "(" and wi > args[-1].word_index:
            # 파빌리온캐피탈(Pavilion Capital) 등: an alias of two words ends the name's argument
            args[-1].word_index = wi  # (its particle, after the bracket, was read with the name)
            continue
        args.append(Arg([m], particle, m.start, m.end, wi, bare, first, relative, to_follows))
    return _coordinate(args, ws, text)


#: nouns after a relative form that make it an adverbial (X가 인수한 뒤, X가 CB를 사들이는 방식으로)
_TIME_NOUNS = frozenset({"뒤", "후", "이후", "다음", "직후", "가운데", "만큼", "것", "데", "때", "이상", "상황", "바",
                         "방식", "형태", "방법", "조건", "구조"})


#: a sentence about both parties of the last deal: 두 회사는 (모두), 양사는
_BOTH_COMPANIES = re.compile(r"(?:두\s?회사|양사|두\s?곳)(?:는|은)?\s(?:모두\s|역시\s)?")
_UNIT_NOUNS = frozenset({"자회사", "계열사", "손자회사", "자매사", "종속회사"})


def _relative_subject(toks: tuple[Token, ...], after: int) -> bool:
    """Whether the clause a subject at `after` opens ends in a relative form (X가 지분 63%를 보유한 Y):
    X is then the subject of a description, not of the sentence."""
    inner = 0  # subjects of clauses nested inside this one (X가 Y가 발행하는 CB를 사들이는 …)
    for k, t in enumerate(toks):
        if t.start < after:
            continue
        if t.tag == "EC" and k + 1 < len(toks) and toks[k + 1].tag == "VX":
            continue  # 공급해 온, 맡아 온: an auxiliary verb goes on with the clause
        if t.tag in ("EC", "EF", "SF") or (t.tag == "SP" and t.form == ","):
            return False
        if t.tag == "JKS":
            inner += 1
        elif t.tag == "ETM":
            if inner:
                inner -= 1
                continue
            if k >= 2 and toks[k - 1].tag == "VCP" and toks[k - 2].form in _UNIT_NOUNS \
                    and all(x.start < after or x is toks[k - 1] or x is toks[k - 2] or x is t for x in toks[:k + 1]):
                return False  # X가 자회사인 Y를 합병했다: the description is Y's, X the sentence's subject
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            # (X가 Y와 … 공급하는 계약을 맺었다: the contract X signs, so X is the sentence's subject too)
            return nxt is not None and nxt.form not in _TIME_NOUNS and nxt.tag != "NNB" \
                and nxt.form not in _AGREEMENT_NOUNS
    return False


#: what a relative form before them describes is an agreement its subject makes (…하는 계약을 맺었다)
_AGREEMENT_NOUNS = frozenset({"계약", "협약", "업무협약", "양해각서", "합의", "협정", "본계약", "MOU"})


_BRACKET_TAIL = re.compile(r"\([^()]{1,30}\)(으로부터|로부터|에게서|에게|에서|와의|과의|이가|은|는|이|가|을|를|와|과|의|에|도)(?![가-힣])")


def _ends_with_comma(w: Word) -> bool:
    return w.tokens[-1].tag == "SP"


def _absorb(lst: Arg, a: Arg) -> None:
    """`a` joins the list `lst`, whose particle and end are now the last member's."""
    lst.mentions.extend(a.mentions)
    lst.particle, lst.end, lst.word_index, lst.bare = a.particle, a.end, a.word_index, a.bare


def _last_of_dotted(args: list[Arg], a: Arg, text: str) -> Arg:
    """The last member of the A·B·C list `a` opens (its particle is the list's: A·B와 MOU, A·B 합병)."""
    k = args.index(a)
    while k + 1 < len(args) and text[args[k].end:args[k + 1].start] == "·":
        k += 1
    return args[k]


def _coordinate(args: list[Arg], ws: list[Word], text: str) -> list[Arg]:
    out: list[Arg] = []
    for a in args:
        prev = out[-1] if out else None
        j = len(out) - 1
        while j >= 0 and out[j].bare and len(out[j].mentions) == 1 and out[j].mentions[0].type.is_location \
                and (j == len(out) - 1 or out[j + 1].first_word == out[j].word_index + 1):
            j -= 1
        between = ws[out[-1].word_index + 1:a.first_word] if out else []
        if 0 <= j < len(out) - 1 and a.mentions[0].type is EntityType.ORGANIZATION \
                and (out[j + 1].first_word == out[j].word_index + 1 or all(
                    re.fullmatch(r"\d{4}년|\d{1,2}월", text[w.start:w.end])
                    for w in ws[out[j].word_index + 1:out[j + 1].first_word])) and len(between) <= 3 \
                and not any(w.particle or _ends_with_comma(w) for w in between) \
                and (_ends_with_comma(ws[out[j].word_index]) or out[j].particle in ("와", "과", "및")) \
                and out[j].mentions[0].type is EntityType.ORGANIZATION:
            # A와 싱가포르 B 등, A, 미국 실리콘밸리 벤처캐피털 B 등: where B is from introduces B, the list goes
            # on (the places stay arguments of their own, before it, so that a C after B joins it too)
            lst = out[j]
            _absorb(lst, a)
            out[j:] = [*out[j + 1:], lst]
            continue
        if prev and (a.first_word if a.first_word >= 0 else a.word_index) == prev.word_index + 1 and (
            _ends_with_comma(ws[prev.word_index]) or prev.particle in ("와", "과", "및")
        ) and _same_kind(prev.mentions[0], a.mentions[0]) and not (a.bare and (a.mentions[0].guess or (
                a.mentions[0].strength <= 1 and a.word_index + 1 < len(ws)
                and text[ws[a.word_index + 1].stem_start:ws[a.word_index + 1].stem_end] in FIELD_NOUNS))) and not (
                a.bare and a.word_index + 1 < len(ws)
                and text[ws[a.word_index + 1].stem_start:ws[a.word_index + 1].stem_end] in ("산하", "계열")) \
                and not (prev.word_index == 0 and len(prev.mentions) == 1 and text[prev.end:a.start].startswith(",")
                         and text[a.end:a.end + 1] == "·" and not _last_of_dotted(args, a, text).particle):
            # (명인그룹, 명인정밀·명인오토텍 합병: a headline's subject, then a list of its own)
            # A, B / A와 B: one argument marked by the last member's particle (A와 B 산하 C: the member is C)
            _absorb(prev, a)
            continue
        described = ws[prev.word_index + 1:a.first_word] if prev else []
        if prev and _list_goes_on(prev, a, ws, text) and 1 <= len(described) <= 3 \
                and prev.mentions[0].type is EntityType.ORGANIZATION and a.mentions[0].type is EntityType.ORGANIZATION \
                and not any(w.particle or _ends_with_comma(w) for w in described) \
                and (org_cue(text[described[-1].stem_start:described[-1].stem_end])
                     or _DESCRIBED_AS.fullmatch(text[described[-1].start:described[-1].end]) is not None):
            # A·B, 한인 식료품 체인 C 등, A와 국내 벤처캐피털 B, 기존 투자자인 C도: a member introduced by what
            # kind of company it is
            _absorb(prev, a)
            continue
        if prev and a.word_index == prev.word_index + 2 and _ends_with_comma(ws[prev.word_index]) is False \
                and text[ws[prev.word_index + 1].stem_start:ws[prev.word_index + 1].stem_end] == "및":
            _absorb(prev, a)
            continue
        out.append(a)
    # A, B 등에 / BMW와 아우디 등 글로벌 완성차 업체에: the particle sits on 등, or on the noun it names
    for a in out:
        nxt = a.word_index + 1
        if not a.particle and nxt < len(ws) and text[ws[nxt].stem_start:ws[nxt].stem_end] == "컨소시엄" \
                and ws[nxt].particle:
            a.particle, a.bare = ws[nxt].particle, False  # A와 B 컨소시엄에 인수됐다: the members
        if not a.particle and nxt < len(ws) and text[ws[nxt].stem_start:ws[nxt].stem_end] in ("등", "등지"):
            a.particle, a.bare = ws[nxt].particle, False
            if not a.particle:
                named = False  # 등 한화 계열사들이 / 등 현대차그룹 계열사 3곳이: a cue noun, maybe counted
                for k in range(nxt + 1, min(nxt + 5, len(ws))):
                    w = ws[k]
                    stem = text[w.stem_start:w.stem_end]
                    stem = stem[:-1] if stem.endswith("들") and len(stem) > 2 else stem  # 계열사들
                    is_cue = org_cue(stem)
                    counted = (named or w is ws[nxt + 1]) and bool(_COUNTED.fullmatch(stem) or (
                        stem in ("곳", "개사", "군데") and re.fullmatch(r"\d+여?", text[ws[k - 1].start:ws[k - 1].end])))
                    # 등 3개사가, 등 선사 40여 곳에
                    if w.particle and (is_cue or counted):
                        a.particle = w.particle
                        break
                    if w.particle:
                        break
                    named = named or is_cue
    return out


def _list_goes_on(prev: Arg, a: Arg, ws: list[Word], text: str) -> bool:
    """Whether `a`, introduced by what kind of company it is, may join the list `prev` ends: after a comma (A, 국내
    벤처캐피털 B), or after A와 when the list goes on (A와 중국 기업 B, C) or both are where something comes from
    or goes to (A와 벤처캐피털 B로부터 투자를 유치했다, A와 제과업체 B 등에 납품한다).  Not A와 중국 기업 B가
    합작법인을 (two parties), A와 지난달 세운 합작법인 B에 (B is what the clause made with A), nor across a
    headline's ellipsis."""
    if _ends_with_comma(ws[prev.word_index]):
        return True
    if prev.particle not in ("와", "과"):
        return False
    return _ends_with_comma(ws[a.word_index]) or (
        a.particle in ("로부터", "으로부터", "에", "에게") and "…" not in text[prev.end:a.start]
        and not any(t.tag == "ETM" for w in ws[prev.word_index + 1:a.first_word] for t in w.tokens))


#: 기존 투자자인, 최대 주주인: what the company named next is to the story
_DESCRIBED_AS = re.compile(r"(?:투자자|투자사|주주|최대주주|파트너|협력사|고객사|계열사|자회사)인")
_COUNTED = re.compile(r"(?:\d+여?|[한두세네다섯여섯일곱여덟아홉열]+)\s*(?:곳|개사|개\s*회사|개|사|군데)")  # 40여 곳


#: X는 … Y를 통해 … 판매해 왔다: the goods go out through Y
_THROUGH = re.compile(r"(?:을|를)\s통해\s(?:[^\s.,]+\s){0,4}?(?:판매|유통|수출|공급)(?:하|해|했|한|돼|된|을|를)")


def _sold_through(sentence: Sentence, args: list[Arg], text: str, topic: Arg | None) -> list[Relation]:
    """X는 태국 농기계 유통사 Y를 통해 동남아시아에 콤바인을 판매해 왔다: Y distributes X's goods; X는 베트남
    수입업체 Y를 통해 제품을 수출해 왔다: X supplies Y.  (Not X는 자회사 Y를 통해: its own unit.)"""
    out = []
    for k, a in enumerate(args):
        if a.particle not in ("을", "를", "통해") or len(a.mentions) != 1 \
                or a.mentions[0].type is not EntityType.ORGANIZATION or not _THROUGH.match(text, a.end):
            continue
        cue = re.search(r"([가-힣]+)\s$", text[max(sentence.start, a.start - 12):a.start])
        if cue is None:
            continue
        # what Y is: a distributor sells the goods for X (a partnership, as a distribution contract is); an
        # importer buys them
        rel = RelationType.PARTNERSHIP if cue[1].endswith(DISTRIBUTOR_WORDS) else \
            RelationType.SUPPLY if cue[1].endswith(IMPORTER_WORDS) else None
        subject = next((b for b in reversed(args[:k]) if b.particle in SUBJECT and not b.relative
                        and b.mentions[0].type is EntityType.ORGANIZATION), None) or (
            topic if topic is not None and topic.mentions[0].type is EntityType.ORGANIZATION else None)
        if rel is None or subject is None or subject.mentions[0].name == a.mentions[0].name:
            continue
        out.append(Relation(rel, subject.mentions[0], a.mentions[0], sentence, sentence_status(sentence, a.end)[0],
                            "통해"))
    return out


def _same_kind(a: Mention, b: Mention) -> bool:
    return a.type == b.type or (a.type.is_location and b.type.is_location)


def relations(sentence: Sentence, mentions: list[Mention], text: str,
              topic: Arg | None = None, published: str | None = None,
              pair: tuple[Mention, Mention] | None = None, new_company: Mention | None = None,
              bought: Mention | None = None, unit: Mention | None = None) -> list[Relation]:
    """Every fact stated in one sentence.  `topic` stands in for an omitted subject; `new_company` is the
    company the article last told of founding (합작법인 ‘X’), whose 초대 대표 a sentence may name; `bought`
    the company the article last told of buying into (whose 나머지 지분 a sentence may place); `unit` the
    unit the sentence before named as one (베트남 법인 X), whose 법인장 this one may name."""
    args = arguments(sentence, mentions, text)
    out: list[Relation] = []
    prev: tuple[Trig, Arg | None] | None = None
    trigs = find_triggers(sentence, mentions)
    for trig in trigs:
        # 투자하고 협력해: a deal verb joined to the one before it shares its object
        shared = prev[1] if prev and (_COORDINATED_VERBS.fullmatch(text[prev[0].end:trig.start])
                                      or _coordinated_over_a_noun(sentence, prev[0].end, trig.start, text)) else None
        if trig.trigger.relation is RelationType.JOINT_VENTURE and (owners := _jv_owners(sentence, mentions, text)):
            # A와 B의 X, C와 D의 Y 등 … 합작법인: each pair owns one
            status = sentence_status(sentence, trig.end)[0]
            out.extend(Relation(RelationType.JOINT_VENTURE, a, b, sentence, status, trig.trigger.form,
                                date=date_of(sentence.text, published)) for a, b in owners)
            prev = (trig, None)
            continue
        rels, used = _deal(trig, sentence, args, topic, text, published, shared, pair, new_company)
        out.extend(rels)
        deals = [r for r in rels if r.type.is_deal and r.object.type is EntityType.ORGANIZATION]
        if deals:  # 아오바상사와 합작법인을 세우고, 양사가 각각 출자했다: 양사 are this sentence's parties
            pair = (deals[-1].subject, deals[-1].object)
        prev = (trig, used)
    # (no customer yet, or only the countries of the plants a company's genitive names)
    if all(r.object.type.is_location for r in out if r.type is RelationType.SUPPLY) \
            and (customers := _genitive_customers(sentence, args, trigs, text, topic)
                 or _goods_topic_customer(sentence, args, trigs, text)
                 or _goods_of_the_topic(sentence, args, trigs, text, topic)):
        out = [r for r in out if r.type is not RelationType.SUPPLY] + customers
    out.extend(_venture_arms(sentence, args, text))
    out.extend(leadership(sentence, mentions, text, new_company or unit, topic, dealt=bought))
    out.extend(_post_held(sentence, mentions, text, topic, new_company, unit, bought))
    out.extend(_named_post_held(sentence, mentions, text))
    out.extend(_unit_head(sentence, mentions, text, unit))
    out.extend(located(sentence, args, text))
    out.extend(founded_in(sentence, args, topic))
    out.extend(shareholders(sentence, args, text, published))
    out.extend(_share_split(sentence, args, text, published, bought, new_company))
    out.extend(_spun_off(sentence, args, new_company))
    out.extend(_sold_through(sentence, args, text, topic))
    out.extend(_local_units(sentence, args, text, topic))
    return _relocate(_dedupe(out + _unit_country_too(out, args, text)), text)


#: X의 폴란드 자회사로 (브로츠와프에 본사를 둔 Y), X의 체코 법인으로 (오스트라바에 자리한 Y)
_UNIT_OF_A_COUNTRY = re.compile(r"의\s+(?P<country>[가-힣]{2,8})\s?(?:현지\s?)?(?:판매\s?|생산\s?)?(?:법인|자회사)"
                                r"(?:으로|로|이자|이며|인)\s+$")


#: X의 (일본) 기업형 벤처캐피털(CVC)인 Y: a company's venture arm, named after it
_VENTURE_ARM = re.compile(r"의\s+(?:[가-힣]+\s+)?기업(?:주도)?형\s*벤처\s?캐피(?:털|탈)(?:\s?\(CVC\))?(?:인|이자)\s+$")


def _venture_arms(sentence: Sentence, args: list[Arg], text: str) -> list[Relation]:
    """미나토상사의 기업형 벤처캐피털(CVC)인 미나토벤처스가: the venture arm is the company's subsidiary."""
    out: list[Relation] = []
    for a, b in zip(args, args[1:], strict=False):
        first, second = a.mentions[-1], b.mentions[0]
        if first.type is not EntityType.ORGANIZATION or second.type is not EntityType.ORGANIZATION \
                or first.name == second.name:
            continue
        if a.particle == "의" and _VENTURE_ARM.search(text, first.end, second.start) is not None:
            out.append(Relation(RelationType.SUBSIDIARY_OF, second, first, sentence, Status.ASSERTED, "CVC"))
        elif a.particle in ("은", "는") and b.particle in ("이", "가") and _VENTURE_ARM_SET_UP.match(text, second.end):
            # Y는 (물류기업) X가 100% 출자한 기업주도형 벤처캐피털(CVC)이다: the venture arm X set up is X's
            out.append(Relation(RelationType.SUBSIDIARY_OF, first, second, sentence, Status.ASSERTED, "CVC"))
    return out


#: (Y는 X가) 100% 출자한 (기업주도형) 벤처캐피털(CVC)이다, 세운 CVC다
_VENTURE_ARM_SET_UP = re.compile(r"(?:이|가)\s(?:(?:\d{4}년|100%|전액)\s)?(?:출자한|세운|설립한|만든)\s(?:[가-힣]+\s)?"
                                 r"(?:기업(?:주도)?형\s*)?(?:벤처\s?캐피(?:털|탈)(?:\s?\(CVC\))?|CVC)(?:이다|다|로|으로)")


def _unit_country_too(rels: list[Relation], args: list[Arg], text: str) -> list[Relation]:
    """X의 폴란드 자회사로 브로츠와프에 본사를 둔 Y: Y, seated in the city, is in the country its unit is of."""
    out: list[Relation] = []
    for r in rels:
        if r.type is not RelationType.LOCATED_IN or r.object.type is not EntityType.CITY \
                or r.subject.start < r.object.end:
            continue
        said = _UNIT_OF_A_COUNTRY.search(text, max(r.sentence.start, r.object.start - 30), r.object.start)
        if said is None:
            continue
        country = next((m for a in args for m in a.mentions if m.type is EntityType.COUNTRY
                        and m.start == said.start("country") and m.end == said.end("country")), None)
        if country is not None:
            out.append(replace(r, object=country))
    return out


def _genitive_customers(sentence: Sentence, args: list[Arg], trigs: list[Trig], text: str,
                        topic: Arg | None) -> list[Relation]:
    """X는 A, B 등 3개사의 차체 생산라인에 로봇을 공급한다; X는 A와 B 등 업체들의 칩을 생산해 공급한다: the
    companies whose line or goods the supply is for are its customers (`trigs`: the sentence's deal words)."""
    trig = next((t for t in trigs if t.trigger.relation is RelationType.SUPPLY and t.trigger.voice == "active"), None)
    if trig is None:
        return []
    ws = words(sentence, text)
    for k, g in enumerate(args):
        if g.particle != "의" or g.end >= trig.start or g.relative \
                or not all(m.type is EntityType.ORGANIZATION for m in g.mentions):
            continue
        after = [w for w in ws if w.start >= g.end and w.end <= trig.start][:5]
        head = next((w for w in after if w.particle and w.particle not in ("의", "와", "과")), None)
        # (등 3개사의 차체 생산라인에, 베르나타이어의 이탈리아와 루마니아 공장에)
        if head is None or any(t.tag.startswith(("V", "E", "MAG")) and t.start >= g.end
                               for t in sentence.tokens if t.end <= head.start):
            continue  # (레이텍스반도체의 제품과 달리 …: no customer)
        rest = [t for t in sentence.tokens if head.end <= t.start and t.end <= trig.start]
        if any(t.tag == "ETM" or (t.tag == "JKO" and head.particle != "에") for t in rest) or any(
                t.tag == "EC" and not (j > 0 and rest[j - 1].form in _MAKING) for j, t in enumerate(rest)):
            continue  # (한울텍의 설비를 활용해 로봇을, 레이텍스반도체의 칩을 탑재한 모듈을: what is supplied is else)
        head_noun = re.sub(r"(?<=[가-힣])들$", "", text[head.stem_start:head.stem_end])  # 공장들
        if not (head.particle in ("에", "을", "를") and _GENITIVE_HEAD.search(head_noun)
                or head.particle in ("로", "으로") and _GENITIVE_SITE.search(head_noun)) \
                or any(a is not g and g.end < a.start < head.end and not all(m.type.is_location for m in a.mentions)
                       for a in args):
            continue  # (Y의 유럽 전기차 공장들로 납품한다: to its plants; not Y의 칩으로, made with its chips)
        maker = next((a for a in reversed(args[:k]) if a.particle == "의"
                      and a.mentions[0].type is EntityType.ORGANIZATION), None)
        if maker is not None and _BOTH_COMPANIES.match(sentence.text) and not maker.relative \
                and len(maker.mentions) == 1 and re.search(r"(?:을|를)\s+$", text[maker.end:g.start]):
            subject: Arg | None = maker  # 양사는 X의 NPU를 Y의 데이터센터에 납품하는 계약을: X's goods, X supplies
        else:
            subject = next((a for a in reversed(args[:k]) if a.particle in ("은", "는", "이", "가")
                            and a.mentions[0].type is EntityType.ORGANIZATION and not a.relative), None) or (
                topic if topic is not None and topic.mentions[0].type is EntityType.ORGANIZATION else None)
        status = sentence_status(sentence, trig.end)[0]
        if subject is None or status is not Status.ASSERTED:
            return []
        return [Relation(RelationType.SUPPLY, subject.mentions[0], m, sentence, status, trig.trigger.form)
                for m in g.mentions if m.name != subject.mentions[0].name]
    return []


def _goods_topic_customer(sentence: Sentence, args: list[Arg], trigs: list[Trig], text: str) -> list[Relation]:
    """X 제품은 ODM 기업 Y가 전량 생산해 공급하고 있다: a sentence about X's goods, which Y supplies, makes X
    the customer."""
    trig = next((t for t in trigs if t.trigger.relation is RelationType.SUPPLY and t.trigger.voice == "active"), None)
    if trig is None or not args:
        return []
    owner = args[0]
    if len(owner.mentions) != 1 or owner.mentions[0].type is not EntityType.ORGANIZATION \
            or owner.particle not in ("", "의") or len(text[sentence.start:owner.start].split()) > 1 \
            or not _GOODS_TOPIC.match(text, owner.end):
        return []
    supplier = next((a for a in args[1:] if a.particle in ("이", "가") and a.end <= trig.start and not a.relative
                     and len(a.mentions) == 1 and a.mentions[0].type is EntityType.ORGANIZATION), None)
    if supplier is None or supplier.mentions[0].name == owner.mentions[0].name:
        return []
    status = sentence_status(sentence, trig.end)[0]
    return [Relation(RelationType.SUPPLY, supplier.mentions[0], owner.mentions[0], sentence, status,
                     trig.trigger.form)]


def _goods_of_the_topic(sentence: Sentence, args: list[Arg], trigs: list[Trig], text: str,
                       topic: Arg | None) -> list[Relation]:
    """(X는 새 전기트럭을 내놓는다.) 차체용 알루미늄 프레임은 김해의 Y가 납품하고 있다: a sentence about goods
    that names no owner and no customer, whose supplier Y is its subject, tells what Y supplies the company the
    article is about."""
    trig = next((t for t in trigs if t.trigger.relation is RelationType.SUPPLY and t.trigger.voice == "active"), None)
    if trig is None or topic is None or topic.mentions[0].type is not EntityType.ORGANIZATION \
            or topic.mentions[0].sentence == sentence.index:
        return []
    orgs = [a for a in args if any(m.type is EntityType.ORGANIZATION for m in a.mentions)]
    if len(orgs) != 1 or orgs[0].particle not in ("이", "가") or orgs[0].relative or len(orgs[0].mentions) != 1 \
            or orgs[0].end > trig.start:
        return []
    supplier = orgs[0]
    first = words(sentence, text)
    said = next((w for w in first if w.end <= supplier.start and w.particle in ("은", "는")), None)
    if said is None or any(a.start <= said.start < a.end or a.end == said.stem_end for a in args) \
            or any(a.particle in TO and a.start > supplier.end for a in args) \
            or re.search(r"[\"“”]", sentence.text) or supplier.mentions[0].name == topic.mentions[0].name \
            or re.match(r"[^.]{0,60}?(?:공급|납품)(?:한다|했다|하고|하며|해)", text[topic.end:topic.end + 80]):
        return []  # (회사는, 양사는: a company after all; … Z에 공급: a customer named; a topic that supplies
        # itself (가스터빈은 X가 공급한다. 연료는 Y가 공급한다): no customer)
    status = sentence_status(sentence, trig.end)[0]
    return [Relation(RelationType.SUPPLY, supplier.mentions[0], topic.mentions[0], sentence, status,
                     trig.trigger.form)]


#: the goods a sentence is about, right after their owner (X 제품은, X의 부품은)
_GOODS_TOPIC = re.compile(r"(?:의)?\s(?:제품|물량|장비|부품|원료|소재|원재료|원단|칩|엔진|배터리|패널|모듈|차체|강판)(?:은|는)\s")

#: the making that may stand between what is made and its supply (칩을 생산해 공급한다)
_MAKING = frozenset({"하", "만들", "제조하", "생산하"})

#: the sites of a customer's a supply goes to (에, and also 로, 으로): its line, plant, shops
_SITE_WORDS = ("라인", "공장", "매장", "점포", "기지", "현장", "단지", "데이터센터")
_ITS_SITE = re.compile(r"\s(?:[가-힣]{1,4}\s)?[가-힣]{0,4}(?:" + "|".join(_SITE_WORDS) + r")(?![가-힣])")
_GENITIVE_SITE = re.compile(r"(?:" + "|".join(_SITE_WORDS) + r")$")
#: … and what else of the customer's a supply goes to or is made of (에, 을, 를): its chips, products
_GENITIVE_HEAD = re.compile(r"(?:" + "|".join(_SITE_WORDS + ("칩", "제품", "차량", "모델", "설비", "프로젝트")) + r")$")


#: X의 일본 법인 Y, X의 현지법인 Y, X의 미국 법인인 Y: Y is X's unit there
_UNIT_OF = r"의\s+(?!합작|신설|통합|합병|존속)(?:[가-힣]{2,8}?\s?)?(?:현지\s?)?(?:법인|지사|판매법인|생산법인)"
_UNIT_BETWEEN = re.compile(_UNIT_OF + r"(?:인|이자)?\s+['‘\"“]?$"
                           # 의 한국법인인 Y, 의 사우디 법인 ‘Y’, 의 체코 법인으로 오스트라바에 자리한 Y
                           r"|" + _UNIT_OF + r"(?:으로|로)\s+[가-힣]+에\s+(?:자리한|있는|본사를\s둔|위치한)\s+$")


#: X의 (카자흐스탄) 판매법인, X의 생산법인: what follows a parent before its unit's name
#: a word for a company's unit (현지 법인, 판매법인, 자회사)
_UNIT_WORDS_PATTERN = r"(?:현지\s?)?(?:법인|지사|판매법인|생산법인|현지법인|자회사)"
_UNIT_AFTER = re.compile(r"의\s+(?:([가-힣]{2,8})\s+)?" + _UNIT_WORDS_PATTERN + r"(?:인|이자)?\s")


#: what a company does when a unit stops being its own
_LET_GO = re.compile(r"매각|처분|청산|넘기|팔")
#: between the country and Y of `X는 베트남 법인 Y를`
_COUNTRY_UNIT_BEFORE = re.compile(r"\s*(?:현지\s*)?(?:법인|판매법인|생산법인|현지법인)(?:인)?\s+")


def _topic_before(args: list[Arg], k: int) -> Arg | None:
    """The nearest company before argument `k` marked as the topic (은/는)."""
    return next((x for x in reversed(args[:k]) if x.particle in ("은", "는")
                 and x.mentions[0].type is EntityType.ORGANIZATION), None)


def _names_no_owner(sentence: Sentence, args: list[Arg], k: int, text: str) -> bool:
    """Whether a sentence names no company before the place `args[k]`, no subject before it, and no company
    as a subject of its own anywhere (… 법인 Y를 통해 시장을 장악한 Z가 1위다: Z's)."""
    return not any(x.mentions[0].type is EntityType.ORGANIZATION for x in args[:k]) \
        and not any(x.mentions[0].type is EntityType.ORGANIZATION and x.particle in SUBJECT and not x.relative
                    for x in args) \
        and not any(w.particle in SUBJECT for w in words(sentence, text) if w.end <= args[k].start)


def _local_units(sentence: Sentence, args: list[Arg], text: str, article_topic: Arg | None = None) -> list[Relation]:
    out = []
    for k, a in enumerate(args):
        b = next((x for x in args[k + 1:] if not x.mentions[0].type.is_location), None)
        if b is not None and a.mentions[-1].type is EntityType.ORGANIZATION \
                and b.mentions[0].type is EntityType.ORGANIZATION and _UNIT_BETWEEN.match(text[a.end:b.start]):
            out.append(Relation(RelationType.SUBSIDIARY_OF, b.mentions[0], a.mentions[-1], sentence, Status.ASSERTED,
                                "법인"))
        if b is not None and a.bare and a.mentions[-1].type.is_location and b.mentions[0].type is EntityType.ORGANIZATION \
                and _COUNTRY_UNIT_BEFORE.fullmatch(text, a.end, b.start):
            # X는 (하노이에 있는) 베트남 법인 Y를 통해: the unit there of the company the sentence is about
            # (… 목담가구는 …. 베트남 생산법인인 Y를 통해: the article's, in a sentence that names no company)
            topic = _topic_before(args, k)
            if topic is None and article_topic is not None and _names_no_owner(sentence, args, k, text):
                topic = article_topic
            lo = topic.end if topic is not None else 0
            if topic is not None and topic.particle in ("은", "는") \
                    and (cuts := list(_NEXT_CLAUSE.finditer(text, topic.end, a.start))):
                lo = cuts[-1].end()  # X는 Y와 계약을 맺었고, (보스턴에 있는) 미국 법인 Z를 통해: X's, in a clause of its own
            gap = text[lo:a.start] if topic is not None else ""
            if topic is not None and not any(x.mentions[0].type is EntityType.ORGANIZATION and x.start >= lo
                                             for x in args[args.index(topic) + 1 if topic in args else 0:k]) \
                    and not re.search(r"의\s|경쟁", gap) and not any(org_cue(w) for w in re.findall(r"[가-힣]+", gap)) \
                    and not _LET_GO.search(sentence.text, b.end - sentence.start):
                # (일본 기업의 베트남 법인, 경쟁사 베트남 법인: another's; 법인 Y를 매각했다: no longer)
                founding = re.match(r"(?:을|를)\s*(?:\S+\s+){0,2}?(?:설립|세우|세울|신설|출범)", text[b.end:b.end + 30])
                out.append(Relation(RelationType.SUBSIDIARY_OF, b.mentions[0], topic.mentions[0], sentence,
                                    sentence_status(sentence, b.end)[0] if founding else Status.ASSERTED, "법인"))
                # (법인 Y를 설립할 계획이다: planned; 법인 Y의 P 법인장을 파견할 예정이다: Y is X's already)
        said = _UNIT_SAID.match(text, a.end)
        if said and a.mentions[-1].type is EntityType.ORGANIZATION and _unit_place(said["where"]):
            topic = _topic_before(args, k)
            if topic is not None:
                out.append(Relation(RelationType.SUBSIDIARY_OF, topic.mentions[0], a.mentions[-1], sentence,
                                    Status.ASSERTED, "법인"))
                out += [Relation(RelationType.LOCATED_IN, topic.mentions[0], m, sentence, Status.ASSERTED, "법인")
                        for x in args[k + 1:] for m in x.mentions
                        if m.type is EntityType.COUNTRY and said.start("where") == m.start and m.text == said["where"]]
    return out


#: a clause ended and the next begun, its subject left out (…맺었고, …맺으며,)
_NEXT_CLAUSE = re.compile(r"(?:고|며|으며|면서),\s")
#: Y는 X의 한국법인이다, Y는 X(…)의 일본 현지법인으로, Y는 X가 2018년 세운 인도 판매법인이다: the topic is
#: X's unit in that country
_UNIT_SAID = re.compile(r"(?:(?:\([^)]{1,40}\))?의\s*|(?:이|가)\s+(?:\d{4}년\s+)?(?:세운|설립한)\s+)"
                        r"(?:(?P<where>[가-힣]{1,8}?)\s?)?(?:현지\s?)?(?:판매\s?|생산\s?)?(?:법인|지사)"
                        r"(?:이다|이며|이고|으로서|로서|다|(?:으로|로)(?!부터))")  # (not 한국법인으로부터: from it)


def _unit_place(where: str | None) -> bool:
    """법인 after nothing, 현지 or a country (한국법인), not after 합작 or 신설: a unit abroad."""
    return not where or where == "현지" or is_country(where)


def _relocate(rels: list[Relation], text: str) -> list[Relation]:
    """P에 본사를 둔 (도쿄에 있는) X의 일본 법인 Y: the place is Y's, the unit the clause describes, not X's."""
    unit_of = {r.object.start: r for r in rels if r.type is RelationType.SUBSIDIARY_OF and r.trigger in ("법인", "자회사")}
    if not unit_of:
        return rels
    out = []
    for r in rels:
        sub = unit_of.get(r.subject.start) if r.type is RelationType.LOCATED_IN \
            and r.object.start < r.subject.start and text.startswith("에", r.object.end) else None
        unit = sub.subject if sub is not None else None
        if unit is not None and _UNIT_AFTER.match(text, r.subject.end) is None:
            unit = None  # 대구에 본사를 둔 X는 알마티에 판매법인 Y를 세우며: no genitive, the place is X's
        if unit is not None and _elsewhere(r.object, _UNIT_AFTER.match(text, r.subject.end)):
            unit = None  # 뉴욕에 있는 린덴캐피탈의 한국 법인 린덴코리아: New York is the parent's
        if unit is not None and sub is not None and sub.trigger == "자회사" \
                and not _within(r.object, _UNIT_AFTER.match(text, r.subject.end)):
            unit = None  # 보스턴에 있는 X의 미국 자회사 Y: Y's only where the place lies in the unit's country
        out.append(replace(r, subject=unit) if unit is not None else r)  # (대만 TSMC의 일본 법인 JASM: Taiwan's TSMC)
    return _dedupe(out)


def _unit_country_and_place(place: Mention, unit_word: re.Match[str] | None) -> tuple[str, lexicon.LexEntry] | None:
    """The country the unit `unit_word` describes is named by (X의 미국 자회사, X의 한국 법인), and the lexicon's
    entry for `place`; None where the unit names no country or the lexicon does not know the place."""
    country = unit_word[1] if unit_word is not None else None
    if not country or not is_country(country):
        return None
    gaz = lexicon.gazetteer()
    entry = gaz.get(place.text.casefold()) or gaz.get(place.name.casefold())
    return (gaz[country.casefold()].name_ko, entry) if entry is not None else None


def _within(place: Mention, unit_word: re.Match[str] | None) -> bool:
    """Whether the unit `unit_word` describes (X의 미국 자회사) is named by a country `place` lies in."""
    known = _unit_country_and_place(place, unit_word)
    return known is not None and known[1].type is not EntityType.COUNTRY and known[1].country == known[0]


def _elsewhere(place: Mention, unit_word: re.Match[str] | None) -> bool:
    """Whether the unit `unit_word` describes (X의 한국 법인) is in another country than `place` is."""
    known = _unit_country_and_place(place, unit_word)
    if known is None:
        return False  # (a city the lexicon does not place: the unit may well be there)
    unit_country, entry = known
    where = entry.name_ko if entry.type is EntityType.COUNTRY else entry.country
    return bool(where) and where != unit_country


_SPLIT_OFF = re.compile(r"물적\s?분할|분사")


def _spun_off(sentence: Sentence, args: list[Arg], new_company: Mention | None) -> list[Relation]:
    """X는 … 사업부를 물적분할해 신설법인 ‘Y’를 세운다: Y is X's subsidiary (X keeps every share)."""
    if new_company is None or not _SPLIT_OFF.search(sentence.text) \
            or not sentence.start <= new_company.start < sentence.end:
        return []
    parent = next((m for a in args if a.particle in ("은", "는", "이", "가") and a.end <= new_company.start
                   for m in a.mentions[:1] if m.type is EntityType.ORGANIZATION and m is not new_company), None)
    if parent is None:
        return []
    return [Relation(RelationType.SUBSIDIARY_OF, new_company, parent, sentence, Status.ASSERTED, "물적분할")]


#: (Y의) 지분은 A 30%, B 20%, C 10%이며: how the shares of a company are split among its holders
_SHARES_ARE = re.compile(r"지분(?:은|는)\s")
_HOLDS_PERCENT = re.compile(r"\s*(?:가|이)?\s*(?:약\s*)?(\d+(?:\.\d+)?)\s*%")


def _share_split(sentence: Sentence, args: list[Arg], text: str, published: str | None,
                 bought: Mention | None, new_company: Mention | None = None) -> list[Relation]:
    """(X는 Y를 인수했다.) 지분은 A 30%, B 20%, C 10%이며: A, B and C hold Y's shares, a minority an
    investment, a majority an acquisition.  Y is the genitive before 지분, else the company the article last
    told of buying into; never a joint venture's owners (합작법인 지분은 A가 60%: the joint venture fact)."""
    m = _SHARES_ARE.search(sentence.text)
    if m is None or re.search(r"합작|공동", sentence.text[:m.start()]):
        return []
    at = sentence.start + m.start()
    owner = next((a for a in reversed(args) if a.end <= at and a.particle in GENITIVE
                  and a.mentions[0].type is EntityType.ORGANIZATION and re.fullmatch(r"의\s*", text[a.end:at])), None)
    held = owner.mentions[-1] if owner is not None else bought
    if held is None or (owner is None and sentence.index - held.sentence > 3) \
            or (new_company is not None and held.name == new_company.name):
        return []  # (지분은 A가 51%, B가 49%를 갖는다, after 합작법인 ‘X’를 세운다: the joint venture's owners)
    out = []
    for a in args:
        share = _HOLDS_PERCENT.match(text, a.end) if a.start > at else None
        if share is None or len(a.mentions) != 1 or a.mentions[0].type not in INVESTOR \
                or a.mentions[0].name == held.name:
            continue
        rel = RelationType.INVESTMENT if float(share[1]) < 50 else RelationType.ACQUISITION
        out.append(Relation(rel, a.mentions[0], held, sentence, sentence_status(sentence, a.end)[0], "지분",
                            date=date_of(sentence.text, published)))
    return out if len(out) >= 2 else []  # (a split names two holders or more)


_SPLIT_SHARES = re.compile(r"(?:나머지\s*)?지분(?:\s*\d+(?:\.\d+)?\s*%)?을\s*(?:각각\s*)?(?:나눠\s*(?:갖|가지|보유)|\d+(?:\.\d+)?\s*%씩\s*(?:보유|갖|가지))")


#: 지분 (약) 12.5%: a stake and its share, the number the group
_STAKE_OF = r"지분\s*(?:(?:가운데|중)\s*)?(?:약\s*)?(\d+(?:\.\d+)?)\s*%"  # (지분 가운데 30%: of the shares, 30%)
_MINORITY_HELD = re.compile(r"(?:\([^()]*\))?(?:의)?\s*(?:(?![가-힣]*(?:이|가|은|는)\s)[가-힣]{1,4}\s)?" + _STAKE_OF
                            + r"(?:를|을)\s*(?:보유|갖고|가지고|소유)")
#: X는 P가 지분 20%를 보유한 최대주주다 / …가 지분 N%를 보유하고 있다: the holder named, the company the topic
_HOLDER_FIRST = re.compile(r"(?:\([^()]{1,40}\))?[^.,()]{0,20}?(?:이|가)\s+" + _STAKE_OF + r"(?:를|을)\s*(?:보유|갖고|가지고|소유)")


#: X가 지분 100%를 가진 (중동 판매법인) Y: the holder, the stake, the words that describe the company held
_HOLDER_OF_NEXT = re.compile(r"(?:이|가)\s+" + _STAKE_OF + r"(?:를|을)\s*(?:보유한|가진|갖고\s있는|소유한)\s+")
_DESCRIBING_WORDS = re.compile(r"(?:[가-힣]+\s+){0,2}")


def shareholders(sentence: Sentence, args: list[Arg], text: str, published: str | None) -> list[Relation]:
    """X는 …, A와 B가 나머지 지분을 나눠 갖고 있다: A and B have invested in X.  (A split named for a
    joint venture, 합작법인 지분은 A가 60%, B가 40%: its owners, which the joint venture fact says.)"""
    for k, a in enumerate(args[:-1]):
        # X가 지분 100%를 가진 판매법인 Y: Y is X's unit; X가 지분 20%를 보유한 Y: X has invested in Y
        held_by_next = _HOLDER_OF_NEXT.match(text, a.end)
        owned = next((x for x in args[k + 1:] if x.mentions[0].type is EntityType.ORGANIZATION), args[k + 1])
        words = _DESCRIBING_WORDS.fullmatch(text, held_by_next.end(), owned.start) if held_by_next is not None else None
        if held_by_next is None or words is None or len(a.mentions) != 1 \
                or a.mentions[0].type is not EntityType.ORGANIZATION \
                or owned.mentions[0].type is not EntityType.ORGANIZATION or owned.mentions[0].name == a.mentions[0].name:
            continue
        share = float(held_by_next[1])
        status = sentence_status(sentence, owned.start)[0]
        if share >= 50 and (share == 100 or re.search(r"법인|자회사|계열사", words.group())):
            return [Relation(RelationType.SUBSIDIARY_OF, owned.mentions[0], a.mentions[0], sentence, status,
                             "지분 보유")]
        if share < 50:
            return [Relation(RelationType.INVESTMENT, a.mentions[0], owned.mentions[0], sentence, status,
                             "지분 보유", date=date_of(sentence.text, published))]
    for k, a in enumerate(args):  # X가 Y 지분 12.5%를 보유하고 있다: a minority stake is an investment
        stake = _MINORITY_HELD.match(text, a.end)
        if stake is None or float(stake[1]) >= 50 or a.mentions[-1].type is not EntityType.ORGANIZATION:
            continue
        holder = next((x for x in reversed(args[:k]) if x.particle in ("이", "가", "은", "는") and not x.relative
                       and x.mentions[0].type in INVESTOR), None)
        if holder is not None and holder.mentions[0].name != a.mentions[-1].name:
            status = sentence_status(sentence, a.end + stake.end())[0]
            return [Relation(RelationType.INVESTMENT, h, a.mentions[-1], sentence, status, "지분 보유",
                             date=date_of(sentence.text, published)) for h in holder.mentions]
    for k, a in enumerate(args):
        # (정의선 현대차그룹 회장이 지분 20%를: the title and its company between the holder and its particle)
        held_by = _HOLDER_FIRST.match(text, a.end) if a.particle in ("이", "가") or (
            a.bare and a.mentions[0].type is EntityType.PERSON) else None
        if held_by is not None and float(held_by[1]) < 50 and a.mentions[0].type in INVESTOR:
            topic = next((x for x in args[:k] if x.particle in ("은", "는") and not x.relative
                          and x.mentions[0].type is EntityType.ORGANIZATION), None)
            if topic is not None and topic.mentions[0].name != a.mentions[0].name:
                status = sentence_status(sentence, a.end)[0]
                return [Relation(RelationType.INVESTMENT, a.mentions[0], topic.mentions[0], sentence, status,
                                 "지분 보유", date=date_of(sentence.text, published))]
    for k, a in enumerate(args):
        if a.particle not in ("이", "가") or _SPLIT_SHARES.match(text, a.end + len(a.particle) + 1) is None:
            continue
        held = next((m for x in args[:k] if x.particle in ("은", "는") and not x.relative
                     for m in x.mentions[:1] if m.type is EntityType.ORGANIZATION), None)
        holders = [m for m in a.mentions if m.type is EntityType.ORGANIZATION]
        if held is None or is_reference(held.text):
            return []
        status = sentence_status(sentence, holders[-1].end)[0] if holders else Status.ASSERTED
        return [Relation(RelationType.INVESTMENT, h, held, sentence, status, "지분 보유",
                         date=date_of(sentence.text, published)) for h in holders if h.name != held.name]
    return []


def _jv_owners(sentence: Sentence, mentions: list[Mention], text: str) -> list[tuple[Mention, Mention]]:
    """LG에너지솔루션과 GM의 얼티엄셀즈, SK온과 포드의 블루오벌SK: the pairs named as owners of a company."""
    orgs = [m for m in mentions if m.type is EntityType.ORGANIZATION and sentence.start <= m.start < sentence.end
            and text[m.start - 1:m.start] != "("]
    pairs = []
    for a, b in zip(orgs, orgs[1:], strict=False):
        owner = re.fullmatch(r"\s*(?:와|과)\s*", text[a.end:b.start])
        genitive = re.match(r"(?:\([^()]{1,30}\))?의\s+(?:합작\S*\s+)?[가-힣A-Za-z]", text[b.end:b.end + 40])
        if owner and genitive and a.name != b.name:
            pairs.append((a, b))
    return pairs if len(pairs) >= 2 or any(re.match(r"\S*의\s+합작", text[b.end:b.end + 12]) for _, b in pairs) else []


def _pick(args: Iterable[Arg], particles: tuple[str, ...], before: int | None = None,
          after: int | None = None, nearest_to: int = 0) -> Arg | None:
    cands = [a for a in args if a.particle in particles or (a.particle.startswith(particles) and not (
        a.particle.startswith("에서") and not any(p.startswith("에서") for p in particles)))]  # 에서 is not 에
    if before is not None:
        cands = [a for a in cands if a.end <= before]
    if after is not None:
        cands = [a for a in cands if a.start >= after]
    if not cands:
        return None
    return min(cands, key=lambda a: abs(a.start - nearest_to))


def _first_particle(a: Arg, options: tuple[str, ...]) -> bool:
    return any(a.particle == p or a.particle.startswith(p) for p in options)


_LISTED_OWN = re.compile(r"\s*등(?:의)?\s*(?:\d+\s?개\s?|[한두세네]\s?개\s?)?(?:주요|핵심|국내|해외|기존|다른|자사|그룹)?\s*")
_LISTED = re.compile(r"\s*(?:등|등의|같은|과 같은|와 같은)\s*")
_MINORITY = re.compile(r"(?:소수|일부|少數)\s*지분")
#: after a place's 에: a clause about a site there (들어서는 빌딩, 건설 중인 공장)
_PLACE_OF_A_SITE = re.compile(r"\s*(?:들어서는|들어설|들어선|건설\s?중인|건설되는|건설될|짓고\s?있는|짓는|지어지는|조성되는|"
                              r"조성\s?중인|세워지는|위치한|있는|자리한|자리\s?잡은)\s")
#: securities a company issues, bought by an investor (Y 우선주를 인수, Y가 발행한 전환사채를 인수)
_SECURITIES = re.compile(r"(?:우선주|상환전환우선주|RCPS|전환사채|CB|교환사채|신주인수권부사채|BW|회사채|신주)"
                         r"(?:\([A-Z]{2,5}\))?\s?(?:\d[\d,.]*\s?(?:만|억)?\s?(?:주|원|달러)\s?)?(?:을|를)\s$")
_STAKE = re.compile(_STAKE_OF)
_COORDINATED_VERBS = re.compile(r"(?:하고|하며|해|하면서|과|와|및|·|,)?\s*")
_COORDINATED_BEFORE_A_NOUN = re.compile(r"(?:하고|하며|해|하면서)\s+([가-힣]{1,4})\s+")


def _coordinated_over_a_noun(sentence: Sentence, start: int, end: int, text: str) -> bool:
    """부품을 공급하고 생산 기술을 이전하는: a deal verb joined to the one before it, with a plain noun
    (no particle) that is part of the second deal word's phrase between them."""
    gap = _COORDINATED_BEFORE_A_NOUN.fullmatch(text, start, end)
    if gap is None:
        return False
    inside = [t for t in sentence.tokens if gap.start(1) <= t.start and t.end <= gap.end(1)]
    return bool(inside) and all(t.tag == "NNG" for t in inside) and inside[0].start == gap.start(1) \
        and inside[-1].end == gap.end(1)


_CHOOSE = frozenset({"선택", "낙점", "택하다", "고르다", "선정"})
#: after a partner's role: Y를 (공식) 총판으로 선정했다
_NAMED_AS = re.compile(r"(?:으로|로)\s*(?:선정|지정|낙점|선택|발탁)")


#: 계열사 3곳은, 자회사들이, 계열사는: the word for an affiliate is itself the subject of its clause
_TRIGGER_NOUN_IS_SUBJECT = re.compile(r"들?\s*(?:\d+\s*(?:곳|개사|개|사))?(?:은|는|이|가)\s")


#: a company's own shares: 자사 지분, 자사주, 자기주식
_OWN_SHARES = re.compile(r"자사\s*지분|자사주(?![가-힣])|자사주(?:를|을|\s*\d)|자기\s*주식")


#: what a retailer is called before its name: 이커머스 플랫폼 X, 편의점 체인 X, 유통업체 X
_RETAILER_WORDS = r"(?:이커머스|전자상거래|온라인\s?쇼핑|쇼핑몰|온라인몰|오픈마켓|유통업체|유통기업|유통사|대형마트|편의점|백화점|홈쇼핑|슈퍼마켓)"


def _retailer(arg: Arg, text: str) -> bool:
    """Whether the article names every company of `arg` as a retailer (이커머스 플랫폼 마켓온, 편의점 체인 X)."""
    return all(_named_after(_RETAILER_BEFORE, m.text, text) for m in arg.mentions)


#: a retailer's kind right before its name, up to the name (longest: 온라인 쇼핑 운영사 ‘)
_RETAILER_BEFORE = re.compile(_RETAILER_WORDS + r"(?:\s?(?:플랫폼|체인|기업|업체|회사|운영사))?\s['‘\"“]?\Z")


def _named_after(before: re.Pattern[str], name: str, text: str, reach: int = 24) -> bool:
    """Whether `name` stands somewhere in `text`, not followed by a Hangul syllable, right after what
    `before` (ending in \\Z) matches within `reach` characters (as one pattern with the name in it would
    find, with no pattern compiled per name)."""
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if (end >= len(text) or not is_hangul(text[end])) and before.search(text, max(0, i - reach), i):
            return True
        i = text.find(name, i + 1)
    return False


def _shipyard(arg: Arg) -> bool:
    """Whether every company of `arg` is named as a shipbuilder (한화오션, HD현대중공업, 대양조선해양)."""
    return all(m.type is EntityType.ORGANIZATION and m.name.endswith(("중공업", "조선", "조선해양", "오션", "조선소"))
               for m in arg.mentions)


def _deal(trig: Trig, sentence: Sentence, args: list[Arg], topic: Arg | None, text: str,
          published: str | None, shared: Arg | None = None,
          pair: tuple[Mention, Mention] | None = None,
          new_company: Mention | None = None) -> tuple[list[Relation], Arg | None]:
    rel = trig.trigger.relation
    toks = sentence.tokens
    after_trigger = toks[trig.token_index + 1:trig.token_index + 4]
    if rel is RelationType.JOINT_VENTURE and trig.trigger.form == "합작" and after_trigger \
            and after_trigger[0].tag == "NNG" and not any(
                t.form in _JV_NOUNS for t in itertools.takewhile(lambda t: t.tag == "NNG", after_trigger)):
        return [], None  # 한일 합작 드라마: made together, no company set up (합작 배터리 공장 is one)
    passive = any(t.form == "되" and t.tag.startswith("XSV") for t in after_trigger[:1]) or any(
        t.lemma in ("받다", "당하다") for t in after_trigger[:2] if t.tag.startswith("VV"))
    attracts = any(t.form == "유치" for t in after_trigger)
    if rel is RelationType.INVESTMENT and any(t.form == "받" and t.tag.startswith(("XSV", "VV")) for t in after_trigger[:2]):
        passive, attracts = False, True  # X는 Y로부터 투자받았다: Y invested in X, as with 투자를 유치했다
    before = [a for a in args if a.end <= trig.start]
    after = [a for a in args if a.start >= trig.end]
    main_clause = [a for a in before if not a.relative]
    clause_start = _clause_start(toks, trig.token_index)
    clause_end = _clause_end(toks, trig.token_index)  # X의 최대주주는 A이며, B는 …: B is not this clause's
    # (X가 주도한 시리즈B에서 …을 조달했고, … Y를 인수했다: X heads a relative clause of an earlier clause; the
    # article's company is the subject, unless X leads a group that is: X가 이끄는 컨소시엄은)
    earlier_relative = [a for a in before if a.relative and a.end <= clause_start
                        and not _LEADS_A_GROUP.match(text, a.end)] if topic is not None else []
    subject = _pick(main_clause, SUBJECT, nearest_to=trig.start) or _pick(
        [a for a in before if a not in earlier_relative], SUBJECT, nearest_to=trig.start) \
        or _pick([a for a in after if a.start < clause_end], SUBJECT, nearest_to=trig.start)
    if subject is not None and not subject.relative and any(t.tag == "ETM" for t in after_trigger[:2]) and (
            describer := next((a for a in reversed(before) if a.relative and a.particle in ("이", "가")
                           and a.start > subject.end and a.start >= clause_start
                           and a.mentions[0].type is EntityType.ORGANIZATION
                           and not any(t.tag in ("ETM", "EC") and a.end <= t.start < trig.start for t in toks)),
                          None)) is not None:
        subject = describer  # 김 부사장은 X가 2023년 인수한 Y의 …: X bought Y, in the clause that describes Y
    if "주주" in trig.trigger.form and (holder := _holder_named_after(trig, after, text)) is not None:
        # Y의 최대주주는 (창업자인) P 대표다, Y의 최대주주는 Z(지분 45%)다: the holder comes after
        share = re.search(r"(\d+(?:\.\d+)?)\s*%", text[trig.end:_clause_end(toks, trig.token_index)])
        if share is not None or holder.mentions[0].type is not EntityType.PERSON:
            subject = holder  # (넷마블의 최대주주는 방준혁 의장이며: a founder's control, no stake told)
            if share is not None and float(share[1]) < 50:
                rel = RelationType.INVESTMENT
        else:
            return [], None
    consortium = _consortium(before, text, trig.start)
    if consortium is not None and (subject is None or all(m in consortium.mentions for m in subject.mentions)
                                   or (subject.relative and subject.start > consortium.end)):
        subject = consortium  # X는 Y와 꾸린 컨소시엄이 …: X and Y (X가 이끄는 컨소시엄이 Y가 발주한 공사를: X)
    both = _both_parties(sentence, trig, pair, text)
    if subject is not None and both is not None and rel is RelationType.INVESTMENT and new_company is not None \
            and any(new_company.name == m.name for m in subject.mentions) \
            and _BOTH.search(text, subject.end, trig.start) and not _TO_FOUND.match(text, trig.end):
        subject = None  # 합작법인 ‘Z’는 P에 본사를 두며, 양사가 400억 원씩 출자해: the owners put the money in
        # (Z는 2017년 양사가 출자해 설립했으며: how it was founded, told by the joint venture)
    if subject is None and both is not None and rel is RelationType.INVESTMENT:
        subject = Arg([*both[0].mentions, *both[1].mentions], "는", trig.start, trig.start, -1, False)
    if subject is None and topic is not None and not _unknown_subject(sentence, text, trig.start, earlier_relative):
        subject = topic
    bare_before = next((a for a in reversed(before) if a.bare and _adjacent(a, trig, text)), None)
    if bare_before is not None and bare_before.mentions[-1].type.is_location \
            and (between := re.match(r"\s*([가-힣]+?)(?:에|에게|에는|에도)\s", text[bare_before.end:trig.start])) \
            and org_cue(between[1]):
        bare_before = None  # 한국 기업에 투자: in Korean companies, not in Korea
    if subject is not None and all(m.type is EntityType.PERSON for m in subject.mentions) \
            and _quote_opens(text[subject.end:trig.start]):
        # 최민호 대표는 "피치앤폼 인수로 …": the speaker's words, a deal of the company the speaker heads (한결텔레콤의
        # 최동원 사장은, 모아랩스를 이끄는 정하윤 대표는), not of the speaker's own
        head = re.match(r"\s*([가-힣A-Z]+?)(?:은|는|이|가|도)?\s", text[subject.mentions[-1].end:subject.mentions[-1].end + 12])
        title = title_of(head[1]) if head is not None else None
        subject = next((a for a in reversed(before) if a.end <= subject.start and sentence.start <= a.start
                        and len(a.mentions) == 1 and a.mentions[0].type is EntityType.ORGANIZATION
                        and not _quote_opens(text[a.end:subject.start])), None) \
            if title is not None and lexicon.titles()[title][1] == "head" else None
    pairs: list[tuple[Arg, Arg]] = []
    used: Arg | None = None
    if rel.symmetric:
        other = _pick(before, WITH, nearest_to=trig.start)
        chosen = _chosen(toks, trig, after)
        if chosen is not None and (other is None or other.mentions[0].type is not EntityType.ORGANIZATION):
            other = chosen  # X는 (…와의) 협력에서 Y를 선택했다: Y is the partner
        if other is None and rel is RelationType.PARTNERSHIP and _NAMED_AS.match(text, trig.end):
            other = _pick(before, OBJECT, nearest_to=trig.start)  # X가 Y를 현지 총판으로 선정했다: Y is the partner
        if other is None and rel is RelationType.MERGER:
            merged = _pick(before, OBJECT, nearest_to=trig.start)  # A가 B를 흡수합병했다 (not A와 B를 합병해)
            other = merged if merged is not None and len(merged.mentions) == 1 else None
        if other is None and shared is not None:
            other = shared
        taken = re.match(r"(?:를|을)?\s*(?:받|도입)((?:은|는|을|한|하는|된)\s)?", text[trig.end:trig.end + 10]) \
            if rel is RelationType.PARTNERSHIP and trig.trigger.form == "라이선스" else None
        licence_in = taken is not None or (rel is RelationType.PARTNERSHIP and trig.trigger.form == "라이선스" and re.search(
            r"(?:도입|들여오)(?:하는|한|할)\s", text[clause_start:trig.start]) is not None)  # Y로부터 Z를 도입하는 라이선스
        described = taken is not None and taken[1] is not None
        # (노바텍으로부터 라이선스를 받은 델타전자: the licence describes another company)
        if other is None and subject is not None and not described \
                and (trig.trigger.voice == "receive" or licence_in):
            # (X는 Y로부터 기술을) 라이선스 받아: Y is the partner
            other = _pick([a for a in before if a.start >= clause_start
                           and all(m.type is EntityType.ORGANIZATION for m in a.mentions)
                           and not re.search(r"(?:아|어|고|며|해)\s", text[a.end:trig.start])],
                          ("로부터", "으로부터"), nearest_to=trig.start)  # (Y로부터 주문을 받아 …: not the licensor)
            # X는 Y로부터 특허 라이선스를 도입했다: Y is the partner
        if other is None and rel is RelationType.PARTNERSHIP and subject is not None \
                and trig.trigger.form in _GOES_TO:
            # 얀센에 기술이전한, 퍼블리셔 X에 퍼블리싱을 맡기는 계약: the company it goes to is the partner
            other = next((a for a in reversed(before) if a.particle in ("에", "에게") and a.start > subject.end
                          and a.start >= clause_start
                          and all(m.type is EntityType.ORGANIZATION for m in a.mentions)), None)
        used = other
        group = next((a for a in reversed(before) if len(a.mentions) > 1
                      and not all(m.type.is_location for m in a.mentions) and  # (한국과 일본 업체에: no parties)
                      (a.particle in SUBJECT + GENITIVE or a.bare
                       or (rel is RelationType.MERGER and a.particle in OBJECT))), None)  # A와 B를 합병해
        if rel is RelationType.JOINT_VENTURE and subject is not None and topic is not None \
                and topic is not subject and re.search(r"합작\s?(?:법인|사|회사)\s*['‘\"“]?$",
                                                       text[max(0, subject.start - 10):subject.start]):
            subject = topic  # (X는 …) Y와 함께 세운 합작법인 ‘Z’가: the partners are X and Y, Z is the venture
        if subject and len(subject.mentions) > 1 and subject.particle in ("이", "가") and other is not None \
                and other.start > subject.end and "각각" in text[subject.end:trig.start]:
            pairs.extend(_group_pairs(subject))  # A와 B가 각각 자회사인 C와 D를 합치기 위한 MOU: A and B sign
        elif subject and other and other is not subject:
            pairs.append((subject, other))
        elif group is not None and subject is not None and group.particle in GENITIVE and group.end < subject.start \
                and _THROUGH_GENITIVE.fullmatch(text, group.end, subject.start):
            # A과 B의 자회사인 C는 … MOU를 맺었다: A and C sign; B owns C
            pairs.extend((Arg([m], "", m.start, m.end, -1, True), subject) for m in group.mentions[:-1])
        elif group is not None:
            pairs.extend(_group_pairs(group))  # A와 B가 손잡았다, A와 B의 합병
        elif other and len(other.mentions) > 1:
            pairs.extend(_group_pairs(other))
        elif both is not None:
            pairs.append(both)  # 양사는 … 파트너십을 맺고
    elif rel is RelationType.ACQUISITION and trig.trigger.voice == "sell":
        # X가 Y를 Z에 매각했다 / Y가 Z에 매각됐다: Z (the buyer) acquired Y; X only sold
        target = subject if passive else (_pick(before, OBJECT, nearest_to=trig.start) or (
            _pick(before, GENITIVE, nearest_to=trig.start) if any(t.form == "지분" for t in toks) else None))
        buyer = _pick(before, TO + ("에게",), nearest_to=trig.start)
        if target is None and subject is not None and _OWN_SHARES.search(text, subject.end, trig.start) \
                and not any(subject.end <= a.start < trig.start and a.mentions[0].type is EntityType.ORGANIZATION
                            for a in args if a is not subject and a is not buyer):
            target = subject  # X는 (보유 중인) 자사 지분 20%를 Y에 매각했다: Y bought into X
            own = re.search(r"(\d+(?:\.\d+)?)\s*%", text[subject.end:trig.start])
            if own is not None and float(own[1]) < 50:
                rel = RelationType.INVESTMENT  # (a minority of its own shares)
        if target is not None and buyer is not None and buyer is not target:
            pairs.append((buyer, target))
    elif rel in (RelationType.INVESTMENT, RelationType.ACQUISITION, RelationType.SUPPLY):
        receive = attracts or trig.trigger.voice == "receive"
        has_stake = any(t.form == "지분" for t in toks) or "경영권" in sentence.text \
            or re.search(r"우선주|전환사채|교환사채|신주인수권부사채", sentence.text) is not None  # (Y의 전환사채를)
        # …에 본사를 두며, 양사는 … 출자한다: a place the earlier clause's verb took (에) is not this deal's
        # …지누스를 인수했고, 이마트는 이베이코리아 지분을 사들였다: nor an earlier clause's object
        earlier_objects = [a for a in before if a.start < clause_start and a is not subject and a.particle in OBJECT]
        before = [a for a in before if (a.start >= clause_start or a is subject or a.particle not in TO + OBJECT)
                  and not (a.particle in TO and _headquarters_after(a, sentence, text))]
        if rel is RelationType.SUPPLY:  # 호찌민에 들어서는 68층 빌딩에 공급: the building takes the goods, not the city
            before = [a for a in before if not (a.mentions[-1].type.is_location and a.particle == "에"
                                                and _PLACE_OF_A_SITE.match(text, a.end + 1))]
        # (애드브릿지를 이끄는 최민호 대표는 "피치앤폼 인수로: the object of a relative clause is not the deal's)
        target = (_pick([a for a in before if not any(t.tag == "ETM" and a.end <= t.start < trig.start for t in toks)],
                        OBJECT, nearest_to=trig.start) if rel is RelationType.ACQUISITION else None) \
            or _pick(before, TO + ("에 대한",), nearest_to=trig.start) \
            or (_pick(before, WITH, nearest_to=trig.start) if rel is RelationType.SUPPLY else None) or bare_before \
            or (_pick(before, GENITIVE, nearest_to=trig.start) if has_stake and rel is not RelationType.SUPPLY else None) \
            or next((a for a in reversed(before) if a.bare and a is not subject and _STAKE_NEXT.match(text, a.end)
                     and all(m.type is EntityType.ORGANIZATION for m in a.mentions)), None)  # Y 지분 55%를 인수
        if target is None and rel is RelationType.ACQUISITION and (issuer := next(
                (a for a in before if a.particle in ("이", "가") and a is not subject
                 and re.match(r"\s*(?:새로\s*)?발행(?:하는|한|할)\s*(?:신주|전환사채|주식|보통주|우선주)", text[a.end + 1:])),
                None)) is not None:
            target = issuer  # Y가 발행하는 신주를 인수: shares of Y (an investment unless it takes control)
            if not re.search(r"최대주주|경영권|자회사로", sentence.text):
                rel = RelationType.INVESTMENT
        if target is None and rel is RelationType.INVESTMENT:
            # X는 Y의 유상증자에 참여해, Y가 실시한 제3자배정 유상증자에 참여해 … 투자: the money goes to Y
            target = next((a for a in reversed(before) if a is not subject and _CAPITAL_RAISE.match(text, a.end)
                           and a.mentions[0].type is EntityType.ORGANIZATION), None)
        if target is None and rel is RelationType.ACQUISITION and has_stake and earlier_objects:
            target = earlier_objects[-1]  # LG마그나를 세웠고, 마그나가 지분 49%를 인수했다: that company's shares
        if rel is RelationType.ACQUISITION and not passive and _THE_COMPANY_BOUGHT.match(
                text, toks[trig.token_index].end) is not None and (topic_arg := next(
                (a for a in before if a.particle in ("은", "는") and a.mentions[0].type is EntityType.ORGANIZATION),
                None)) is not None and (buyer := next((a for a in reversed(before) if a.particle in ("이", "가")
                                                       and a.start > topic_arg.end), None)) is not None:
            # Y는 X가 2023년 … 사들인 회사로: X bought Y
            subject, target = buyer, topic_arg
        if target is None and rel is not RelationType.SUPPLY and not passive and not receive \
                and (any(t.tag == "ETM" for t in after_trigger[:2]) or _WEIGHED_IN_CLAUSE.match(text, trig.end)):
            target = _described(trig, after, sentence, text)  # X가 지난달 인수한 콜드체인 업체 Y는
        if target is None and rel is RelationType.INVESTMENT and new_company is not None \
                and trig.trigger.form == "출자" and subject is not None and new_company not in subject.mentions \
                and sentence.index - new_company.sentence <= 2:
            # 합작법인 ‘X’를 세우고, 양사가 각각 15억 엔씩 출자했다: the money goes into the new company
            target = Arg([new_company], "에", new_company.start, new_company.end, -1, False)
            if "각각" in sentence.text or "씩" in sentence.text:  # A가 N, B가 M을 각각 출자해
                pairs.extend((a, target) for a in before if a is not subject and a.particle in ("이", "가")
                             and a.mentions[0].type is EntityType.ORGANIZATION)
        if target is None and rel is RelationType.INVESTMENT:
            # 방콕 동부 산업단지에 5억 달러를 투자해: the city of the zone the money goes to
            target = next((a for a in reversed(before) if a.bare and a is not subject and a.start > clause_start
                           and a.mentions[-1].type in (EntityType.CITY, EntityType.COUNTRY)
                           and (z := _ZONE_AFTER.match(text, a.end) or _SITE_AFTER.match(text, a.end)) is not None
                           and z.end() <= trig.start), None)
            # (울산 본사에, 더럼 공장에, 동해시 해저케이블 공장 증설에, 댈러스 인근에: the city of the site)
        if target is None and rel is RelationType.INVESTMENT and _HERE.search(text, clause_start, trig.start):
            # P에 본사를 두고, 이곳에 3500만 달러를 투입해: the place named before
            target = _place_told_before(args, trig.start, lambda a: a is not subject)
        if target is None and rel is RelationType.INVESTMENT:
            # 동남아시아에서 … 투자를 내놨다: where the money is spent, unless a clause names a venue (…에서 열린)
            target = next((a for a in reversed(before) if a.particle.startswith("에서") and a is not subject
                           and a.mentions[0].type.is_location and not any(
                               t.tag in ("ETM", "EC") and a.end <= t.start < trig.start for t in toks)), None)
        if target is None and rel is RelationType.INVESTMENT:
            # 2조 원을 투입해 울산에 공장을 짓는다: the place the money goes to comes after
            target = next((a for a in after if a.start < clause_end and a.start - trig.end <= 20
                           and (a.particle in TO and a.mentions[0].type.is_location
                                or a.bare and a.mentions[-1].type in (EntityType.CITY, EntityType.COUNTRY)
                                and (z := _NEAR_AFTER.match(text, a.end)) is not None and z.end() <= clause_end)),
                          None)  # (1억 달러를 들여 두바이 항만 인근에 물류센터를 짓고: the city near which)
        if target is None and rel is RelationType.INVESTMENT and subject is not None \
                and _BUILDS_AFTER.search(text, trig.end, sentence.end) is not None:
            # P에 본사를 두고 12억 달러를 투자해 공장을 짓는다, naming no other place: the plant goes up at the seat
            seated_after = subject.end
            target = _place_told_before(args, trig.start, lambda a: seated_after <= a.start
                                        and _SEATED_HERE.match(text, a.end) is not None)
        if rel is RelationType.SUPPLY and not _is_party(target, rel):
            target = _pick(before, WITH, nearest_to=trig.start) or _pick(
                [a for a in before if a.to_follows], GENITIVE, nearest_to=trig.start)
        if "주주" in trig.trigger.form:  # X의 최대주주에 오르다: the company is in the genitive, not the object
            target = _pick(before, GENITIVE, nearest_to=trig.start) or bare_before
        supplied = rel is RelationType.SUPPLY and trig.trigger.voice == "active" and any(
            t.form == "받" and t.tag.startswith(("VV", "XSV")) for t in after_trigger[:1])
        if supplied and subject:
            # X는 Y로부터 철광석을 공급받는다: Y supplies X
            supplier = _pick(before, ("로부터", "으로부터", "에게서"), nearest_to=trig.start) or _pick(
                [a for a in before if a.mentions[0].type is EntityType.ORGANIZATION and a.start > subject.end],
                ("에서",), nearest_to=trig.start) or (  # Y에서 공급받는다: from a company, not in a place
                _pick([a for a in before if a.start > subject.end and a.mentions[0].type is EntityType.ORGANIZATION],
                      WITH, nearest_to=trig.start)  # X는 Y와 원당을 공급받는 장기계약을 맺었다
                if _CONTRACT_AFTER.match(text, trig.end) else None)
            if supplier is not None and supplier is not subject:
                pairs.append((supplier, subject))
        elif rel is RelationType.SUPPLY and trig.trigger.voice == "buy":
            # X는 Y와 니켈을 구매하는 계약을 맺었다 / Y로부터 구매: Y supplies X
            supplier = _pick(before, ("로부터", "으로부터", "에게서") + WITH, nearest_to=trig.start)
            if trig.trigger.form in ("들여오다", "수입") and (
                    _KNOW_HOW.search(text, sentence.start, trig.end) or _IMPORT_RULES.match(text, trig.end)):
                supplier = None  # 기술을 들여오는 라이선스 계약, 수입 허가: know-how or a permit, no goods supplied
            elif supplier is None and subject is not None:
                # X는 Y에서 펄프를 들여온다, X는 Y의 생연어를 수입해: from a company, or the goods' maker
                supplier = _pick([a for a in before if a.start > subject.end and len(a.mentions) == 1
                                  and a.mentions[0].type is EntityType.ORGANIZATION
                                  and (a.particle == "에서" or (a.particle in GENITIVE and _GOODS_OBJECT.match(
                                      text, _particle_at(a, text) + len(a.particle))))],
                                 ("에서",) + GENITIVE, nearest_to=trig.start)
            if subject and supplier and supplier is not subject:
                pairs.append((supplier, subject))
        elif rel is RelationType.SUPPLY and trig.trigger.voice == "receive":
            customer = _pick([a for a in before if not (a.particle.startswith("에서") and a.mentions[0].type.is_location)],
                             FROM, nearest_to=trig.start) or next(  # (미국에서는 … 계약을 따냈다: in, not from)
                (a for a in before if a is not subject and _ORDERED_BY.match(text, a.end)
                 and not _CLAUSE_BREAK.search(text, a.end, trig.start)), None) \
                or _pick([a for a in before if subject is None or a.start > subject.end or a.particle not in GENITIVE],
                         GENITIVE + WITH, nearest_to=trig.start)  # X가 발주한 …를 수주: X's order
            # (P의 판매법인인 X가 …를 따냈다: P's unit, not its customer)
            if subject and customer:
                pairs.append((subject, customer))
                # A와 2억 달러, B와 1억 달러 규모의 계약을 따냈다: each one named with its amount is a customer
                pairs.extend((subject, a) for a in before if a.end <= customer.start and a is not subject
                             and a.particle in WITH and a.mentions[0].type is EntityType.ORGANIZATION
                             and _EACH_WITH_ITS_AMOUNT.fullmatch(text, _particle_at(a, text) + len(a.particle),
                                                                 customer.start))
        elif passive and subject and rel is RelationType.SUPPLY:
            # (X의 밸브는) Y에 납품된다: delivered to Y, the customer; X에 의해 공급된다: X supplies
            customer = _pick(before, TO, nearest_to=trig.start)
            maker = next((a for a in before if a.end <= subject.start and a.mentions[-1].type is EntityType.ORGANIZATION
                          and re.fullmatch(r"의\s*['‘\"“]?", text[a.end:subject.start])), None)
            if subject.mentions[0].type is EntityType.PRODUCT and (maker is not None or (
                    topic is not None and topic.mentions[0].type is EntityType.ORGANIZATION)):
                subject = maker or topic or subject  # (X의) 불닭볶음면은 Y에 납품되고 있다: its maker supplies Y
            supplier = _pick(before, ("에 의해",), nearest_to=trig.start)
            if customer and subject and customer is not subject:
                pairs.append((subject, customer))
            elif supplier and subject and supplier is not subject:
                pairs.append((supplier, subject))
        elif passive and subject:
            agent = _pick(before, TO + ("에 의해",), nearest_to=trig.start)
            if agent and agent is not subject:
                pairs.append((agent, subject))
        elif receive and subject:
            investor = _pick(before, ("로부터", "으로부터"), nearest_to=trig.start) or _pick(
                before, FROM, nearest_to=trig.start) or next(  # 네이버로부터 before CJ ENM에서 (분할해)
                (a for a in before if a.relative and a is not subject and a.start > subject.end
                 and re.match(r"(?:\([^()]{1,40}\))?(?:이|가)\s(?:공동\s?)?(?:주도|리드)한\s", text[a.end:a.end + 48])),
                None)  # X가 Y가 주도한 시리즈C 투자를 유치했다: Y invested in X
            if investor:
                pairs.append((investor, subject))
        elif subject and target and target is not subject:
            if trig.trigger.form == "건조" and _shipyard(target) and not _shipyard(subject):
                subject, target = target, subject  # 선사 X는 Y중공업과 운반선 건조 계약: the yard builds for X
            elif rel is RelationType.SUPPLY and target.particle in WITH and _retailer(subject, text) \
                    and not _retailer(target, text):
                subject, target = target, subject  # 이커머스 플랫폼 X는 식품업체 Y와 공급계약: Y supplies X's shelves
            pairs.append((subject, target))
            used = target
            # A는 B, C와 함께 Y에 투자: B and C invest too
            pairs.extend((a, target) for a in before if a is not subject and a is not target
                         and a.start > subject.end and a.particle in ("와", "과")
                         and _with_together(a, text) and a.mentions[0].type is EntityType.ORGANIZATION)
            if rel is RelationType.INVESTMENT:
                # X는 Y와 50%씩 출자한 합작법인 Z: Y puts money in too
                pairs.extend((a, target) for a in before if a is not subject and a is not target
                             and a.start > subject.end and a.particle in ("와", "과")
                             and a.mentions[0].type is EntityType.ORGANIZATION
                             and re.fullmatch(r"\s*(?:각각\s*)?\d+(?:\.\d+)?\s*%\s*씩\s*",
                                              text[a.end + len(a.particle):trig.start]))
            if rel is RelationType.INVESTMENT and subject.particle in ("이", "가"):
                # Y에는 A가 120억 원, B가 80억 원을 출자해: each with its amount
                pairs.extend((a, target) for a in before if a is not subject and a is not target
                             and a.particle in ("이", "가") and a.mentions[0].type is EntityType.ORGANIZATION
                             and a.start >= clause_start
                             and money(text[a.end:a.end + 20]) is not None)
            k = args.index(target) if target in args else -1
            if rel is RelationType.INVESTMENT and k > 0 and target.mentions[0].type.is_location \
                    and args[k - 1].bare and args[k - 1].word_index == target.word_index - 1 \
                    and args[k - 1].mentions[-1].type is EntityType.COUNTRY:
                pairs.append((subject, args[k - 1]))  # 미국 조지아주에 투자: in the United States too
            elif rel is RelationType.INVESTMENT and k > 0 and target.mentions[0].type is EntityType.PLACE \
                    and args[k - 1].bare and args[k - 1].word_index == target.word_index - 1 \
                    and args[k - 1].mentions[-1].type is EntityType.CITY:
                pairs[-1] = (subject, args[k - 1])  # 인천 송도에 투자: the city, not the district
            if "각각" in sentence.text:  # A는 …를, B는 …를 각각 C에 공급한다
                pairs.extend((a, target) for a in before if a is not subject and a is not target
                             and a.particle in ("은", "는") and a.end <= target.start)
            if rel is RelationType.INVESTMENT or (rel is RelationType.SUPPLY and target.particle in TO):
                # A에 N원을, B에 M원을 투자 / A에 N원, B에 M원 규모의 패널을 공급: every investee or customer
                # of the clause chain
                pairs.extend((subject, a) for a in before if a is not target and a.start > subject.end
                             and _first_particle(a, ("에",)) and not _first_particle(a, ("에서",))
                             and (rel is RelationType.INVESTMENT or a.mentions[0].type is EntityType.ORGANIZATION))
    elif rel is RelationType.SUBSIDIARY_OF and trig.trigger.form in ("계열", "산하") and trig.token_index > 0 \
            and toks[trig.token_index - 1].tag in ("NNG", "NNP") \
            and not any(a.end == toks[trig.token_index - 1].end for a in args):
        pass  # 정부 계열 투자회사 X, 그룹 산하 X: the parent is a word, not a company named here
    elif rel is RelationType.SUBSIDIARY_OF:
        # A는 …했고, B는 자회사 C를 출범시켰다: B's
        subject = next((a for a in reversed(before) if a.particle in ("은", "는") and a.start >= clause_start), None) \
            or next((a for a in before if a.particle in ("은", "는")), subject)  # Y는 X가 세운 자회사다
        parent = _pick([a for a in before if a.mentions[0].type is EntityType.ORGANIZATION], GENITIVE,
                       nearest_to=trig.start)
        if parent is not None and len(parent.mentions) > 1 and _LISTED_OWN.fullmatch(text[parent.end:trig.start]):
            parent = None  # X는 A와 B, C 등 계열사 3곳의 대표를: the affiliates listed (their 의 is the count's)
        if parent is not None and parent.particle in GENITIVE \
                and any(not any(m.start <= case.start() and case.end() - 1 <= m.end for a in args for m in a.mentions)
                        for case in _CASE_BETWEEN.finditer(text, parent.end + len(parent.particle), trig.start)) \
                and not any(t.tag == "ETM" and parent.end <= t.start < trig.start for t in toks):
            parent = None  # X의 데이터 역량을 계열사인 A와: X's is the 역량, the phrase ends at 을 (but X의 사업을
            # 이끄는 계열사: a clause about X's business describes the affiliate)
        if parent is not None and len(parent.mentions) > 1 and trig.trigger.form in ("자회사", "손자회사") \
                and parent.particle in GENITIVE and not re.search(r"공동|합작", text[parent.end:trig.start]):
            # A(…)과 B의 자회사인 C: one company's subsidiary, B's (two owners make a joint venture)
            last = parent.mentions[-1]
            parent = Arg([last], parent.particle, last.start, parent.end, parent.word_index, False)
        if bare_before and bare_before.mentions[-1].type is EntityType.ORGANIZATION \
                and (parent is None or parent.end < bare_before.start and not bare_before.mentions[-1].guess):
            # A의 자회사인 B와 X 산하 Y: X is nearer (not X의 더마 화장품 계열사 Y: 더마, a guess, says what kind)
            parent = Arg(bare_before.mentions[-1:], "", bare_before.start, bare_before.end, bare_before.word_index,
                         True)
        # 진에어와 아시아나항공 계열의: only the name next to 계열; 미국 자회사 Y: a country is no parent
        nxt = toks[trig.token_index + 1:trig.token_index + 3]
        if nxt and nxt[0].tag == "NNG" and org_cue(nxt[0].form) and len(nxt) > 1 and nxt[1].start == nxt[0].end:
            nxt = toks[trig.token_index + 2:trig.token_index + 4]  # B 산하 조선사다, B 계열 보험사로: the kind said
        predicate = bool(nxt) and (nxt[0].tag in ("VCP", "EF", "SF") or (
            nxt[0].tag == "JKC" and _BECAME.match(text, nxt[0].end) is not None) or (  # 자회사가 됐다
            nxt[0].form in ("로", "으로") and nxt[0].tag.startswith("J") and len(nxt) > 1))  # 자회사로 (…) 출범했다
        appositive = predicate and nxt[0].form in ("로", "으로") and nxt[1].tag == "SP"  # Y는 X의 자회사로, …
        child_after = after[0] if after and after[0].start - trig.end <= 20 and after[0].start < clause_end \
            and after[0].mentions[0].type is EntityType.ORGANIZATION else None  # (…편입됐으며, P 대표가: no)
        if child_after is not None and (noun_subject := _TRIGGER_NOUN_IS_SUBJECT.match(text, trig.end)) \
                and not text.startswith("된 ", noun_subject.end()):  # (X의 자회사가 된 Y는: Y became X's)
            child_after = None  # A, B 등 X 계열사 3곳은 … Y 지분을: the affiliates are the subject, Y is no affiliate
        if child_after is not None and child_after.bare and len(child_after.mentions) == 1 \
                and child_after.mentions[0].guess:
            ws_ = words(sentence, text)
            nxt_w = ws_[child_after.word_index + 1] if child_after.word_index + 1 < len(ws_) else None
            if nxt_w is not None and nxt_w.stem_tokens and not title_of(text[nxt_w.stem_start:nxt_w.stem_end]) \
                    and nxt_w.stem_tokens[0].tag == "NNG":
                child_after = None  # 산하에서 원작 IP 공급원 역할을: IP describes a noun, it is no subsidiary
        incorporated = any(t.form in ("편입", "두", "삼") or t.lemma in ("두다", "삼다") for t in after_trigger)
        inner = [a for a in before if a is not subject and a.particle in ("이", "가") and
                 subject is not None and a.start > subject.end]
        into = _pick([a for a in before if a.mentions[0].type is EntityType.ORGANIZATION], TO, nearest_to=trig.start)
        both_of = _BOTH_COMPANIES.match(text, sentence.start) if pair is not None else None
        holder = next((a for a in before if a.particle in ("이", "가") and both_of is not None
                       and a.start >= both_of.end() and a.mentions[0].type is EntityType.ORGANIZATION
                       and re.match(r"\s*(?:최대\s?주주|지배\s?주주|대주주|모회사)인\s", text[a.end + len(a.particle):])),
                      None)
        if both_of is not None and pair is not None and holder is None and parent is not None \
                and parent.particle in GENITIVE and predicate and parent.start >= both_of.end() \
                and not any(a.particle in SUBJECT for a in before if a is not parent):
            # (A가 B를 합병한다.) 두 회사는 모두 지주회사 H의 자회사다: both are H's
            pairs += [(Arg([m], "", m.start, m.end, -1, True), parent) for m in pair
                      if m.name != parent.mentions[-1].name]
        elif holder is not None and pair is not None:
            # (A와 B가 합병한다.) 두 회사는 모두 H가 최대주주인 자회사다: both are H's
            pairs += [(Arg([m], "", m.start, m.end, -1, True), holder) for m in pair if m.name != holder.mentions[0].name]
        elif incorporated and subject and (obj := _pick(before, OBJECT, nearest_to=trig.start)):
            pairs.append((obj, subject))  # X가 Y를 자회사로 편입했다
        elif incorporated and subject and (held := next(
                (a for a in reversed(before) if a is not subject and a.start > subject.end
                 and a.mentions[0].type is EntityType.ORGANIZATION
                 and re.match(r"(?:의)?\s*(?:잔여\s*|보유\s*)?지분", text[a.end:a.end + 8])), None)) is not None:
            pairs.append((held, subject))  # X는 Y (의) 지분 60%를 인수해 자회사로 편입했다: Y is X's
        elif incorporated and subject and into is not None and into is not subject and any(
                t.form == "되" for t in toks[trig.token_index + 1:trig.token_index + 6]):
            pairs.append((subject, into))  # Y는 X에 인수돼 계열사로 편입됐다
        elif incorporated and subject and trig.trigger.form in ("산하", "계열") and bare_before is not None \
                and bare_before is not subject and bare_before.start > subject.end \
                and bare_before.mentions[-1].type is EntityType.ORGANIZATION:
            pairs.append((subject, Arg(bare_before.mentions[-1:], "", bare_before.start, bare_before.end,
                                       bare_before.word_index, True)))  # Y는 X 산하에 편입됐다: X's
        elif parent and (listed := next((a for a in before if a.end <= parent.start and
                                         _LISTED.fullmatch(text[a.end:parent.start])), None)) is not None:
            pairs.append((listed, parent))  # A, B 등 X 계열사 (3곳)
        elif parent is None and subject is not None and (listed := next(
                (a for a in before if a is not subject and len(a.mentions) > 1 and a.start > subject.end
                 and _LISTED_OWN.fullmatch(text[a.end:trig.start])), None)) is not None:
            top = next((a for a in before if a.end <= listed.start and a.mentions[0].type is EntityType.ORGANIZATION
                        and re.match(r"(?:을|를)\s*정점으로\s", text[a.end:a.end + 8])), None)
            pairs.append((listed, top or subject))  # X는 A, B, C 등 주요 계열사 …: X's own affiliates
            # (X는 H를 정점으로 A, B 등 4개 자회사를 거느린: H's)
        elif parent and child_after and not (appositive and subject and subject is not parent):
            if len(child_after.mentions) > 1 and re.match(r"\S*인\s", text[trig.end:child_after.start]) \
                    and re.match(r"\s*등\s", text[child_after.end:child_after.end + 4]):
                # X 계열사인 A와 B 등 식품 대기업들: the description is A's (X 자회사인 A와 B는: both)
                child_after = Arg(child_after.mentions[:1], "", child_after.start, child_after.mentions[0].end, -1, True)
            pairs.append((child_after, parent))  # X의 자회사인 Y, X 계열 Y
        elif parent and subject and subject is not parent and predicate:
            pairs.append((subject, parent))  # Y는 X의 자회사다 / 자회사로 남는다
            # Y는 A, B와 함께 X의 주요 계열사로 꼽힌다: A and B are X's too
            pairs.extend((a, parent) for a in before if subject.end <= a.start and a.end <= parent.start
                         and a.particle in ("와", "과") and a.mentions[0].type is EntityType.ORGANIZATION
                         and _with_together(a, text))
        elif inner and subject and predicate:
            pairs.append((subject, inner[-1]))  # Y는 X가 설립한 자회사다
        elif subject and predicate and (buyer := next(
                (a for a in before if a.particle in ("이", "가") and a.end <= subject.start
                 and a.mentions[0].type is EntityType.ORGANIZATION
                 and re.search(r"(?:인수|사들|합병)[한인]", text[a.end:subject.start])), None)) is not None:
            pairs.append((subject, buyer))  # X가 인수한 Y는 자회사로 남아
        elif subject and child_after and subject is not child_after and len(subject.mentions) > 1 \
                and "각각" in text[subject.end:trig.start]:
            # A와 B가 각각 자회사인 C와 D를: A's is C, B's is D
            pairs.extend((Arg([c], "", c.start, c.end, -1, True), Arg([p], "", p.start, p.end, -1, True))
                         for c, p in zip(child_after.mentions, subject.mentions, strict=False))
        elif subject and child_after and subject is not child_after \
                and not _SAME_GROUP.search(text, max(0, trig.start - 12), trig.end):
            pairs.append((child_after, subject))  # X는 자회사인 Y의 … (not X가 같은 그룹 계열사인 Y를: a sister)
        elif topic is not None and child_after and not parent and child_after is not topic:
            pairs.append((child_after, topic))  # (X는 …) 자회사 Y도 …
    elif rel is RelationType.LOCATED_IN and not any(t.tag == "ETM" for t in toks[trig.token_index + 1:trig.token_index + 4]) \
            and len(parallel := _each_its_place(before, clause_start)) > 1:  # (not …에 본사를 둔 기업과)
        pairs.extend(parallel)  # A는 서울에, B는 경기 수원시에 본사를 두고 있다: each its own
    elif rel is RelationType.LOCATED_IN:
        # X에 본사를 둔 Y / Y는 X에 본사를 두고 / Y는 … X 본사에서 / X에 자리한 Y
        place = _pick(before, TO, nearest_to=trig.start) or bare_before
        if place is bare_before and place is not None and place.mentions[-1].type is EntityType.ORGANIZATION \
                and text.startswith(("은", "는", "도"), trig.end):
            place = None  # 합작법인 본사는 담맘에 두며: whose head office, not where
        owner = next((a for a in reversed(before) if place is not None and a.end <= place.start and
                      a.particle in GENITIVE and a.mentions[0].type is EntityType.ORGANIZATION
                      and not any(b.particle in ("은", "는") and a.end <= b.start < place.start for b in before)
                      and "," not in text[a.end:place.start]),
                     None)  # (X의 모회사인 Y는 P에 본사를 두고: Y's, the topic's; X는 Y의 계열사로, P에: X's)
        topic_arg = next((a for a in before if a.particle in ("은", "는")),
                         subject if subject is None or not subject.relative else None)
        # (신설 법인은 X가 지분 100%를 보유한 자회사로, P에 본사를 둔다: not X's seat)
        org = owner or (topic_arg if topic_arg is not None and place is not None and topic_arg.end <= place.start
                        else None)
        # X에 본사를 둔 (자회사) Y, X에 본사와 공장을 둔 Y: Y is there
        etm = next((t for t in toks[trig.token_index + 1:trig.token_index + 7] if t.tag in ("ETM", "EC", "EF", "SF")),
                   None)
        described = etm is not None and etm.tag == "ETM"
        described_end = etm.end if described and etm is not None else trig.end  # (공장을 of 본사와 공장을 둔 is in it)
        # 싱가포르에 본사를 둔 동남아시아 차량호출 기업 Y: a region in the description is not Y
        # (경기 평택에 본사와 수직농장을 둔 Y: what else the company has there is no company)
        nxt_org = next((x for x in after if x.start >= described_end and not (x.bare and x.mentions[0].type.is_location)),
                       None) if described else (after[0] if after else None)
        if described and nxt_org is not None and not all(
                not w.particle and not (_ends_with_comma(w) and w.tokens[-1].form != "·")
                for w in words(sentence, text) if described_end < w.start and w.end <= nxt_org.start):
            described = False  # …에 본사를 둔 세계 1위 기업으로, 엔비디아의: the clause described TSMC, not 엔비디아
        if described and nxt_org is not None and nxt_org.particle in GENITIVE and (unit_after := next(
                (x for x in after if x.start > nxt_org.end and x.start - nxt_org.end <= 30
                 and x.mentions[0].type is EntityType.ORGANIZATION
                 and re.search(r"(?:자회사|법인|계열사|지사)\s*['‘\"“]?$", text[nxt_org.end:x.start])), None)) is not None:
            nxt_org = unit_after  # 싱가포르에 본사를 둔 X의 아시아 지역 자회사 Y: the unit the clause describes is there
        if described and org is not None and org is topic_arg and (kind := _KIND_PREDICATED.match(text, described_end)) \
                and org_cue(kind[1]) and (nxt_org is None or (nxt_org.start < kind.end() and nxt_org.particle not in GENITIVE)):
            nxt_org = None  # X는 오사카에 본사를 둔 중저가 호텔 체인으로: what X is, naming no other company
            # (X는 창원에 본사를 둔 기계부품 기업 Y의 자회사다: Y, whose the clause is, as before)
        if (org is None or described) and nxt_org is not None \
                and nxt_org.start - trig.end <= (25 if described else 12) \
                and nxt_org.mentions[0].type is EntityType.ORGANIZATION:
            org = nxt_org
        if org is not None and len(org.mentions) > 1:
            kept = org.mentions[:1]
            for m in org.mentions[1:]:
                gap = re.sub(r"\([^()]*\)", "", text[kept[-1].end:m.start])
                if re.search(r"[가-힣]{2,}", re.sub(r"^\s*(?:와|과|및)\s", " ", gap)):
                    break  # 거제에 본사를 둔 조선사 A와 코펜하겐 소재 투자사 B: B is described apart
                if text.startswith("의", m.end):
                    break  # …에 본사를 둔 A과 B의 자회사인 C: B owns what comes next, the clause is A's
                kept.append(m)
            if len(kept) < len(org.mentions):
                org = Arg(kept, "", org.start, kept[-1].end, org.word_index, False)
        if place is None and org is None and text.startswith(("은", "는", "도"), trig.end) and (place := next(
                (a for a in after if a.particle == "에" and a.start < clause_end and a.mentions[-1].type.is_location
                 and re.match(r"\s*(?:(?:그대로|계속|여전히|현재)\s)?(?:두|뒀|둔|둬|있다|있으며|있고)", text[a.end + 1:])),
                None)) is not None:  # (본사는 충북 단양에 그대로 둔다)
            # (합작법인은 …) 본사는 자카르타에 뒀다, 본점은 광주에 두고, 본사도 부산에 두고 있다, 현재 본사는
            # 제네바에 있다: the place is the company named with the office, or the one the sentence or the
            # article is about
            org = next((a for a in before if a.mentions[-1].type is EntityType.ORGANIZATION
                        and re.fullmatch(r"(?:의)?\s", text[a.end:trig.start])), None) \
                or next((a for a in before if a.particle in ("은", "는") and a.end <= clause_start), None) \
                or next((a for a in before if a.particle in ("은", "는")
                         and a.mentions[0].type is EntityType.ORGANIZATION), None)
            if org is None and new_company is not None and sentence.index - new_company.sentence <= 2 \
                    and re.search(r"합작\s?(?:법인|회사)", sentence.text):
                org = Arg([new_company], "은", new_company.start, new_company.end, -1, False)  # 합작법인 지분은 …, 본사는 P에
            if org is None and topic is not None and pair is not None and pair[1].name != topic.mentions[0].name \
                    and sentence.index - pair[1].sentence == 1:
                topic = None  # (X는 Y를 인수했다.) 본사는 뮌헨에 있다: whose, the sentence does not say
            org = org or topic
        if place is not None and place is bare_before and place.mentions[-1].type is EntityType.ORGANIZATION:
            org = place  # 양사는 시애틀 Y 본사에서 서명했다: the head office (in Seattle) is Y's, not the topic's
        if (seat := _SEAT_IN.match(text, trig.end)) is not None and (there := next(
                (a for a in after if a.start == seat.end() and a.mentions[-1].type.is_location), None)) is not None \
                and (whose := next((a for a in reversed(before) if a.mentions[-1].type is EntityType.ORGANIZATION
                                    and re.fullmatch(r"(?:의)?\s", text[a.end:trig.start])), None)) is not None:
            place, org = there, whose  # 협약식은 X 본사가 있는 퍼스에서 열렸다: X is in Perth
        if place and org:
            pairs.append((org, place))
            k = args.index(place) if place in args else -1
            while k > 0 and args[k - 1].bare and args[k - 1].mentions[-1].type.is_location and (
                    args[k - 1].word_index == args[k].first_word - 1
                    or (args[k - 1].mentions[-1].type is EntityType.COUNTRY  # 인도 서부 바루치에: a part of it
                        and _PART_OF_COUNTRY.fullmatch(text, args[k - 1].end, args[k].start) is not None)):
                # between, 베트남 북부 항구도시 하이퐁에: and what kind of city
                k -= 1
                pairs.append((org, args[k]))  # 미국 캘리포니아주 새너제이에: the country too
    if rel is RelationType.SUBSIDIARY_OF and trig.trigger.voice == "receive":
        pairs = [(parent_, child) for child, parent_ in pairs]  # X의 모회사인 Y: X is the subsidiary
    becoming = rel is RelationType.SUBSIDIARY_OF and any(
        t.form in ("되", "편입") for t in toks[trig.token_index + 1:trig.token_index + 4])
    if rel in (RelationType.SUBSIDIARY_OF, RelationType.LOCATED_IN):
        # 계열사인 대한항공은 … 계획이다: the plan is the sentence's, the affiliation is a description
        window = toks[trig.token_index + 1:trig.token_index + 4]
        if becoming:  # 자회사가 될 예정이다, 자회사로 편입됐으며 …: the clause of becoming one, to its ending
            stop = next((k for k in range(trig.token_index + 1, len(toks)) if toks[k].tag in ("EC", "EF")
                         and not (toks[k].form == "지" and k + 1 < len(toks)  # 편입하지 않기로: its negation too
                                  and toks[k + 1].lemma in ("않다", "못하다"))), len(toks) - 1)
            window = toks[trig.token_index + 1:stop + 1]
        upto = (window[-1].end if window else trig.end) - sentence.start
        status = sentence_status(Sentence(sentence.index, sentence.start, sentence.end, sentence.text[:upto],
                                          window), trig.end)[0]
    else:
        status, _ = sentence_status(sentence, trig.end)
    if rel in (RelationType.MERGER, RelationType.ACQUISITION, RelationType.JOINT_VENTURE) \
            and _PLAN_PAPER.match(text, trig.end):
        status = Status.HEDGED  # 합병 MOU, 인수 양해각서: the memorandum is signed, the deal is a plan
    lo, hi = max(0, clause_start - sentence.start), clause_end - sentence.start
    clause_text = sentence.text[lo:max(hi, trig.end - sentence.start)]  # 지분 15% of another clause is not this deal's
    if rel is RelationType.ACQUISITION and (((stake := _STAKE.search(clause_text)) and float(stake[1]) < 50
                                             and "최대주주" not in clause_text)  # 30%로 최대주주에: control
                                            or _MINORITY.search(clause_text)):
        rel = RelationType.INVESTMENT  # a minority stake (지분 30%, 소수 지분) is an investment, not control
    if rel is RelationType.ACQUISITION and _SECURITIES.search(text, max(clause_start, trig.start - 16), trig.start) \
            and not re.search(r"최대주주|경영권|자회사로", sentence.text) \
            and not ((stake := _STAKE.search(sentence.text)) and float(stake[1]) >= 50):
        rel = RelationType.INVESTMENT  # X가 Y 우선주를 인수하는 방식: securities bought, not the company
    if rel is RelationType.SUBSIDIARY_OF:
        # X가 (지난해) 매각한 (…) 자회사 Y: a unit X sold is no longer X's
        pairs = [(c, p) for c, p in pairs if not _SOLD_BEFORE.match(text, p.end, trig.start)]
    if rel is RelationType.SUPPLY and (service := _SERVICES.get(trig.trigger.form)) is not None:
        # X는 Y와 EPC 계약을 맺었다: X builds for Y, unless Y is the one described as doing the work (발사체 기업 Y와
        # 발사 서비스 계약, MRO 전문기업 Y와 정비 계약) or X as the one it is done for (위성 기업 X도 Y와 발사 계약)
        provider, client = service
        pairs = [(o, s) if _described_as(o, provider, sentence, text) or _described_as(s, client, sentence, text)
                 else (s, o) for s, o in pairs]
    out = []
    amount = money(sentence.text) if rel.is_deal and not rel.symmetric else None
    for s_arg, o_arg in pairs:
        for s in s_arg.mentions:
            if s.type is EntityType.PERSON and EntityType.PERSON not in ARG_TYPES[rel][0]:
                s = _company_of_head(s, args, text) or s  # 동진해운 한성철 회장은 … Y와의 협력을 이어간다고: the company's
            for o in o_arg.mentions:
                if s is o or s.name == o.name or not _types_ok(rel, s, o):
                    continue
                if rel is RelationType.JOINT_VENTURE and any(
                        _THE_VENTURE.search(text, max(0, m.start - 14), m.start) for m in (s, o)):
                    continue  # 양사가 출자한 합작법인 ‘Z’: Z is the venture, not one of its owners
                out.append(Relation(rel, s, o, sentence, status, trig.trigger.form, amount=amount,
                                    date=date_of(sentence.text, published), duration=duration_of(sentence.text)))
    return out, used


#: know-how, not goods: 기술을 들여오다, a licence or a transfer of technology told before in the sentence
_KNOW_HOW = re.compile(r"기술(?:을|를)\s|라이선스|기술\s?이전|노하우")
#: 수입 허가, 수입 규제: a rule on imports, not an import
_IMPORT_RULES = re.compile(r"\s?(?:허가|승인|인가|규제|관세|금지|제한|쿼터)")
#: after a company's genitive, the goods bought of it, then the verb: Y의 생연어를 (수입해)
_GOODS_OBJECT = re.compile(r"\s[가-힣]{1,8}(?:을|를)\s")
#: after 출자: to found the company (출자해 설립했다, 출자해 세운)
_TO_FOUND = re.compile(r"(?:해|하여|하고)\s*(?:\S+\s)?(?:설립|세우|세운|세웠|만든|만들)")
#: contracts for a service (the trigger's form): the words that describe the company doing the work, and the
#: one it is done for
_BUILDS = (("건설", "시공", "엔지니어링", "EPC"), ())
_MAINTAINS = (("정비", "MRO"), ())
_SHIPS = (("운송", "물류", "해운", "선사"), ())
_LAUNCHES = (("발사",), ("위성",))
_SERVICES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "EPC": _BUILDS, "건설+계약": _BUILDS, "정비+계약": _MAINTAINS, "MRO": _MAINTAINS, "운송+계약": _SHIPS,
    "해상운송": _SHIPS, "위탁운영": (("호텔",), ()), "발사+계약": _LAUNCHES, "발사+서비스": _LAUNCHES,
}


def _described_as(a: Arg, words: tuple[str, ...], sentence: Sentence, text: str) -> bool:
    """Whether the words right before `a` (미국 발사체 기업 Y, 항공정비(MRO) 전문기업 Y) say it is one of `words`."""
    if not words:
        return False
    window = re.sub(r"\([^()]*\)", "", text[max(sentence.start, a.start - 24):a.start])
    described = []
    for word in reversed(window.split()[-3:] if window.endswith(" ") else []):
        if re.search(r"(?:은|는|이|가|을|를|의|에|와|과|도|,)$", word):
            break  # (대전의 초소형위성 기업 X: what it is, not where)
        described.append(word)
    return any(w in d for d in described for w in words)


_CLAUSE_ENDS = frozenset({"며", "으며", "고", "면서", "으면서", "지만", "는데", "은데", "ㄴ데"})
#: the words right before the name of a joint venture: 합작법인 ‘Z’, 합작사인 Z
_THE_VENTURE = re.compile(r"합작\s?(?:법인|사|회사)(?:인)?\s*['‘\"“]?$")
#: a title right after a name (or a company), with the particle that makes the name a subject
_HEAD_TITLE_AFTER = re.compile(r"\s([가-힣A-Z]{1,6}?)(?:\([A-Z]{2,4}\))?(?:은|는|이|가|도)\s")


def _company_of_head(person: Mention, args: list[Arg], text: str) -> Mention | None:
    """The company a person speaks for in a deal only companies make: the one the sentence names as the one
    they head, right before (동진해운 한성철 회장은) or right after (한성철 동진해운 회장은) their name."""
    titles = lexicon.titles()

    def heads(end: int) -> bool:
        post = _HEAD_TITLE_AFTER.match(text, end)
        t = title_of(post[1]) if post is not None else None
        return t is not None and titles[t][1] == "head"

    for m in (m for a in args for m in a.mentions if m.type is EntityType.ORGANIZATION):
        if (text[m.end:person.start] == " " and heads(person.end)) or (text[person.end:m.start] == " " and heads(m.end)):
            return m
    return None


def _closes_clause(toks: tuple[Token, ...], k: int) -> bool:
    """Whether toks[k] is a verb ending that closes a clause (…하며, …이고, …했지만), or the ellipsis between a
    headline's clauses (X, Y 인수…Z 지분도 확보)."""
    return k > 0 and ((toks[k].tag == "EC" and toks[k].form in _CLAUSE_ENDS and toks[k - 1].tag.startswith(
        ("VV", "VA", "VX", "XSV", "XSA", "VCP", "EP"))) or (toks[k].tag == "SE" and toks[k].form in ("…", "...")))


def _clause_start(toks: tuple[Token, ...], trigger: int) -> int:
    """Where the clause of the trigger begins: after the last verb ending that closes a clause before it."""
    return next((toks[k].end for k in range(trigger - 1, 0, -1) if _closes_clause(toks, k)), 0)


def _clause_end(toks: tuple[Token, ...], trigger: int) -> int:
    """Where the clause of the trigger ends: at the first verb ending after it that closes a clause."""
    return next((toks[k].start for k in range(trigger + 1, len(toks)) if _closes_clause(toks, k)),
                toks[-1].end if toks else 0)


def _unknown_subject(sentence: Sentence, text: str, before: int, named: list[Arg] | None = None) -> bool:
    """A proper noun marked as the subject that recognition did not take for a name (해브앤비는 …
    인수됐다): the sentence has its own subject, so the last sentence's topic is not it.  Names in
    `named` (arguments of relative clauses) are not that subject (X가 주도한 시리즈B에서 …)."""
    return any(w.end <= before and w.particle in SUBJECT and (
        any(t.tag == "NNP" for t in w.stem_tokens) or text[w.stem_start:w.stem_end] in _OTHER_COMPANY)
        and not any(a.start <= w.stem_start < a.end for a in named or ())
        for w in words(sentence, text))


#: subjects that name a company other than the article's topic (합작법인은 아부다비에 본사를 두며)
_OTHER_COMPANY = frozenset({"합작법인", "합작사", "합작회사", "신설법인", "자회사", "손자회사", "모회사", "계열사",
                            "현지법인", "법인"})


_BOTH = re.compile(r"(?:양사|양측|두\s*회사|두\s*기업|양\s*그룹|두\s*그룹)(?:는|가|은|이|도|의|\s)")


def _both_of(pairs: list[tuple[Mention, Mention]], mentions: list[Mention]) -> tuple[Mention, Mention] | None:
    """Who 양사 (both companies) are in a sentence: the parties of the last deal told, or of the last one with a
    company the sentence names (양사는 한누리의 위성을 활용해: 한누리's deal, not a shareholder's told since)."""
    named = {m.name for m in mentions if m.type is EntityType.ORGANIZATION and not is_reference(m.text)}
    return next((p for p in reversed(pairs) if named & {p[0].name, p[1].name}), pairs[-1] if pairs else None)


def _both_parties(sentence: Sentence, trig: Trig, pair: tuple[Mention, Mention] | None,
                  text: str) -> tuple[Arg, Arg] | None:
    """양사는 / 두 회사는 before the trigger: the two parties of the article's last deal."""
    if pair is None or not _BOTH.search(text[sentence.start:trig.start]):
        return None
    a, b = pair
    return (Arg([a], "는", a.start, a.end, -1, False), Arg([b], "와", b.start, b.end, -1, False))


#: after a buying verb: the company the sentence is about is what was bought (…가 사들인 회사로)
_THE_COMPANY_BOUGHT = re.compile(r"(?:하|되)?[ㄴ은인한된]?\s*(?:회사|기업|곳|업체|증권사|은행)(?:로|으로|다|이다|이며|인데)")

#: partnership words for something handed to the partner (X에 기술이전하다)
_GOES_TO = frozenset({"기술이전", "기술+이전", "기술수출", "기술+수출", "라이선스", "라이선스+하", "퍼블리싱"})

_CONSORTIUM = re.compile(r"(?:\s*등\s*(?:\d+|[두세네다섯여섯]+)\s*(?:개사|곳|개\s*기업))?"
                         r"(?:(?:로|으로)\s*(?:구성된|이뤄진|이루어진|꾸려진)|(?:이|가)\s*(?:참여한|꾸린|이끄는|주도하는|이끈|주도한))"
                         r"\s*(?:[가-힣A-Za-z]+\s+){0,2}?(?:컨소시엄|연합|팀)(?:이|은|는|도)(?![가-힣])")


_FORMED_WITH = re.compile(r"(?:와|과)\s*(?:함께\s*)?(?:꾸린|구성한|결성한|만든)\s*(?:[0-9가-힣A-Za-z]+\s+){0,2}?"
                          r"컨소시엄(?:이|은|는|도)(?![가-힣])")


#: X는 A, B와 컨소시엄을 꾸려 (Y로부터 …를 수주했다): what the clause after tells, the consortium does
_FORMING = re.compile(r"(?:와|과)\s*(?:함께\s*)?(?:공동\s*)?컨소시엄을\s*(?:꾸려|꾸리고|구성해|구성하고|구성하여|결성해|결성하고|이뤄|이루고)"
                      r"(?![가-힣])")


def _consortium(before: list[Arg], text: str, trigger_at: int) -> Arg | None:
    """A, B 등 4개사로 구성된 컨소시엄이 …: the members are the subject (X는 Y와 꾸린 컨소시엄이, X는 Y와
    컨소시엄을 꾸려: X and Y)."""
    for a in reversed(before):
        if a.particle in ("로", "으로", "이", "가") and a.mentions[0].type is EntityType.ORGANIZATION \
                and _CONSORTIUM.match(text, _particle_at(a, text)):
            return a
        if a.particle in ("와", "과") and a.mentions[0].type is EntityType.ORGANIZATION \
                and (_FORMED_WITH.match(text, _particle_at(a, text)) or (
                    (forming := _FORMING.match(text, _particle_at(a, text))) is not None and forming.end() <= trigger_at)):
            # (the forming itself, 컨소시엄을 꾸려, is the lead's partnership with each member, not the members')
            lead = next((b for b in before if b.particle in ("은", "는") and b.end <= a.start
                         and b.mentions[0].type is EntityType.ORGANIZATION), None)
            members = [*(lead.mentions if lead is not None else []), *a.mentions]
            return Arg(members, "이", members[0].start, a.end, a.word_index, False)
    return None


#: a bracketed gloss right after a name: 필리조선소(Philly Shipyard)
_GLOSS = re.compile(r"\([^()]{1,40}\)")


def _particle_at(a: Arg, text: str) -> int:
    """Where the particle of `a` begins (after a bracketed gloss: 알하시미컨트랙팅(Al Hashimi Contracting)과)."""
    m = _GLOSS.match(text, a.mentions[-1].end)
    return m.end() if m else a.mentions[-1].end


def _chosen(toks: tuple[Token, ...], trig: Trig, after: list[Arg]) -> Arg | None:
    """The organisation picked in `…협력에서 G42를 선택했다`."""
    if not any(t.start >= trig.end and (t.form in _CHOOSE or t.lemma in _CHOOSE) for t in toks):
        return None
    return next((a for a in after if a.particle in OBJECT and a.mentions[0].type is EntityType.ORGANIZATION), None)


def _is_party(a: Arg | None, rel: RelationType) -> bool:
    return a is not None and a.mentions[0].type in ARG_TYPES[rel][1]


def _group_pairs(a: Arg) -> list[tuple[Arg, Arg]]:
    ms = a.mentions
    return [(Arg([ms[i]], a.particle, a.start, a.end, a.word_index, a.bare),
             Arg([ms[j]], a.particle, a.start, a.end, a.word_index, a.bare))
            for i in range(len(ms)) for j in range(i + 1, len(ms))]


def _each_its_place(before: list[Arg], clause_start: int) -> list[tuple[Arg, Arg]]:
    """(company, place) of `A는 서울 강남구에, B는 경기 수원시에 본사를 두고`: each topic and the places
    after it, up to the next topic."""
    here = [x for x in before if x.start >= clause_start]
    out = []
    for k, a in enumerate(here):
        if a.particle not in ("은", "는") or a.mentions[0].type is not EntityType.ORGANIZATION or len(a.mentions) > 1:
            continue
        for b in here[k + 1:]:
            if b.particle in ("은", "는"):
                break
            if b.mentions[-1].type.is_location and (b.particle == "에" or b.bare):
                out.append((a, b))
            elif not b.bare:
                break
    return out if len({id(a) for a, _ in out}) > 1 else []


def _headquarters_after(a: Arg, sentence: Sentence, text: str) -> bool:
    """도쿄에 본사를 둔 …, 한림읍에 양조장을 둔 X는: the place is where a company is based or has a site,
    not where a deal puts money or goods."""
    if a.mentions[-1].type.is_location and a.particle == "에" \
            and re.match(r"(?:에)?\s(?:(?:있는|위치한|자리한)\s|(?:세운|설립한|둔)\s(?:현지\s?)?(?:[가-힣]+\s)?"
                         r"(?:법인|자회사|지사))", text[a.end:a.end + 24]):
        return True  # 런던에 있는 X의 한국 법인, 첸나이에 세운 현지 법인: where a company is, in a clause of its own
    ws = words(sentence, text)
    nxt = ws[a.word_index + 1] if a.word_index + 1 < len(ws) else None
    if nxt is None:
        return False
    stem = text[nxt.stem_start:nxt.stem_end]
    return stem in ("본사", "본부", "본점") or (
        nxt.particle in ("을", "를") and a.mentions[-1].type.is_location
        and re.match(r"\s*(?:둔|두고|둔\s|갖춘|운영하는)", text[nxt.end:nxt.end + 6]) is not None)


def _adjacent(a: Arg, trig: Trig, text: str) -> bool:
    gloss = _GLOSS.match(text, a.end, trig.start)
    gap = text[gloss.end() if gloss else a.end:trig.start]  # 필리조선소(Philly Shipyard) 인수
    return len(gap) <= 12 and re.fullmatch(r"\s*(?:\S+\s+){0,1}", gap) is not None and "," not in gap


def _types_ok(rel: RelationType, s: Mention, o: Mention) -> bool:
    if rel is RelationType.SUPPLY and o.type is EntityType.PLACE and _world_region(o.name):
        return False  # 인도를 서남아시아 수출 거점으로: a continent buys nothing (a state or province may)
    return types_fit(rel, s.type, o.type)


#: parts of the world, not states: no one to sell to
_WORLD_REGIONS = frozenset({"중동", "북미", "남미", "중남미", "미주", "걸프", "동남아", "동북아", "중화권", "EMEA", "태평양",
                            "대서양", "인도양", "스칸디나비아", "아태", "북유럽", "동유럽", "서유럽", "남유럽", "중동부유럽"})


def _world_region(name: str) -> bool:
    return name in _WORLD_REGIONS or name.endswith(("아시아", "유럽", "아메리카", "아프리카", "오세아니아", "아시아태평양"))


def types_fit(rel: RelationType, subject: EntityType, object_: EntityType) -> bool:
    """Whether a fact of this type can join entities of these types (checked again after resolution)."""
    subj_types, obj_types = ARG_TYPES[rel]
    return subject in subj_types and object_ in obj_types


def leadership(sentence: Sentence, mentions: list[Mention], text: str,
               new_company: Mention | None = None, topic: Arg | None = None,
               dealt: Mention | None = None) -> list[Relation]:
    """김영섭 KT 대표 / KT 김영섭 대표 / KT 대표 김영섭 / 하만의 … 디네쉬 팔리월 CEO."""
    ws = words(sentence, text)
    titles = lexicon.titles()
    by_word: dict[int, Mention] = {}
    for m in mentions:
        for i, w in enumerate(ws):
            if w.start < m.end and m.start < w.end:  # 로버트 플레이터 covers two words
                by_word.setdefault(i, m)
    out: list[Relation] = []
    last_person: Mention | None = None
    for i, w in enumerate(ws):
        title = title_of(text[w.stem_start:w.stem_end])
        if not title:
            if i in by_word and by_word[i].type is EntityType.PERSON:
                last_person = by_word[i]
            continue
        if not w.particle and i not in by_word and i + 1 < len(ws) and ws[i + 1].particle in ("에는", "에", "으로는", "로는") \
                and i + 1 not in by_word and title_of(text[ws[i + 1].stem_start:ws[i + 1].stem_end]) \
                and not any(j in by_word and by_word[j].type is EntityType.PERSON for j in range(i + 1, min(i + 6, len(ws)))):
            continue  # X 대표이사 사장에는 (a long clause) P가: one post of two words, told by its last
        org = person = None
        k = i - 1 if i > 0 and text[ws[i - 1].stem_start:ws[i - 1].stem_end] != "이사회" else i - 2  # 이사회 의장
        if k > 0 and k not in by_word and not ws[k].particle and title_of(text[ws[k].stem_start:ws[k].stem_end]) \
                and (named := by_word.get(k - 1)) is not None and named.type is EntityType.ORGANIZATION:
            k -= 1  # X 대표이사 사장에는: the company before the post's first word
        if k > 0 and k not in by_word and text[ws[k].start:ws[k].end] in ("신임", "새", "차기", "초대") \
                and (named := by_word.get(k - 1)) is not None and named.type is EntityType.ORGANIZATION:
            k -= 1  # 세진화학 신임 대표에는 이미경 전무가: the company's new head
        near: list[Mention | None] = []  # the names of the words before the title, a name of several words once
        j = k
        while len(near) < 3:
            here = by_word.get(j) if j >= 0 else None
            if not (near and here is not None and here is near[-1]):  # (하워스 앤드 선즈 CEO: one name)
                near.append(here)
            j -= 1
        joined = k - 1 >= 0 and text[ws[k - 1].stem_start:ws[k - 1].stem_end] == "겸"
        if near[0] and near[0].type is EntityType.ORGANIZATION and joined and last_person is not None:
            rel = _lead(last_person, near[0], sentence, title, titles)  # 회장 겸 대한항공 대표이사
            if rel is not None:
                out.append(rel)
            continue
        w1 = max((j for j, m in by_word.items() if m is near[1]), default=-1) if near[1] else -1  # near[1]'s word
        if near[0] and near[0].type is EntityType.ORGANIZATION and near[1] and near[1].type is EntityType.PERSON \
                and text[near[1].end:ws[w1].end][:1] not in tuple("에을를로와과의,") \
                and not _ends_with_comma(ws[w1]):  # (조주은, 표혁은: 은 and 이 may end a name)
            org, person = near[0], near[1]  # 김영섭 KT 대표 (not 대표 강도윤, 프레시루트 대표 윤서진: a list)
        elif near[0] and near[0].type is EntityType.ORGANIZATION and near[1] and near[1].type is EntityType.COUNTRY \
                and near[2] and near[2].type is EntityType.PERSON and not ws[k].particle \
                and text[near[2].end:near[1].start] == " " and text[near[1].end:near[0].start] == " ":
            org, person = near[0], near[2]  # 아이굴 세이트카지에바 카자흐스탄 보건부 장관: the country's ministry
        elif near[0] and near[0].type is EntityType.PERSON and near[1] and near[1].type is EntityType.ORGANIZATION \
                and ws[w1].particle not in ("와", "과", "및") \
                and not (w.particle in ("이", "가") and i + 1 < len(ws)
                         and text[ws[i + 1].start:ws[i + 1].end] in ("이끄는", "이끌고 있는")
                         and any(j in by_word and by_word[j].type is EntityType.ORGANIZATION
                                 for j in range(i + 2, min(i + 5, len(ws))))):
            org, person = near[1], near[0]  # KT 김영섭 대표 (not X는 김영섭 대표가 이끄는 Y: Y is what they lead)
        elif near[0] and near[0].type is EntityType.ORGANIZATION and (ws[k].particle == "의" or (
                not ws[k].particle and not any(j in by_word and by_word[j].type is EntityType.PERSON
                                               for j in range(i + 1, min(i + 6, len(ws)))))) \
                and w.particle in ("에는", "에", "으로는", "로는") and re.search(
                    r"(?:" + _APPOINTMENT + r")(?:됐|되었|된다|되며|돼|했|한다|하며|하고)",
                    own := _appointing_clause(text[w.end:sentence.end])):
            # X(의) 최고경영자(CEO)에는 다우케미칼 출신의 P가 선임됐다, X의 법인장에 P를 임명했다: the one appointed
            # heads X (in this clause)
            org = near[0]
            person = next((by_word[j] for j in range(i + 1, min(i + 11, len(ws))) if j in by_word
                           and by_word[j].type is EntityType.PERSON and (ws[j].particle in ("이", "가", "을", "를") or (
                               not ws[j].particle and j + 1 < len(ws) and ws[j + 1].particle in ("이", "가", "을", "를")
                               and title_of(text[ws[j + 1].stem_start:ws[j + 1].stem_end])))  # P 부사장이, P 전무를
                           and ws[j].end <= w.end + len(own)), None)
        elif near[0] and near[0].type is EntityType.ORGANIZATION and not ws[k].particle:
            org = near[0]  # KT 대표 김영섭, 하만 이사회 의장을 겸하게 된 손영권
            if _HELD_BEFORE.match(text, w.stem_end):
                continue  # X 대표였던 P 사장: who led X before, not now
            person = next((by_word[j] for j in range(i + 1, min(i + 6, len(ws)))
                           if j in by_word and by_word[j].type is EntityType.PERSON), None)
            if w.particle in ("으로", "로") and last_person is not None \
                    and _SWAPPED.search(text, w.end, sentence.end) is not None:
                person = last_person  # P 사장이 X 대표이사로, Q 사장이 Y 대표이사로 각각 자리를 옮겼다: P heads X
            if person is None and w.particle in OBJECT and last_person is not None:
                person = last_person  # 이석희 … 사장이 솔리다임 이사회 의장을 겸임하며
            elif person is None and w.particle in ("으로", "로") and last_person is not None \
                    and _NAMED_TO_THE_POST.match(text, w.end):
                person = last_person  # 윤서진 대표는 해오름출판그룹 부회장으로 선임돼
        elif near[0] and near[0].type is EntityType.PERSON:
            person = near[0]  # 하만의 … 디네쉬 팔리월 최고경영자(CEO)
            org = next((m for m in reversed(mentions) if m.end <= person.start and m.type is EntityType.ORGANIZATION
                        and _word_particle(ws, m, text) in GENITIVE), None)
            if org is not None and any(m.type is EntityType.PERSON and org.end <= m.start and m.end < person.start
                                       and (m.canonical or m.text) != (person.canonical or person.text)
                                       and person.canonical != m.text
                                       and not re.search(r"(?:와|과|및|,)\s", text[m.end:person.start])
                                       for m in mentions):  # (X의 A 부회장과 B 사장이: both X's)
                org = None  # X의 A CEO는 … B 사장과: X's head is A, not B
            if org is not None and re.search(r"(?:며|고|지만|면서),\s", text[org.end:person.start]):
                # X는 Y의 자회사로 편입되며, Z 대표 등 경영진이 …: Y is another clause's; Z heads the topic X
                org = next((m for m in mentions if m.end <= org.start and m.type is EntityType.ORGANIZATION
                            and _word_particle(ws, m, text) in ("은", "는")), None)
            p0 = min((j for j, m in by_word.items() if m is person), default=k)  # a name of two words begins earlier
            if org is None and (founder := _founder_of(ws, by_word, p0, text, titles)) is not None:
                org = founder  # 진쿤바이오 창업자인 왕리 최고경영자(CEO), 빈스토리 창업자이자 최대주주인 윤재성 대표
            if org is None and w.particle in ("이", "가") and i + 1 < len(ws) \
                    and text[ws[i + 1].start:ws[i + 1].end] in ("이끄는", "이끌고 있는", "창업한", "설립한", "세운"):
                # (2020년 P 대표가 창업한 X는: the head who founded it, named right after; not P 대표가 세운 회사로, …)
                founded = text[ws[i + 1].start:ws[i + 1].end] in ("창업한", "설립한", "세운")
                org = next((by_word[j] for j in range(i + 2, min(i + 3 if founded else i + 7, len(ws)))
                            if j in by_word and by_word[j].type is EntityType.ORGANIZATION
                            and text[by_word[j].start - 1:by_word[j].start] != "("
                            and (j < i + 4 or ws[j].particle in SUBJECT)), None)  # 대표가 이끄는 (AI 기업) X는
            if org is None:
                org = _led_by_clause(sentence, mentions, person, ws, text)  # X를 이끄는 / 세운 Y 대표
            the_company = _LEADS_THE_COMPANY.search(text, sentence.start, person.start) if org is None else None
            if the_company is not None and the_company[0].startswith(("창업", "설립", "공동")) \
                    and text[sentence.start:the_company.start()].strip():
                if dealt is not None and dealt.type is EntityType.ORGANIZATION \
                        and re.search(r"지분|인수\s?(?:후|이후|뒤)", text[sentence.start:the_company.start()]):
                    # 나머지 지분은 창업자인 X 대표가 보유, 인수 후에도 창업자인 X CEO가 경영을 맡는다: the founder
                    # of the company just bought (into)
                    org = dealt
                the_company = None  # (창업자인 X 대표는 opening a sentence: the founder of the article's company)
            if the_company is not None and the_company.end() >= person.start - 1 and dealt is not None \
                    and dealt.type is EntityType.ORGANIZATION and re.search(r"(?:나머지|잔여)\s?지분", sentence.text):
                org = dealt  # 창업자인 P 대표는 잔여 지분을 보유하며 회사를 계속 이끈다: the company just sold, which the
                # founder keeps a stake in
            elif the_company is not None and the_company.end() >= person.start - 1 and topic is not None \
                    and topic.mentions[0].type is EntityType.ORGANIZATION:
                org = topic.mentions[0]  # 회사를 이끄는 최민석 대표: the company the article is about
            if org is None and any(t.lemma in _LEAD_VERBS for t in sentence.tokens if t.start > w.end):
                # 마니시 찬드라 최고경영자(CEO)는 … 포시마크를 계속 이끈다
                lead_at = [t.start for t in sentence.tokens if t.start > w.end and t.lemma in _LEAD_VERBS]
                org = next((m for m in mentions if m.start > w.end and m.type is EntityType.ORGANIZATION
                            and _word_particle(ws, m, text) in OBJECT
                            and any(0 <= at - m.end <= 12 and not any(
                                t.tag in ("ETM", "EC") and m.end <= t.start < at for t in sentence.tokens)
                                for at in lead_at)), None)  # (전략기획실을 맡아 … Y를 인수하는: not Y, whose verb is 인수)
                if org is None and w.particle in SUBJECT:  # P 대표가 … X 경영을 맡고 있다
                    org = next((m for m in mentions if m.start > w.end and m.type is EntityType.ORGANIZATION
                                and re.match(r"(?:의)?\s*(?:경영|운영)\s*(?:전반)?(?:을|를)\s", text[m.end:m.end + 10])
                                and not any(p.type is EntityType.PERSON and w.end <= p.start < m.start
                                            for p in mentions)), None)  # (P 대표가 물러나자 Q 부사장이 X 경영을: Q's)
                if org is None and w.particle in SUBJECT:
                    # 메콩에어 경영은 … 응우옌 반 탄 최고경영자(CEO)가 계속 맡는다
                    org = next((m for m in reversed(mentions) if m.end <= person.start
                                and m.type is EntityType.ORGANIZATION
                                and re.match(r"\s*(?:경영|운영|경영권)(?:은|는)\s", text[m.end:m.end + 8])), None)
            if org is None and w.particle in SUBJECT and dealt is not None \
                    and dealt.type is EntityType.ORGANIZATION \
                    and re.search(r"(?:나머지|잔여)\s?지분", text[sentence.start:person.start]) \
                    and re.search(r"경영(?:을|도)\s*(?:계속\s*)?맡(?!지)", text[w.end:sentence.end]):
                org = dealt  # 나머지 지분 30%는 창업주의 장남인 P 사장이 계속 보유하며 경영을 맡는다: the company bought
            if org is None and w.particle in SUBJECT and (
                    any(t.lemma == "이끌다" for t in sentence.tokens if t.start > w.end)
                    or _FOUNDED_IT.match(text, w.end)
                    # X는 …한 회사로, P 사장이 경영을 맡고 있다: the company the sentence is about
                    or re.match(r"\s*(?:[^\s,]+\s+){0,2}?(?:경영|운영)(?:을|도)\s*(?:맡|총괄)", text[w.end:w.end + 30])):
                # X는 2021년 설립된 회사로, Y 대표가 이끌고 있다 / X는 2021년 Y 대표가 세운 회사다: the company
                # the sentence is about
                org = next((m for m in mentions if m.end <= person.start and m.type is EntityType.ORGANIZATION
                            and _word_particle(ws, m, text) in ("은", "는")), None)
                if org is not None and re.search(r"(?:법인|회사|자회사|계열사)(?:은|는)\s", text[org.end:person.start]):
                    org = None  # X는 Y와 합작법인을 세우고, 합작법인은 P 대표가 경영을 맡는다: the new company's head
        if org is None and person is None and topic is not None \
                and topic.mentions[0].type is EntityType.ORGANIZATION \
                and re.match(r"(?:\([A-Z]{2,4}\))?인\s", text[w.stem_end:w.stem_end + 8]) \
                and (named := next((m for m in mentions if m.type is EntityType.PERSON
                                    and 0 <= m.start - w.end <= 2), None)) is not None \
                and re.search(r"회사를\s*(?:계속\s*)?(?:이끈|이끌)|경영을\s*(?:계속\s*)?맡", text[named.end:sentence.end]):
            # 기존 최고경영자(CEO)인 P가 계속 회사를 이끈다: the head of the company the article is about
            org, person = topic.mentions[0], named
        if org and person and title in ("법인장", "지사장") and (unit := _unit_told(mentions, org, w.start, text)):
            org = unit  # X는 현지법인 Y를 세웠으며, 법인장 P는: Y's head
        if org and person:
            last_person = person
            rel = _lead(person, org, sentence, title, titles)
            if rel is not None:
                out.append(rel)
    for i, w in enumerate(ws):  # 박정훈 한결은행장은: the head before a bank named with the title glued on
        bank = by_word.get(i)
        if i > 0 and bank is not None and bank.type is EntityType.ORGANIZATION and bank.start == w.start \
                and BANK_HEAD.fullmatch(text, w.start, w.end) and (person := by_word.get(i - 1)) is not None \
                and person.type is EntityType.PERSON and not ws[i - 1].particle \
                and (rel := _lead(person, bank, sentence, "은행장", titles)) is not None:
            out.append(rel)
    out.extend(_bracketed_leaders(sentence, mentions, text, titles))
    out.extend(_first_head(sentence, mentions, text, titles, new_company))
    out.extend(_appointed(sentence, mentions, text, titles, ws, by_word))
    out.extend(_joint_heads(sentence, mentions, text, titles))
    # 그동안 X를 이끌어온 Y 부회장은 … 자리를 옮긴다, Y 사장은 고문으로 물러난다: heads on their way out
    out = [r for r in out if not _LEFT.match(text, r.subject.end, sentence.end) and not (
        (leaves := _LEAVES.match(text, r.subject.end, sentence.end)) is not None
        and (_LED_SO_FAR if leaves["moves"] else _LED).search(text, sentence.start, r.subject.start))]
    return [_post_taken(r, sentence, text) for r in out]


#: a word for an affiliate right before its name: (주력) 계열사 X, 계열사인 X
_AFFILIATE_BEFORE = re.compile(r"(?:계열사|그룹\s(?:[가-힣]+\s)?자회사|계열\s[가-힣]{2,6})(?:인)?\s['‘\"“]?$")
# (그룹 계열 대형마트인 X, 그룹 주력 자회사인 X; not 자회사 X alone, which is the company's the sentence tells of)
#: between two members of a list
_LIST_JOIN = re.compile(r"(?:\([^()]*\))?(?:,\s|(?:와|과)\s)")
#: A와 B, C 등 계열사 3곳: the list is of affiliates
_AFFILIATES_AFTER = re.compile(r"(?:\([^()]*\))?\s?등\s(?:[가-힣]+\s)?계열사")
#: the names of groups and holding companies, whose affiliates the others are
_GROUP_ENDINGS = ("그룹", "홀딩스", "지주")
#: what says a stake bought is control, or sizes it: 경영권, 최대주주, 자회사로, 51%
_CONTROL_TOLD = re.compile(r"%|경영권|최대\s?주주|자회사|계열사|전량|전부|인수합병|완전\s?인수")
#: (방콕) 동부 산업단지에: a zone of the place named before, what a sentence puts money into
_ZONE_WORDS = "산업단지|공업단지|산단|공단|산업지구|경제특구|특구|자유무역지대|자유구역|산업도시|과학단지"
_ZONE_AFTER = re.compile(r"(?:\([^()]{1,10}\))?\s(?:[가-힣]+\s)?[가-힣]*(?:" + _ZONE_WORDS + r")에\s")
#: (울산) 본사에, (더럼) 공장에, (동해시) 해저케이블 공장 증설에, (댈러스) 인근에: a site in the place named before
_SITE_AFTER = re.compile(r"(?:\([^()]{1,10}\))?\s(?:[가-힣A-Za-z]+\s){0,2}?(?:공장|본사|데이터센터|물류센터|연구소|생산기지"
                         r"|사업장|인근|일대|근처)(?:\s?(?:건설|증설|신설|확장|건립))?에\s")
#: (X는 P에 본사를 둔) 중저가 호텔 체인으로, 장갑차량 정비·생산 업체다: a kind of company said of the topic
_KIND_PREDICATED = re.compile(r"\s(?:[^\s,.]+\s){0,3}?([^\s,.]+?)(?:으로|로|이다|다|이며|이고|인데)(?=[\s,.])")
#: P에 본사를 두고 (…를 투자해): the company is seated there
_SEATED_HERE = re.compile(r"에\s+본사(?:를|와\s+[가-힣]+(?:을|를))\s+두고")
#: … 공장을 짓는다, 설비를 건설한다: what the money builds
_BUILDS_AFTER = re.compile(r"(?:공장|설비|센터|라인|시설|플랜트)(?:을|를)\s+(?:짓|지어|건설|세우|세워|구축|신설)")
#: 이곳에: the place the sentence named before
_HERE = re.compile(r"(?:^|\s)(?:이곳|이\s곳)에\s")
#: … or somewhere near the place (베트남 남부 호찌민 인근 공업단지에, 두바이 항만 인근에), after the money
_NEAR_AFTER = re.compile(r"(?:\([^()]{1,10}\))?\s(?:[가-힣]+\s){0,3}?[가-힣]*(?:" + _ZONE_WORDS
                         + r"|인근|일대|근처)에\s")
#: …와 2억 달러, (일본) B와 …: an amount, then the next party of a list (its description before it)
_EACH_WITH_ITS_AMOUNT = re.compile(r"\s*(?:약\s*)?[\d.,]+\s*(?:조|억|만|천)?\s*(?:[\d.,]+\s*(?:억|만|천)\s*)?"
                                   r"(?:달러|원|엔|유로|위안|파운드)\s*,\s*(?:[가-힣]+\s+){0,3}")
#: the post as what the sentence says happens: (P가) X 대표를 맡을 (것이란 관측), 대표로 선임될 (예정)
_TAKES_THE_POST = r"(?:직)?(?:를|을|로|으로|에|에는)\s+(?:[^\s,.]+\s+){0,2}?(?:맡|선임|내정|취임|오르|오를|올라|기용|발탁|겸)"


@cache
def _taking(title: str) -> re.Pattern[str]:
    return re.compile(re.escape(title) + _TAKES_THE_POST)


def _post_taken(r: Relation, sentence: Sentence, text: str) -> Relation:
    """A head whose taking of the post is itself hedged or denied (P가 X 대표를 맡을 것이란 관측이 나왔다): no fact."""
    m = _taking(r.trigger).search(text, max(r.subject.end, r.object.end), sentence.end)
    if m is None:
        return r
    status = sentence_status(sentence, m.end())[0]
    return r if status is Status.ASSERTED else replace(r, status=status)


#: the person's own clause, with no comma and no other subject in it, ends the sentence having left the post
#: (박철수 사장은 지난달 고문으로 물러났다, a headline's 박철수 대표는 고문으로 물러나; not …부사장에서 물러났다, a
#: post left before, nor 경영진이 물러났다며)
_OWN_CLAUSE = r"[^,.\"“”]{0,12}?(?:은|는|이|가)\s(?:(?![^\s,.]+(?:이|가)\s)[^,.\"“”])*?"
_LEFT = re.compile(_OWN_CLAUSE + r"(?:(?<!에서 )(?:물러났|회사를\s떠났|(?:퇴임|사임|용퇴|퇴진)했)다\.|물러나\s*$)")
#: … or ends it leaving the post (물러난다, 자리를 옮긴다), where the person is introduced as leading so far
_LEAVES = re.compile(_OWN_CLAUSE + r"(?:물러난다|물러나\s[^,.\"“”]{0,30}다|(?:퇴임|사임|용퇴|퇴진)한다"
                     r"|(?<=고문으로 )자리를\s*옮긴다|(?P<moves>자리를\s*옮긴다))\.")  # (고문으로 자리를 옮긴다: leaves)
#: 그동안 X를 이끌어온 Y: the head so far, right before the person
_LED_SO_FAR = re.compile(r"그동안\s[^,.]{0,30}?이끌어\s?온\s*$")
#: 6년간 X를 이끌어 온 Y, X를 이끈 Y: a head so far, who leaves (물러난다), not one who moves on to another post
_LED = re.compile(r"(?:이끌어\s?온|이끌어\s?왔던|이끈|이끌던|이끌었던)\s*$")


def _appointing_clause(rest: str) -> str:
    """The clause that appoints someone to the post just named: to the first comma, or, where the objects of one
    verb are listed (X의 대표에 P를, Y의 대표에 Q를 각각 선임했다), past the commas after them to the verb."""
    parts = rest.split(",")
    k = 0
    while k + 1 < len(parts) and re.search(r"(?:을|를)\s*$", parts[k]):
        k += 1
    return ",".join(parts[:k + 1])


#: funds and groups, which appoint the heads of the companies they own
_OWNER_NAME = re.compile(r"(?:파트너스|캐피탈|캐피털|인베스트먼트|자산운용|에쿼티|PE|그룹|홀딩스|지주|펀드)$")

#: A와 B가 각자대표를 맡는다: the people named before share the head's post
_JOINT_HEADS = re.compile(r"(?:각자|공동)\s?대표(?:이사)?(?:를|직을|로)\s?(?:맡|수행|선임|선출|임명)"
                          r"|(?:각자|공동)\s?대표\s?체제로\s?(?:운영|전환|출범|꾸려)")  # (… 대표의 공동대표 체제로 운영된다)


def _joint_heads(sentence: Sentence, mentions: list[Mention], text: str,
                 titles: dict[str, tuple[str, str]]) -> list[Relation]:
    """(통합) X는 A 회장을 중심으로 B·C 부회장과 D 총괄이 각자대표를 맡는 체제로: B, C and D head X, the
    company the sentence is about."""
    hit = _JOINT_HEADS.search(text, sentence.start, sentence.end)
    if hit is None:
        return []
    topic = next((m for m in mentions if m.type is EntityType.ORGANIZATION and m.end <= hit.start()
                  and re.match(r"(?:은|는)\s", text[m.end:m.end + 2])), None)
    if topic is None:
        return []
    # the people of the clause that ends in 각자대표 (not 가온테크의 김철수 대표와 만났으며, B가 공동대표를 …)
    breaks = [b.end() for b in re.finditer(r"(?:며|고|지만|는데|면서|했고|했으며),\s", text[topic.end:hit.start()])]
    after = topic.end + (breaks[-1] if breaks else 0)
    out = []
    companies = {m.text for m in mentions if m.type is EntityType.ORGANIZATION}
    for m in mentions:
        if m.type is EntityType.PERSON and after < m.start < hit.start() and m.text not in companies \
                and not re.match(r"\s(?:창업자|창업주|설립자|출신)", text[m.end:m.end + 5]) \
                and (rel := _lead(m, topic, sentence, "각자대표", titles)) is not None:
            out.append(rel)
    return out


_APPOINT = frozenset(APPOINTMENT_WORDS)
_APPOINTMENT = "|".join(APPOINTMENT_WORDS)
#: … after `X 부회장으로`: the one named before was made that (선임돼, 임명됐다, 승진했다)
_NAMED_TO_THE_POST = re.compile(r"\s*(?:" + _APPOINTMENT + r"|승진)(?:됐|되었|돼|되며|된|했|해)")
#: …본사가 있는 P, 본사가 위치한 P: the seat is in the place named next
_SEAT_IN = re.compile(r"(?:가|이)\s+(?:있는|위치한|자리한|자리잡은|자리 잡은)\s+")
#: a word with a case particle (…을 , …에서 ): what a genitive before it modifies ends there
_CASE_BETWEEN = re.compile(r"[가-힣A-Za-z0-9)](?:을|를|이|가|은|는|에|에서|에게|와|과|으로|로)\s")
#: a sentence that opens with the post alone: 대표는 …, (신임) 법인장에는 …
_POST_FIRST = re.compile(r"(?:현재\s|새\s|신임\s|초대\s)?([가-힣]{2,5}?)(?:\([A-Z]{2,4}\))?(?:은|는|에는)\s")
#: … and whose holder takes it: (P가 / P 전무가 / P 씨가) 맡았다, 맡고 있다, 선임됐다
#: (a gloss and a former post may come between: P(Mark Lee) 전 X 상무가 맡는다)
_TAKES_POST = re.compile(r"(?:\([^()]{1,60}\))?(?:\s전\s[^\s,.]{2,20})?(?:\s*[가-힣]{1,5})?\s*(?:이|가)\s(?:[^,.]{0,20}\s)?"
                         r"(?:맡[았는고을]|맡는다|맡아|(?:" + _APPOINTMENT + r")(?:됐|되었|된다|돼))")
#: a company in what the holder was or is, right before them: (대표는) X 출신 P, X 영업본부장 출신인 P,
#: X 창업자인 P, X 미주사업실장을 지낸 P
_HOLDER_DESCRIBED = re.compile(r"(?:\([^()]*\))?의?\s(?:[^\s,.]+\s){0,3}?"
                               r"(?:[^\s,.]*(?:출신|출신인|출신의|인)|[^\s,.]*(?:을|를)\s지낸)\s")
#: a sentence about the unit named before: (이|현지|신설) 법인은 …
_THE_UNIT_FIRST = re.compile(r"(?:이\s|현지\s|신설\s|새\s)?(?:법인|지사|자회사)(?:은|는)\s")


def _unit_head(sentence: Sentence, mentions: list[Mention], text: str, unit: Mention | None) -> list[Relation]:
    """(X는 현지 법인 Y를 세웠다.) 법인은 …, P 법인장이 이끈다: P heads the unit the sentence before named."""
    if unit is None or not _THE_UNIT_FIRST.match(text, sentence.start) \
            or any(m.type is EntityType.ORGANIZATION for m in mentions):
        return []
    for m in mentions:
        head = re.match(r"\s(법인장|지사장)(?:이|가|은|는)\s", text[m.end:m.end + 16])
        if m.type is EntityType.PERSON and head is not None \
                and re.search(r"(?:이끈|이끌|맡는|맡고|맡았|총괄)", text[m.end:sentence.end]):
            rel = _lead(m, unit, sentence, head[1], lexicon.titles())
            return [rel] if rel is not None else []
    return []


#: … and is told to have left it since (대표는 P 씨가 맡았으나 지난해 사임했다)
_LEFT_THE_POST = re.compile(r"사임|퇴임|물러나|물러났|떠났|떠난다")
#: the posts a company's head holds, named alone at a sentence's start (_POST_FIRST reads Hangul words only)
_COMPANY_POSTS = frozenset({"대표", "대표이사", "사장", "회장", "최고경영자", "법인장", "지사장", "의장"})


def _post_held(sentence: Sentence, mentions: list[Mention], text: str, topic: Arg | None,
               new_company: Mention | None, unit: Mention | None, bought: Mention | None = None) -> list[Relation]:
    """대표는 창업자인 P 씨가 맡고 있다 / 법인장은 P 상무가 맡는다: a sentence that opens with the post and
    names no company before its holder.  The post is that of the unit the sentence before named (법인장,
    지사장), else of the company the article just told of founding, else of the one the sentence before told
    of buying or investing in, else of the article's company."""
    m = _POST_FIRST.match(text, sentence.start)
    subject: Mention | None = None
    if (m is None or title_of(m[1]) is None) and (comma := text.find(", ", sentence.start, sentence.end)) > 0:
        m = None  # (다온유통은 …, 대표는: a short name first is no post)
        # X는 생산과 영업을 총괄하며, 초대 법인장은 P 상무가 맡는다: the post of the subject of the first clause
        topics = [x for x in mentions if sentence.start <= x.start < comma and x.type is EntityType.ORGANIZATION
                  and re.match(r"(?:은|는)\s", text[x.end:x.end + 2])]  # (X의 자회사가 된 Y는 …, 초대 대표에는: Y's)
        if len(topics) == 1:
            m, subject = _POST_FIRST.match(text, comma + 2), topics[0]
    titles = lexicon.titles()
    title = title_of(m[1]) if m else None
    if m is None or title is None or title != m[1] or title not in _COMPANY_POSTS:
        return []  # (위원장은 P 교수가 맡는다: a committee's)
    if _LEFT_THE_POST.search(text, m.end(), sentence.end):
        return []  # 대표는 P 씨가 맡았으나 지난해 사임했다: no longer
    person = next((x for x in mentions if x.start >= m.end() and x.type is EntityType.PERSON), None)
    if person is None or _TAKES_POST.match(text, person.end) is None:
        return []
    if any(x.type is EntityType.ORGANIZATION and (subject is None or x.start >= m.start()) and x.start < person.end
           and not _HOLDER_DESCRIBED.fullmatch(text, x.end, person.start)
           and not re.fullmatch(r"(?:의|\s출신의?)?\s", text[x.end:person.start]) for x in mentions):
        return []  # a company named before the holder is the one leadership() reads (not 한빛 출신 P, X의 P)
    org: Mention | None
    if subject is not None:
        org = subject
    elif title in ("법인장", "지사장"):
        org = unit
    elif new_company is not None and sentence.index - new_company.sentence <= 2:
        org = new_company
    elif m.group(0).startswith("초대"):
        org = unit  # 초대 대표에는: the first head of a company just set up (the unit told before), if any
    elif bought is not None and sentence.index - bought.sentence <= 1:
        org = bought  # (X는 Y를 인수했다 / Y에 투자했다.) 대표는 …: Y's
    else:
        org = topic.mentions[0] if topic is not None else None
    if org is None or org.type is not EntityType.ORGANIZATION:
        return []
    rel = _lead(person, org, sentence, title, titles, post_named_first=True)
    return [rel] if rel is not None else []
_NEW = frozenset({"새", "신임", "차기", "초대", "공동", "각자", "단독"})

#: X의 (신임, 후임) 법인장은, X(gloss)의 최고경영자(CEO)에는, X 법인장에는: a company's post, and then who holds it
_NAMED_POST = re.compile(r"(?:\([^()]{1,60}\))?(?:의)?\s(?:(?:새|신임|후임|차기|초대)\s)?([가-힣]{2,8}?|CEO)(?:\([A-Z]{2,5}\))?"
                         r"(?:에는|은|는|으로는)\s")
#: … the posts it may be (a bank's head too)
_NAMED_POSTS = _COMPANY_POSTS | {"행장", "은행장"}
#: … and the holder's verb: (P 상무가) 맡는다, 선임됐다, 발탁됐다, (행장에) 올랐다
_HOLDS_NAMED_POST = re.compile(_TAKES_POST.pattern + r"|(?:\([^()]{1,60}\))?(?:\s*[가-힣]{1,5})?\s*(?:이|가)\s(?:올랐|올라|오른다)")


def _named_post_held(sentence: Sentence, mentions: list[Mention], text: str) -> list[Relation]:
    """한누리라이프 싱가포르의 법인장은 … 출신인 P 상무가 맡는다 / X의 후임 법인장에는 … P 전무가 선임됐다 / X의 새
    행장에는 P 부행장이 올랐다: the post of the company named right before it, held by the first person after it
    (a company before the person only in what they were: X 출신인 P)."""
    titles = lexicon.titles()
    for org in mentions:
        if org.type is not EntityType.ORGANIZATION or (post := _NAMED_POST.match(text, org.end)) is None \
                or post.end() > sentence.end:
            continue
        title = title_of(post[1])
        if title is None or title not in _NAMED_POSTS or (title != post[1] and post[1] != "CEO"):
            continue
        person = next((x for x in mentions if x.start >= post.end() and x.type is EntityType.PERSON), None)
        if person is None or _HOLDS_NAMED_POST.match(text, person.end) is None:
            continue
        if any(x.type is EntityType.ORGANIZATION and post.end() <= x.start < person.start
               and not _HOLDER_DESCRIBED.fullmatch(text, x.end, person.start) for x in mentions):
            continue
        if _LEFT_THE_POST.search(text, person.end, sentence.end):
            continue
        rel = _lead(person, org, sentence, title, titles, post_named_first=True)
        return [rel] if rel is not None else []
    return []


def _appointed(sentence: Sentence, mentions: list[Mention], text: str, titles: dict[str, tuple[str, str]],
               ws: list[Word], by_word: dict[int, Mention]) -> list[Relation]:
    """LG전자는 김민수 부사장을 (새) 대표이사로 선임했다 / X의 CEO로 영입했다: the company (the sentence's
    subject, or the one named before the title) appointed the person named as the object."""
    if not any(t.form in _APPOINT and t.tag == "NNG" or t.form in ("맞", "맞이하") and t.tag == "VV"
               or t.form == "승진" and t.tag == "NNG" for t in sentence.tokens):  # (P를 사장으로 승진시켰다)
        return []  # (P를 새 대표로 맞았다: welcomed as its head)
    out: list[Relation] = []
    for i, w in enumerate(ws):
        title = title_of(text[w.stem_start:w.stem_end])
        if not title or w.particle not in ("로", "으로", "에"):
            continue  # (X는 신임 대표이사에 P를 선임했다: the post, then the person)
        k = i - 1
        while k >= 0 and text[ws[k].stem_start:ws[k].stem_end] in _NEW:
            k -= 1
        named = by_word.get(k) if k >= 0 and ws[k].particle == "의" else None
        if named is None and w.particle != "에" and k >= 0 and not ws[k].particle and k < i - 1 \
                and (right_before := by_word.get(k)) is not None and right_before.type is EntityType.ORGANIZATION:
            named = right_before  # X는 P 상무를 Y 초대 대표로 선임했다: Y's head, the company named before the post
        if w.particle == "에":
            # 선우건설 신임 대표이사 사장에 P를: the company named before the post; 신설법인 이사회를 열어
            # 대표이사에 P를: the company whose board meets; else the sentence's subject
            j = k
            while j >= 0 and not ws[j].particle and (title_of(text[ws[j].stem_start:ws[j].stem_end])
                                                     or text[ws[j].stem_start:ws[j].stem_end] in _NEW):
                j -= 1  # 선우건설 신임 대표이사 사장에: past the post's other words
            before = by_word.get(j) if j >= 0 and not ws[j].particle else None
            board = next((m for m in mentions if m.type is EntityType.ORGANIZATION and m.end <= w.start
                          and re.match(r"\s이사회(?:를|에서|는)?\s", text[m.end:m.end + 7])), None)
            named = before if before is not None and before.type is EntityType.ORGANIZATION else board
        if k >= 0 and ws[k].particle == "의" and (named is None or named.type is not EntityType.ORGANIZATION):
            continue  # 솔리다임의 CEO로, with 솔리다임 not recognised: not the subject's own head
        person = None
        for j in range(i - 1, -1, -1) if w.particle != "에" else ():  # the person: the object (김민수 부사장을)
            m = by_word.get(j)
            if m is not None and m.type is EntityType.PERSON and _the_object(ws, text, j, min(j + 4, i)):
                person = m  # 김민수 부사장을, 김태영 전 한국노바릭스 대표를
                break
        for j in range(i + 1, min(i + 7, len(ws))) if person is None else ():
            # KT는 신임 대표로 김영섭 전 LG CNS 사장을 선임했다: the title first, then the person
            m = by_word.get(j)
            if m is not None and m.type is EntityType.PERSON and _the_object(ws, text, j, min(j + 5, len(ws))):
                person = m
                break
            if ws[j].particle in OBJECT:
                break
        if person is None:
            continue
        if named is None and w.particle != "에" and (pairs := _each_appointed(ws, by_word, i, text)):
            # 태성화학은 오세린 본부장을, 태성물산은 정민호 실장을 각각 새 대표로 맞았다: each its own
            out.extend(rel for org, person in pairs if (rel := _lead(person, org, sentence, title, titles)) is not None)
            continue
        org = named if named is not None and named.type is EntityType.ORGANIZATION else next(
            (m for j, m in sorted(by_word.items()) if m.type is EntityType.ORGANIZATION and m.end <= person.start
             and ws[j].particle in ("은", "는", "이", "가")), None)
        if org is not None and org is not named and w.particle == "에" and _OWNER_NAME.search(org.name):
            continue  # 솔브릿지파트너스는 새 대표이사에 P를: a fund or a group names the head of what it owns
        if org is not None and title in ("법인장", "지사장") and (unit := _unit_told(mentions, org, w.start, text)):
            org = unit  # X는 현지법인 Y를 세웠으며, 법인장에는 P를 선임했다: Y's head
        if org is not None and (rel := _lead(person, org, sentence, title, titles)) is not None:
            out.append(rel)
    return out


def _each_appointed(ws: list[Word], by_word: dict[int, Mention], i: int, text: str) -> list[tuple[Mention, Mention]]:
    """(company, person) of `A는 P를, B는 Q를 각각 (새) 대표로 선임했다`, before the post at word `i`: each
    company (은/는) with the person named as the object after it; none unless 각각 says so and there are two."""
    if not any(text[ws[k].stem_start:ws[k].stem_end] == "각각" or text[ws[k].start:ws[k].end] == "각각"
               for k in range(max(0, i - 3), i)):
        return []
    pairs: list[tuple[Mention, Mention]] = []
    org: Mention | None = None
    for j in range(i):
        m = by_word.get(j)
        if m is None:
            continue
        if m.type is EntityType.ORGANIZATION and ws[j].particle in ("은", "는"):
            org = m
        elif m.type is EntityType.PERSON and org is not None and _the_object(ws, text, j, min(j + 4, i)):
            pairs.append((org, m))
            org = None
    return pairs if len(pairs) >= 2 else []


#: a unit named as one (베트남 법인 X, 현지법인 ‘X’, 자회사 X)
UNIT_BEFORE = re.compile(r"(?:현지\s?법인|법인|자회사|지사)\s?['‘]?$")


def _unit_told(mentions: list[Mention], org: Mention, before: int, text: str) -> Mention | None:
    """The unit the sentence names nearest before `before` as a 법인/자회사/지사 (현지법인 Y를 세웠으며), where
    `org` is the sentence's subject (not a company named with the title) and the unit is not sold."""
    if not re.match(r"(?:은|는|이|가)\s", text[org.end:org.end + 2]):
        return None  # (누리전자 자회사 다온부품의 김도윤 법인장: the one named with the title)
    unit = next((m for m in reversed(mentions) if m.type is EntityType.ORGANIZATION and m.name != org.name
                 and org.end <= m.start and m.end <= before
                 and UNIT_BEFORE.search(text, max(0, m.start - 8), m.start)), None)
    if unit is not None and re.search(r"매각|처분|넘기", text[unit.end:before]):
        return None  # 자회사 Y를 매각하고, 미국 법인장에: not Y's
    return unit


def _the_object(ws: list[Word], text: str, j: int, end: int) -> bool:
    """Whether word `j` is marked as the object, itself or by a title after it before word `end`
    with no particle between (김민수 부사장을)."""
    return ws[j].particle in OBJECT or any(
        (title_of(stem := text[ws[x].stem_start:ws[x].stem_end]) or UNIT_HEAD_TITLE.search(stem))
        and ws[x].particle in OBJECT and not any(ws[y].particle for y in range(j, x)) for x in range(j + 1, end))


_FIRST_HEAD = re.compile(r"초대\s*([가-힣]+?)(?:\([A-Za-z]+\))?(?:에는|에|는|은|으로는|로는)\s")


def _first_head(sentence: Sentence, mentions: list[Mention], text: str, titles: dict[str, tuple[str, str]],
                new_company: Mention | None) -> list[Relation]:
    """(한화오션) 초대 대표이사에는 … 권혁웅 부회장이 선임됐다 / 초대 CEO는 … 함창우 대표가 (맡았다): the first
    head of the company named before 초대, else of the one the article just told of founding."""
    m = _FIRST_HEAD.search(sentence.text)
    if m is None or not title_of(m[1]):
        return []
    at = sentence.start + m.start()
    named = next((x for x in mentions if x.type is EntityType.ORGANIZATION and x.end <= at
                  and text[x.end:at].strip() in ("", "의")), None)  # 한화오션(의) 초대 대표이사
    if named is None and re.search(r"의\s*$", text[sentence.start:at]):
        return []  # (something)의 초대 대표: the first head of what the genitive names, not the new company's
    org = named or new_company
    person = next((x for x in mentions if x.type is EntityType.PERSON and x.start >= sentence.start + m.end()), None)
    if org is None or person is None:
        return []
    rel = _lead(person, org, sentence, m[1], titles)
    return [rel] if rel is not None else []


def _bracketed_leaders(sentence: Sentence, mentions: list[Mention], text: str,
                       titles: dict[str, tuple[str, str]]) -> list[Relation]:
    """SK온(대표 지동섭), 카카오(대표이사 정신아): the head named in brackets after the company."""
    out = []
    for org in mentions:
        if org.type is not EntityType.ORGANIZATION or text[org.end:org.end + 1] != "(":
            continue
        close = text.find(")", org.end, org.end + 30)
        person = next((m for m in mentions if m.type is EntityType.PERSON and org.end < m.start and m.end <= close), None)
        if close < 0 or person is None or text[person.end:close].strip():
            continue
        title = title_of(text[org.end + 1:person.start].strip())
        if title and (rel := _lead(person, org, sentence, title, titles)) is not None:
            out.append(rel)
    return out


def _founder_of(ws: list[Word], by_word: dict[int, Mention], p0: int, text: str,
                titles: dict[str, tuple[str, str]]) -> Mention | None:
    """The company of `X 창업자인 P 대표` and `X 창업자이자 최대주주인 P 대표`: the words between X and the
    person (… 이자, … 인) describe the person, one of them as X's founder."""
    k = p0 - 1
    if k < 1 or not text[ws[k].start:ws[k].end].endswith("인"):
        return None
    chain = [k]
    while k - 1 >= 1 and text[ws[k - 1].start:ws[k - 1].end].endswith("이자") and len(chain) < 3:
        k -= 1
        chain.append(k)
    org = by_word.get(k - 1)
    if org is None or org.type is not EntityType.ORGANIZATION:
        return None
    founder = any(titles.get(title_of(text[ws[j].stem_start:ws[j].stem_end]) or "", ("", ""))[1] == "founder"
                  for j in chain)
    return org if founder else None


_LEADS_THE_COMPANY = re.compile(r"(?<![가-힣])(?:(?:이\s|같은\s)?회사를\s(?:이끄는|이끌고\s있는|이끌어\s?온|창업한|세운|설립한)"
                                r"|(?:공동\s?)?(?:창업자|창업주|설립자)(?:인|이자))\s")
#: (Y 대표가) 세운 회사다, 창업한 스타트업으로: the person founded what the sentence is about
_FOUNDED_IT = re.compile(r"\s*(?:(?:\d{4}년\s*(?:\d{1,2}월\s*)?)?(?:세운|설립한|창업한|만든)\s+(?:[가-힣A-Za-z]+\s+)?(?:회사|기업|업체|스타트업)"
                         r"(?:이다|다|로|으로|이며|이고)"
                         r"|(?:\d{4}년\s*(?:\d{1,2}월\s*)?)?(?:창업|설립)했다)")  # X는 … P 대표가 2021년 창업했다
_LEAD_VERBS = frozenset({"이끌다", "맡다", "경영하다", "지휘하다", "총괄하다"})


#: X를 이끄는 / 이끌어 온 / 세운 / 창업한 Y 대표: the clause before the person names the company they head
_CLAUSE_LEAD = frozenset({"이끌다", "경영하다", "세우다", "창업", "설립", "창업하다", "설립하다"})


def _led_by_clause(sentence: Sentence, mentions: list[Mention], person: Mention, ws: list[Word],
                   text: str) -> Mention | None:
    before = [t for t in sentence.tokens if t.end <= person.start]
    if not before or before[-1].tag != "ETM":
        return None
    verb = [t for t in before[-5:] if t.lemma in _CLAUSE_LEAD]
    if not verb or _MOVES_ON.match(text, person.end) or _SWAPPED.search(text, person.end, sentence.end):
        return None  # (Y를 이끌어 온 P 사장이 자리를 옮겨 X 대표에: Y's no more)
    return next((m for m in reversed(mentions) if m.type is EntityType.ORGANIZATION and m.end <= verb[-1].start
                 and verb[-1].start - m.end <= 3 and _word_particle(ws, m, text) in OBJECT), None)


#: a post held before (대표였던, 사장이었던)
_HELD_BEFORE = re.compile(r"(?:였던|이었던)\s")
#: P가 X 대표로, Q가 Y 대표로 각각 자리를 옮겼다: each moved to the post named after them
_SWAPPED = re.compile(r"각각\s자리를\s옮")
#: after a person and their title: they leave the post they held (자리를 옮겨, 자리를 옮긴다)
_MOVES_ON = re.compile(r"\s[가-힣A-Z]{1,6}(?:이|가|은|는)\s(?:[가-힣]+\s)?자리를\s옮(?:기|겨)")


def _lead(person: Mention, org: Mention, sentence: Sentence, title: str,
          titles: dict[str, tuple[str, str]], *, post_named_first: bool = False) -> Relation | None:
    """A leadership fact when the title is one that heads an organisation (부회장 counts).  `post_named_first`:
    the sentence named the post before the person (법인장은 P 전 X 상무가 맡는다), so a 전 after the person
    tells a post they held elsewhere."""
    rank = titles[title][1]
    if rank != "head" and title != "부회장" and not (rank == "government" and org.type is EntityType.ORGANIZATION
                                                    and title not in _DEPUTIES):
        return None
    lo = person.start - sentence.start
    hi = (org.end if org.start > person.start else person.end) - sentence.start
    if not post_named_first and _FORMER.search(sentence.text[lo:hi + len(title) + 3]) \
            and not (org.start < person.start and _APPOINT_TEXT.search(sentence.text)):
        # 김태영 전 한국노바릭스 대표, 前 대표: who led it once, not now (X는 김태영 전 Y 대표를 대표로 선임: X's now)
        return None
    return Relation(RelationType.LEADS, person, org, sentence, Status.ASSERTED, title, title=title)


#: government posts that stand in for the head, not head it (차관 of a ministry, not its minister)
_DEPUTIES = frozenset({"차관", "부통령", "부총리"})
_APPOINT_TEXT = re.compile(_APPOINTMENT)
_FORMER = re.compile(r"(?:^|[\s(])(?:전|前|전임|초대\s*전)\s|\s(?:전|前)(?:대표|회장|사장|CEO|부회장|대표이사)")


def _word_particle(ws: list[Word], m: Mention, text: str) -> str:
    """The particle after `m`: of the word its last character is in (팬노니아 메탈스는: 는)."""
    for w in ws:
        if w.start < m.end <= w.end:
            tail = text[m.end:w.end].rstrip(",")
            return tail if tail in _PARTICLES else w.particle
    return ""




#: Y는 수빅에 있는 X의 자회사다: a sentence that ends saying its topic is X's unit
_UNIT_IS = re.compile(r"의\s+" + _UNIT_WORDS_PATTERN + r"(?:이)?(?:다|었다|였다)(?=[.\s,]|$)")
#: after the country of `하노이에 있는 베트남 법인 X`: a word for a unit
_UNIT_WORD_NEXT = re.compile(r"\s*(?:현지\s*)?(?:법인|자회사|지사|생산법인|판매법인)\s")


def located(sentence: Sentence, args: list[Arg], text: str) -> list[Relation]:
    """미국 로봇 전문기업 보스턴다이내믹스 / 대만의 TSMC: an organisation introduced by its country or city."""
    out: list[Relation] = []
    ws = words(sentence, text)
    for k, a in enumerate(args):
        place = a.mentions[-1]
        first = a.word_index + 1  # the first word after the place
        there = a.particle in ("에",) and first < len(ws) and text[ws[first].start:ws[first].end] in _THERE
        if there:
            first += 1  # 미국 필라델피아에 있는 X
        elif a.particle in ("에",) and first + 1 < len(ws) and text[ws[first].start:ws[first + 1].end] in _THERE:
            there, first = True, first + 2  # 바탐 경제특구에 자리 잡은 X
        elif a.particle in ("에서",) and first + 1 < len(ws) and text[ws[first].start:ws[first + 1].end] == "문을 연":
            there, first = True, first + 2  # 자카르타에서 문을 연 X: where it opened its doors, it is
        if len(a.mentions) > 1 or not (a.bare or a.particle == "의" or there):
            continue
        if place.type is EntityType.PLACE and k > 0 and args[k - 1].bare and len(args[k - 1].mentions) == 1 \
                and args[k - 1].word_index == a.first_word - 1 \
                and (args[k - 1].mentions[0].type is EntityType.COUNTRY
                     or (there and args[k - 1].mentions[0].type is EntityType.CITY)):
            place = args[k - 1].mentions[0]  # 미국 실리콘밸리 벤처캐피털 X: a region is no city, its country counts
            # (서울 성수동에 둥지를 튼 X: a district, its city)
        if place.type not in (EntityType.COUNTRY, EntityType.CITY):
            continue
        # the next name may sit inside a list (A와 싱가포르 B 등): look at names, not arguments
        following = sorted(((m, x) for x in args if x is not a for m in x.mentions
                            if m.start > a.end and text[m.start - 1:m.start] != "("  # not a gloss: 저비용항공사(LCC)
                            and not (there and m.type.is_location and _UNIT_WORD_NEXT.match(text, m.end))),
                           key=lambda mx: mx[0].start)  # (하노이에 있는 베트남 법인 X: X is the one)
        org, nxt = following[0] if following else (None, None)
        via_unit = via_parent = False
        if there and org is not None and org.type is EntityType.ORGANIZATION and _UNIT_IS.match(text, org.end):
            # 동해수빅조선은 필리핀 수빅에 있는 동해조선의 자회사다: the place is the topic's, not its parent's
            topic = next((x for x in args[:k] if x.particle in ("은", "는") and not x.relative
                          and x.mentions[-1].type is EntityType.ORGANIZATION), None)
            if topic is None:
                continue
            org, nxt = topic.mentions[-1], topic
            via_unit = True
        elif there and org is not None and org.type is EntityType.ORGANIZATION \
                and (unit_word := _UNIT_AFTER.match(text, org.end)) is not None:
            if unit_word[1] and is_country(unit_word[1]) and unit_word[1] != place.text \
                    and not _within(place, unit_word):
                via_parent = True  # 뉴욕에 있는 린덴캐피탈의 한국 법인 린덴코리아: the place is the parent's
                # (리야드에 있는 X의 사우디 법인 Y: Riyadh lies in Saudi Arabia, so it is Y's)
            else:
                # 호찌민에 있는 케이트렉의 생산법인 케이트렉비나: the unit is there, not its parent
                parent_end = org.end
                unit = next((m for m, _ in following if m.start > parent_end and m.type is EntityType.ORGANIZATION
                             and _UNIT_AFTER.fullmatch(text, parent_end, m.start - (text[m.start - 1] in "'‘\"“"))
                             is not None), None)  # (X의 사우디 법인 ‘Y’)
                if unit is None:
                    continue
                org, nxt = unit, next(x for x in args if unit in x.mentions)
                via_unit = True
        if org is not None and not (via_unit or via_parent) and len(following) > 1 and not following[1][0].guess \
                and following[1][0].type is EntityType.ORGANIZATION and (
                    (org.guess and following[1][1] is not nxt)
                    or (org.strength <= 1 and any(org_cue(text[w.stem_start:w.stem_end]) for w in ws
                                                 if org.end <= w.start and w.end <= following[1][0].start))):
            # 힙합·R&B 레이블 X, 일본 ODM 업체 X: a guess inside the description is not the company
            org, nxt = following[1]
        if nxt is None or org is None or org.type is not EntityType.ORGANIZATION:
            continue
        if there and _ITS_SITE.match(text, org.end):
            continue  # 폴란드 브로츠와프에 들어선 해담제과 유럽 공장: the plant is there, not the company
        if "…" in text[a.end:org.start] or text[org.start - 1:org.start] == "·":
            continue  # 베트남 다낭 법인 출범·트립온과 예약 제휴: a headline's items, not one description
        org_word = next((i for i, w in enumerate(ws) if w.start <= org.start < w.end), a.word_index + 1)
        between = ws[first:org_word]  # 구글 클라우드
        if there:  # 하노이에 있는 이 합작법인은: the company told before
            between = [w for w in between if text[w.start:w.end] not in ("이", "해당", "새")]
        stems = [text[w.stem_start:w.stem_end] for w in between]
        based = bool(stems) and stems[0] in ("소재", "기반") and a.bare  # 런던 소재 (인디 레이블) X, 휴스턴 기반의 X
        if not via_unit and (len(between) > (5 if based else 4) or any(
                w.particle and w.particle not in ("인",) and not (based and i == 0 and w.particle == "의")
                for i, w in enumerate(between))):
            continue
        if between and not based and not via_unit and not (
                any(org_cue(s) or org_cue(text[w.start:w.end]) for s, w in zip(stems, between, strict=True))
                or stems[-1].endswith(("브랜드", "펀드")) or (stems in (["국영"], ["국유"], ["토종"]) and not org.guess)):
            continue  # 일본 오사카의 중견 제약사 미나토제약: what stands between says it is a company (or a
            # brand the article makes a company: 이탈리아 가죽 브랜드 베르놀리와 합작법인을; 베트남 국영 X: state-owned,
            # so a body of some kind); 독일 문구 체인 X: the tokenizer may read a word for a company as 체 + 인
        places = [place]
        j = k
        while j > 0 and args[j - 1].bare and args[j - 1].word_index == args[j].first_word - 1 \
                and args[j - 1].mentions[-1].type is EntityType.COUNTRY and place.type is EntityType.CITY:
            j -= 1
            places.append(args[j].mentions[-1])  # 필리핀 마닐라의 …: the country too
        stop = min((m.start for x in args for m in x.mentions if m.start > a.end and m.type.is_location
                    and not (there and m.end <= org.start and _UNIT_WORD_NEXT.match(text, m.end))),
                   default=sentence.end)  # 미국 월마트와 코스트코, 일본 돈키호테: the next place takes over
        members = [m for m in nxt.mentions if m.type is EntityType.ORGANIZATION]
        if any(m.type.is_location and members[0].start < m.start < members[-1].start
               for x in args for m in x.mentions):
            # 독일 A, 프랑스 B, C: B only (미국 월마트와 코스트코, 일본 …: both)
            stop = min(stop, next((m.start for m in members if m.start > org.start
                                   and text[org.end:m.start].lstrip(")").startswith(",")), stop))
        # 미국 유통업체 A·B, 한인 식료품 체인 C: a member with a description of its own is not the country's
        prior = org
        for m in members:
            if m.start > org.start and m.start < stop:
                gap = re.sub(r"\([^()]*\)", "", text[prior.end:m.start])
                if re.search(r"[가-힣]{2,}|^[가-힣]", re.sub(r"^\s*(?:와|과|및)\s", " ", gap)):
                    stop = m.start  # (… 메종뤼미에르로, 셀리엔폴스카는: a particle ends the description)
                    break
                prior = m
        for member in nxt.mentions:  # 사우디아라비아 자치행정주택부, 투자부와
            if member is not org and any(is_country(member.text[:n]) and member.text[:n] != place.text
                                         for n in (2, 3, 4)):
                continue  # 일본 종합상사 A와 한국광해광업공단: a member named by another country is not this one's
            if member.type is EntityType.ORGANIZATION and org.start <= member.start < stop:
                out += [Relation(RelationType.LOCATED_IN, member, p, sentence, Status.ASSERTED, "appositive")
                        for p in places]
    return out + _local(sentence, args, ws, text) + _there_is(sentence, args, text) + _local_cue(sentence, args, text) \
        + _state_bodies(sentence, args, text)


#: … a country's state, then the body under it (오만 정부 산하 오만국가공항청, 중국 정부 산하 국유기업 X)
_UNDER_THE_STATE = re.compile(r"\s(?:정부|당국)\s?산하(?:의)?\s(?:[가-힣]+\s){0,2}$")


def _state_bodies(sentence: Sentence, args: list[Arg], text: str) -> list[Relation]:
    """오만 정부 산하 오만국가공항청(ONAA)과: a body under a country's state is in that country (as 폴란드
    국방부 is)."""
    out: list[Relation] = []
    mentions = [m for a in args for m in a.mentions]
    for country, body in zip(mentions, mentions[1:], strict=False):
        if country.type is EntityType.COUNTRY and body.type is EntityType.ORGANIZATION \
                and _UNDER_THE_STATE.fullmatch(text, country.end, body.start) is not None:
            out.append(Relation(RelationType.LOCATED_IN, body, country, sentence, Status.ASSERTED, "산하"))
    return out


#: 현지 투자회사 X, 현지 유통업체 X: a company called local, with a word for what it is
_LOCAL_CUE = re.compile(r"현지\s+([가-힣]+)\s+$")


def _local_cue(sentence: Sentence, args: list[Arg], text: str) -> list[Relation]:
    """싱가포르 법인 … 지분을 현지 투자회사 X에 매각: a company called local is in the country the sentence
    named last before it (not Korea)."""
    out: list[Relation] = []
    if not sentence.text.rstrip().endswith("다."):
        return out  # (a headline: …이어 동남아 두 번째 거점…현지 유통사 X: which country, it does not say)
    for k, a in enumerate(args):
        m = a.mentions[0]
        cue = _LOCAL_CUE.search(text, max(sentence.start, m.start - 14), m.start)
        if m.type is not EntityType.ORGANIZATION or cue is None or not org_cue(cue[1]):
            continue
        if re.search(r"국내\s+$", text[max(sentence.start, cue.start() - 4):cue.start()]):
            continue  # 국내 현지 부품업체: a Korean one
        places = [x for b in args[:k] for x in b.mentions if x.type.is_location
                  and not any(y.start == x.end + 1 and y.type is EntityType.ORGANIZATION for b2 in args
                              for y in b2.mentions)]  # (일본 미즈호은행과: 일본 describes the bank)
        place = places[-1] if places else None
        if place is not None and place.type is EntityType.CITY and len(places) > 1 \
                and places[-2].type is EntityType.COUNTRY and text[places[-2].end:place.start] == " ":
            if _SET_UP_THERE.fullmatch(text, place.end, m.start) and place.name not in ("대한민국", "한국"):
                # 중국 톈진에 세운 현지 법인 X: X is in the city too
                out.append(Relation(RelationType.LOCATED_IN, m, place, sentence, Status.ASSERTED, "현지"))
            place = places[-2]  # 일본 도쿄에 있는 자회사 …, 현지 유통업체 X: local to the country
        if place is not None and place.type in (EntityType.COUNTRY, EntityType.CITY) \
                and place.name not in ("대한민국", "한국"):
            out.append(Relation(RelationType.LOCATED_IN, m, place, sentence, Status.ASSERTED, "현지"))
    return out


#: P에 세운 현지 (생산)법인 X: the unit is in P
_SET_UP_THERE = re.compile(r"에\s(?:세운|설립한|둔|만든)\s현지\s?(?:[가-힣]+\s)?(?:법인|자회사)\s")


def _there_is(sentence: Sentence, args: list[Arg], text: str) -> list[Relation]:
    """베트남 호찌민에는 생산 자회사 누움비나가 있다: the company is in that city (and its country)."""
    out: list[Relation] = []
    for k, a in enumerate(args):
        if a.particle != "에는" or a.mentions[-1].type not in (EntityType.CITY, EntityType.COUNTRY):
            continue
        b = next((x for x in args[k + 1:] if x.mentions[0].type is EntityType.ORGANIZATION), None)
        if b is None or b.particle not in ("이", "가") or len(b.mentions) != 1 \
                or not re.match(r"\s*(?:있다(?!면)|있으며|있고|자리하고\s*있다|자리잡고\s*있다)", text[b.end + 1:]):
            continue
        places = [a.mentions[-1]]
        if (country := _country_before(args, k)) is not None:
            places.append(country)  # 베트남 호찌민에는
        out += [Relation(RelationType.LOCATED_IN, b.mentions[0], p, sentence, Status.ASSERTED, "있다") for p in places]
    return out


def _local(sentence: Sentence, args: list[Arg], ws: list[Word], text: str) -> list[Relation]:
    """일본 오사카에서도 현지 부동산 개발사 X와: a company called local (현지) is where the clause takes place."""
    out: list[Relation] = []
    for k, a in enumerate(args):
        place = a.mentions[-1]
        if len(a.mentions) > 1 or not a.particle.startswith("에서") or place.type not in (EntityType.COUNTRY,
                                                                                          EntityType.CITY):
            continue
        first = a.word_index + 1
        if first >= len(ws) or text[ws[first].stem_start:ws[first].stem_end] != "현지" or ws[first].particle:
            continue
        nxt = args[k + 1] if k + 1 < len(args) else None
        if nxt is None or nxt.mentions[0].type is not EntityType.ORGANIZATION:
            continue
        between = ws[first + 1:nxt.first_word]
        if len(between) > 3 or not between or any(w.particle for w in between) \
                or not org_cue(text[between[-1].stem_start:between[-1].stem_end]):
            continue  # 현지 (부동산) 개발사 X: only words for what kind of company
        places = [place]
        if place.type is EntityType.CITY and (country := _country_before(args, k)) is not None:
            places.append(country)  # 일본 오사카에서: the country too
        out += [Relation(RelationType.LOCATED_IN, nxt.mentions[0], p, sentence, Status.ASSERTED, "현지")
                for p in places]
    return out


_FOUND = frozenset({"세우", "설립", "두", "출범", "신설", "운영"})
#: 중동 법인 'X', 판매 법인 X: the words right before a company a sentence sets up (not after 합작: a JV)
_NAMED_UNIT = re.compile(r"(?:법인|자회사)\s?['‘\"“]?$")


def founded_in(sentence: Sentence, args: list[Arg], topic: Arg | None = None) -> list[Relation]:
    """합작법인 X를 리야드에 세웠다, 새너제이에는 현지 자회사 X를 두고 있다: the company is where it was set up.
    `topic` is the company the article is telling of, the founder of a unit set up with no founder named."""
    out: list[Relation] = []
    toks = sentence.tokens
    for k, t in enumerate(toks):
        if t.form not in _FOUND or not (t.tag.startswith("VV") or (t.tag == "NNG" and k + 1 < len(toks)
                                                                   and toks[k + 1].tag == "XSV")):
            continue
        start = _clause_start(toks, k)
        clause = [a for a in args if start <= a.start and a.end <= t.start]
        etm = k + 2 if t.tag == "NNG" else k + 1  # 세운, 설립한
        if etm < len(toks) and toks[etm].tag == "ETM" and t.form != "두":
            found = _unit_set_up(sentence, args, clause, toks[etm].end, topic, done=toks[etm].form in ("ᆫ", "은"))
            if found:
                out += found
                continue
        company = [a for a in clause if (a.particle in OBJECT or (a.particle == "도" and _NAMED_UNIT.search(
                       sentence.text, 0, a.start - sentence.start))) and len(a.mentions) == 1  # 법인 'Y'도 세웠다
                   and a.mentions[0].type is EntityType.ORGANIZATION and not a.mentions[0].guess  # not 리전을
                   and not is_reference(a.mentions[0].text)]  # 합작법인을 설립: a new one, not the last one named
        if t.tag == "NNG" and toks[k + 1].form == "되" and not company:
            # X는 2018년 하노이에 설립돼 / 하노이에 설립된 X: the company set up is the subject, or the one after
            if etm < len(toks) and toks[etm].tag == "ETM":
                nxt = next((a for a in args if a.start >= toks[etm].end
                            and not (a.bare and a.mentions[-1].type.is_location)), None)
                company = [nxt] if nxt is not None and nxt.start - toks[etm].end <= 25 and nxt.particle \
                    and nxt.particle not in GENITIVE \
                    and len(nxt.mentions) == 1 and nxt.mentions[0].type is EntityType.ORGANIZATION else []
                # (서울에 설립된 X의 자회사 Y: Y was set up there, not X)
            else:
                company = [a for a in clause if a.particle in ("은", "는", "이", "가") and len(a.mentions) == 1
                           and a.mentions[0].type is EntityType.ORGANIZATION][-1:]
            if "본사" in sentence.text[t.end - sentence.start:]:
                company = []  # 2018년 판교에 설립돼 현재 본사는 강남에 있다: the seat is told apart
        if len(company) == 1 and t.form != "두" and _NAMED_UNIT.search(sentence.text, 0, company[0].start - sentence.start) \
                and "합작" not in sentence.text[max(0, company[0].start - sentence.start - 14):
                                                company[0].start - sentence.start]:  # (합작법인, 합작 투자 법인 'X')
            # 두바이에 중동 법인 'X'를 설립했다: the unit is the founder's, the one the sentence is about
            founder = next((a for a in reversed(args) if start <= a.start and a.end <= company[0].start
                            and a.particle in SUBJECT
                            and len(a.mentions) == 1 and a.mentions[0].type is EntityType.ORGANIZATION
                            and a.mentions[0].name != company[0].mentions[0].name), None)
            if founder is not None:
                out.append(Relation(RelationType.SUBSIDIARY_OF, company[0].mentions[0], founder.mentions[0], sentence,
                                    sentence_status(sentence, t.end)[0], "법인"))
        place = [a for a in clause if a.particle in ("에", "에는") and a.mentions[-1].type.is_location
                 and not (a.particle == "에" and any(x.tag == "ETM" and a.end <= x.start < t.start for x in toks))]
        # (오사카에 본사를 둔 …: the place of the clause; 껀터에는 2017년 세운 자회사 X를 두고 있다: the sentence's)
        if len(company) != 1 or len(place) != 1 or max(company[0].start - place[0].end,
                                                       place[0].start - company[0].end) > 40:
            continue
        p = place[0]
        places = [p.mentions[-1]]
        i = args.index(p)
        if i > 0 and args[i - 1].bare and args[i - 1].word_index == p.first_word - 1 \
                and args[i - 1].mentions[-1].type is EntityType.COUNTRY \
                and p.mentions[-1].type in (EntityType.CITY, EntityType.PLACE):
            # 미국 새너제이에는: the country too; 멕시코 누에보레온주에: the country, a region is no seat
            places = [*(places if p.mentions[-1].type is EntityType.CITY else []), args[i - 1].mentions[-1]]
        status = sentence_status(sentence, t.end)[0]
        out += [Relation(RelationType.LOCATED_IN, company[0].mentions[0], q, sentence, status, t.form)
                for q in places]
    return out


def _unit_set_up(sentence: Sentence, args: list[Arg], clause: list[Arg], end: int,
                 topic: Arg | None = None, done: bool = False) -> list[Relation]:
    """오카베상사가 2012년 서울에 세운 한국법인 오카베상사코리아: the unit a relative clause tells of setting up
    is its founder's, and where the clause set it up.  With no founder named (2021년 뉴저지주 포트리에 세운 미국
    법인 온새미아메리카가 맡고 있다), the founder is the company the article is telling of, if the unit bears its
    name (온새미식품).  `done`: the clause's verb is past (세운, 설립한), so the unit stands whatever the rest of
    the sentence plans for it (지난달 세운 자회사 Y가 운영하며, 내년 가동이 목표다)."""
    unit = next((a for a in args if a.start >= end and not (a.bare and a.mentions[-1].type.is_location)), None)
    if unit is None or len(unit.mentions) != 1 or unit.mentions[0].type is not EntityType.ORGANIZATION \
            or unit.start - end > 25 or not _NAMED_UNIT.search(sentence.text, 0, unit.start - sentence.start):
        return []
    founder = next((a for a in clause if a.particle in ("이", "가") and len(a.mentions) == 1
                    and a.mentions[0].type is EntityType.ORGANIZATION), None)
    status = sentence_status(sentence, unit.end)[0]
    if done and status is Status.HEDGED:
        status = Status.ASSERTED
    subject = next((a for a in reversed(clause) if a.particle in ("은", "는", "이", "가")
                    and a.mentions[-1].type is EntityType.ORGANIZATION), None)
    seat = [] if re.search(r"옮기|옮겼|이전했|이전한다", sentence.text[unit.end - sentence.start:]) else [
        Relation(RelationType.LOCATED_IN, unit.mentions[0], p, sentence, status, "세우")
        for p in _places_of(args, [a for a in clause if a.particle == "에" and (subject is None or a.start > subject.end)])]
    # (…세운 Y는 지난해 본사를 부산으로 옮겼다: no longer there; 대구에 본사를 둔 X는 알마티에 세운 …: 대구 is X's)
    if "합작" in sentence.text[:unit.start - sentence.start]:
        return seat  # (A가 B와 합작해 세운 법인 Y: a joint venture, where it was set up)
    if founder is None and clause and not any(a.mentions[0].type is EntityType.ORGANIZATION for a in clause) \
            and not _SOMEONE_SET_UP.search(sentence.text, 0, end - sentence.start) \
            and topic is not None and topic.mentions[0].type is EntityType.ORGANIZATION \
            and topic.mentions[0].sentence != sentence.index \
            and unit.mentions[0].name[:2] == topic.mentions[0].name[:2]:
        founder = topic  # (the unit of the company the article tells of, named after it)
    if founder is None or founder.mentions[0].name == unit.mentions[0].name:
        return seat  # (2023년 하노이에 세운 베트남 법인 Y: Y is in Hanoi, whose unit the sentence may not say)
    return [Relation(RelationType.SUBSIDIARY_OF, unit.mentions[0], founder.mentions[0], sentence, status, "법인"),
            *seat]


def _places_of(args: list[Arg], at: list[Arg]) -> list[Mention]:
    """The cities and countries the arguments `at` name (베트남 하이퐁에: the city, and the country written
    right before it)."""
    out: list[Mention] = []
    for a in at:
        if not _one_place(a):
            continue
        out.append(a.mentions[-1])
        i = args.index(a)
        if a.mentions[-1].type is EntityType.CITY and (country := _country_before(args, i)) is not None \
                and len(args[i - 1].mentions) == 1:
            out.append(country)
    return out


def _one_place(a: Arg) -> bool:
    """Whether `a` names one city or country."""
    return len(a.mentions) == 1 and a.mentions[-1].type in (EntityType.CITY, EntityType.COUNTRY)


def _place_told_before(args: list[Arg], end: int, ok: Callable[[Arg], bool]) -> Arg | None:
    """The last city or country before `end` named with 에 that `ok` accepts (P에 본사를 두고, 이곳에 …)."""
    return next((a for a in reversed(args) if a.end <= end and a.particle == "에" and _one_place(a) and ok(a)), None)


def _country_before(args: list[Arg], k: int) -> Mention | None:
    """The country written bare right before the place `args[k]` names (베트남 하이퐁에: 베트남)."""
    before = args[k - 1] if k > 0 else None
    return before.mentions[-1] if before is not None and before.bare \
        and before.word_index == args[k].first_word - 1 and before.mentions[-1].type is EntityType.COUNTRY else None


#: a founder named in a clause that names no company (현지 교민들이 2018년 호찌민에 세운 법인 X)
_SOMEONE_SET_UP = re.compile(r"[가-힣]{2,}(?:들)?(?:이|가)\s")

#: a place's word for where a company is: 필라델피아에 있는 X
_THERE = frozenset({"있는", "소재한", "위치한", "자리한", "자리잡은", "자리 잡은", "자리잡는", "자리 잡는", "들어선",
                    "들어서는", "기반을 둔", "둥지를 튼"})


def _described(trig: Trig, after: list[Arg], sentence: Sentence, text: str) -> Arg | None:
    """The company a relative clause ending at `trig` describes: 인수한 (캐나다 웹소설 플랫폼) 왓패드는 —
    the first name after it, with only bare words (what kind of company) between."""
    k = 0
    while k < len(after) and (after[k].bare or after[k].particle == "의") and after[k].mentions[0].type.is_location:
        k += 1  # 인수한 캐나다 웹소설 플랫폼 왓패드는, 이탈리아 모데나의 유압장비 업체 X는: where the company is
        # from is part of the description
    nxt = after[k] if k < len(after) else None
    if nxt is None or nxt.mentions[0].type is not EntityType.ORGANIZATION or nxt.start - trig.end > 30 \
            or not nxt.particle:
        return None  # 인수한 SSD 사업을: the clause describes a business, not the company named in it
    places = {a.mentions[-1].end for a in after[:k] if a.particle == "의"}
    between = [w for w in words(sentence, text) if trig.end < w.start and w.end <= nxt.start]
    if any((w.particle and w.stem_end not in places) or _ends_with_comma(w) for w in between[1:]):
        return None
    return nxt


#: the shares of the company named right before: 포근베이비 지분 55%를 (인수)
_STAKE_NEXT = re.compile(r"\s지분\s?(?:\d+(?:\.\d+)?\s?%|전량|일부|(?:을|를)\s)")


_HOLDER_IS = re.compile(r"(?:은|는)\s+(?:(?:창업자|창업주|설립자|모회사|지주사|지주회사)인\s+)?")
_IS_AFTER_HOLDER = re.compile(r"(?:\s[가-힣]{1,5})?\s*(?:\([^()]*\))?\s*(?:이다|다|이며|이고|며|로|으로)(?![가-힣])")


def _holder_named_after(trig: Trig, after: list[Arg], text: str) -> Arg | None:
    """The shareholder a sentence names after 최대주주는: Z in Y의 최대주주는 Z다 (not the topic)."""
    lead = _HOLDER_IS.match(text, trig.end)
    if lead is None:
        return None
    a = next((x for x in after if x.start == lead.end()), None)
    if a is None or len(a.mentions) != 1 or a.mentions[0].type not in INVESTOR \
            or _IS_AFTER_HOLDER.match(text, a.mentions[0].end) is None:
        return None
    return a


#: 공급받는 (장기)계약: the verb describes a contract, which the company after 와 is the other party of
_CONTRACT_AFTER = re.compile(r"\s*받(?:는|은|을)\s(?:[가-힣]+\s)?(?:장기\s?)?(?:공급\s?)?계약")


#: a sentence about three or more parties told before: 3사는, 세 회사는, 3개사가
_THREE_PARTIES = re.compile(r"(?:[3-5]사|[3-5]개사|세\s?회사|네\s?회사|세\s?곳)(?:는|가|은|이|도)?\s")


def _acting_together(args: list[Arg], text: str) -> list[Mention]:
    """A가 B, C와 함께 …: the subject and the companies listed with it, when there are three or more."""
    subject = _company_subject(args)
    if subject is None:
        return []
    others = next((a for a in args if a.start > subject.end and a.particle in ("와", "과") and len(a.mentions) >= 2
                   and all(m.type is EntityType.ORGANIZATION for m in a.mentions)
                   and _TOGETHER_AFTER.match(text[a.end:a.end + 70])), None)
    return [subject.mentions[0], *others.mentions] if others is not None else []


def _among(crew: list[Mention], sentence: Sentence, ms: list[Mention]) -> list[Relation]:
    """The deal a sentence about 3사 tells, between every two of them (a joint venture, a partnership, an MOU)."""
    trig = next((t for t in find_triggers(sentence, ms) if t.trigger.relation.symmetric
                 and t.trigger.relation is not RelationType.MERGER), None)
    if trig is None:
        return []
    status = sentence_status(sentence, trig.end)[0]
    return [Relation(trig.trigger.relation, a, b, sentence, status, trig.trigger.form)
            for i, a in enumerate(crew) for b in crew[i + 1:] if a.name != b.name]


def _together(args: list[Arg], text: str) -> tuple[Mention, Mention] | None:
    """X가 Y와 함께 …: the two companies a sentence tells of acting together, whom 두 회사 may then mean."""
    subject = _company_subject(args)
    if subject is None:
        return None
    other = next((a for a in args if a.start > subject.end and a.particle in ("와", "과") and len(a.mentions) == 1
                  and a.mentions[0].type is EntityType.ORGANIZATION
                  and _TOGETHER_AFTER.match(text[a.end:a.end + 70])), None)
    return (subject.mentions[0], other.mentions[0]) if other is not None else None


def _company_subject(args: list[Arg]) -> Arg | None:
    """The sentence's first subject that is one company (not a relative clause's)."""
    return next((a for a in args if a.particle in ("은", "는", "이", "가") and not a.relative
                 and len(a.mentions) == 1 and a.mentions[0].type is EntityType.ORGANIZATION), None)


#: after a company with 와/과: 'together with' (Y와 함께, Y(…)와 함께)
_TOGETHER_AFTER = re.compile(r"\s*(?:\([^()]{1,60}\))?\s*(?:와|과)?\s*함께\s")


#: 인수를 검토 중인 Y, 인수를 추진한 Y: a deal weighed in a relative clause that describes the company after it
_WEIGHED_IN_CLAUSE = re.compile(r"(?:을|를)\s(?:검토|추진|협상|타진|논의)\s?(?:중인|하는|한|해\s?온|하던|했던)\s")


_SOLD_BEFORE = re.compile(r"(?:이|가)?\s(?:\S+\s){0,2}?(?:매각|처분|정리|분리\s?매각)(?:한|했던|하는)\s")


#: X는 Y(…)와 센서를 공동 개발한다: a partner named, working together with no contract word
_WITH_JOINTLY = re.compile(r"[가-힣A-Za-z0-9)](?:와|과)\s(?:\S+\s){0,5}?공동\s?(?:개발|연구|제작)(?:한다|했다|하기로|하고|해)")


@cache
def _joint_work() -> frozenset[str]:
    """The partnership words that need 계약 beside them (공동 개발, 공동 연구): work done together."""
    return frozenset(t.form for t in triggers() if t.needs == "계약" and t.relation is RelationType.PARTNERSHIP)


def _with_together(a: Arg, text: str) -> bool:
    """A와 함께: the argument's 와/과 is 'together with'.  (Not past a gloss, A(…)와 함께: tried, and a held-out
    set then took a denied fact for one.)"""
    return re.match(r"\s*함께\s", text[a.end + len(a.particle):a.end + len(a.particle) + 5]) is not None


def _quote_opens(between: str) -> bool:
    """Whether a quotation opens in `between` and is not closed there."""
    return between.count("“") > between.count("”") or between.count('"') % 2 == 1


def _dedupe(rels: list[Relation]) -> list[Relation]:
    seen: dict[tuple, Relation] = {}
    for r in rels:
        key = (r.type, r.subject.name, r.object.name) if not r.type.symmetric else \
            (r.type, *sorted((r.subject.name, r.object.name)))
        old = seen.get(key)
        if old is None or (old.status is not Status.ASSERTED and r.status is Status.ASSERTED):
            seen[key] = r
    return list(seen.values())


# ---- details on the deal node -------------------------------------------------------------

_UNITS = {"조": 10**12, "억": 10**8, "만": 10**4, "천": 10**3}
#: dollars named by their country (8500만 호주달러)
_DOLLARS = {"호주": "AUD", "캐나다": "CAD", "홍콩": "HKD", "싱가포르": "SGD", "대만": "TWD", "뉴질랜드": "NZD",
            "미국": "USD", "미": "USD"}
_CURRENCY = {"원": "KRW", "달러": "USD", "유로": "EUR", "엔": "JPY", "위안": "CNY", "파운드": "GBP",
             **{f"{country}달러": code for country, code in _DOLLARS.items()}}
_MONEY = re.compile(
    r"(?:약\s*)?((?:\d[\d,]*(?:\.\d+)?\s*(?:조|억|만|천)\s*)*\d[\d,]*(?:\.\d+)?\s*(?:조|억|만|천)?)\s*"
    r"((?:(?:" + "|".join(_DOLLARS) + r")\s?)?달러|원|유로|엔|위안|파운드)(?!장|자|칙|료|유|짜)|(?:US)?\$\s?(\d[\d,.]*)\s*(billion|million|bn|m)?",
)


def money(text: str) -> Amount | None:
    """The first amount of money in the text: 80억 달러 → 8,000,000,000 USD, 2조 3441억 원 → KRW."""
    for m in _MONEY.finditer(text):
        if m.group(3):
            value = float(m.group(3).replace(",", "")) * {"billion": 1e9, "bn": 1e9, "million": 1e6, "m": 1e6}.get(
                (m.group(4) or "").lower(), 1)
            return Amount(int(value), "USD", m.group(0).strip())
        number, unit = m.group(1), m.group(2)
        total, current = 0.0, 0.0
        for num, mult in re.findall(r"(\d[\d,]*(?:\.\d+)?)\s*(조|억|만|천)?", number):
            current = float(num.replace(",", ""))
            total += current * _UNITS.get(mult, 1)
        if total <= 0:
            continue
        return Amount(int(round(total)), _CURRENCY[unit.replace(" ", "")], m.group(0).strip())
    return None


_DURATION = re.compile(r"(?:향후\s*)?(\d{1,2})\s*년\s*(?:간|동안)|향후\s*(\d{1,2})\s*년")


def duration_of(text: str) -> str | None:
    m = _DURATION.search(text)
    if not m:
        return None
    return f"P{m.group(1) or m.group(2)}Y"


_FULL_DATE = re.compile(r"(\d{4})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?")
_YEAR = re.compile(r"(?<!\d)(\d{4})\s*년(?!\s*(?:간|동안|까지))")
_REL_YEAR = {"지난해": -1, "작년": -1, "올해": 0, "올": 0, "금년": 0, "내년": 1}
_MONTH = re.compile(r"(지난해|작년|올해|내년)?\s*(?:지난\s*)?(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?")
_DAY = re.compile(r"(?<![\d.])(\d{1,2})\s*일(?:\s*\(현지시간\))?\s*(?:밝혔|발표|공시|체결|서명|전했|말했|합의)")


def date_of(text: str, published: str | None) -> str | None:
    """The date a sentence gives, absolute or resolved against the article's date."""
    m = _FULL_DATE.search(text)
    if m:
        y, mo = int(m[1]), int(m[2])
        return f"{y:04d}-{mo:02d}-{int(m[3]):02d}" if m[3] else f"{y:04d}-{mo:02d}"
    pub = tuple(int(x) for x in published.split("-")) if published else None
    if pub:
        m = _MONTH.search(text)
        if m and 1 <= int(m[2]) <= 12:
            year = pub[0] + _REL_YEAR.get(m[1] or "", 0)
            if not m[1] and int(m[2]) > pub[1]:
                year -= 1  # 지난 11월, written in March
            return f"{year:04d}-{int(m[2]):02d}" + (f"-{int(m[3]):02d}" if m[3] else "")
        m = _DAY.search(text)
        if m and 1 <= int(m[1]) <= 31:
            y, mo = pub[0], pub[1]
            if int(m[1]) > pub[2]:
                y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
            return f"{y:04d}-{mo:02d}-{int(m[1]):02d}"
    m = _YEAR.search(text)
    if m and 1900 < int(m[1]) < 2100:
        return m[1]
    if pub:
        for word, delta in _REL_YEAR.items():
            if word in text:
                return str(pub[0] + delta)
    return None


_RAISED = re.compile(r"투자(?:를|금을)?\s*(?:유치|받)")
_JOINED_ROUND = re.compile(r"(?:투자|라운드|유상증자|펀딩|투자\s*유치)에(?:는|도)?\s.*(?:참여|주도)")
#: 이번 라운드는 A가 주도했고 …, 시리즈B 투자는 …: the round as the topic, its investors after it
_ROUND_TOPIC = re.compile(r"(?:투자|라운드|유상증자|펀딩)(?:은|는)\s.*(?:참여|주도|이끌|리드|단독으로\s*진행)"
                          r"|(?:투자사|투자자|투자기관)(?:로는|으로는)\s[^.]*?(?:이름을\s*올렸|참여)")  # 투자사로는 A와 B 등이
#: A가 라운드를 이끌었고, B와 C가 참여했다: the round the article just told of, its investors as subjects
_LED_BY = re.compile(r"(?:이|가)\s+(?:(?:이번\s+)?(?:라운드|투자|펀딩)(?:를|을)\s*"
                     r"(?:이끌었|이끌고|이끌며|주도했|주도하고|주도하며|리드했|리드하고|리드하며)"
                     r"|리드\s*투자자로\s*(?:나섰|나서|참여))(?:[^.]*(?:참여|합류))?")  # (리드 투자자로 나섰고, …가 합류했다)
#: (not 반도체 설비 투자를 주도했고, nor Y의 시리즈A 라운드를 이끌었고: the subject's own lead of the round just told)


#: X는 A가 주도하고 B가 참여한 (시리즈A) 라운드를 마무리했다: the round, told in a relative clause
_LED_ROUND = re.compile(r"(?:주도|참여)(?:하고|했고|한|하는|했으며)\s(?:[^.]*?\s)?(?:라운드|투자\s*유치|투자|시리즈\s?[A-F])"
                        r"(?:를|을|에서)\s*(?:[^.]*?\s)?(?:마무리|완료|마쳤|마친|끝냈|유치|성사|조달)")  # …시리즈B에서 320억 원을 조달
#: … B와 C가 뒤를 이었다 / 합류했다, after a round's lead: more investors (not on their own: 설비 투자 … 합류)
_FOLLOWED = re.compile(r"뒤를\s*(?:이었|이어\s|따랐)|합류했|가세했")
_ADDED = re.compile(r"투자(?:했|하며|하고|해\s|에\s*나섰|에\s*나서)|(?:을|를)\s*보탰"
                    r"|(?:투자자\s*(?:명단|목록)에\s*|새로\s*|함께\s*)이름을\s*올렸"  # A도 새로 이름을 올렸다: joined the round
                    # B가 200억원을 넣었다 / 베팅했다 / 추가로 투입했다: an amount of money put in
                    r"|(?:\d|[십백천만억조])\s?(?:원|달러|엔|유로|위안)(?:을|를)\s*(?:(?:각각|추가로|새로)\s*)*"
                    r"(?:넣었|넣고|넣으며|넣어\s|베팅했|베팅하며|베팅하고|투입했|투입하며|투입하고|쏟아부었)")


_NOT_A_ROUND_LIST = re.compile(r"(?<!투자자\s)(?<!주주\s)(?:명단|이사회|순위|랭킹|목록|리스트|후보)")
_FOLLOW_ON = re.compile(r"후속\s*투자|이번에도\s.*투자")


def _joined_round(sentence: Sentence, args: list[Arg], investee: Mention, published: str | None) -> list[Relation]:
    """이번 투자에는 A와 B, C 등 3곳이 참여했다 / 이번 라운드는 A가 주도했고 B 등 4개사가 참여했다: each
    joins the investment the article just told of (not LG전자가 설비 투자는 줄였지만 … 참여한다)."""
    if (led := _LED_ROUND.search(sentence.text)) is not None:
        # X는 A가 주도하고 B가 참여한 시리즈A 라운드를 마무리했다: A and B invested in X
        at = sentence.start + led.end()
        local = next((a for a in args if a.particle in ("은", "는") and a.end <= sentence.start + led.start()
                      and a.mentions[0].type is EntityType.ORGANIZATION), None)
        investee = local.mentions[0] if local is not None else investee  # (…에서 180억원을 유치했다: the topic's)
        status, _ = sentence_status(sentence, at)
        return [Relation(RelationType.INVESTMENT, x, investee, sentence, status, "주도",
                         date=date_of(sentence.text, published))
                for a in args if a.particle in ("이", "가", "와", "과") and (local is None or local.end <= a.start)
                and a.end <= at for x in a.mentions if x.type in INVESTOR and x.name != investee.name]
    m = _JOINED_ROUND.search(sentence.text)
    after = 0
    if m is None:
        m = _ROUND_TOPIC.search(sentence.text)
        if m is not None:
            after = sentence.start + m.start()
        elif (m := _LED_BY.search(sentence.text)) is None:
            # B와 C 등 3개사가 150억 원을 나눠 투자했다, D도 20억 원을 보탰다: into the same company
            m = _ADDED.search(sentence.text)
            if m is None or ("이름을" in m.group() and _NOT_A_ROUND_LIST.search(sentence.text)):
                return []  # (아기유니콘 명단에, 이사회에 새로 이름을 올렸다: another list)
    at = sentence.start + m.end()
    status, _ = sentence_status(sentence, at)
    # 스카이온은 코스모인베스트가 주도한 이번 라운드에 …: the company the sentence is about takes the money
    local = next((a for a in args if a.particle in ("은", "는") and a.end <= at
                  and a.mentions[0].type is EntityType.ORGANIZATION), None)
    if local is not None and _JOINED_ROUND.search(sentence.text):
        investee = local.mentions[0]
    if (more := _ADDED.search(sentence.text, m.end()) or _FOLLOWED.search(sentence.text, m.end())) is not None:
        at = sentence.start + more.end()  # …가 주도했고, B와 C 등 3개사가 나눠 투자했다 / 뒤를 이었다: they too
    follow_on = _FOLLOW_ON.search(sentence.text) is not None  # A와 B는 이번에도 후속 투자에 나섰다: the topic joins
    joined = [a for a in args if (a.particle in ("이", "가", "도") or (follow_on and a.particle in ("은", "는")))
              and after <= a.start and a.end <= at
              and not a.relative]  # (아람코가 지분을 보유한 자회사로, … 투자해: 아람코 describes)
    joined += [a for k, a in enumerate(args) if a.particle in ("을", "를") and after <= a.start and a.end <= at
               and _AMONG_THEM.match(sentence.text, a.end - sentence.start) and a not in joined
               and k + 1 < len(args) and args[k + 1] in joined]  # A를 비롯해 B, C가 참여했다 (not …등에 투자했다)
    for k in range(len(args) - 1, 0, -1):
        # B, 카드사 C 등이 참여: a list broken by what C is (a word for a company)
        member, before_it = args[k], args[k - 1]
        gap = _COMMA_CUE.fullmatch(sentence.text, before_it.end - sentence.start, member.start - sentence.start)
        if member in joined and before_it not in joined and not before_it.particle and after <= before_it.start \
                and gap is not None and all(org_cue(w) for w in gap.group(1).split()) \
                and before_it.mentions[0].type is EntityType.ORGANIZATION:
            joined.insert(joined.index(member), before_it)
    for k, b in enumerate(args):
        # A(VC)과 사모펀드 B도 참여: a list broken by what B is (A와 케냐에 본사를 둔 B: places inside)
        a = next((x for x in reversed(args[:k]) if not all(m.type.is_location for m in x.mentions)), None)
        if b in joined and a is not None and a not in joined and a.particle in ("와", "과") and after <= a.start \
                and _DESCRIBED_NEXT.fullmatch(sentence.text, a.end - sentence.start, b.start - sentence.start):
            joined.insert(joined.index(b), a)
    for b in list(joined):
        # A과 X의 기업형 벤처캐피털(CVC) 자회사인 B도: A and B (X, inside B's description, owns B)
        k = args.index(b)
        while k > 0 and args[k - 1].particle in GENITIVE and len(args[k - 1].mentions) == 1:
            k -= 1
        if k == 0:
            continue
        first = args[k - 1]
        if first.particle in GENITIVE and len(first.mentions) > 1:
            first = Arg(first.mentions[:-1], "과", first.start, first.mentions[-2].end, first.word_index,
                        False)  # (read as A과 X의)
        if first not in joined and after <= first.start and _DESCRIBED_AS_UNIT.fullmatch(
                sentence.text, first.end - sentence.start, b.start - sentence.start):
            joined.insert(joined.index(b), first)
    investors = [x for a in joined for x in a.mentions if x.type in INVESTOR and x.name != investee.name
                 and not (x.type is EntityType.PERSON and _title_next(sentence.text, x.end - sentence.start))]
    # (이번 투자는 다온랩 김민수 대표가 직접 이끌었다: the company's own head raised it, no investor)
    return [Relation(RelationType.INVESTMENT, x, investee, sentence, status, "참여",
                     date=date_of(sentence.text, published)) for x in investors]


#: after A of `A를 비롯해 B, C가 참여했다`: A is one of them
_AMONG_THEM = re.compile(r"(?:을|를)?\s*(?:비롯해|비롯하여|비롯한|포함해|포함한|필두로)\s")


def _title_next(text: str, end: int) -> bool:
    """Whether the word after `end` is a title (김민수 대표가)."""
    nxt = re.match(r"\s+([가-힣A-Z]+)", text[end:end + 16])
    return nxt is not None and any(title_of(nxt[1][:n]) for n in range(len(nxt[1]), 0, -1))


#: between B and C of `B, 카드사 C 등이`: a comma and a word or two for what C is
_COMMA_CUE = re.compile(r"(?:\([^()]{1,40}\))?,\s*((?:[가-힣]+\s+){1,2})")
#: the particle after A and a word or two for what B is, between A and B of `A과 사모펀드 B도`
_DESCRIBED_NEXT = re.compile(r"(?:\([^()]{1,40}\))?(?:와|과)\s+(?:(?:[가-힣]+(?<![는은한던할된인])\s+){1,2}"  # (not 경쟁하는)
                             # A와 케냐 나이로비에 본사를 둔 투자사 B: where B is based, and what it is
                             r"|(?:[가-힣]+\s+){0,3}[가-힣]+에\s+(?:본사|본거지|거점|기반)(?:를|을)\s+둔\s+(?:[가-힣]+\s+){0,3}"
                             # A와 기존 투자자인 B: what B already is in the round
                             r"|(?:[가-힣]+\s+){0,2}(?:투자자|투자사|주주)(?:\([A-Z]{2,4}\))?인\s+)")
#: between B and C of `A과 B의 자회사인 C는`: B's description of C
_THROUGH_GENITIVE = re.compile(r"(?:\([^()]{1,40}\))?의\s+(?:(?!합작|공동)[^\s.,]+\s+){0,4}?(?![가-힣]*(?:합작|공동))"
                               r"[가-힣]*(?:자회사|계열사|법인|자매사)인\s+")
#: between A and B of `A과 X의 CVC 자회사인 B도`: a description of B ending in a word for a company and 인
_DESCRIBED_AS_UNIT = re.compile(r"(?:\([^()]{1,40}\))?(?:와|과)\s+(?:(?!합작|공동)[^\s.,]+\s+){0,5}?"
                                r"(?![가-힣]*(?:합작|공동))[가-힣]*(?:자회사|계열사|법인|펀드|투자사|운용사|캐피털|캐피탈)인\s+")
_SAME_GROUP = re.compile(r"(?<![가-힣])(?:같은|동일한?|한)\s*그룹\s*(?:내\s*)?(?:[가-힣A-Za-z]+\s+)?(?:계열사|자회사|계열)")


#: hands joined, and then what they do (손잡고, 손을 잡고, 손을 맞잡고)
_HANDS_JOINED_THEN = re.compile(r"손(?:을\s?)?(?:맞)?잡고\s")
_HANDS = ("손잡다", "손+잡다", "손+맞잡다")
_DONE_TOGETHER = frozenset({RelationType.JOINT_VENTURE, RelationType.MOU, RelationType.INVESTMENT,
                            RelationType.ACQUISITION, RelationType.SUPPLY, RelationType.MERGER})


def _hands_joined_for_a_deal(found: list[Relation], sentence: Sentence) -> list[Relation]:
    """X가 Y와 손잡고 합작법인을 세운다, … 손을 잡고 업무협약을 맺었다: the deal the joined hands go on to
    make between the same two is the fact; the hands are how it was made, no partnership of its own."""
    if not _HANDS_JOINED_THEN.search(sentence.text):
        return found
    done = {frozenset((r.subject.start, r.object.start)) for r in found
            if r.type in _DONE_TOGETHER and r.status is Status.ASSERTED}
    return [r for r in found if not (r.type is RelationType.PARTNERSHIP and r.trigger in _HANDS
                                     and frozenset((r.subject.start, r.object.start)) in done)]


#: money spent (들여, 출자해) rather than invested
_SPENT = ("들이다", "출자")


def _money_that_founded_a_venture(found: list[Relation]) -> list[Relation]:
    """양사는 총 6억 달러를 들여 애리조나주 챈들러에 합작법인 X를 설립한다: the owners' money went into the
    joint venture they founded there, not into the place (investing there, 투자한다, still counts)."""
    owners = {m.start for r in found if r.type is RelationType.JOINT_VENTURE and r.status is Status.ASSERTED
              for m in (r.subject, r.object)}
    seats = {r.object.start for r in found if r.type is RelationType.LOCATED_IN and r.trigger in ("세우", "설립")}
    return [r for r in found if not (r.type is RelationType.INVESTMENT and r.trigger in _SPENT
                                     and r.object.type.is_location and r.object.start in seats
                                     and r.subject.start in owners)]


def article_relations(sentences: tuple[Sentence, ...], mentions: list[Mention], text: str,
                      published: str | None = None) -> list[Relation]:
    """Facts of a whole article; a sentence with no subject borrows the last sentence's topic (은/는)."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Relation] = []
    topic: Arg | None = None
    topic_age = 0
    pairs: list[tuple[Mention, Mention]] = []  # the parties of each deal told so far, for 양사
    investee: Mention | None = None
    founded: Mention | None = None  # 합작법인 ‘X’: the company the article last told of founding
    bought: Mention | None = None  # the company the article last told of buying (else buying into)
    bought_by: RelationType | None = None
    group: Mention | None = None  # the group the article last named, for 같은 그룹
    unit: Mention | None = None  # the unit the sentence before named as one (베트남 법인 X)
    makers: dict[str, Mention] = {}  # product → the company named as its maker (X의 ‘Y’)
    crew: list[Mention] = []  # A가 B, C와 함께 …: three or more companies acting together, for 3사
    for s in sentences:
        ms = by_sentence.get(s.index, [])
        args = arguments(s, ms, text) if ms else []
        new_topic = next((a for a in args if a.particle in ("은", "는", "이", "가")
                          and (not a.relative or _LEADS_A_GROUP.match(text, a.end)) and
                          a.mentions[0].type is EntityType.ORGANIZATION), None)  # (X가 인수한 Y는: Y)
        starts = {x.start: x for x in ms}
        for hit in JV_WORD.finditer(text, s.start, s.end):
            founded = jv_named(hit, starts, text) or founded
        topic_here = topic
        for k, m in enumerate(ms):  # 삼양식품의 ‘불닭볶음면’: the company whose product it is
            if m.type is EntityType.PRODUCT and k > 0 and ms[k - 1].type is EntityType.ORGANIZATION \
                    and re.fullmatch(r"의\s*['‘\"“]?", text[ms[k - 1].end:m.start]):
                makers.setdefault(m.text, ms[k - 1])
        if args and args[0].particle in ("은", "는") and args[0].mentions[0].type is EntityType.PRODUCT \
                and (maker := makers.get(args[0].mentions[0].text)) is not None:
            topic_here = Arg([maker], "은", maker.start, maker.end, -1, False)  # 불닭볶음면은 …: its maker's story
        if (same := _SAME_GROUP.search(s.text)) is not None:
            # 같은 그룹 계열사인 A와 B는: the group's (the one named last, in this sentence before it too)
            group = next((m for m in reversed(ms) if m.type is EntityType.ORGANIZATION
                          and m.start < s.start + same.start() and (m.canonical or m.text).endswith("그룹")
                          and not re.match(r"(?:와|과)(?:의)?\s", text[m.end:m.end + 3])), group)
            # (한울그룹 계열 A는 대성그룹과의 수주전에서 …, 같은 그룹 계열사인 B: 한울그룹's)
            if group is not None:
                topic_here = Arg([group], "은", group.start, group.end, -1, False)
        found = relations(s, ms, text, topic=topic_here, published=published, pair=_both_of(pairs, ms), new_company=founded,
                          bought=bought, unit=unit)
        found += [r for r in _customers(s, ms, args, text, topic_here)
                  if not any(f.type is r.type and f.object.name == r.object.name for f in found)]
        found = _money_that_founded_a_venture(_hands_joined_for_a_deal(found, s))
        if crew and _THREE_PARTIES.match(s.text) and not any(r.type.symmetric for r in found):
            found += _among(crew, s, ms)  # (A가 B, C와 함께 …) 3사는 합작법인을 세우는 계약을: all three
        crew = _acting_together(args, text) or crew
        unit = next((m for m in reversed(ms) if m.type is EntityType.ORGANIZATION
                     and UNIT_BEFORE.search(text, max(0, m.start - 8), m.start)), None) or (
            unit if unit is not None and s.index - unit.sentence < 2 and any(m.name == unit.name for m in ms)
            else None)  # (… 법인 Y의 설립 절차를 마쳤다. 오사카에 본사를 둔 Y는 …: still Y)
        if bought is not None and bought_by is RelationType.ACQUISITION:
            found = _stake_held_by_a_unit(found, s, ms, bought, text)
        newly = next((r for rel in (RelationType.ACQUISITION, RelationType.INVESTMENT) for r in reversed(found)
                      if r.type is rel and r.status is Status.ASSERTED and r.object.type is EntityType.ORGANIZATION
                      and (rel is RelationType.ACQUISITION or bought_by is not RelationType.ACQUISITION)), None)
        if newly is not None:  # a company bought outranks one bought into
            bought, bought_by = newly.object, newly.type
        group = next((m for m in reversed(ms) if m.type is EntityType.ORGANIZATION
                      and (m.canonical or m.text).endswith("그룹")), group)
        local_topic = next((a for a in args if a.particle in ("은", "는")), None)
        receiver = investee or (local_topic.mentions[0] if local_topic is not None else None) or (
            topic.mentions[0] if topic is not None and _LED_ROUND.search(s.text) else None)  # (the article's company)
        if receiver is not None:
            # investors the sentence names with no company of their own to invest in
            investing = {r.subject.name for r in found if r.type is RelationType.INVESTMENT}
            found += [r for r in _joined_round(s, args, receiver, published) if r.subject.name not in investing]
        found = _unit_buys_for_parent(found, out, ms)
        out.extend(found)
        investee = next((r.object for r in reversed(found) if r.type is RelationType.INVESTMENT
                         and r.object.type is EntityType.ORGANIZATION), investee)
        if new_topic is not None and _RAISED.search(s.text):  # X가 투자를 유치했다, with no investor named yet
            investee = new_topic.mentions[0]
        deals = [r for r in found if r.type.is_deal and r.object.type is EntityType.ORGANIZATION
                 and not (r.type is RelationType.INVESTMENT and founded is not None and r.object.name == founded.name)]
        # (양사가 출자한다: the owners' money in their venture names no new pair of parties)
        if deals:  # (every deal of the sentence, the last one last: 양사 may name an earlier one's party)
            pairs.extend((d.subject, d.object) for d in deals)
        if (together := _together(args, text)) is not None:
            pairs.append(together)  # X가 Y와 함께 … 운영권을 확보했다. 두 회사가 세운 합작법인: X and Y (also
            # X가 Y와 함께 Z 지분을 사들인다: 양사, with Y named, are X and Y)
        if new_topic is not None and topic is not None and new_topic.mentions[0].name != topic.mentions[0].name \
                and any(m.name == topic.mentions[0].name for m in ms if m.start > new_topic.end):
            topic_age = 0  # 닝보화성이 생산해 캠프릿지에 공급한다: another company acts for the one told of, named
            # after it, which stays the topic (… 지난해에는 투자를 유치하기도 했다: 캠프릿지's; but 필로스의 베트남
            # 법인 필로스비나는 …: the unit now)
        elif new_topic is not None:
            topic, topic_age = new_topic, 0
        else:
            # the company an article is about stays its topic for a few sentences with no other subject
            topic_age += 1
            if topic_age > 3 or any(a.particle in ("은", "는") and a.mentions[0].type in (
                    EntityType.ORGANIZATION, EntityType.PERSON) for a in args):
                topic = None  # (its product ‘매쓰봇’은 …: still the company's story)
    # 양사는 … 공동 개발한다, 두 회사는 이번 협약을 통해 공동 연구를 추진하기로 했다, after their MOU: what the
    # MOU is for, not another deal
    signed = {frozenset((r.subject.name, r.object.name)) for r in out if r.type is RelationType.MOU}
    out = [r for r in out if not (r.type is RelationType.PARTNERSHIP and r.trigger in _joint_work()
                                  and "계약" not in r.sentence.text  # (a contract of its own: a deal)
                                  and frozenset((r.subject.name, r.object.name)) in signed)]
    out = _no_purchase_back(_minority_stakes(_groups_affiliates(out, sentences, mentions, text), mentions))
    said = {(r.type, r.subject.name, r.object.name) for r in out}
    return out + [r for r in _units_by_their_names(sentences, mentions)
                  if (r.type, r.subject.name, r.object.name) not in said]  # (자회사인 X 미국법인: said already)


#: a purchase told as a point in time (X 인수 직전, 인수 이후): one the article told of before
_PURCHASE_AS_TIME = re.compile(r"인수\s?(?:직전|직후|이전|이후|전|후|당시)")


#: (인수한) 지분은, 인수 후 X 지분은, X 지분 100%는: the shares bought, told at the start of a sentence or clause
_STAKE_TOLD = re.compile(r"(?:^|,\s)(?:인수한\s|인수\s후\s)?(?:(?P<co>[^\s,]+)\s)?지분(?:\s?\d+(?:\.\d+)?\s?%)?(?:은|는)\s")
#: … Y가 보유하게 된다, Y가 보유하며: Y holds them
_HELD_BY = re.compile(r"(?:\([^()]*\))?(?:이|가)\s+보유")


def _stake_held_by_a_unit(found: list[Relation], sentence: Sentence, ms: list[Mention], bought: Mention,
                          text: str) -> list[Relation]:
    """(X가 T를 인수한다.) 인수한 지분은 X의 미국 자회사인 Y가 보유하며: T becomes Y's subsidiary (and Y buys no
    shares of its parent).  Not 나머지 지분은 Z가 계속 보유한다: the rest, someone else's."""
    told = _STAKE_TOLD.search(sentence.text)
    if told is None or (told["co"] or "") in ("나머지", "잔여", "남은"):
        return found
    start = sentence.start + told.end()
    holder = next((m for m in ms if m.start >= start and m.type is EntityType.ORGANIZATION
                   and _HELD_BY.match(text, m.end)), None)
    if holder is None or holder.name == bought.name:
        return found
    company = next((m for m in ms if told["co"] and m.start == sentence.start + told.start("co")
                    and m.type is EntityType.ORGANIZATION), bought)
    return [r for r in found if not (r.type in (RelationType.ACQUISITION, RelationType.INVESTMENT)
                                     and r.subject.name == holder.name)] + [
        Relation(RelationType.SUBSIDIARY_OF, company, holder, sentence, Status.ASSERTED, "보유")]


def _unit_buys_for_parent(found: list[Relation], before: list[Relation], ms: list[Mention]) -> list[Relation]:
    """… 미국 자회사 DMA가 맡으며. 핵심 원료는 Y로부터 조달한다: goods bought with no buyer named, by the story's
    company the sentence before told of through its unit, are the parent's."""
    if not any(r.type is RelationType.SUPPLY and r.trigger == "조달" for r in found):
        return found
    parent = {r.subject.name: r.object for r in before if r.type is RelationType.SUBSIDIARY_OF
              and r.status is Status.ASSERTED}
    named = {m.name for m in ms}
    return [replace(r, object=parent[r.object.name])
            if r.type is RelationType.SUPPLY and r.trigger == "조달" and r.object.name not in named
            and r.object.name in parent and parent[r.object.name].name != r.subject.name else r
            for r in found]


def _no_purchase_back(rels: list[Relation]) -> list[Relation]:
    """X가 인수한 Y는 …, 이 회사의 매출은 X 인수 직전의 2.7배: a purchase told as a point in time is one told
    before; read the other way round from the first, it goes."""
    bought: set[tuple[str, str]] = set()
    out = []
    for r in rels:
        if r.type is RelationType.ACQUISITION and r.status is Status.ASSERTED:
            if (r.object.name, r.subject.name) in bought and _PURCHASE_AS_TIME.search(r.sentence.text):
                continue
            bought.add((r.subject.name, r.object.name))
        out.append(r)
    return out


def _groups_affiliates(out: list[Relation], sentences: tuple[Sentence, ...], mentions: list[Mention],
                       text: str) -> list[Relation]:
    """(X그룹 …) 주력 계열사 B: an affiliate named with no parent is the group's the article names, by its name;
    주력 계열사 B …, 계열사 C는: an affiliate told after another one is the group's, not the other affiliate's."""
    out = list(out)
    groups = {m.name: m for m in mentions if m.type is EntityType.ORGANIZATION and m.name.endswith(_GROUP_ENDINGS)
              and len(m.name) >= 4}
    have_parent = {r.subject.name for r in out if r.type is RelationType.SUBSIDIARY_OF}
    by_index = {x.index: x for x in sentences}
    orgs = [m for m in mentions if m.type is EntityType.ORGANIZATION]
    affiliates: set[int] = set()  # 계열사인 A, B와; A와 B, C 등 계열사 3곳: each member of the list
    for k, m in enumerate(orgs):
        if _AFFILIATE_BEFORE.search(text, max(0, m.start - 16), m.start):
            affiliates.add(m.start)
            j = k
            while j + 1 < len(orgs) and _LIST_JOIN.fullmatch(text, orgs[j].end, orgs[j + 1].start):
                j += 1
                affiliates.add(orgs[j].start)
        if _AFFILIATES_AFTER.match(text, m.end):
            j = k
            affiliates.add(m.start)
            while j > 0 and _LIST_JOIN.fullmatch(text, orgs[j - 1].end, orgs[j].start):
                j -= 1
                affiliates.add(orgs[j].start)
    for m in orgs:
        if m.name in have_parent or m.name in groups or m.start not in affiliates:
            continue
        own = [g for g in groups.values() if g.name[:2] == m.name[:2]]
        own = [g for g in own if g.name.endswith("그룹")] or own  # (오름푸드그룹 over its holding 오름홀딩스)
        if len(own) == 1 and m.sentence in by_index:
            sentence = by_index[m.sentence]
            out.append(Relation(RelationType.SUBSIDIARY_OF, m, own[0], sentence,
                                sentence_status(sentence, m.end)[0], "계열사"))
            have_parent.add(m.name)
    group_of = {r.subject.name: r.object for r in out if r.type is RelationType.SUBSIDIARY_OF
                and r.trigger in ("계열사", "계열") and r.object.name.endswith(_GROUP_ENDINGS)}
    return [replace(r, object=group_of[r.object.name]) if r.type is RelationType.SUBSIDIARY_OF
            and r.trigger == "계열사" and r.object.name in group_of and r.subject.name != group_of[r.object.name].name
            else r for r in out]


def _minority_stakes(out: list[Relation], mentions: list[Mention]) -> list[Relation]:
    """X가 Y 지분을 사들이며 …, X는 Y 지분 35%를 매입했다: the stake the article sizes is a minority one, so the
    purchase with no size told is not also an acquisition."""
    own_name = {a: m.name for m in mentions for a in m.aliases}  # 다온증권 for 다온투자증권(이하 다온증권)

    def pair(r: Relation) -> tuple[str, str]:
        return own_name.get(r.subject.name, r.subject.name), own_name.get(r.object.name, r.object.name)

    minority = {pair(r) for r in out if r.type is RelationType.INVESTMENT and r.status is Status.ASSERTED}
    return [r for r in out if not (r.type is RelationType.ACQUISITION and r.status is Status.ASSERTED
                                   and pair(r) in minority and "지분" in r.sentence.text
                                   and not _CONTROL_TOLD.search(r.sentence.text))]


#: 주요 고객사는 A, B 등이다; 고객사로는 A와 B가 있다: who the company told of sells to
_CUSTOMER_WORD = "(?:" + "|".join((*CUSTOMER_WORDS, "고객")) + ")"  # (고객사 before 고객)
_CUSTOMERS_ARE = re.compile(_CUSTOMER_WORD + r"(?:로는|으로는|는|은)\s")
#: … where the naming ends (등이다, 이 있다, Y로, …): not in what they do (고객은 … 송금한다)
_CUSTOMER_LIST_END = re.compile(r"\s?등(?:\s|이|을|으로|$)|(?<=[가-힣)])(?:으로|로|이며|며),|(?:이)?다\.|(?:이|가)\s?있다"
                                r"|(?<=[가-힣A-Za-z)])(?:으로|로)\s(?=(?:전체\s)?매출|연간\s|연\s)"  # 포드로 매출의 30%를
                                r"|(?:이|가)\s?꼽힌다|(?:이|가)\s?포함")
#: A, B 등을 (주요) 고객사로 두고 있다
_AS_CUSTOMERS = re.compile(r"(?:을|를)\s(?:주요\s?)?" + _CUSTOMER_WORD + r"로\s?(?:두|확보|삼)")


def _customers(sentence: Sentence, mentions: list[Mention], args: list[Arg], text: str,
               topic: Arg | None) -> list[Relation]:
    """(X의) 주요 고객사는 A, B 등이다 and X는 A, B 등을 고객사로 두고 있다: X supplies A and B.  X is the
    company named with 의 right before the word for customers, the sentence's topic, or the article's."""
    out: list[Relation] = []
    orgs = [m for m in mentions if m.type is EntityType.ORGANIZATION]
    if (hit := _CUSTOMERS_ARE.search(text, sentence.start, sentence.end)) is not None:
        # the company named last before the word: X의 (최대) 고객사는, X 역시 주요 고객사는, X의 경우 고객사는
        owner = next((m for m in reversed(orgs) if m.end <= hit.start()), None)
        stop = _CUSTOMER_LIST_END.search(text, hit.end(), sentence.end)
        if stop is None:
            return out
        buyers = [m for m in orgs if m.start >= hit.end() and m.end <= stop.start()]
        if buyers and not re.fullmatch(r"(?:\s?\([^)]*\))?\)?\s*", text[buyers[-1].end:stop.start()]):
            return out  # (고객은 … 앱으로 송금을 할 수 있게 된다: what customers do)
    elif (hit := _AS_CUSTOMERS.search(text, sentence.start, sentence.end)) is not None:
        # the object right before 을/를 고객사로 and the subject named last before it (세온테크는 경쟁사 다원테크가
        # 한결반도체를 고객사로 확보하자: 다원테크's customer, not 세온테크's)
        obj = next((a for a in args if a.end <= hit.start() + 1 and a.particle in OBJECT
                    and all(m.type is EntityType.ORGANIZATION for m in a.mentions)
                    and not text[a.end:hit.start() + 1].strip(" 을를등")), None)
        subject = next((a for a in reversed(args) if obj is not None and a.end <= obj.start
                        and a.particle in ("은", "는", "이", "가")
                        and a.mentions[0].type is EntityType.ORGANIZATION), None)
        owner = subject.mentions[0] if subject is not None else None
        buyers = list(obj.mentions) if obj is not None else []
    else:
        return out
    if owner is None and topic is not None and topic.mentions[0].type is EntityType.ORGANIZATION:
        owner = topic.mentions[0]
    if owner is None or sentence_status(sentence, hit.end())[0] is not Status.ASSERTED:
        return out
    named = {owner.name}
    for b in buyers:
        if b.name not in named:
            named.add(b.name)
            out.append(Relation(RelationType.SUPPLY, owner, b, sentence, Status.ASSERTED, "고객사"))
    return out


#: a unit named by its parent's name and its region glued on (라이트휠유럽, 누움비나, 한빛USA, 다원재팬)
_GLUED_UNIT = re.compile(r"(.+?)\s?(유럽|아메리카|USA|America|재팬|Japan|차이나|China|비나|베트남|인디아|India|타이완|"
                         r"인도네시아|멕시코|브라질|폴스카|도이치란드|저머니|유케이|UK|EU)")


def _units_by_their_names(sentences: tuple[Sentence, ...], mentions: list[Mention]) -> list[Relation]:
    """삼성전자 미국법인: named so, the unit is its parent's and in that country, where the article names both."""
    out = []
    done: set[str] = set()
    places = place_names(mentions)
    for u in mentions:
        found = unit_abroad_name(u.text, places) if u.type is EntityType.ORGANIZATION and not u.canonical else None
        if found is None and u.type is EntityType.ORGANIZATION and not u.canonical and " " in u.text \
                and (parts := u.text.rsplit(" ", 1))[1] in places and any(
                    m.type is EntityType.ORGANIZATION and m.name == parts[0] for m in mentions) \
                and any(m.type in (EntityType.CITY, EntityType.COUNTRY) and m.name == parts[1] for m in mentions):
            found = (parts[0], parts[1])  # 선광디스플레이 광저우, 해온식품 베트남: the parent's name and the city or
            # country of its unit
        if found is None and u.type is EntityType.ORGANIZATION and not u.canonical \
                and (glued := _GLUED_UNIT.fullmatch(u.text)) is not None and len(glued[1]) >= 2:
            told = [JV_WORD.sub("", s.text) for s in sentences if u.text in s.text]  # (합작법인 ‘X재팬’: the two's)
            if any(re.search(r"법인|자회사|지사|계열사", t) for t in told) \
                    and not any(re.search(r"무관|별개|관계가\s*없|매각|처분", t) for t in told):
                found = (glued[1], "")  # 라이트휠유럽, 누움비나, 한빛USA: the parent's name and where its unit is
        if found is None or u.text in done:
            continue
        done.add(u.text)
        parent = next((m for m in mentions if m.type is EntityType.ORGANIZATION and found[0] in (m.text, m.name)),
                      None)
        place = next((m for m in mentions if m.type.is_location and m.name == found[1]), None)
        sentence = next((s for s in sentences if s.index == u.sentence), None)
        if sentence is None:
            continue
        status = sentence_status(sentence, u.end)[0]  # (… 법인은 텍사스에 들어설 예정이다: a plan)
        if parent is not None and parent.name != u.name:
            out.append(Relation(RelationType.SUBSIDIARY_OF, u, parent, sentence, status, "법인"))
        if place is not None:
            out.append(Relation(RelationType.LOCATED_IN, u, place, sentence, status, "법인"))
    return out
