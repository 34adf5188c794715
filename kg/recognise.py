"""Tokens → Mention: names of organisations, people, places and products.

Korean names come out of the tokenizer in pieces (G/SL 42/SN, LG/SL 에너지/NNG
솔루션/NNG, 김/NNP 영섭/NNP), so recognition works on *eojeols* (space-separated
words): the noun-ish stem of each word is a name candidate, its particle tells
its role.  A candidate becomes a mention when the gazetteer knows it, or when
its shape and context say what it is: an organisation suffix (…전자, …그룹),
a cue noun before it (기업, 업체, 플랫폼), a title after it (대표, 회장 → a
person), a product cue (‘…’ after 모델/로봇, … 기반).
"""
from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from kg import lexicon
from kg.lexicon import LexEntry
from kg.models import EntityType, LearnedSpan, Mention, Relation, Sentence, Token
from kg.ner import in_vocabulary
from kg.rdf import normalise_name

NAME_TAGS = frozenset({"NNP", "SL", "SH", "SN"})
NOUN_TAGS = frozenset({"NNP", "NNG", "NNB", "SL", "SH", "SN", "XSN", "XPN", "NR"})
GLUE_SYMBOLS = frozenset({"&", "+", "-", ".", "·"})
HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")
HANGUL_ANY = re.compile(r"[\uac00-\ud7a3]")


def is_hangul(ch: str) -> bool:
    """Whether `ch` is one Hangul syllable (가 to 힣)."""
    return "\uac00" <= ch <= "\ud7a3"


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def occurrences(name: str, text: str, *, not_after: Callable[[str], bool] | None = None,
                not_before: Callable[[str], bool] | None = None) -> Iterator[int]:
    """Where `name` stands in `text`, left to right and not overlapping, as re.finditer would find it,
    but with no pattern compiled per name (a pattern per name an article holds fills re's cache and
    pushes out the module's own): `not_after` / `not_before` reject a place by the character before
    or after it (a lookbehind or lookahead)."""
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if (not_after is not None and i > 0 and not_after(text[i - 1])) \
                or (not_before is not None and end < len(text) and not_before(text[end])):
            i = text.find(name, i + 1)
            continue
        yield i
        i = text.find(name, end)


def followed_by(name: str, after: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The match of `after` right after each place `name` stands, left to right and not overlapping, as
    re.finditer(re.escape(name) + after.pattern) would find them, with no pattern compiled per name."""
    i = text.find(name)
    while i >= 0:
        hit = after.match(text, i + len(name))
        if hit is None:
            i = text.find(name, i + 1)
            continue
        yield hit
        i = text.find(name, hit.end())
LATIN_NAME = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9&+.\-'’]*$")
PRODUCT_SHAPE = re.compile(r"^[A-Za-z][A-Za-z]*[-\s]?\d+(?:\.\d+)?[A-Za-z]*$")  # GPT-4o, Phi 3.5, HBM4
PRODUCT_CUES = frozenset({
    "모델", "로봇", "브랜드", "제품", "서비스", "앱", "애플리케이션", "칩", "스마트폰", "게임", "차량", "차",
    "플랫폼", "소프트웨어", "반도체", "챗봇", "AI모델", "언어모델", "소형언어모델", "거대언어모델", "신약", "백신",
    "치료제", "엔진", "운영체제", "OS", "기기", "단말", "가전", "배터리", "시리즈", "튜터", "어시스턴트",
})
PRODUCT_AFTER = frozenset({"기반"})
#: words a product's quoted name stands before (‘에코쿨’ 시리즈)
_NAMED_BEFORE_PRODUCT_WORDS = frozenset({"시리즈", "브랜드", "제품", "제품군", "모델", "라인업"})
#: endings of technical terms, which an abbreviation in brackets glosses (소형모듈원전(SMR), 리튬인산철(LFP))
TERM_ENDINGS = ("원전", "원자로", "설비", "전지", "배터리", "소재", "공정", "플랜트", "장치", "발전소", "에틸렌", "프로필렌",
                "인산철", "전해조", "전해질", "반응기", "촉매", "수지", "화합물", "물질", "양극재", "음극재", "분리막",
                "자외선", "기록", "유전율", "증착", "식각", "노광", "공법", "메모리", "다이오드", "게임", "생산", "패키지",
                "천연가스", "석유가스", "간편식")
PARTICLE_TAGS = ("JKS", "JKC", "JKG", "JKO", "JKB", "JKV", "JKQ", "JX", "JC")


@dataclass
class Word:
    """One eojeol: its tokens, the noun-ish stem (a name candidate) and the particle after it."""

    tokens: list[Token]
    start: int
    end: int
    stem_tokens: list[Token] = field(default_factory=list)
    particle: str = ""
    alias: str = ""  # (MS) in 마이크로소프트(MS)
    alias_span: tuple[int, int] | None = None

    @property
    def stem_start(self) -> int:
        return self.stem_tokens[0].start if self.stem_tokens else self.start

    @property
    def stem_end(self) -> int:
        return self.stem_tokens[-1].end if self.stem_tokens else self.start


@lru_cache(maxsize=256)
def words(sentence: Sentence, text: str) -> list[Word]:
    """Split a sentence's tokens into eojeols at whitespace, commas and quotes (shared by the
    stages that read a sentence: callers must not change the list)."""
    out: list[Word] = []
    current: list[Token] = []
    toks = sentence.tokens
    gloss_end = -1  # inside 헤일리(Mark Haley): an English gloss of several words stays with its word
    for k, tok in enumerate(toks):
        if current and tok.start > gloss_end and (tok.start > current[-1].end or current[-1].tag == "SP"):
            out.append(_word(current, text))
            current = []
        if tok.form == "(" and current and tok.start == current[-1].end:
            close = next((j for j in range(k + 1, min(k + 14, len(toks)))
                          if toks[j].tag not in ("SL", "SH", "SP", "SN")
                          and not (toks[j].form in ("-", "&", ".") and toks[j - 1].tag == "SL")),
                         None)  # (金坤生物, Jinkun Bio), (… Middle East FZ-LLC) too
            if close is not None and toks[close].form == ")" and close > k + 2 \
                    and toks[close].end - tok.start <= 60:
                gloss_end = toks[close].start
        current.append(tok)
    if current:
        out.append(_word(current, text))
    out = [w for w in out if w.tokens]
    surnames = lexicon.surnames()
    for w, nxt in zip(out, out[1:], strict=False):
        tok = w.tokens[0]
        if len(w.tokens) == 1 and tok.tag == "NNP" and len(tok.form) == 3 and HANGUL.fullmatch(tok.form) \
                and tok.form[0] in surnames and w.particle == tok.form[-1] and w.particle in ("은", "는", "이") \
                and title_of(text[nxt.stem_start:nxt.stem_end]):
            w.stem_tokens, w.particle = [tok], ""  # 정다은 전무를: a Korean's name, not 정다 and 은
    for w in out:
        last = w.stem_tokens[-1] if w.stem_tokens else None
        if w.particle == "나" and last is not None and (
                (len(w.stem_tokens) >= 2 and last.form == "비")
                or (last.tag == "NNP" and len(last.form) >= 3 and last.form.endswith("비"))) \
                and w.tokens[len(w.stem_tokens)].tag == "JC" and len(w.tokens) == len(w.stem_tokens) + 1:
            # 청솔비나 산하에, 법인 세림비나 자회사로: a unit in Vietnam named with 비나 (Vina), which the tokenizer
            # read as 비 (or a name ending in it) and 나 (or); not 장비나, 설비나 (a noun it knows, then 나)
            a, b = w.tokens[0].start, w.tokens[-1].end
            w.stem_tokens, w.particle = [Token(text[a:b], "NNP", a, b, text[a:b])], ""
    return out


#: common nouns whose last syllable only looks like a particle (보호무역주의, 역효과, 이사회의)
_WORDS_ENDING_LIKE_PARTICLES = ("주의", "회의", "합의", "협의", "논의", "동의", "결의", "건의", "효과", "성과", "결과")
# particles that cannot end a name: kiwipiepy sometimes glues them to an unknown one (엔비디아와/NNP)
_GLUED = ("으로부터", "로부터", "에서는", "에서도", "와의", "과의", "와도", "과도", "에게", "에서", "에는", "에도", "는", "은", "를", "을", "와", "과",
          "의", "에")


def _unglue_particle(tok: Token, last: bool = False) -> tuple[list[Token], str]:
    if tok.form.endswith("서") and _known(tok.form[:-1]) and tok.end - tok.start == len(tok.form):
        # 타이베이서: the spoken 에서 glued to a place
        return [Token(tok.form[:-1], "NNP", tok.start, tok.end - 1, tok.form[:-1])], "서"
    if last and tok.tag == "NNP" and tok.form.endswith("가") and len(tok.form) >= 4 \
            and tok.end - tok.start == len(tok.form) and HANGUL.fullmatch(tok.form) and not _known(tok.form):
        cut = tok.end - 1  # 알바트로스가/NNP: a long unknown name and the subject particle (not 베가, 오리가)
        return [Token(tok.form[:-1], "NNP", tok.start, cut, tok.form[:-1])], "가"
    if tok.form.endswith(("도", "만")) and len(tok.form) >= 4 and tok.end - tok.start == len(tok.form) \
            and tok.tag in ("NNG", "NNP") and HANGUL.fullmatch(tok.form) and _org_suffix(tok.form[:-1]) \
            and not _known(tok.form):
        cut = tok.end - 1  # 가온물산도/NNG: a company's name, then 도 (also)
        return [Token(tok.form[:-1], "NNP", tok.start, cut, tok.form[:-1])], tok.form[-1]
    if not tok.form.endswith(_GLUED):
        return [tok], ""
    for p in _GLUED:
        if tok.form.endswith(p) and len(tok.form) - len(p) >= (3 if p in ("와도", "과도") else 2) \
                and tok.end - tok.start == len(tok.form) \
                and not (tok.tag == "NNG" and tok.form.endswith(_WORDS_ENDING_LIKE_PARTICLES)):
            cut = tok.end - len(p)
            # an unknown word the tokenizer could not split: a name
            return [Token(tok.form[: -len(p)], "NNP", tok.start, cut, tok.form[: -len(p)])], p
    return [tok], ""


#: what the tokenizer makes of the syllables of an unknown name it breaks up (determiners, adverbs, affixes)
_LATIN_SUFFIXED = re.compile(r"([가-힣]{2,6})([A-Z][A-Z&]{1,4})")
_BROKEN_NAME_TAGS = frozenset({"NNG", "NNP", "MM", "MAG", "XPN", "XSN"})
#: … but not suffixes and determiners that make common words (차량용반도체, 외국계은행, 각은행, 타은행)
_NOT_NAME_PIECES = frozenset({"용", "계", "형", "적", "화", "식", "급", "류", "각", "타", "전", "현", "본", "당",
                              "동", "모든", "여러", "각종", "이", "그", "저", "매", "총", "양", "제", "해당", "일부"})

_RUN_ON_PARTICLES = ("으로", "에서", "는", "은", "이", "가", "를", "을", "의", "와", "과", "에", "도", "로")


def _one_name(w: Word, rest: list[Token], upto: int, k: int, text: str) -> Word:
    """`w` as one unknown name over rest[:upto], its particle the nouns before the first particle (rest[upto:k],
    a particle the tokenizer read as a noun) and the particles after them."""
    name = text[rest[0].start:rest[upto - 1].end]
    w.stem_tokens = [Token(name, "NNP", rest[0].start, rest[upto - 1].end, name)]
    w.particle = "".join(t.form for t in rest[upto:] if t.tag.startswith("J") or t in rest[upto:k])
    return w


def _word(tokens: list[Token], text: str) -> Word:
    w = Word(tokens=tokens, start=tokens[0].start, end=tokens[-1].end)
    if len(tokens) == 1 and tokens[0].form in _NAME_PARTICLES and text[w.start:w.end] == tokens[0].form:
        t = tokens[0]  # the 알 of 마제드 알 호가일, read by the tokenizer as the verb 알다
        w.stem_tokens = [Token(t.form, "NNP", t.start, t.end, t.form)]
        return w
    i = 0
    while i < len(tokens) and (tokens[i].tag in ("SSO", "SS", "SW") and tokens[i].form not in ("&",)
                               or (tokens[i].start == tokens[i].end and i + 1 < len(tokens))):
        i += 1  # leading quote or bracket, or a copula the tokenizer put in no text (계열사 (이) 라온F&B가)
    if i + 1 < len(tokens) and tokens[i].tag == "MAG" and tokens[i + 1].tag in ("NNG", "NNP") \
            and tokens[i].end == tokens[i + 1].start and not _org_suffix(text[tokens[i].start:tokens[i + 1].end]):
        # (한결중공업, 한결/MAG 중공업/NNG, is the name the rule below makes whole)
        # 오늘배달 read as 오늘/MAG 배달/NNG: an adverb glued to a noun makes one noun, a name's
        t = tokens[i]
        tokens = [*tokens[:i], Token(t.form, "NNG", t.start, t.end, t.form), *tokens[i + 1:]]
    rest = tokens[i:]
    k = next((n for n, t in enumerate(rest) if t.tag.startswith("J")), len(rest))
    last_noun = max((n for n, t in enumerate(rest) if t.tag in ("NNG", "NNP")), default=-1)
    if 1 <= k < last_noun and rest[k].tag == "JC" and rest[k - 1].tag in ("NNP", "NNG") \
            and rest[last_noun].form in _org_suffix_words() \
            and all(t.tag in ("NNG", "NNP") for t in rest[k + 1:last_noun + 1]) \
            and all(a.end == b.start for a, b in zip(rest[:last_noun], rest[1:last_noun + 1], strict=True)) \
            and all(t.tag.startswith("J") or t.tag in ("SF", "SP", "SSC", "SS") for t in rest[last_noun + 1:]):
        # 마루카와식품 read as 마루카/NNP 와/JC 식품/NNG, 아스타나메탈그룹 as … 나/JC 메탈/NNG 그룹/NNG: the
        # conjunction is inside a company's name, which a word for a company ends
        return _one_name(w, rest, last_noun + 1, last_noun + 1, text)
    if len(rest) >= 3 and rest[0].tag == "NNP" and rest[1].form == "이" and rest[2].form in ("치", "치로") \
            and rest[0].end == rest[1].start and rest[1].end == rest[2].start:
        # 다나카 겐이치 read as 다나카 겐/NNP 이/JKS 치/NNB: a Japanese given name ending in 이치
        return _one_name(w, rest, 3, 3, text)
    if k >= 3 and rest[0].tag.startswith(("VV", "VA")) and rest[1].tag == "ETM" and rest[1].form in ("ᆫ", "ᆯ") \
            and all(t.tag in ("NNG", "NNP", "MM") for t in rest[2:k]) and rest[k - 1].tag.startswith("NN") \
            and HANGUL.fullmatch(surface := text[rest[0].start:rest[k - 1].end]) and 3 <= len(surface) <= 8 \
            and _org_suffix(surface) and rest[k - 1].form in _org_suffix_words():
        # 온새그룹의 read as 오/VV ᆫ/ETM 새/MM 그룹/NNG: an unknown name and a word for a company, not a verb
        return _one_name(w, rest, k, k, text)
    if k >= 3 and rest[0].tag.startswith(("VV", "VA")) and rest[1].tag == "EP" \
            and all(t.tag in ("NNG", "NNP") for t in rest[2:k]) and rest[k - 1].end - rest[0].start == \
            sum(len(t.form) for t in rest[:k]) - 1 and HANGUL.match(text[rest[0].start:rest[k - 1].end]):
        # 왓패드는 read as 오/VV 엇/EP 패드/NNG (왓 taken for 오+았): an unknown name, not a verb
        return _one_name(w, rest, k, k, text)
    if k >= 2 and rest[0].tag == "MAG" and rest[1].start == rest[0].end and all(
            t.tag in ("NNG", "NNP") for t in rest[1:k]) and HANGUL.match(text[rest[0].start:rest[k - 1].end]) \
            and len(text[rest[0].start:rest[k - 1].end]) >= 4 and _org_suffix(text[rest[0].start:rest[k - 1].end]):
        # 한결중공업은 read as 한결/MAG (much more) 중공업/NNG: a company's name, not an adverb before a noun
        return _one_name(w, rest, k, k, text)
    if k >= 3 and rest[0].tag == "MM" and rest[1].start == rest[0].end and (all(
            t.tag in ("NNG", "NNP") for t in rest[1:k]) or (  # 세한그룹 read as 세/MM 한/MM 그룹/NNG
            all(t.tag in ("NNG", "NNP", "MM") for t in rest[1:k]) and rest[k - 1].tag.startswith("NN")
            and _org_suffix(text[rest[0].start:rest[k - 1].end]))) and len(text[rest[0].start:rest[k - 1].end]) >= 4 \
            and HANGUL.match(text[rest[0].start:rest[k - 1].end]):
        # 동림증권은 read as 동/MM 림/NNG 증권/NNG: an unknown name, not a determiner before nouns
        # (한빛에너지화학과: 과 read as a noun is the particle)
        last = k - 1 if rest[k - 1].form in ("과", "와", "의", "도", "은", "는", "이", "가", "을", "를", "에") else k
        return _one_name(w, rest, last, k, text)
    if 2 <= k <= 5 and rest[k - 1].tag in ("NNG", "NNP") and rest[0].tag != "XPN" \
            and all(t.tag in _BROKEN_NAME_TAGS and t.form not in _NOT_NAME_PIECES for t in rest[:k]) \
            and any(t.tag not in ("NNG", "NNP") for t in rest[:k]) \
            and 3 <= len(surface := text[rest[0].start:rest[k - 1].end]) <= 10 and HANGUL.match(surface) \
            and _org_suffix(surface) and rest[k - 1].form in _org_suffix_words() \
            and surface[:-len(rest[k - 1].form)] not in lexicon.kind_modifiers():  # (기능성식품)
        # 한별식품이 read as 한/MM 별/XSN 식품/NNG, 세진밸브 as 세/MM 진/XPN …: the tokenizer broke an unknown
        # name into pieces; a word for a company ends it (not 고/XPN 정밀: a prefix and a noun)
        return _one_name(w, rest, k, k, text)
    if 3 <= k <= 7 and (latin := _LATIN_SUFFIXED.fullmatch(surface := text[rest[0].start:rest[k - 1].end])) \
            and rest[k - 1].end - rest[0].start == sum(len(t.form) for t in rest[:k]) \
            and all(t.tag in _BROKEN_NAME_TAGS or t.tag in ("NNB", "SL", "SW")
                    or (t is rest[0] and t.tag.startswith("E")) for t in rest[:k]) \
            and latin[2] in _org_suffix_words() and not _known(latin[1]):
        # (계열사 라온F&B가 read as 계열사/NNG 이/VCP 라/EC 온/MM F&B: no word opens with an ending)
        # 한결F&B와 read as 한/MM 결/NNB F/SL &/SW B/SL: a name and a Latin word for a company, one name
        return _one_name(w, rest, k, k, text)
    stem: list[Token] = []
    while i < len(tokens):
        t = tokens[i]
        glued = not stem or t.start == stem[-1].end
        if not glued:
            break
        if t.tag in NOUN_TAGS or (t.tag in ("SW", "SO") and t.form in GLUE_SYMBOLS and stem):
            stem.append(t)
            i += 1
            continue
        if t.tag == "SSO" and t.form == "(" and stem:
            # a parenthesised alias or gloss: 마이크로소프트(MS), 전장(전자장비)
            j = i + 1
            while j < len(tokens) and tokens[j].tag != "SSC":
                j += 1
            if j < len(tokens) and j > i + 1:
                w.alias_span = (tokens[i + 1].start, tokens[j - 1].end)
                w.alias = text[w.alias_span[0]:w.alias_span[1]]
                i = j + 1
            break
        break
    while stem and stem[-1].tag in ("SW", "SO"):
        stem.pop()
    if stem and i < len(tokens) and tokens[i].form == "㈜" and tokens[i].start == stem[-1].end \
            and (text[tokens[i].end:w.end] in _RUN_ON_PARTICLES or tokens[i].end == w.end):
        # 해오름수산㈜이 (the tokenizer reads 이 after the sign as a determiner): the name, its legal form, a particle
        w.stem_tokens, w.particle = stem, text[tokens[i].end:w.end]
        return w
    if (len(stem) == 2 and stem[0].tag == "SL" and stem[1].tag == "NNG" and len(stem[1].form) == 2
            and stem[1].form[-1] in "도는은의와과를을" and i >= len(tokens)):
        t = stem[1]  # SK온도 is SK온 + 도, not SK + 온도 (temperature)
        stem[1] = Token(t.form[0], "NNP", t.start, t.start + 1, t.form[0])
        w.particle = t.form[1]
    if stem and stem[-1].tag == "NNP" and stem[-1].form.endswith("으") and len(stem[-1].form) >= 3 \
            and i < len(tokens) and tokens[i].tag.startswith("J") and tokens[i].form.startswith("로") \
            and tokens[i].start == stem[-1].end:
        t = stem[-1]  # 노르딕으/NNP 로부터: the 으 of 으로부터 glued to an unknown name
        stem[-1] = Token(t.form[:-1], "NNP", t.start, t.end - 1, t.form[:-1])
    if stem and stem[-1].tag in ("NNP", "NNG") and all(t.tag.startswith("J") or t.tag in ("SP", "SF", "SSC", "SS")
                                                      for t in tokens[i:]):
        # 엔비디아와/NNP 는/JX, 라칼마스에서/NNP ,/SP: the particle glued to the name, whatever follows it
        stem[-1:], w.particle = _unglue_particle(stem[-1], last=i >= len(tokens))
    rest = tokens[i:]
    if stem and stem[0].tag == "SL" and rest and rest[0].start == stem[-1].end \
            and rest[0].tag.startswith(("VV", "VA", "VCP")):
        # KT스튜디오지니는 read as KT 스튜디오 + 지/니 (a verb): a name runs on to the particle
        run_on = text[stem[-1].end:w.end]
        for p in _RUN_ON_PARTICLES:
            if run_on.endswith(p) and len(run_on) > len(p) and HANGUL.match(run_on[:-len(p)]):
                end = w.end - len(p)
                stem.append(Token(text[stem[-1].end:end], "NNP", stem[-1].end, end, text[stem[-1].end:end]))
                w.stem_tokens, w.particle = stem, p
                return w
        if HANGUL.match(run_on) and rest[-1].tag.startswith("NN"):
            # GS이니마 매각: read as 이(다) + 니 + 마, a noun after a verb ending inside one word
            stem.append(Token(run_on, "NNP", stem[-1].end, w.end, run_on))
            w.stem_tokens = stem
            return w
    w.stem_tokens = stem
    for t in tokens[i:]:
        if t.tag.startswith("J") and not w.particle.startswith(tuple(_GLUED)):
            w.particle += t.form
        elif w.particle or t.tag not in ("SSC", "SS"):
            break
    closers = [k for k, t in enumerate(tokens) if t.tag == "SSC"]
    if closers and w.alias_span is None:
        # 하만(HARMAN)을: the particle is what follows the closing bracket
        tail = [t for t in tokens[closers[-1] + 1:] if t.tag.startswith("J")]
        if tail:
            w.particle = "".join(t.form for t in tail)
    if not w.particle:
        after = [t for t in tokens if t.start >= w.stem_end and t.tag in PARTICLE_TAGS]
        if after:
            w.particle = "".join(t.form for t in after)
    return w


@cache
def _gazetteer_index() -> tuple[dict[str, LexEntry], dict[str, tuple[int, ...]]]:
    """Casefolded surface form → entry, and for each first character the form lengths, longest first."""
    forms: dict[str, LexEntry] = {}
    lengths: dict[str, set[int]] = {}
    for form, entry in lexicon.gazetteer().items():
        if len(form) < 2 and not re.match(r"[\u4e00-\u9fff]", form):
            continue
        key = form.casefold()
        forms.setdefault(key, entry)
        lengths.setdefault(key[0], set()).add(len(key))
    return forms, {c: tuple(sorted(ls, reverse=True)) for c, ls in lengths.items()}


@cache
def _not_names() -> frozenset[str]:
    """Words that never name anything on their own: the stop list, and the deal words themselves."""
    words = [row[0] for row in lexicon.read_table("not_names.txt")]
    words += [part for row in lexicon.read_table("triggers.tsv") for part in row[0].split("+")]
    return frozenset(normalise_name(w) for w in words)


@cache
def _titles() -> dict[str, tuple[str, str]]:
    return lexicon.titles()


def _token_at(sentence: Sentence, pos: int) -> Token | None:
    for t in sentence.tokens:
        if t.start == pos:
            return t
    return None


_PARTICLE_ENDS_WORD = re.compile(r"(?:은|는|이|가|을|를|의|에|에서|와|과|도|로|으로|에게|만|까지|부터)(?=[\s,.)”’\"'·]|$)")


def _boundary_ok(sentence: Sentence, text: str, end: int) -> bool:
    """A gazetteer match may end where a particle, space or punctuation follows, not mid-name."""
    if end >= len(text) or not (text[end].isalnum()):
        return True
    if _PARTICLE_ENDS_WORD.match(text, end):
        return True  # 삼성바이오로직스가, read by the tokenizer as 로직 + 스/VV + 가/NNG: the rest is a particle
    if text[end] == "서" and (end + 1 >= len(text) or not text[end + 1].isalnum()):
        return True  # 美 레드먼드서 회동, 시애틀서: the spoken 에서 of headlines
    tok = _token_at(sentence, end)
    if tok is None:
        return False
    # not 하다/되다 (인도될 is 'be delivered', not India), and not a longer noun
    if tok.tag == "VCP":  # GS이다, but not GS이니마를 (a longer name the tokenizer read as 이 + 니 + 마)
        word_end = next((i for i in range(end, min(len(text), end + 20)) if text[i].isspace()), len(text))
        rest = [t for t in sentence.tokens if end <= t.start < word_end]
        return all(t.tag.startswith(("VCP", "E", "J", "S")) for t in rest)
    return tok.tag.startswith(("J", "E", "XSN", "SF", "SP", "SS", "SW"))


def _start_ok(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def gazetteer_mentions(sentence: Sentence, text: str) -> list[tuple[int, int, LexEntry]]:
    """Known names in the sentence, longest first at each token start, ending where a particle may follow."""
    forms, lengths = _gazetteer_index()
    found: list[tuple[int, int, LexEntry]] = []
    last_end = -1
    starting: dict[int, Token] = {}
    for t in sentence.tokens:
        starting.setdefault(t.start, t)
    for pos in sorted(starting):
        if pos < last_end or not _start_ok(text, pos):
            continue
        tok = starting[pos]
        if tok.tag == "NNP" and tok.form in _COUNTRIES_THAT_ARE_WORDS \
                and text[pos:tok.end] == tok.form and _boundary_ok(sentence, text, tok.end) \
                and (country := forms.get(_COUNTRIES_THAT_ARE_WORDS[tok.form].casefold())) is not None:
            # 오만 국적 항공사, 가나에 진출: the country where the tokenizer reads a proper noun (not 오만한
            # 태도, 이동 수단, 옷을 말리는), kept out of the gazetteer for that reason
            found.append((pos, tok.end, country))
            last_end = tok.end
            continue
        for n in lengths.get(text[pos].casefold(), ()):
            end = pos + n
            if end > sentence.end:
                continue
            entry = forms.get(text[pos:end].casefold())
            if entry is not None and text[pos:end] in _CITIES_THAT_ARE_WORDS and any(
                    t.start == pos and t.end == end and t.tag == "NNG" for t in sentence.tokens) \
                    and not _SEAT_AFTER.match(text, end) and not re.search(r"(?:중국|경기|경기도)\s$", text[:pos]):
                continue  # 선전 효과 (propaganda), 포스터 시안 (a draft): the word, where the tokenizer reads it so
            if entry is not None and text[pos:end] in _CITIES_THAT_ARE_WORDS and any(
                    t.start == pos and t.end > end and t.tag == "NNG" for t in sentence.tokens):
                continue  # 고양이 사료 (고양이/NNG, cat food): a longer common noun, not 고양 and a particle
            if entry is not None and entry.type is EntityType.ORGANIZATION and _predicate_noun(sentence, pos, end):
                continue  # 인력을 동원, 폐사한 물고기를: the word (mobilise) the object before it takes, not 동원
            if entry is not None and entry.type is EntityType.ORGANIZATION and HANGUL.fullmatch(text[pos:end]) \
                    and text[pos:end].endswith(("공사", "공단")) \
                    and normalise_name(text[pos:end]) != normalise_name(entry.name_ko) \
                    and (before := next((t for t in reversed(sentence.tokens) if t.end <= pos), None)) is not None \
                    and before.tag == "NNP" and before.end == pos - 1 and text[pos - 1] == " " \
                    and _lexicon_type(before.form) is None:
                continue  # 알자힐 석유공사: a name's last word, not 석유공사 (한국석유공사) named short (a state
                # company's short name only: 정의선 현대차그룹 회장 is the group's chairman)
            if entry is not None and (_boundary_ok(sentence, text, end) or (
                    entry.type.is_location and (nxt := starting.get(end)) is not None
                    and nxt.form in ("법인", "현지법인", "지사", "공장", "사무소", "지점", "판매법인", "생산법인"))):
                # (유럽법인 라이트휠유럽: the region a unit is named by, glued to the word for it)
                found.append((pos, end, entry))
                last_end = end
                break
    return found


def _predicate_noun(sentence: Sentence, start: int, end: int) -> bool:
    """Whether text[start:end] is one common noun kiwipiepy knows, right after an object (을/를), so
    the noun of a verb (인력을 동원, …; 함정을 동원해)."""
    toks = sentence.tokens
    k = next((i for i, t in enumerate(toks) if t.start == start), None)
    return k is not None and k > 0 and toks[k].end == end and toks[k].tag == "NNG" \
        and toks[k - 1].tag == "JKO" and toks[k - 1].end < start and in_vocabulary(toks[k].form, "NNG")


#: cities whose bare name is also a common word; a city where the tokenizer reads a proper noun (중국 선전에)
_CITIES_THAT_ARE_WORDS = frozenset({"선전", "시안", "선양", "화성", "고양", "상해"})
#: countries whose bare name is also a word (countries.tsv has their long names): the country only where
#: the tokenizer reads a proper noun
_COUNTRIES_THAT_ARE_WORDS = {"오만": "오만 술탄국", "수단": "수단 공화국", "가나": "가나 공화국", "말리": "말리 공화국"}
#: … unless a place's words follow (선전에 본사를 둔, 화성에 공장을 짓는)
_SEAT_AFTER = re.compile(r"(?:(?:에|에서|에는)\s(?:본사|공장|법인|사무소|본부|위치|있는|자리|연구소|생산)"
                         r"|\s(?:법인|공장|사업장|지사|본사|연구소|생산기지))")

_TITLE_PREFIXES = ("공동", "각자", "대표", "대표이사", "이사회", "이사회의장", "전", "前")


@lru_cache(maxsize=1 << 16)
def title_of(stem: str) -> str | None:
    """The title a word's stem is, also with a prefix glued to it (공동대표, 전회장, 이사회의장)."""
    titles = _titles()
    if stem in titles:
        return stem
    for prefix in _TITLE_PREFIXES:
        if stem.startswith(prefix) and stem[len(prefix):] in titles:
            return stem[len(prefix):]
    return None


def _is_title(word: Word, text: str) -> str | None:
    """The title a word is, unless the word makes it a verb (사업을 총괄했던: ran, not 총괄 the title)."""
    if any(t.tag in ("XSV", "XSA") for t in word.tokens if t.start >= word.stem_end):
        return None
    return title_of(text[word.stem_start:word.stem_end])


@cache
def _suffix_table(kind: str) -> tuple[frozenset[str], tuple[int, ...]]:
    words = {"org": lexicon.org_suffixes(), "cue": tuple(c for c in lexicon.org_cues() if len(c) >= 2),
             "product": tuple(c for c in PRODUCT_CUES if len(c) >= 2)}[kind]
    return frozenset(words), tuple(sorted({len(w) for w in words}))


@lru_cache(maxsize=1 << 16)
def _ends_with(name: str, kind: str, longer: bool = False) -> bool:
    """Whether `name` ends with a word of the table (and, with `longer`, has more before it)."""
    words, lengths = _suffix_table(kind)
    return any(name[-n:] in words for n in lengths if n < len(name) or (n == len(name) and not longer))


def _kind_of_company(surface: str) -> bool:
    """Whether `surface` is a word for what kind of company (냉동+식품, 바이오+제약, 시중+은행) and no name
    the lexicon knows."""
    kinds = lexicon.kind_modifiers()
    return HANGUL.fullmatch(surface) is not None and not _known(surface) and any(
        surface[:-n] in kinds for n in range(2, len(surface) - 1) if surface[-n:] in _org_suffix_words())


def _org_suffix(name: str) -> bool:
    return _ends_with(name, "org", longer=True)


def _looks_like_korean_person(name: str) -> bool:
    if not HANGUL.match(name) or not 3 <= len(name) <= 4 or _known(name) or name.endswith(_NOT_NAME_ENDINGS) \
            or _news_body(name) or in_vocabulary(name, "NNG"):  # (가맹점, 유가족: common nouns kiwipiepy knows)
        return False
    surnames = lexicon.surnames()
    return (len(name) == 3 and name[0] in surnames) or (len(name) == 4 and name[:2] in surnames)


def _split_like_a_name(toks: list[Token]) -> bool:
    """kiwipiepy splits Korean names it knows as surname/NNP + given name/NNP (김/NNP 영섭/NNP)."""
    return len(toks) == 2 and all(t.tag == "NNP" for t in toks) and len(toks[0].form) == 1


def _foreign_name_part(stem: str, tags: set[str]) -> bool:
    """One word of a transliterated foreign name: Hangul, not a known name, not a common noun."""
    return (bool(HANGUL.match(stem)) and 1 <= len(stem) <= 6 and bool(tags & {"NNP", "NNG", "NR", "NNB"})
            and not (tags <= {"NNG"} and (len(stem) >= 4 or len(stem) == 2)) and not _known(stem)
            and not _org_suffix(stem) and normalise_name(stem) not in _not_names() and not _news_body(stem)
            and stem not in lexicon.org_cues() and stem not in _titles())


# 경희대, 서강대: universities, not people
_NOT_NAME_ENDINGS = ("대",)
_DISTRICT = re.compile(r"^[\uac00-\ud7a3]{1,4}(?:동|구|군|읍|면)$")
_COMMON_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용")
#: the surnames of nine Koreans in ten: a three-syllable word opening with one is a Korean's name (박서연 툰버스
#: 대표), where 마니시 찬드라 or 데이비드 모건 are one foreign name
_TOP_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구민류")
_CODE = re.compile(r"^[A-Z]{1,5}-?\d{1,4}[A-Za-z]?$")  # K2, FA-50, HBM3E, F-150: model codes
#: facilities named by the place they stand in (두코바니 원전, 그라스버그 광산)
_FACILITY_NOUNS = frozenset({"원전", "원자력발전소", "발전소", "광산", "광구", "유전", "가스전", "댐", "제련소", "유적"})
_PLACE_NOUNS = ("공장", "본사", "사업장", "법인", "캠퍼스", "지역", "일대", "인근", "시", "현지", "공항", "항", "단지")
_GOVERNMENT = ("부", "청", "처", "총국", "위원회", "당국", "중앙은행", "국립은행", "준비은행", "공사", "공단")
#: the last syllables of a state body's name (국가신문출판서, 경제산업성, 식품의약국, 국제무역위원회)
_STATE_BODY_ENDINGS = (*_GOVERNMENT, "서", "성", "국", "원")
#: a state's armed forces, a body of it when named with the country (말레이시아 해군에 납품, 필리핀 해안경비대)
_ARMED_FORCES = frozenset({"해군", "육군", "공군", "해병대", "해안경비대", "해안경비청", "국경수비대", "방위군", "국방군"})


def _lexicon_type(stem: str) -> EntityType | None:
    """The type the gazetteer gives a name, if it knows it."""
    entry = lexicon.gazetteer_keys_normalised().get(normalise_name(stem))
    return entry.type if entry is not None else None


def _is_region_or_city(stem: str) -> bool:
    found = _lexicon_type(stem)
    return found is not None and found.is_location


def is_country(stem: str) -> bool:
    return _lexicon_type(stem) is EntityType.COUNTRY


def _is_region(stem: str) -> bool:
    return _lexicon_type(stem) in (EntityType.COUNTRY, EntityType.PLACE)


def _ends_with_comma(w: Word) -> bool:
    return w.tokens[-1].tag == "SP"


_LANGUAGE = re.compile(r"^[\uac00-\ud7a3]{1,6}어$")


def _is_language(stem: str) -> bool:
    """한국어, 영어, 스페인어: a language, not an organisation."""
    if not _LANGUAGE.match(stem):
        return False
    base = stem[:-1]
    return base in ("영", "한", "독", "불", "중", "노", "서", "아랍", "라틴") or _known(base)


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    type: EntityType
    english: str = ""
    canonical: str = ""
    aliases: tuple[str, ...] = ()
    strength: int = 0  # gazetteer 3, strong cue 2, shape 1
    learned: float = 0.0  # the model's confidence, for a candidate it found


def recognise(sentences: tuple[Sentence, ...], text: str,
              learned_spans: list[LearnedSpan] | None = None) -> list[Mention]:
    """All mentions in an article, in text order, without overlaps.  `learned_spans`: the entity model's
    spans of the article (`learned_mentions`), when the caller has them already."""
    mentions: list[Mention] = []
    persons: dict[str, str] = {}  # surname → full name, for 김 대표 back-references
    last_names: dict[str, str] = {}  # 나델라 → 사티아 나델라
    learned = sorted(learned_mentions(sentences, text) if learned_spans is None else learned_spans)
    learned_starts = [x[0] for x in learned]
    counts: dict[str, int] = {}
    for sentence in sentences:
        has_trigger = mentions_a_deal(sentence.text) or _SOLD_THROUGH.search(sentence.text) is not None
        rules = _sentence_candidates(sentence, text, persons)
        if not has_trigger:
            # a lone proper noun, named once, in no deal: too weak to be a company.  Dropped before the
            # model's spans come in, so that where the model reads it as something else, that reading stands
            rules = [c for c in rules if not _lone_guess(c, text, counts)]
        lo, hi = bisect_left(learned_starts, sentence.start), bisect_left(learned_starts, sentence.end)
        for cand in _merge_learned(rules, learned[lo:hi], text, sentence.tokens):
            surface = text[cand.start:cand.end]
            if cand.type is EntityType.PERSON and not cand.canonical and " " not in surface \
                    and surface in last_names:
                cand = _Candidate(cand.start, cand.end, cand.type, canonical=last_names[surface],
                                  strength=cand.strength)  # 나델라, after 사티아 나델라
            elif cand.type is EntityType.PERSON and " " in surface and not cand.canonical:
                last_names.setdefault(surface.rsplit(" ", 1)[1], surface)
            elif cand.type is EntityType.PERSON and not cand.canonical and len(surface) >= 4 \
                    and (family := next((f for f in _VIETNAMESE_SURNAMES if len(f) >= 2 and surface.startswith(f)),
                                        None)) is not None:
                last_names.setdefault(family, surface)  # 응우옌 회장, after 응우옌반탄 회장: the family name
            if cand.type is EntityType.PERSON and not cand.canonical and len(surface) >= 2:
                persons.setdefault(surface[0], surface)
                if len(surface) >= 3:
                    persons[surface[:2]] = persons.get(surface[:2], surface)
            # a company read from its shape alone stays a guess unless the model reads a company there too
            # (폴리에스터 read as a person, 포토레지스트 as a company at 0.35: no backing)
            guess = cand.type is EntityType.ORGANIZATION and cand.strength <= 1 and not any(
                s < cand.end and cand.start < e and t is EntityType.ORGANIZATION and c >= LEARNED_BACKS_GUESS
                for s, e, t, c in learned[lo:hi])
            mentions.append(Mention(surface, cand.start, cand.end, cand.type, sentence.index,
                                    canonical=cand.canonical, aliases=cand.aliases, english=cand.english,
                                    strength=cand.strength, guess=guess))
    # then the passes over the whole article, in this order
    mentions = _split_person_and_company(mentions, text)
    mentions = _join_name_parts(mentions, text)
    mentions = _corporate_names(mentions, text)
    mentions = _one_type_per_name(mentions, text)
    mentions = _province_before_city(mentions, text)
    mentions = _zone_towns(mentions, sentences, text)
    mentions = _quoted_units(mentions, sentences, text)
    mentions = _listed_compounds(mentions, sentences, text)
    mentions = _customer_lists(mentions, sentences, text)
    mentions = _propagate(mentions, sentences, text)
    mentions = _country_units(mentions, text)
    mentions = _products_stay_products(mentions, text)
    mentions = _descriptions(mentions, text)
    mentions = _joint_venture_refs(mentions, sentences, text)
    mentions = _merged_company_refs(mentions, sentences, text)
    mentions = _this_company(mentions, sentences, text)
    mentions = _drop_terms(mentions, sentences, text)
    mentions = _bracketed_short_names(mentions, sentences, text)
    mentions = _glossed_everywhere(mentions, text)
    mentions = _currencies(mentions, text)
    mentions = _units_named_by_country(mentions, text)
    mentions = _units_named_by_city(mentions, text)
    mentions = _split_at_named_company(mentions, text)
    mentions = _named_before_their_post(mentions, sentences, text)
    mentions = _names_ending_in_wa(mentions, text)
    mentions = _particles_glued(mentions, text)
    mentions = _names_cut_short(mentions, text)
    mentions = _foreign_names_whole(mentions, text)
    mentions = _foreign_names_side_by_side(mentions, text)
    mentions = _short_name_and_rest(mentions, text)
    mentions = _known_names_whole(mentions, sentences, text)
    mentions = _countries_glued_to_units(mentions, sentences, text)
    mentions = _glossed_people(mentions, text)
    mentions = _vietnamese_full_names(mentions, sentences, text)
    mentions = [replace(m, type=EntityType.PERSON, strength=2, guess=False) if _vietnamese_name_with_title(m, text) else m
                for m in mentions]
    mentions = _unit_glosses(mentions, text)
    mentions = _local_offices(mentions, text)
    mentions = _ports(mentions, text)
    mentions = _platforms_as_media(mentions, text)
    mentions = [m for m in mentions if not (m.type is EntityType.PERSON and not m.canonical
                                            and m.text in _NOT_NAME_SYLLABLES
                                            and not _SURNAME_WITH_TITLE.match(text, m.end))]  # 이 중 X 대표는: no
    # one named 중 (안 의원은, 안씨는: the surname with a title, whom the graph resolves or leaves out)
    mentions = [_without_unit_head(m) for m in mentions]
    # 베르타니 for 카사 베르타니, first read as a person's name and then as the company's: what it stands for
    orgs = {m.name for m in mentions if m.type is EntityType.ORGANIZATION}
    people = {m.text for m in mentions if m.type is EntityType.PERSON and not m.canonical}
    mentions = [replace(m, type=EntityType.ORGANIZATION) if m.type is EntityType.PERSON and m.canonical in orgs
                and m.canonical not in people else m for m in mentions]
    mentions = [m for m in mentions if not (m.type is EntityType.ORGANIZATION and not _known(m.text) and (
        _UNIT_HEAD.search(m.text) or m.strength <= 1 and m.text.endswith("시장")))]  # (방산시장: a market)
    # 올트먼은, after 샘 올트먼, read from its shape alone as a company: the person's family name (keyed by the
    # family name, each to where the first person of that name stands: reversed, the first is written last)
    family_names = {m.text.rsplit(" ", 1)[1]: m.start for m in reversed(mentions)
                    if m.type is EntityType.PERSON and " " in m.text and not m.canonical}
    mentions = [replace(m, type=EntityType.PERSON, guess=False) if m.type is EntityType.ORGANIZATION
                and m.strength <= 1 and family_names.get(m.text, len(text)) < m.start and not _known(m.text) else m
                for m in mentions]
    # 신주 again, which the model reads as a bare place: the city the article named it as; 루미너스 again, which
    # it reads as a company: the product the article named in quotes (‘루미너스’)
    cities = {m.text for m in mentions if m.type is EntityType.CITY and " " not in m.text}
    products = {m.text for m in mentions if m.type is EntityType.PRODUCT and m.strength >= 3}
    mentions = [replace(m, type=EntityType.CITY) if m.type is EntityType.PLACE and m.text in cities
                else replace(m, type=EntityType.PRODUCT) if m.type is EntityType.ORGANIZATION and m.strength <= 2
                and m.text in products else m for m in mentions]
    return _codes_with_their_names(_cities_by_description(mentions, text), text)


#: kinds of weapon and aircraft news writes after a model code as part of its name (K2 전차, K9 자주포)
_KIND_AFTER_CODE = re.compile(r" (전차|자주포|전투기|훈련기|경공격기|장갑차|헬기|잠수함|호위함|구축함|미사일|다연장로켓|여객기|화물기)"
                              r"(?=[\s은는이가을를의와과도로에,.·)]|$)")
#: how words before a code end that are no brand: particles, verbs' and adjectives' forms (에어버스와, 높은, 활용해)
_NOT_BRAND_END = re.compile(r"(?:은|는|이|가|을|를|의|와|과|도|로|에|만|인|한|된|될|할|해|고|서|지|며|게|까지|부터|에서)$")
_PARTICLE_TAIL = re.compile(r"(?:으로부터|로부터|에서는|에서도|으로는|에게|에서|까지|부터|으로|에는|에도|은|는|이|가|을|를|의|와|과|도|"
                            r"로|에|만)$")


def _codes_with_their_names(mentions: list[Mention], text: str) -> list[Mention]:
    """A model code read alone as a product, with what its name is written with: the brand word before it (키온 X7,
    아쿠아핏 S3), the syllables glued after it (A321네오) or the kind of weapon or aircraft after it (K2 전차)."""
    out = list(mentions)
    by_end = {m.end: m for m in out}
    for k, m in enumerate(out):
        if m.type is not EntityType.PRODUCT or not _CODE.match(m.text) or m.canonical or m.strength >= 3:
            continue  # (GPT-4o, a name the lexicon knows whole)
        start, end = m.start, m.end
        glued = re.match(r"[가-힣]{1,5}", text[end:end + 5])
        if glued is not None and not _AFTER_NAME.match(text, end):
            end += len(_PARTICLE_TAIL.sub("", glued.group()))  # A321네오(를); not HBM4부터, K2는: a particle
        elif (kind := _KIND_AFTER_CODE.match(text, end)) is not None:
            end = kind.end()  # (K2 전차, also written K2 alone: the code stays an alias)
            m = replace(m, aliases=tuple(sorted({*m.aliases, m.text})))
        brand = re.search(r"(?<![가-힣A-Za-z0-9·])([가-힣]{2,6}) $", text[max(0, start - 8):start])
        if brand is not None:
            word = brand.group(1)
            before = by_end.get(start - 1)
            if not _NOT_BRAND_END.search(word) and not in_vocabulary(word, "NNG") and not _known(word) and not title_of(word) \
                    and not org_cue(word) and word not in _KIND_WORDS \
                    and (before is None or before.type is EntityType.PRODUCT
                         or (before.type is EntityType.ORGANIZATION and before.strength <= 1)):
                start -= len(word) + 1  # (not 신형 X7, 모델 S3: words of the language)
        if (start, end) == (m.start, m.end) or any(m.end <= x.start < end for x in out):
            continue  # (another name in what would be added)
        out[k] = replace(m, text=text[start:end], start=start, end=end, strength=max(m.strength, 2), guess=False)
    # a brand word merged in is one mention with the code, no longer one of its own
    merged = [(m.start, m.end) for m in out if m.type is EntityType.PRODUCT and _CODE.search(m.text.split(" ")[-1])]
    out = [m for m in out if not any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in merged)]
    return out


#: services people post on, which news names as the medium more often than as the company
_PLATFORMS = frozenset({"트위터", "유튜브", "틱톡", "웨이보", "인스타그램", "페이스북", "카카오톡", "텔레그램"})
#: … used as a medium: 트위터에 올렸다, 유튜브 채널, 트위터를 통해, 웨이보상에서
_AS_MEDIUM = re.compile(r"(?:\([^()]{1,20}\))?(?:에|에서|에도|에는|상에서|상에|상의|(?:을|를)\s통해|로|으로)(?![가-힣])"
                        r"|(?:\([^()]{1,20}\))?\s?(?:계정|팔로워|채널|영상|동영상|게시물|게시글|라이브|페이지|스토리)")


def _unit_glosses(mentions: list[Mention], text: str) -> list[Mention]:
    """누리로지스 베트남(Nuri Logis Vietnam): the gloss spells the unit's whole name, not its country's."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.type.is_location and m.canonical and " " in m.text and LATIN_NAME.match(
                m.text.replace(" ", "")) and prev.type is EntityType.ORGANIZATION and text[prev.end:m.start] == "(" \
                and " " in prev.text and _lexicon_type(prev.text.rsplit(" ", 1)[1]) in (EntityType.COUNTRY, EntityType.CITY):
            m = replace(m, type=EntityType.ORGANIZATION, canonical=prev.name)
        out.append(m)
    return out


def _short_name_and_rest(mentions: list[Mention], text: str) -> list[Mention]:
    """알자힐 석유공사가, read as the company's short name and a second company (석유공사, 한국석유공사's short
    name): where the two words are the first one's full name, they are that company, named in full."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type is m.type is EntityType.ORGANIZATION and prev.canonical \
                and text[prev.end:m.start] == " " and prev.canonical == f"{prev.text} {m.text}":
            out[-1] = replace(prev, text=prev.canonical, end=m.end, canonical="", strength=max(prev.strength, m.strength))
            continue
        out.append(m)
    return out


def _names_cut_short(mentions: list[Mention], text: str) -> list[Mention]:
    """CEO 제시카 한. … 제시카 한을 선임했다: a given name read without the one-syllable family name after it, where
    the article gives the name whole elsewhere, is the whole name."""
    surnames = lexicon.surnames()
    whole = {m.text for m in mentions if m.type is EntityType.PERSON and " " in m.text and not m.canonical
             and len(last := m.text.rsplit(" ", 1)[1]) == 1 and last in surnames}  # 제시카 한, 로버트 김
    if not whole:
        return mentions
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.type is EntityType.PERSON and " " not in m.text and not m.canonical:
            name = next((w for w in sorted(whole) if w.startswith(m.text + " ") and text.startswith(w, m.start)
                         and re.match(r"(?:은|는|이|가|을|를|의|과|와|도|씨)?(?![가-힣])", text[m.start + len(w):])),
                        None)
            if name is not None and m.start + len(name) not in starts:
                m = replace(m, text=name, end=m.start + len(name))
        out.append(m)
    return out


def _foreign_names_whole(mentions: list[Mention], text: str) -> list[Mention]:
    """나카무라 겐지 사장, read as 나카무라 겐 and the ending 지: a foreign name of several words ends where its last
    word does, before a space (its particle aside), not where the tokenizer cut that word."""
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        if m.type is EntityType.PERSON and " " in m.text and not m.canonical and HANGUL.fullmatch(m.text.replace(" ", "")) \
                and (rest := re.match(r"(?![씨氏])[가-힣]{1,2}(?<!다)(?=\s|\()", text[m.end:m.end + 4])) is not None \
                and not _AFTER_NAME.match(text, m.end) and len(m.text.rsplit(" ", 1)[1]) + len(rest.group()) <= 4 \
                and not _korean_full_name(m.text.split(" ")[0]) and m.end + len(rest.group()) not in starts:
            m = replace(m, text=m.text + rest.group(), end=m.end + len(rest.group()))
        out.append(m)
    return out


def _foreign_names_side_by_side(mentions: list[Mention], text: str) -> list[Mention]:
    """토르 / 에릭 바크 (가 맡았으며): two people side by side, in up to four words, none of them a Korean's name or
    a surname, are one foreign name (where 아민 / 나세르, one word each, were joined before)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type is EntityType.PERSON and m.type is EntityType.PERSON \
                and text[prev.end:m.start] == " " and not prev.canonical and not m.canonical \
                and len((prev.text + " " + m.text).split()) <= 4 and " " in prev.text + m.text \
                and not any(_korean_full_name(w) or w in lexicon.surnames() for w in (prev.text + " " + m.text).split()):
            out[-1] = replace(prev, text=f"{prev.text} {m.text}", end=m.end)
            continue
        out.append(m)
    return out


def _platforms_as_media(mentions: list[Mention], text: str) -> list[Mention]:
    """트위터에 사진을 올렸다, 유튜브 채널: the service a post goes on, a product, not the company (트위터를 인수한:
    the company)."""
    return [replace(m, type=EntityType.PRODUCT) if m.type is EntityType.ORGANIZATION and m.name in _PLATFORMS
            and _AS_MEDIUM.match(text, m.end) else m for m in mentions]


_PORT_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.CITY, EntityType.PLACE})


def _ports(mentions: list[Mention], text: str) -> list[Mention]:
    """케냐 몸바사항, 몸바사항은: the port a city is named for is the city (X항 is no company), where the article
    names the city's country right before it once, or the lexicon knows the city."""
    cities = {m.text[:-1] for k, m in enumerate(mentions)
              if m.type in _PORT_TYPES and re.fullmatch(r"[가-힣]{2,}항", m.text) and not _known(m.text)
              and (k > 0 and is_country(mentions[k - 1].text) and text[mentions[k - 1].end:m.start] == " "
                   or (m.type is EntityType.ORGANIZATION and _lexicon_type(m.text[:-1]) is EntityType.CITY))}
    if not cities:
        return mentions
    return [replace(m, text=m.text[:-1], end=m.end - 1, type=EntityType.CITY, canonical="")
            if m.type in _PORT_TYPES and m.text[:-1] in cities and m.text.endswith("항") else m
            for m in mentions]


#: a city's police or fire station named after it: 부산 동래경찰서, 서울 강남경찰서, 목포 해양경찰서
_LOCAL_OFFICE = re.compile(r"\s([가-힣]{0,6}(?:경찰서|소방서|지구대))(?![가-힣]{2})")


def _local_offices(mentions: list[Mention], text: str) -> list[Mention]:
    """부산 동래경찰서: one office, named by its city (there is a 동부경찰서 in 부산 and in 울산), not the city and
    a station of nowhere."""
    out: list[Mention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        office = _LOCAL_OFFICE.match(text, m.end) if m.type in (EntityType.CITY, EntityType.PLACE) else None
        if office is None:
            out.append(m)
            continue
        out.append(Mention(text[m.start:office.end(1)], m.start, office.end(1), EntityType.ORGANIZATION, m.sentence,
                           strength=2))
        skip_until = office.end(1)
    return out


#: 와 or 과 after a name, then what cannot follow that particle: the name ends in it (미즈카와가, 미즈카와와)
_WA_IN_NAME = re.compile(r"[와과](?:가|를|와|과|에서|에게|에|\()")


def _names_ending_in_wa(mentions: list[Mention], text: str) -> list[Mention]:
    """미즈카와(水川)와, 미즈카와가: a company whose name ends in 와 or 과, which the tokenizer read as a particle
    (미즈카 + 와).  Where the article shows it once, every mention of the name followed by it takes it back."""
    ending = {m.text for m in mentions if m.type is EntityType.ORGANIZATION and not m.canonical
              and HANGUL.fullmatch(m.text) and _WA_IN_NAME.match(text, m.end)}
    if not ending:
        return mentions
    starts = {m.start for m in mentions}
    return [replace(m, text=m.text + text[m.end], end=m.end + 1)
            if m.text in ending and text[m.end:m.end + 1] in ("와", "과") and m.end + 1 not in starts else m
            for m in mentions]


@cache
def _country_before_unit() -> re.Pattern[str]:
    names = sorted({form for form, e in lexicon.gazetteer().items() if e.type is EntityType.COUNTRY
                    and HANGUL.fullmatch(form) and len(form) >= 2}, key=len, reverse=True)
    return re.compile(r"(?<![가-힣])(" + "|".join(map(re.escape, names)) + r")(?=(?:현지|판매|생산)?(?:법인|지사)(?!장))")  # (not 한국법인장, a post)


def _countries_glued_to_units(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """폴란드법인 ‘X’, 미국법인 Y: the country of a unit, written as one word with the word for a unit."""
    gazetteer = lexicon.gazetteer()
    return _with_mentions_where_free(
        mentions, ((hit.start(), hit.end(), EntityType.COUNTRY,
                    name if (name := gazetteer[hit[1]].name_ko) != hit[1] else "")
                   for hit in _country_before_unit().finditer(text)), sentences, text, strength=3)


def _with_mentions_where_free(mentions: list[Mention], spans: Iterable[tuple[int, int, EntityType, str]],
                              sentences: tuple[Sentence, ...], text: str, strength: int) -> list[Mention]:
    """`mentions`, and one mention for each (start, end, type, canonical) span that none of them overlaps,
    in text order."""
    starts = [x.start for x in sentences]
    added = [Mention(text[start:end], start, end, type_, bisect_right(starts, start) - 1, canonical=canonical,
                     strength=strength)
             for start, end, type_, canonical in spans
             if not any(m.start < end and start < m.end for m in mentions)]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


#: the first letters of the particles that may follow a name (은, 는, 이, 가, 을, 를, 의, 에, 와, 과, 도, 로)
_PARTICLE_STARTS = "은는이가을를의에와과도로"
#: words that make a company's name a group's (현대자동차그룹 is not 현대자동차)
_GROUP_WORDS = frozenset({"그룹", "홀딩스", "지주", "금융지주", "금융그룹", "지주회사"})


@cache
def _glued_kinds() -> dict[str, list[str]]:
    """The Hangul words for a kind of company that may be glued to a name, not a group's, by their first
    syllable, longest first."""
    out: dict[str, list[str]] = defaultdict(list)
    for x in sorted(lexicon.org_suffixes(), key=len, reverse=True):
        if HANGUL.fullmatch(x) and x not in _GROUP_WORDS:
            out[x[0]].append(x)
    return dict(out)


def _known_names_whole(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """A company the article names is that company wherever its name stands, over pieces of it read as
    other names (사이공 of 사이공안빈보험 지분, read as the city); and its name of four syllables or more with a
    word for a kind of company glued on (다온생명보험 for 다온생명) is the same company where nothing else read
    it (not a group: 현대자동차그룹 is not 현대자동차; a group's short name, 한빛, is too short to count)."""
    names = {m.name for m in mentions if m.type is EntityType.ORGANIZATION and not m.canonical
             and len(m.text) >= 4 and HANGUL.fullmatch(m.text)}
    sure = {m.name for m in mentions if m.name in names and m.strength >= 2 and not m.guess}
    # ‘해온식품 베트남’, a unit named surely by its parent and country: the parent, wherever the tokenizer broke
    # its name (해온 식품, read as a verb and a noun)
    parents = {parent for m in mentions if m.type is EntityType.ORGANIZATION and m.strength >= 2 and not m.guess
               and m.text.count(" ") == 1 and is_country((parts := m.text.split())[1])
               and len(parent := parts[0]) >= 4 and HANGUL.fullmatch(parent)}
    names |= parents
    sure |= parents
    if not names:
        return mentions
    suffixes = _glued_kinds()
    starts = [x.start for x in sentences]
    out = list(mentions)
    for name in sorted(names, key=len, reverse=True):
        for at in occurrences(name, text, not_after=is_hangul):
            end = at + len(name)
            glued = next((x for x in suffixes.get(text[end:end + 1], ()) if text.startswith(x, end)
                          and not name.endswith(x)), None)
            canonical = ""
            if glued is not None and (end + len(glued) >= len(text) or not HANGUL.match(text[end + len(glued)])
                                      or text[end + len(glued)] in _PARTICLE_STARTS):
                end += len(glued)  # 다온생명보험에 인수됐다
                canonical = name
            elif end < len(text) and HANGUL.match(text[end]) and text[end] not in _PARTICLE_STARTS + "서":
                continue  # (a longer word: its own name, if any)
            same = next((m for m in out if (m.start, m.end) == (at, end)), None)
            if same is not None and canonical and same.type is EntityType.ORGANIZATION and not same.canonical \
                    and not _known(same.text) and name[-2:] + text[at + len(name):end] in _org_suffix_words():
                out = [replace(m, canonical=canonical) if m is same else m for m in out]
                continue  # 다온생명보험, read whole by the model: still 다온생명 (생명 + 보험, one kind of company)
            inside = [m for m in out if at <= m.start and m.end <= end and (m.start, m.end) != (at, end)]
            if any(m.start < end and at < m.end and m not in inside for m in out):
                continue  # (a name over the edges, or read already: left as it is)
            if not inside and not canonical and name not in sure:
                continue  # (an occurrence nothing read is named again only for a company the article names surely)
            whole = Mention(text[at:end], at, end, EntityType.ORGANIZATION,
                            bisect_right(starts, at) - 1, canonical=canonical, strength=2)
            added = [whole]
            if (before := re.search(r"(?:^|(?<=[\s,]))([가-힣]{3,4}) $", text[max(0, at - 6):at])) \
                    and _looks_like_korean_person(before[1]) and _title_after(text, end) \
                    and not any(m.start < at - 1 and at - 1 - len(before[1]) < m.end for m in out):
                p = at - 1 - len(before[1])  # 오세준 해온식품 대표는: the company's head, before it
                added.append(Mention(before[1], p, p + len(before[1]), EntityType.PERSON, whole.sentence, strength=2))
            out = sorted([m for m in out if m not in inside] + added, key=lambda m: m.start)
    return out


#: particles the tokenizer keeps on the end of a name it does not know, and what may follow them
#: there (동해조선과는 → 동해조선 + 과는, 세림비나로, → 세림비나 + 로)
_GLUED_TAILS = {"서": "", "과": "는도의", "와": "는도의", "으로": "는도,", "로": "는도,"}


def _particles_glued(mentions: list[Mention], text: str) -> list[Mention]:
    """美 노바실리콘서 전략투자 유치, 동해조선과는, 세림비나로: a particle (서 for 에서, 과, 와, 로) the
    tokenizer kept in a name.  Where the article names the company without it, the particle goes."""
    names = {m.text for m in mentions if m.type is EntityType.ORGANIZATION}
    out = []
    for m in mentions:
        if m.type is EntityType.ORGANIZATION and len(m.text) >= 4:
            tail = next((t for t in _GLUED_TAILS if m.text.endswith(t) and m.text[:-len(t)] in names), None)
            after = text[m.end:m.end + 1]
            if tail is not None and len(m.text) - len(tail) >= 3 and (not HANGUL.match(after)
                                                                     or after in _GLUED_TAILS[tail]):
                m = replace(m, text=m.text[:-len(tail)], end=m.end - len(tail))
            elif tail is None and m.text.endswith("서") and not m.canonical and not HANGUL.match(after) \
                    and len(longer := {n for n in names if n.startswith(m.text[:-1]) and len(n) > len(m.text)}) == 1:
                # 獨 슈타인만서 전략투자 유치, where the article names 슈타인만에네르기: its short name and 에서
                m = replace(m, text=m.text[:-1], end=m.end - 1, canonical=longer.pop())
        out.append(m)
    return out


#: 중동 법인 '청담뷰티 미들이스트(Cheongdam Beauty Middle East FZ-LLC)', 합작법인 'X': a unit named in quotes
_QUOTED_UNIT = re.compile(r"(?:법인|자회사|합작사|계열사)\s?['‘\"“]([^'’\"”()\n]{2,30}?)(?:\(([^()\n]{2,60})\))?['’\"”]")


#: … when the sentence sets it up or says where it is (를 설립했다, 을 출범시켰다, 은 …에 본사를 두고)
_SET_UP = re.compile(r"[^.\n]{0,40}?(?:설립|세우|세운|세웠|출범|신설|본사를|두고|둔다|운영)")


def _quoted_units(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """A name in quotes right after the word for a unit or a joint venture is that company's, whole,
    whatever its words read as alone (미들이스트 as a place, 두 as a number); its gloss is its English name."""
    found: list[tuple[Mention, int]] = []  # the name, and where its quotes close
    starts = [x.start for x in sentences]
    for hit in _QUOTED_UNIT.finditer(text):
        name, gloss = hit[1], hit[2] or ""
        if name != name.strip() or _known(name) or is_reference(name) or name.endswith(("법인", "자회사")):
            continue
        if not gloss and not _SET_UP.match(text, hit.end()):
            continue  # (자회사 '매각설' 부인, 중국 법인 '철수' 결정: a quoted word, no company set up or named)
        english = gloss if LATIN_NAME.match(gloss.replace(" ", "")) else ""
        found.append((Mention(name, hit.start(1), hit.end(1), EntityType.ORGANIZATION,
                              bisect_right(starts, hit.start(1)) - 1, english=english, strength=2), hit.end()))
    if not found:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        clash = next((f for f, close in found if f.start < m.end and m.start < close), None)
        if clash is None:
            out.append(m)
        elif m.type is EntityType.ORGANIZATION and (m.start, m.end) == (clash.start, clash.end):
            out.append(replace(m, strength=max(m.strength, 2), guess=False))  # (no guess: the words say a unit)
    have = {(m.start, m.end) for m in out}
    return sorted(out + [f for f, _ in found if (f.start, f.end) not in have], key=lambda m: m.start)


def _bracketed_aliases(mentions: list[Mention], text: str) -> dict[str, Mention]:
    """포모사반도체제조(FSMC): the companies' short names given in brackets (or after ·), by their text."""
    return {m.text: m for m in mentions if m.canonical and m.type is EntityType.ORGANIZATION
            and text[m.start - 1:m.start] in ("(", "·") and len(m.text) >= 2}


def _glossed_everywhere(mentions: list[Mention], text: str) -> list[Mention]:
    """에이치투모빌리티(H2모빌리티) … H2모빌리티는: a short name given in brackets is the company's wherever it
    stands in the article, whatever the lexicon says the letters stand for."""
    glossed = {name: m.canonical for name, m in _bracketed_aliases(mentions, text).items()}
    for prev, m in zip(mentions, mentions[1:], strict=False):
        if prev.type is m.type is EntityType.ORGANIZATION and not m.canonical and text[prev.end:m.start] == "(" \
                and text[m.end:m.end + 1] == ")" and 2 <= len(m.text) <= 12 and m.text != prev.name \
                and not _known(m.text):
            glossed.setdefault(m.text, prev.name)  # 에이치투모빌리티(H2모빌리티): both read as companies
    if not glossed:
        return mentions
    # (the article's own short name outranks the lexicon's: 포모사세미컨덕터(FSC) … FSC와, not the Korean FSC)
    return [replace(m, canonical=glossed[m.text]) if m.text in glossed and m.type is EntityType.ORGANIZATION
            else m for m in mentions]


#: 삼성전자 미국법인, 현대차 미국판매법인, 기아 인도 생산법인: a company, then its unit in a country or region
_UNIT_WORDS = r" ([가-힣]{1,8}?)\s?((?:현지|판매|생산|영업)?\s?(?:법인|지사))"
_UNIT_BY_COUNTRY = re.compile(_UNIT_WORDS + r"(?=[은는이가을를의와과에도(,\s.·]|$)"
                              r"(?!\s(?:설립|신설|건립|철수|청산|매각|설치))")
_UNIT_NAME = re.compile(r"(.+?)" + _UNIT_WORDS)


def unit_abroad_name(name: str, places: Collection[str] = ()) -> tuple[str, str] | None:
    """(parent, country) of a unit named by its parent and country (삼성전자 미국법인 → 삼성전자, 미국), or a
    city the article names as a place (`places`: 청우케미칼 난퉁법인, where 장쑤성 난퉁 is told)."""
    hit = _UNIT_NAME.fullmatch(name)
    return (hit[1], hit[2]) if hit and (_is_region_or_city(hit[2]) or hit[2] in places) else None


def place_names(mentions: Iterable[Mention]) -> set[str]:
    """The names of the places an article's mentions are (장쑤성 난퉁: 난퉁 too)."""
    return {n for m in mentions if m.type.is_location for n in (m.text, m.canonical, m.text.split()[-1]) if n}


#: a title right after a company: 메종 바르디에 최고경영자(CEO)는, 보건부 장관이
_POST_AFTER = re.compile(r"\s([가-힣]{1,6}?|[A-Z]{2,4})(?:\([A-Z]{2,4}\))?(?=[은는이가도의와과,\s])")
#: the words of a name before it, opening the sentence or after another party (와, 과, 및, a comma)
_NAME_WORDS_BEFORE = re.compile(r"(?:^|(?:와|과|및|,|\))\s)((?=[가-힣 ]{4,})[가-힣]{1,8}(?: [가-힣]{1,8}){1,2}) $")


def _split_at_named_company(mentions: list[Mention], text: str) -> list[Mention]:
    """아그니에슈카 노바크 프로콜로르 폴스카 최고경영자(CEO)는, 응우옌반토안 탄호아목재 회장은, 마이클 탄 오로라 인프라
    파트너스 대표는: a foreign name read together with the company after it, or with a part of it, before a title.
    Where the words that end the run name a company the article names elsewhere, they are that company and the
    words before them its head (whose name `_named_before_their_post` may then run on to a word before)."""
    elsewhere: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.type is EntityType.ORGANIZATION and not m.guess:
            elsewhere[m.text].append(m)
    if not elsewhere:
        return mentions
    out = list(mentions)
    changed = False
    for j, m in enumerate(mentions):
        post = _POST_AFTER.match(text, m.end)
        if post is None or title_of(post[1]) is None:
            continue
        first = j
        while first > 0 and j - first < 2 and text[mentions[first - 1].end:mentions[first].start] == " " \
                and mentions[first - 1].sentence == m.sentence:
            first -= 1
        for i in range(first, j + 1):
            run = mentions[i:j + 1]
            if not any(x.type is EntityType.PERSON and not x.canonical for x in run):
                continue
            whole = text[run[0].start:m.end]
            named: dict[int, Mention] = {}
            for b in (b for b in range(len(whole)) if whole[b] == " "):
                for y in elsewhere.get(whole[b + 1:], ()):
                    if not any(x.start <= y.start < x.end for x in run):
                        named.setdefault(b, y)  # (the first mention of that company outside the run)
            if not named:
                continue
            split = min(named)  # (the longest company named outside the run: 응옥비엣 푸드, not 푸드)
            name, company = whole[:split], whole[split + 1:]
            if any(x.type is EntityType.PERSON and x.text == name for x in run) \
                    or not all(HANGUL.fullmatch(w) and not _known(w) and not org_cue(w) and not title_of(w)
                               and normalise_name(w) not in _not_names() and not is_country(w) for w in name.split()):
                continue  # (read right already; or 한빛 반도체 …: no person's name)
            if len(run) == 1 and " " not in company and len(company) <= 3 and not _org_suffix(company):
                continue  # 무랏 외즈칸 CEO, of 외즈칸 홀딩: a family name the family's company bears
            if company.split()[0] in _org_suffix_words() or org_cue(company.split()[0]):
                continue  # (X 엔터테인먼트 그룹: the words after a name say what it is, they name nothing)
            start = run[0].start
            before = re.search(r"(?:^|\s)([가-힣]+)\s$", text[max(0, start - 12):start])
            if " " not in name and before is not None and not before[1].endswith(tuple(_PARTICLE_STARTS)):
                continue  # 부디 산토소 수마트라밀스 회장: a bare word before, the name may begin there
            out = [x for x in out if x not in run] + [
                Mention(name, start, start + split, EntityType.PERSON, m.sentence, strength=2),
                replace(named[split], start=start + split + 1, end=m.end, sentence=m.sentence, aliases=())]
            changed = True
            break
    return sorted(out, key=lambda x: x.start) if changed else mentions


def _named_before_their_post(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """앙투안 르클레르 메종 바르디에 최고경영자(CEO)는, 아이굴 세이트카지에바 카자흐스탄 보건부 장관은: the two or
    three words before a company (and its country) and a title are its head's name, a foreign one the tokenizer
    breaks up or reads as a place.  Only words that are no common noun, place, title or word for a company."""
    by_index = {s.index: s for s in sentences}
    added: list[Mention] = []
    for k, m in enumerate(mentions):
        post = _POST_AFTER.match(text, m.end) if m.type is EntityType.ORGANIZATION else None
        sentence = by_index.get(m.sentence)
        if post is None or title_of(post[1]) is None or sentence is None:
            continue
        left = m.start
        if k > 0 and mentions[k - 1].type is EntityType.COUNTRY and text[mentions[k - 1].end:m.start] == " ":
            left = mentions[k - 1].start  # (카자흐스탄) 보건부 장관
        hit = _NAME_WORDS_BEFORE.search(text[sentence.start:left])
        if hit is None:
            continue
        start, end = sentence.start + hit.start(1), sentence.start + hit.end(1)
        over = [x for x in mentions if x.start < end and start < x.end]
        if any(x.strength >= 2 and not (x.type is EntityType.PERSON and start <= x.start and x.end <= end
                                          and (x.start, x.end) != (start, end) and not x.canonical)
               for x in over):
            continue  # (a person, company or known place read there already; not 오코너 of 리엄 오코너, nor
            # 아이굴 of 아이굴 세이트카지에바, a company guessed from its shape alone)
        pieces = [t for t in sentence.tokens if start <= t.start and t.end <= end]
        words = hit[1].split()
        if any(t.tag.startswith(("J", "E", "V", "X", "S")) and t.tag not in ("XPN", "XSN", "XR") for t in pieces) \
                or any(_known(w) or title_of(w) or org_cue(w) or w in _not_names() for w in words) \
                or not all(_name_piece([t for t in pieces if ws <= t.start and t.end <= ws + len(w)])
                           for w, ws in zip(words, _word_starts(hit[1], start), strict=True)):
            continue  # (반도체 기업 X 대표, 전략적 투자자 X 대표: words the tokenizer knows, no name)
        added.append(Mention(hit[1], start, end, EntityType.PERSON, m.sentence, strength=2))
    if not added:
        return mentions
    spans = [(a.start, a.end) for a in added]
    kept = [x for x in mentions if not any(x.start < e and s < x.end for s, e in spans)]
    return sorted(kept + added, key=lambda x: x.start)


def _name_piece(toks: list[Token]) -> bool:
    """Whether a word's morphemes may be a foreign name's word: one the tokenizer knows as a proper noun, a long
    unknown noun, or a word it broke into pieces (아/IC 이/MM 굴/NNG), not a determiner, an adverb or a short
    common noun standing alone (또 다른, 이 중, 그 외)."""
    if len(toks) == 1:
        t = toks[0]
        return t.tag in ("NNP", "XR") or (t.tag == "NNG" and (len(t.form) >= 4 or (len(t.form) == 1 and t.form not in
                                                                                     _NOT_NAME_SYLLABLES)))
    return any(t.tag in ("NNP", "IC", "MM", "MAG", "XR") or (t.tag == "NNG" and len(t.form) >= 4) for t in toks)


#: one-syllable nouns that stand for a part or an order, not a name's word (이 중, 그 뒤, 그 외)
_NOT_NAME_SYLLABLES = frozenset("중뒤외후전앞위밖안측간내말초")
#: 안씨는, 안 의원은, 안 교수는: a surname and 씨 or a title (not 이 중 3명은)
_SURNAME_WITH_TITLE = re.compile(r"씨|\s(?:의원|교수|대표|회장|사장|후보|위원장|장관|대통령|총리|시장|지사|감독|선수)"
                                 r"(?:은|는|이|가|을|를|의|도|과|와|측)?(?![가-힣])")
#: 정군은, A양이, K군을: a surname or an initial for a minor, as news names them
_MINOR_AFTER = re.compile(r"(?:군|양)(?:은|는|이|가|을|를|의|과|와|에게|도)?(?![가-힣])")


def _word_starts(words: str, start: int) -> list[int]:
    out, pos = [], start
    for w in words.split(" "):
        out.append(pos)
        pos += len(w) + 1
    return out


#: a word for a unit right before its name: 중국 법인 X 광저우, 현지 자회사인 X 광저우
_UNIT_WORD_BEFORE = re.compile(r"(?:법인|현지법인|자회사|손자회사|판매법인|생산법인)(?:인|이자)?\s$")


def _units_named_by_city(mentions: list[Mention], text: str) -> list[Mention]:
    """중국 법인 선광디스플레이 광저우가, 미국 자회사 X 앨라배마(HBA)에: a unit named by its parent and its city or
    state, after a word for a unit, is one company (not the parent, then the place)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.type in (EntityType.CITY, EntityType.PLACE) and prev.type is EntityType.ORGANIZATION \
                and text[prev.end:m.start] == " " and not prev.canonical and " " not in prev.text \
                and _UNIT_WORD_BEFORE.search(text, max(0, prev.start - 8), prev.start) \
                and re.match(r"(?:[은는이가을를의와과에도](?![가-힣])|[(,.·]|$)", text[m.end:m.end + 2]):
            out[-1] = replace(prev, text=text[prev.start:m.end], end=m.end, canonical="", aliases=(), english="",
                              strength=2, guess=False)
            continue
        out.append(m)
    return out


def _units_named_by_country(mentions: list[Mention], text: str) -> list[Mention]:
    """삼성전자 미국법인(SEA): the company's unit in that country is a company of its own, named whole."""
    out: list[Mention] = []
    skip_until = -1
    renamed: dict[str, str] = {}
    places = place_names(mentions)
    for m in mentions:
        if m.start < skip_until:
            if m.type is EntityType.ORGANIZATION and not m.canonical:
                renamed[m.text] = out[-1].text  # (미국법인 read alone: its bracketed alias is the unit's)
            continue
        hit = _UNIT_BY_COUNTRY.match(text, m.end) if m.type is EntityType.ORGANIZATION else None
        if hit is None or not (_is_region_or_city(hit[1]) or hit[1] in places) or is_reference(m.text):
            out.append(m)
            continue
        end = hit.end()
        out.append(replace(m, text=text[m.start:end], end=end, canonical="", aliases=(), english="", strength=2,
                           guess=False))
        skip_until = end  # (미국, 미국법인: read as the unit's words)
    return [replace(m, canonical=renamed[m.canonical]) if m.canonical in renamed else m for m in out]


#: 글로벌사업부문장, 해외영업본부장: the head of a part of a company, a title of the person before it
_UNIT_HEAD_TITLES = r"(?:사업부장|본부장|부문장|실장|팀장|센터장)"
UNIT_HEAD_TITLE = re.compile(r"[가-힣]{2,}" + _UNIT_HEAD_TITLES + "$")
#: … and the part itself (경영사업부): no company's name either
_UNIT_HEAD = re.compile(r"[가-힣]{2,}(?:" + _UNIT_HEAD_TITLES + r"|사업부|사업본부|기획실|전략실|지원실|비서실|감사실|홍보실)$"
                        # … and a board's committees (임원후보추천위원회, 감사위원회): a company's organs, no companies
                        r"|^[가-힣]*(?:후보추천|보상|감사|리스크관리|내부거래|투자심의|지배구조|ESG)위원회$")

_CURRENCY_AFTER = re.compile(r"\s?(?:달러|dollars?\b)")


def _without_unit_head(m: Mention) -> Mention:
    """한예린 글로벌사업부문장: a person and the head of a part of the company, not a name of two words."""
    if m.type is not EntityType.PERSON or " " not in m.text or m.canonical:
        return m
    name, last = m.text.rsplit(" ", 1)
    if not _UNIT_HEAD.fullmatch(last) or _UNIT_HEAD.search(name):
        return m
    return replace(m, text=name, end=m.end - len(last) - 1)


def _currencies(mentions: list[Mention], text: str) -> list[Mention]:
    """8500만 호주달러, 홍콩 달러: a country before 달러 names a currency, not a place in the story."""
    return [m for m in mentions if not ((m.type is EntityType.COUNTRY or _lexicon_type(m.text) is EntityType.COUNTRY)
                                        and _CURRENCY_AFTER.match(text, m.end))]  # (호주 of 호주달러, read as a company)


#: a unit of power or energy (MW, GWh): glossing its Korean name (기가와트시(GWh)) or after a number (30GWh)
_ENERGY_UNIT = r"[kMGT]Wh?"
_TERM_GLOSS = re.compile(r"((?:[\uac00-\ud7a3]+·)*[\uac00-\ud7a3]{2,})\(([A-Z]{2,5}|" + _ENERGY_UNIT + r")\)")
_UNIT_AFTER_NUMBER = re.compile(r"(?<=[0-9])" + _ENERGY_UNIT + r"(?![A-Za-z])")


_CITY_WORD = re.compile(r"(?:도시|항구도시|항구|수도|주도|소도시|중심지|공업도시)\s$")


def _cities_by_description(mentions: list[Mention], text: str) -> list[Mention]:
    """칠레 북부 항구도시 메히요네스: a name the words before call a city is one, not a company guessed nor
    some place (the model reads 모로코 북부 항구도시 탕헤르 as one place, leaving 탕헤르 a place)."""
    return [replace(m, type=EntityType.CITY, guess=False)
            if (m.type is EntityType.ORGANIZATION and m.strength <= 1 or m.type is EntityType.PLACE and " " not in m.text)
            and not m.canonical and _CITY_WORD.search(text[max(0, m.start - 8):m.start]) else m for m in mentions]


#: 청운프라이빗에쿼티(청운PE): a short name made of the start of the company's name and capitals
_SHORT_WITH_CAPITALS = re.compile(r"\(([가-힣]{1,6}[A-Z][A-Z&]{0,3})\)")


def _bracketed_short_names(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """한빛프라이빗에쿼티(한빛PE), 한국수력원자력(한수원): a short name in brackets right after a company
    is that company, whatever type the model gave it.  One made of the start of the company's name and
    capitals (청운PE) is, even where the model found nothing, there and wherever the article uses it."""
    mentions = _short_names_with_capitals(mentions, sentences, text)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.type is EntityType.ORGANIZATION and m.type is not EntityType.ORGANIZATION \
                and text[prev.end:m.start] == "(" and text[m.end:m.end + 1] == ")" and (
                    not m.type.is_location and len(m.text) <= 8 and not m.canonical
                    or " " in m.text and _corporate_gloss(m.text) and LATIN_NAME.match(m.text.replace(" ", ""))):
            # (H2Power Europe GmbH, read as 유럽: the company's name in English)
            m = replace(m, type=EntityType.ORGANIZATION, canonical=prev.name)
        out.append(m)
    short = {m.text: m for m in out if m.canonical and m.type is EntityType.ORGANIZATION
             and text[m.start - 1:m.start] == "("}
    return [replace(m, type=EntityType.ORGANIZATION, canonical=short[m.text].canonical)
            if m.text in short and m.type is EntityType.PERSON and not m.canonical else m for m in out]


def _short_names_with_capitals(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    short: dict[str, str] = {}  # 청운PE → 청운프라이빗에쿼티
    for m in mentions:
        hit = _SHORT_WITH_CAPITALS.match(text, m.end)
        if m.type is EntityType.ORGANIZATION and hit is not None and not _known(hit[1]):
            hangul = re.match(r"[가-힣]+", hit[1])
            if hangul is not None and m.text.startswith(hangul[0]) and len(m.text) > len(hangul[0]):
                short[hit[1]] = m.name
    if not short:
        return mentions
    kept = [m for m in mentions if m.text not in short]  # (a reading of the short name of the model's own: replaced)
    return _with_mentions_where_free(
        kept, ((at, at + len(name), EntityType.ORGANIZATION, canonical)
               for name, canonical in short.items()
               for at in occurrences(name, text, not_after=lambda ch: is_hangul(ch) or _is_ascii_alnum(ch),
                                     not_before=_is_ascii_alnum)),
        sentences, text, strength=2)


#: a kind of ship named by its cargo's initials (LNG선, LPG운반선): no company
_SHIP_KIND = re.compile(r"[A-Z]{2,5}\s?(?:운반)?선")


def _drop_terms(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """LFP, once the article has spelt it out as 리튬인산철(LFP): a term wherever it stands, never a company;
    so is MFI once glossing ordinary nouns for a kind of company (소액금융기관(MFI)), as in a headline's 캄보디아 MFI.
    Nor are kinds of ship (LNG선)."""
    terms: set[str] = set()
    starts = [x.start for x in sentences]
    for m in _TERM_GLOSS.finditer(text):
        if _term_gloss(m[1], m[2]) or re.fullmatch(_ENERGY_UNIT, m[2]):
            terms.update((m[1], m[2]))  # 소형모듈원전(SMR); 기가와트시(GWh), a unit
        elif "·" in m[1] and (i := bisect_right(starts, m.start()) - 1) >= 0 and m.end() <= sentences[i].end \
                and all(_common_noun(sentences[i], m.start(1) + p.start(), m.start(1) + p.end())
                        for p in re.finditer(r"[^·]+", m[1])):
            terms.add(m[2])  # 니켈·코발트·망간·알루미늄(NCMA): materials, each an ordinary noun
        elif org_cue(m[1]) and not any(x.start < m.end(1) and m.start(1) < x.end for x in mentions) \
                and (i := bisect_right(starts, m.start()) - 1) >= 0 and m.end() <= sentences[i].end \
                and _common_noun(sentences[i], m.start(1), m.end(1)):
            terms.add(m[2])
    units = {m.start() for m in _UNIT_AFTER_NUMBER.finditer(text)}
    return [m for m in mentions if not ((m.text in terms or _SHIP_KIND.fullmatch(m.text) or m.start in units)
                                        and not _known(m.text))]


_THIS = r"(?:이|해당)\s?(?:회사|기업|업체)"  # 이 회사, 해당 기업
_STANDING_ALONE = r"(?<![가-힣A-Za-z0-9]){}(?=의|는|은|가|를|와|과|로부터|에|도|\s)"  # a word, its particle next
_THIS_COMPANY = re.compile(_STANDING_ALONE.format(_THIS))


_THIS_UNIT_WORDS = r"(?:이|해당)\s?(?:현지\s?법인|법인|자회사)"  # 이 법인, 해당 자회사
_THIS_UNIT = re.compile(_STANDING_ALONE.format(_THIS_UNIT_WORDS))
#: a company introduced as a unit or subsidiary: 현지 법인인 X, 중동 판매법인 X, 자회사 ‘X’
_INTRODUCED_AS_UNIT = re.compile(r"(?:법인|자회사)(?:인|으로|로)?\s*['‘\"“]?$")


def is_reference(text: str) -> bool:
    """이 회사, 이 법인, 합작법인: words that stand for a company named before, no names of it (nor aliases)."""
    return bool(re.fullmatch(_THIS, text) or re.fullmatch(_THIS_UNIT_WORDS, text) or JV_WORD.fullmatch(text))


class _Spans:
    """The article's mentions by position: which sentence a span is in, and whether a mention overlaps it."""

    def __init__(self, mentions: list[Mention], sentences: tuple[Sentence, ...]) -> None:
        self.sentences = sentences
        self.sentence_starts = [x.start for x in sentences]
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def sentence(self, start: int, end: int) -> Sentence | None:
        i = bisect_right(self.sentence_starts, start) - 1
        return self.sentences[i] if i >= 0 and end <= self.sentences[i].end else None

    def overlaps(self, start: int, end: int, slack: int = 0) -> bool:
        """Whether a mention overlaps [start - slack, end)."""
        i = bisect_left(self.starts, end)
        return any(m.end > start - slack for m in self.mentions[max(0, i - 8):i])

    def before(self, pos: int) -> list[Mention]:
        return self.mentions[:bisect_left(self.starts, pos)]


def _this_company(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """이 회사로부터 공급받는다, 창원에 본사를 둔 이 회사의 매출: the company named last before (not the
    sentence's own subject), as a mention of it."""
    hits = list(_THIS_COMPANY.finditer(text))
    bare = [h for h in _THE_COMPANY.finditer(text) if any(x.start == h.start() for x in sentences)]
    if not hits and not bare and not _THIS_UNIT.search(text):
        return mentions
    spans = _Spans(mentions, sentences)
    extra: list[Mention] = []
    for hit in bare:  # 회사는 …, opening a sentence: the company the article is about
        sent = spans.sentence(hit.start(), hit.end())
        main = _main_company(spans.before(hit.start()), text)
        if sent is not None and main is not None:
            extra.append(Mention(hit.group(), hit.start(), hit.end(), EntityType.ORGANIZATION, sent.index,
                                 canonical=main.name, english=main.english))
    for hit in hits:
        sent = spans.sentence(hit.start(), hit.end())
        if sent is None or spans.overlaps(hit.start(), hit.end()):
            continue
        last = same = topic = None
        own_subject = False  # the subject of the clause 이 회사 stands in is not what it means
        for m in reversed(spans.before(hit.start())):  # nearest first; two sentences back at most
            if sent.index - m.sentence > 2:
                break
            if m.type is not EntityType.ORGANIZATION or m.end > hit.start():
                continue
            if m.sentence == sent.index:
                if re.match(r"\s+[가-힣]", text[m.end:m.end + 3]) and m.guess:
                    continue  # (세계 최대 TBM 제조사로, … 이 회사와: a word describing a noun is not what it means)
                if same is None and not _AS_SUBJECT.match(text, m.end):
                    same = m
                elif same is None and own_subject and (_AS_TOPIC.match(text, m.end) or _AS_SUBJECT.match(text, m.end)):
                    same = m  # X는 …로, Y는 이 회사와 …; X가 맡아 왔으며, Y는 이 회사와: X, the earlier clause's
                elif _AS_SUBJECT.match(text, m.end):
                    own_subject = True
                continue
            last = last or m
            if topic is None and _AS_TOPIC.match(text, m.end):
                topic = m
        # within the sentence, the company just named; else the one the last sentences were about
        ref = same or topic or last
        if ref is not None:
            extra.append(Mention(hit.group(), hit.start(), hit.end(), EntityType.ORGANIZATION, sent.index,
                                 canonical=ref.name, english=ref.english))
    for hit in _THIS_UNIT.finditer(text):  # 이 법인은 두바이에 본사를 두고 있다: the unit introduced last
        sent = spans.sentence(hit.start(), hit.end())
        if sent is None or spans.overlaps(hit.start(), hit.end()):
            continue
        unit = next((m for m in reversed(spans.before(hit.start())) if m.type is EntityType.ORGANIZATION
                     and sent.index - m.sentence <= 3 and not is_reference(m.text)
                     and _INTRODUCED_AS_UNIT.search(text, max(0, m.start - 12), m.start)), None)
        if unit is not None and not re.search(r"(?:법인|자회사)(?:을|를|이|가|은|는|에|도)\s", text[unit.end:hit.start()]):
            # (… 멕시코에 생산법인을 설립한다. 이 법인은: a unit with no name, not the one named before)
            extra.append(Mention(hit.group(), hit.start(), hit.end(), EntityType.ORGANIZATION, sent.index,
                                 canonical=unit.name, english=unit.english))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


_THE_COMPANY = re.compile(r"회사(?=는\s|가\s|도\s)")


def _main_company(before: list[Mention], text: str) -> Mention | None:
    """The company most often the subject or topic so far (the first of equals): whom 회사는 means."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    for m in before:
        if m.type is EntityType.ORGANIZATION and _AS_SUBJECT_GLOSSED.match(text, m.end):  # X(대표 Y)는 too
            counts[m.name] = counts.get(m.name, 0) + 1
            first.setdefault(m.name, m)
    if not counts:
        return None
    best = max(counts.values())
    return next(first[k] for k in first if counts[k] == best)


_AS_SUBJECT = re.compile(r"(?:은|는|이|가)(?![가-힣])")
_AS_SUBJECT_GLOSSED = re.compile(r"(?:\([^()]{1,40}\))?(?:은|는|이|가)(?![가-힣])")
_AS_TOPIC = re.compile(r"(?:\([^()]{1,40}\))?(?:은|는)(?![가-힣])")


#: words for a newly founded company: 합작법인 ‘X’, and the bare word for X later
JV_WORD = re.compile(r"(?:합작\s?법인|합작사|신설\s?법인)")


_OPENING = re.compile(r"\s*[‘'\"“「『<《]?")


def jv_named(hit: re.Match[str], starts: dict[int, Mention], text: str) -> Mention | None:
    """The company a JV_WORD hit (in `text`) names right after it, maybe in quotes: 합작법인 ‘KP마리타임’."""
    opening = _OPENING.match(text, hit.end())
    following = starts.get(opening.end() if opening else hit.end())
    if following is None or following.type is not EntityType.ORGANIZATION or "\n" in text[hit.end():following.start]:
        return None  # (a headline's 물류 합작법인, then the next line's 자흐라 로지스틱스와 50대 50: the partner)
    return following


def _joint_venture_refs(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """합작법인 ‘툰플렉스재팬’을 세웠다 … 합작법인 대표는: after a joint venture is named, the bare word
    for it names it too (a mention of the company, its canonical name the one given)."""
    hits = list(JV_WORD.finditer(text))
    if not hits:
        return mentions
    starts = {m.start: m for m in mentions}
    spans = _Spans(mentions, sentences)
    named: Mention | None = None
    extra: list[Mention] = []
    for hit in hits:
        following = jv_named(hit, starts, text)
        if following is not None:
            named = following  # 합작법인 ‘KP마리타임’
            continue
        if named is None or spans.overlaps(hit.start(), hit.end(), slack=2) \
                or not _AFTER_NAME.match(text, hit.end()) or text.startswith(" 지분", hit.end()) \
                or re.search(r"(?:현지|새|신규|별도|또\s?다른|두\s?번째|제2)\s*$", text[max(0, hit.start() - 8):hit.start()]):
            continue  # 튀르키예 합작법인, 현지 합작법인: another one; 합작법인 지분은: its owners are the subject
        sent = spans.sentence(hit.start(), hit.end())
        if sent is not None:
            extra.append(Mention(hit.group(), hit.start(), hit.end(), EntityType.ORGANIZATION, sent.index,
                                 canonical=named.name, english=named.english))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


#: the company a merger leaves: 합병 법인, 통합법인
_MERGED_WORD = re.compile(r"(?:합병|통합)\s?법인")
#: … named: 존속법인은 X / X가 존속법인으로 (first), 사명은 ‘X’ / X라는 사명을 (then), X가 Y를 흡수합병 (last)
_SURVIVOR = (re.compile(r"존속\s?법인(?:은|는)\s+['‘\"“]?(?P<at>)"),
             re.compile(r"(?P<at>)(?=\S+(?:이|가)\s+존속\s?법인(?:으로|이\s))"))
_MERGED_NAME = (re.compile(r"사명(?:은|을)\s+['‘\"“]?(?P<at>)"), re.compile(r"(?P<at>)(?=\S+(?:라는|이라는)\s+사명)"))
_ABSORBER = re.compile(r"(?P<at>)(?=\S+(?:이|가)\s+\S+(?:을|를)\s+흡수\s?합병)")


def _merged_company_refs(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """(X가 Y를 흡수합병한다. 존속법인은 X다.) 합병법인은 A와 B가 각자대표를 맡는다, 통합법인 대표에는 P가: after
    a merger names the company it leaves, the bare word for it names that company (the surviving one the article
    says, else the new name it gives, else the one absorbing the other)."""
    hits = list(_MERGED_WORD.finditer(text))
    if not hits:
        return mentions
    starts = {m.start: m for m in mentions if m.type is EntityType.ORGANIZATION}

    def first_named(patterns: tuple[re.Pattern[str], ...]) -> Mention | None:
        found = [(h.start("at"), starts[h.start("at")]) for p in patterns for h in p.finditer(text)
                 if h.start("at") in starts]
        return min(found, key=lambda x: x[0])[1] if found else None

    named = first_named(_SURVIVOR) or first_named(_MERGED_NAME) or first_named((_ABSORBER,))
    if named is None:
        return mentions
    spans = _Spans(mentions, sentences)
    extra: list[Mention] = []
    for hit in hits:
        if hit.start() < named.start or spans.overlaps(hit.start(), hit.end(), slack=2) \
                or not _AFTER_NAME.match(text, hit.end()) or text.startswith(" 지분", hit.end()):
            continue  # (합병 법인 지분은: its owners are the subject)
        sent = spans.sentence(hit.start(), hit.end())
        if sent is not None:
            extra.append(Mention(hit.group(), hit.start(), hit.end(), EntityType.ORGANIZATION, sent.index,
                                 canonical=named.name, english=named.english))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _descriptions(mentions: list[Mention], text: str) -> list[Mention]:
    """전자지갑 업체 루손페이: a guess right before a word for a company and a name says what kind of
    company the name is, it is none itself."""
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        weak = m.guess or (m.strength == 0 and m.type is EntityType.ORGANIZATION and not _known(m.text))
        cue = re.match(r" ([가-힣]+) ", text[m.end:nxt.start + 1]) if weak and nxt is not None else None
        if cue and nxt is not None and cue.end() == nxt.start - m.end and (
                (m.guess and org_cue(cue[1]))
                or cue[1].endswith(_GENERIC_TAILS)):
            continue  # (콜드체인 전문업체 프레시웨이브, also where 콜드체인 stands as a name elsewhere)
        out.append(m)
    return out


def drop_guesses(mentions: Sequence[Mention], relations: Sequence[Relation]) -> list[Mention]:
    """Leave out the companies guessed from their shape alone (콜드체인, 고대역폭메모리, IP) that nothing
    else supports: no lexicon or cue, not the statistical model, and no fact of the article."""
    supported = {m.text for m in mentions if not m.guess}
    # a fact names a guess by its text, or by a word standing for it (이 법인에 출자: its canonical name)
    supported |= {name for r in relations for m in (r.subject, r.object) for name in (m.text, m.canonical) if name}
    dropped = {m.text for m in mentions if m.guess and m.text not in supported}
    return [m for m in mentions if not (m.guess and m.text in dropped)
            and not (m.canonical in dropped and is_reference(m.text))]  # nor 이 회사 standing for one


def _unplaced(m: Mention) -> bool:
    """A company read from its shape alone, or a place the model read that no lexicon knows: what a town
    after a state or a part of a country (퀸즐랜드주 글래드스톤에, 튀르키예 서부 마니사에) is read as."""
    return (m.type is EntityType.ORGANIZATION and m.strength <= 1) or (
        m.type is EntityType.PLACE and " " not in m.text and _lexicon_type(m.text) is None)


#: a zone named after its town: 칼링가나가르 산업단지에, 주베일 산업도시에서, 신주(新竹) 과학단지에
_ZONE_AFTER_TOWN = re.compile(r"(?:\([^()]{1,10}\))?\s?(?:국가)?(?:산업단지|공업단지|산업도시|과학단지|경제특구|산업지구|자유무역지대)"
                   r"(?:\s?내)?(?:에|에서|에는|의)\s")
_ZONE_TOWN = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{3,8})(?=(?:\([^()]{1,10}\))?\s" + _ZONE_AFTER_TOWN.pattern + ")")
# (a word of its own: not 여수국가 of 여수국가산업단지)


def _zone_towns(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """칼링가나가르 산업단지에, 주베일 산업단지에: a zone is named after the town it lies in, so the word before it
    is a city, whether the tokenizer read it as a place it does not know or as no name at all."""
    out = [replace(m, type=EntityType.CITY, guess=False) if m.type is EntityType.PLACE and " " not in m.text
           and _lexicon_type(m.text) is None and _ZONE_AFTER_TOWN.match(text, m.end) else m for m in mentions]
    taken = [(m.start, m.end) for m in mentions]
    for hit in _ZONE_TOWN.finditer(text):
        word = hit[1]
        if any(s < hit.end(1) and hit.start(1) < e for s, e in taken) or _known(word) or word in _not_names() \
                or org_cue(word) or _org_suffix(word) or in_vocabulary(word, "NNG") or in_vocabulary(word, "NNP") \
                or _lexicon_type(word) is not None:
            continue
        sentence = next((x.index for x in sentences if x.start <= hit.start() < x.end), None)
        if sentence is not None:
            out.append(Mention(word, hit.start(1), hit.end(1), EntityType.CITY, sentence, strength=2))
    return sorted(out, key=lambda m: m.start)


def _province_before_city(mentions: list[Mention], text: str) -> list[Mention]:
    """경남 창원, 경기도 파주시, 미시간주 랜싱: a province or state before a city is part of the city's
    address, one mention of the city (as KLUE-NER marks it; the graph's node is the city).  Bare 경기
    (also 'economy', 'game') counts as the province only there."""
    out: list[Mention] = []
    starts = {m.start for m in mentions}
    towns = []
    for m in mentions:  # 퀸즐랜드주 글래드스톤에 that nothing read: an unknown word after a state is a town there
        hit = re.match(r" ([가-힣]{3,6})(?:에|에서|에는)\s", text[m.end:m.end + 12]) \
            if m.type is EntityType.PLACE and m.text.endswith("주") and _lexicon_type(m.text) is EntityType.PLACE \
            else None
        if hit and m.end + 1 not in starts and not _known(hit[1]) and hit[1] not in _not_names() \
                and not org_cue(hit[1]) and not _org_suffix(hit[1]):
            towns.append(Mention(hit[1], m.end + 1, m.end + 1 + len(hit[1]), EntityType.CITY, m.sentence, strength=2))
    if towns:
        mentions = sorted([*mentions, *towns], key=lambda x: x.start)
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and text[prev.end:m.start] == " " and _unplaced(m) \
                and " " not in prev.text + m.text and not _known(m.text) and not _org_suffix(m.text) \
                and prev.type is EntityType.PLACE and _lexicon_type(prev.text) is EntityType.PLACE \
                and re.match(r"(?:에|에는)\s", text[m.end:m.end + 4]):
            m = replace(m, type=EntityType.CITY, guess=False)  # 퀸즐랜드주 글래드스톤에: a place in the state
        if prev is not None and text[prev.end:m.start] == " " and prev.type is EntityType.CITY \
                and m.type is EntityType.ORGANIZATION and m.strength <= 1 and " " not in m.text \
                and not _known(m.text) and not _org_suffix(m.text) and re.match(r"(?:에|에서|에는)\s", text[m.end:m.end + 4]):
            m = replace(m, type=EntityType.PLACE, guess=False)  # 도쿄 시부야에: a part of the city, read from its shape
        if prev is not None and prev.type is EntityType.COUNTRY and _unplaced(m) \
                and re.fullmatch(r" (?:북|남|동|서|중)?(?:동|서|남|북|중)부 ", text[prev.end:m.start]) \
                and not _known(m.text) and not _org_suffix(m.text) \
                and (re.match(r"(?:에|에는)\s", text[m.end:m.end + 4]) or (text.startswith("의 ", m.end) and any(
                    x.start == m.end + 2 and x.type is EntityType.ORGANIZATION for x in mentions))):
            m = replace(m, type=EntityType.CITY, guess=False)  # 튀르키예 서부 마니사에, 사우디 동부 다란의 아람코
        if m.type is EntityType.PLACE and not m.canonical and m.text.count(" ") == 1 \
                and re.match(r"(?:에|에서|에는|의|,|\s|\.)", text[m.end:m.end + 2]) \
                and _lexicon_type(m.text.split(" ")[0]) is EntityType.PLACE and _lexicon_type(m.text) is None \
                and HANGUL.fullmatch(last := m.text.split(" ")[1]) and len(last) >= 2 and not _known(last) \
                and not _org_suffix(last):
            m = replace(m, type=EntityType.CITY, canonical=last, strength=2)  # 퀸즐랜드주 글래드스톤, read as one place
        if prev is not None and text[prev.end:m.start] == " " and m.type in (EntityType.CITY, EntityType.PLACE) \
                and " " not in prev.text + m.text \
                and (prev.text == "경기" or prev.type is EntityType.PLACE and _lexicon_type(prev.text) is EntityType.PLACE):
            out[-1] = replace(m, text=f"{prev.text} {m.text}", start=prev.start, canonical=m.canonical or m.text)
            continue
        out.append(m)
    return out


def _one_type_per_name(mentions: list[Mention], text: str) -> list[Mention]:
    """쏠리드 named a company by its cue (통신장비 기업 쏠리드) is not a person three sentences on, where
    the model guessed so: in one article a one-word name that no surname starts keeps its sure type."""
    surnames = lexicon.surnames()
    sure: dict[str, EntityType] = {}
    heads: set[str] = set()  # 노바셀 alone, after 노바셀 테라퓨틱스: the company's short name, surname or not
    for m in mentions:
        if m.strength >= 2 and m.type is EntityType.ORGANIZATION:
            sure.setdefault(m.text, m.type)
            if " " in m.text and len(m.text.split()[0]) >= 2:
                heads.add(m.text.split()[0])
    listed = _listed_with_companies(mentions, text)
    for m in mentions:
        if m in listed or (m.type is EntityType.PERSON and " " not in m.text and not m.canonical and (
                _COMPANY_PREDICATE.match(text, m.end) is not None
                or (_COMPANY_BEFORE.search(text, max(0, m.start - 12), m.start) is not None
                    and not ((cue := re.match(r"\s([가-힣]+)", text[m.end:m.end + 12])) and org_cue(cue[1]))))):
            # (목포에 본사를 둔 조미김 제조사 X: the description goes on to its cue)
            sure.setdefault(m.text, EntityType.ORGANIZATION)
    votes = Counter((m.text, m.type) for m in mentions)
    # 스타트업 채움팜, shaped like a name (채 is a surname): a person is named beside a title or 씨 somewhere
    titled = {m.text for m in mentions if m.type is EntityType.PERSON and m.text in sure
              and (_title_after(text, m.end) or _title_before(text, m.start))}
    out = []
    org_starts = {m.start for m in mentions if m.type is EntityType.ORGANIZATION}
    for m in mentions:
        if m.type is EntityType.PERSON and " " not in m.text \
                and (cue := re.match(r"\s([가-힣]+)\s", text[m.end:m.end + 12])) is not None \
                and org_cue(cue[1]) and m.end + len(cue.group()) in org_starts \
                and not any(x.start == m.end + len(cue.group()) and _title_after(text, x.end) for x in mentions):
            continue  # 조미김 제조사 해오름수산: what the company makes, no person (김민수 제약사 X 대표: one)
        if m.type is EntityType.PERSON and (
                (m.text in sure and (m.text[0] not in surnames or not _korean_full_name(m.text)
                                     or votes[m.text, EntityType.ORGANIZATION] > votes[m.text, EntityType.PERSON]
                                     or m.text not in titled))
                or (" " not in m.text and m.text in heads)):  # (차지온, a company more often than a person)
            m = replace(m, type=EntityType.ORGANIZATION)
        elif m.type in (EntityType.CITY, EntityType.PLACE) and m.text in sure and m.strength < 3 \
                and not m.canonical and _lexicon_type(m.text) is None \
                and votes[m.text, EntityType.ORGANIZATION] > votes[m.text, m.type]:
            m = replace(m, type=EntityType.ORGANIZATION)  # 이탈리아 베르나타이어에, read as a city where a company
        elif m.type is EntityType.PRODUCT and m.text in sure and not m.canonical \
                and votes[m.text, EntityType.ORGANIZATION] > votes[m.text, EntityType.PRODUCT]:
            m = replace(m, type=EntityType.ORGANIZATION)  # 핀테크 '담푸페이': the company the article names so
        out.append(m)
    return out


#: what only a company does, said of its subject (링크모아는 … 시리즈A 투자 유치를 마무리했다, X는 … 본사를 둔)
_COMPANY_PREDICATE = re.compile(r"(?:은|는|이|가)\s(?:(?![^\s.]*(?:은|는|이|가|이끄는|창업한|세운|설립한)\s)[^.\"“”]){0,40}?"
                                r"(?:투자(?:를|도)?\s*유치(?!를\s*(?:직접\s*)?(?:주도|이끌|총괄|맡))|시리즈\s?[A-F]\s|"
                                r"본사를\s*(?:두|둔)|(?:코스닥|코스피|유가증권시장)에\s*상장)"
                                r"|(?:을|를|와|과)\s(?:\S+\s)?(?:흡수)?합병(?:하|한|했|된|됐|키로|을|에)"  # Y를 흡수합병하는
                                r"|(?:을|를)\s(?:[^\s,]+\s){0,2}?인수(?:했|하|한|해|키로)")  # no one buys a person
#: what is said only of a company, before its name (인천에 본사를 둔 X)
_COMPANY_BEFORE = re.compile(r"(?:본사|본점|본거지|공장|양조장|생산\s?시설|사옥|연구소)(?:를|을)\s*둔\s$")
#: what a list of companies is counted in: A, B, C 등 3개사 (곳, 개 기업, 개 업체, 개 회사)
_COMPANY_COUNT = re.compile(r"\s*등\s*(?:[0-9]+|[한두세네]|다섯|여섯|일곱|여덟|아홉|열)\s*(?:개사|곳|개\s*(?:기업|업체|회사|사))")
#: what joins the names of a list: a comma or middle dot, or 와/과/및
_LIST_JOIN = re.compile(r"\s*(?:[,·]|와|과|및)\s*")


def _listed_with_companies(mentions: list[Mention], text: str) -> set[Mention]:
    """One-word persons in a list of companies: counted as companies (A, B, C 등 3개사), or every
    other name in it a company the rules are sure of, with no title after any of them."""
    out: set[Mention] = set()
    ordered = sorted(mentions, key=lambda m: m.start)
    i = 0
    while i < len(ordered):
        run = [ordered[i]]
        while i + 1 < len(ordered) and _LIST_JOIN.fullmatch(text, ordered[i].end, ordered[i + 1].start) \
                and ordered[i].sentence == ordered[i + 1].sentence:
            i += 1
            run.append(ordered[i])
        i += 1
        if len(run) < 3:
            continue
        people = [m for m in run if m.type is EntityType.PERSON and " " not in m.text]
        if not people:
            continue
        if any(_titled(m, ordered, text) for m in people):
            continue  # 한빛전자, 세진화학과 박지훈 다온랩 대표가: a person with a title after a company
        counted = _COMPANY_COUNT.match(text, run[-1].end) is not None
        peers = all(m.type is EntityType.ORGANIZATION and m.strength >= 2 for m in run if m not in people) \
            and len(people) == 1 and not any(_titled(m, ordered, text) for m in run)
        if counted or peers:
            out.update(people)
    return out


def _titled(m: Mention, mentions: list[Mention], text: str) -> bool:
    """A title or 씨 after `m`, or after the company named right after it (박지훈 다온랩 대표)."""
    if _title_after(text, m.end) or text.startswith("씨", m.end):
        return True
    nxt = next((x for x in mentions if x.start == m.end + 1 and text[m.end] == " "), None)
    return nxt is not None and nxt.type is EntityType.ORGANIZATION and _title_after(text, nxt.end)


_HANJA = re.compile(r"[\u4e00-\u9fff]+")
#: one-syllable words that are also surnames (등, 전, 안 …): after a name they are words, not its last part
_NOT_A_LAST_NAME = frozenset("전현신구고故등및외안또더다각총약제이그저한두세네내곧막늘꼭단즉만개명차순양")


def _korean_full_name(name: str) -> bool:
    """Shaped like a Korean full name: three syllables, a surname first (양지을, not 아민 or 나세르)."""
    return len(name) == 3 and bool(HANGUL.match(name)) and name[0] in lexicon.surnames() and not _news_body(name)


def _news_body(name: str) -> bool:
    """A party, public body or place general news names (민주당 김한길 대표: 민주당 is no 민 surname)."""
    return lexicon.ner_words().get(name, "PS") != "PS"


def _join_name_parts(mentions: list[Mention], text: str) -> list[Mention]:
    """아민 나세르 read as two people, 제임스 박 with its one-letter last name left out: one foreign name.
    Two Korean-shaped names side by side (three syllables, a surname first) stay two people."""
    surnames = lexicon.surnames()
    out: list[Mention] = []
    for m in mentions:
        if _HANJA.fullmatch(m.text) and len(m.text) >= 2 and text[m.start - 1:m.start] == "(" \
                and "\uac00" <= text[m.start - 2:m.start - 1] <= "\ud7a3":
            continue  # 마코토(高橋誠), 신주(新竹): a gloss of the name before it, not a name of its own
        prev = out[-1] if out else None
        if prev is not None and prev.type is EntityType.PERSON \
                and (m.type is EntityType.PERSON or (len(m.text) == 1 and m.text in surnames)) \
                and text[prev.end:m.start] == " " and not prev.canonical and (not m.canonical or len(m.text) == 1) \
                and not (_korean_full_name(prev.text) and _korean_full_name(m.text)
                         and prev.text[0] in _TOP_SURNAMES) \
                and " " not in prev.text + m.text:
            # (제임스 + 박 대표, read as a back-reference to some 박: one name; 제임스 오코너: 제 opens few
            # Koreans' names, so two Korean-shaped words are one foreign name unless the first opens with a
            # common surname)
            out[-1] = replace(prev, text=f"{prev.text} {m.text}", end=m.end, canonical="")
            continue
        out.append(m)
    joined: list[Mention] = []
    for m in out:
        tail = re.match(r" ([가-힣]) ([가-힣A-Za-z]+)", text[m.end:m.end + 16])
        if m.type is EntityType.PERSON and " " not in m.text and tail and tail.group(1) in surnames \
                and tail.group(1) not in _NOT_A_LAST_NAME and not title_of(tail.group(2)) \
                and not any(x.start == m.end + 1 for x in out):
            m = replace(m, text=f"{m.text} {tail.group(1)}", end=m.end + 2)  # 제임스 박 노바셀 … 대표
        joined.append(m)
    return joined


#: a name's gloss in Latin letters, as a person's is written: two to four capitalised words, particles of names
#: between (Mark Janssen, Omar Al-Harbi, Jan van der Berg)
_PERSON_GLOSS = re.compile(r"\(((?:[A-Z][a-z'’]+)(?:[ -](?:[A-Z][a-z'’]+|van|von|de|der|den|da|di|du|la|le|al|bin|el)){1,3})\)")
#: Latin words that make a gloss a company's or a place's, not a person's
_NOT_PERSON_GLOSS_WORDS = frozenset({
    "Inc", "Corp", "Co", "Ltd", "Group", "Holdings", "Capital", "Partners", "Management", "Bank", "Energy", "Motors",
    "Tech", "Technology", "Technologies", "Systems", "Labs", "Foods", "Global", "International", "Industries",
    "Company", "Solutions", "Ventures", "Pharma", "Bio", "Media", "Entertainment", "Games", "Studios", "Studio",
    "Logistics", "Airlines", "Air", "Fund", "Investment", "Investments", "Asset", "Securities", "Insurance", "Life",
    "Electronics", "Chemical", "Chemicals", "Steel", "Trading", "Retail", "Digital", "Network", "Networks", "Health",
    "Healthcare", "Medical", "Robotics", "Mobility", "Auto", "Automotive", "Power", "Solar", "Marine", "Shipping",
    "Records", "Music", "Agency", "Brands", "Beauty", "Cosmetics", "Hotel", "Hotels", "Resort", "Resorts", "Tire",
    "Tires", "Port", "Ports", "Authority", "Ministry", "University", "Institute", "Center", "Centre", "Foundation",
    "Asia", "Europe", "America", "Americas", "Pacific", "Middle", "East", "North", "South", "West", "City", "Bay",
    "Valley", "River", "Island", "Islands", "Park", "Street", "Square", "Tower", "Mall", "Market", "Store", "Cloud",
    "Data", "Software", "Semiconductor", "Materials", "Engineering", "Construction", "Development", "Properties",
    "Realty", "Farm", "Farms", "Food", "Beverage", "Beverages", "Coffee", "Brewing", "Wines", "Fashion", "Apparel",
    "Sports", "Pictures", "Films", "Broadcasting", "TV", "Telecom", "Mobile", "Payments", "Pay", "Finance",
    "Financial", "Credit", "Lab", "Works", "Industrial", "Machinery", "Equipment", "Electric", "Gas", "Oil",
    "Mining", "Metals", "Minerals", "Paper", "Packaging", "Textiles", "Trust", "Equity", "Advisors", "Alliance",
    "Vina", "Korea", "USA", "Japan", "China", "India", "Vietnam", "Thailand", "Indonesia", "Mexico", "Brazil",
    "Polska", "France", "Deutschland", "Italia", "Arabia", "Gulf", "Canada", "Australia", "Singapore"})
#: what opens a name's part joined to it by a hyphen (Al-Harbi, El-Sayed, Bin-Salman): a word of its own in Hangul
_NAME_PARTICLES_LATIN = frozenset({"Al", "El", "Bin", "Ben", "Abu", "Abd", "Ibn", "Van", "Von", "De", "Le", "La",
                                   "Da", "Di", "Du"})
#: the ends of words that are no part of a name before the last: particles and verbs' relative forms
_NOT_NAME_WORD_ENDS = ("를", "을", "는", "은", "의", "에", "와", "과", "인", "한", "된", "로")
#: after a person's gloss: a title within three words (… 에어버스 아시아태평양 영업총괄은), or the post they hold
_AFTER_PERSON_GLOSS = re.compile(r"(?:이|가)\s(?:[^,.\s]+\s){0,3}?(?:맡[았는고을]|맡는다|맡아|선임|임명|취임)"
                                 r"|(?:을|를)\s(?:[^,.\s]+\s){0,3}?[^,.\s]*(?:대표|법인장|사장|회장|CEO)(?:로|으로)\s")


#: what may follow a title in its word: the initials it is glossed with, a particle (최고경영자(CEO)는, 회장과)
_TITLE_WORD_TAIL = re.compile(r"(?:\([A-Z]{2,5}\))?(?:은|는|이|가|을|를|의|과|와|도)?$")


@cache
def _LONG_TITLES() -> tuple[str, ...]:  # noqa: N802  (a constant, made when first needed)
    """Titles of two syllables or more, which end longer ones (영업총괄, 최고콘텐츠책임자, 항만청장)."""
    return tuple(sorted((t for t in _titles() if len(t) >= 2 and HANGUL.fullmatch(t)), key=len, reverse=True))


def _glossed_people(mentions: list[Mention], text: str) -> list[Mention]:
    """마르크 얀선(Mark Janssen)이 맡았다, 사라 콜먼(Sarah Coleman) 리슨업 최고콘텐츠책임자는: Hangul words glossed
    by as many capitalised Latin words, none of them a company's or a place's, and followed by a title or the
    post the one named takes, are one person's name (the model reads such names as companies, or in pieces)."""
    out = list(mentions)
    for g in _PERSON_GLOSS.finditer(text):
        latin = g.group(1)
        if any(p in _NOT_PERSON_GLOSS_WORDS for p in re.split(r"[ -]", latin)):
            continue
        # (Omar Al-Harbi is 오마르 알 하르비, three words; Jean-Luc Moreau is 장뤽 모로, two)
        latin_words = latin.split(" ")
        spelt = len(latin_words) + sum(1 for w in latin_words if w.split("-")[0] in _NAME_PARTICLES_LATIN and "-" in w)
        before = re.search(r"((?:[가-힣]{1,6} ){0,3}[가-힣]{1,6})$", text[max(0, g.start() - 30):g.start()])
        if before is None:
            continue
        hangul = before.group(1).split(" ")
        k = spelt
        if not 2 <= k <= len(hangul) or any(
                _known(w) or _org_suffix(w) or w in lexicon.org_cues() or title_of(w) for w in hangul[-k:]) \
                or any(len(w) > 1 and w.endswith(_NOT_NAME_WORD_ENDS) for w in hangul[-k:-1]):
            continue  # (자회사인 루미엔비나(Lumien Vina), 메콩아그리를 이끄는 응우옌반룩(Nguyen Van Luc): not one name)
        name = " ".join(hangul[-k:])
        start, end = g.start() - len(name), g.start()
        after = g.end()
        words_after = re.match(r"\s?((?:[^,.\s]+\s){0,3})", text[after:after + 60])
        stems = [_TITLE_WORD_TAIL.sub("", w) for w in (words_after.group(1).split() if words_after else [])]
        titled = any(title_of(w) or w.endswith((*_LONG_TITLES(), "책임자", "총괄", "청장")) for w in stems if w)
        # (영업총괄, 최고콘텐츠책임자, 항만청장)
        if not (titled or _AFTER_PERSON_GLOSS.match(text, after)):
            continue
        if any(m.type is EntityType.PERSON and after < m.start <= after + 40
               and re.fullmatch(r"\s?(?:[^\s,.]+(?<![은는이가을를과와의도])\s){1,3}", text[after:m.start]) for m in out):
            continue  # 블루 오리진(Blue Origin) 창업자 제프 베이조스: the person is the one after
        inside = [m for m in out if start <= m.start and m.end <= end]
        if not inside or any(m.start < start < m.end or m.start < end < m.end for m in out) \
                or any(m.type is not EntityType.PERSON and m.strength >= 3 for m in inside):
            continue  # (a name the lexicon knows stays what it is)
        sentence = inside[0].sentence
        gloss = [m for m in out if g.start() + 1 <= m.start and m.end <= g.end() - 1]
        out = [m for m in out if m not in inside and m not in gloss]
        out.append(Mention(name, start, end, EntityType.PERSON, sentence, strength=2))
        out.append(Mention(latin, g.start() + 1, g.end() - 1, EntityType.PERSON, sentence, strength=2))
    return sorted(out, key=lambda m: m.start)


def _corporate_word(word: str) -> bool:
    """메탈스, 홀딩스, 테라퓨틱스: a word for a company standing on its own at a name's end."""
    return len(word) >= 3 and HANGUL.match(word) is not None and word in _org_suffix_words()


@cache
def _org_suffix_words() -> frozenset[str]:
    return frozenset(lexicon.org_suffixes())


#: nouns a field or market name stands before (B와 핀테크 분야 MOU, 태양광에너지 분야, 스크린골프 전용): the word
#: before them names a field, not a company
FIELD_NOUNS = frozenset({"분야", "산업", "사업", "시장", "부문", "업계", "기술", "영역", "전용", "관련"})
_COUNT_AFTER = re.compile(r"\d+여?\s?(?:곳|개사|개)")


def _listed_compounds(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """더웰파트너스와 하늘벤처캐피탈, …: a word the tokenizer reads as common nouns (하늘/NNG 벤처/NNG 캐피탈/NNG)
    that ends in a word for a company and stands in a list next to a company is a company's name."""
    added: list[Mention] = []
    orgs = [m for m in mentions if m.type is EntityType.ORGANIZATION]
    for sentence in sentences:
        ws = words(sentence, text)
        for i, w in enumerate(ws):
            stem = text[w.stem_start:w.stem_end]
            if len(w.stem_tokens) < 2 or not all(t.tag in ("NNG", "NNP") for t in w.stem_tokens) \
                    or not HANGUL.fullmatch(stem) or len(stem) < 4 or not _corporate_word(w.stem_tokens[-1].form) \
                    or _known(stem) or org_cue(stem) or stem[:-len(w.stem_tokens[-1].form)] in lexicon.kind_modifiers() \
                    or stem in _not_names() or any(m.start < w.stem_end and w.stem_start < m.end for m in mentions):
                continue  # (벤처캐피탈, 대형백화점: words for a kind of company)
            after = text[ws[i + 1].stem_start:ws[i + 1].stem_end] if i + 1 < len(ws) else ""
            if not w.particle and not _ends_with_comma(w) and (after in FIELD_NOUNS or after == "등" or _COUNT_AFTER.match(after)):
                continue  # 대성화학과 태양광에너지 분야에서, 벤처캐피탈 3곳이: a field or a count, no name
            prev_org = i > 0 and (ws[i - 1].particle in ("와", "과") or _ends_with_comma(ws[i - 1])
                                  or text[ws[i - 1].stem_start:ws[i - 1].stem_end] == "및") \
                and any(m.end == ws[i - 1].stem_end for m in orgs)
            next_org = (_ends_with_comma(w) or w.particle in ("와", "과")) and i + 1 < len(ws) \
                and any(m.start == ws[i + 1].stem_start for m in orgs)
            if prev_org or next_org:
                added.append(Mention(stem, w.stem_start, w.stem_end, EntityType.ORGANIZATION, sentence.index,
                                     strength=2))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


#: words for a company's customers, which tell of a supply with no deal word (kg.relate reads them)
CUSTOMER_WORDS = ("고객사", "거래처", "납품처")
#: 주요 고객사는 A, B 등이다; 고객사로는 A와 B가 있다; 최대 고객사는 A다: the items of a list of customers
_CUSTOMER_LIST = re.compile(
    "(?:" + "|".join(CUSTOMER_WORDS) + r")(?:로는|으로는|는|은)\s((?:[가-힣]{2,12}(?:,\s?|와\s|과\s|및\s))*[가-힣]{2,12}?)"
    r"(?=\s?등(?:이다|이\s?있)|\s?등\s?\d+여?\s?(?:곳|개사|개)|(?:이)?다\.|(?:이|가)\s?있다)")
_LIST_SEPARATOR = re.compile(r",\s?|(?<=[가-힣])(?:와|과)\s|\s및\s")


def _customer_lists(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """최대 고객사는 한결반도체다, 주요 고객사는 한결반도체, 누리전자 등이다: a name of the tokenizer does not know,
    ending in a word for a company, that stands in a list of customers is a company."""
    added: list[Mention] = []
    for hit in _CUSTOMER_LIST.finditer(text):
        pos = hit.start(1)
        for item in _LIST_SEPARATOR.split(hit[1]):
            start = text.index(item, pos)
            end = pos = start + len(item)
            if any(m.start < end and start < m.end for m in mentions) or _suffixed_name(item) is None:
                continue
            sentence = next((x.index for x in sentences if x.start <= start < x.end), None)
            if sentence is not None:
                added.append(Mention(item, start, end, EntityType.ORGANIZATION, sentence, strength=2))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _suffixed_name(surface: str) -> str | None:
    """The name in 한결반도체, 누리전자, 일진푸드 (한결, 누리, 일진): Hangul of two to four syllables before a word
    for a company, not a kind of company (시중은행, 종합건설); None when the word has no such shape."""
    if not (4 <= len(surface) <= 9 and HANGUL.fullmatch(surface)) or surface in lexicon.org_cues() \
            or _generic(surface) or normalise_name(surface) in _not_names():
        return None
    suffix = next((surface[-n:] for n in range(min(6, len(surface) - 2), 1, -1)
                   if surface[-n:] in _org_suffix_words()), None)
    if suffix is None or suffix in lexicon.activity_suffixes():
        return None
    prefix = surface[:-len(suffix)]
    ok = 2 <= len(prefix) <= 4 and prefix not in lexicon.kind_modifiers() and not _ends_with(prefix, "cue") \
        and not _common_noun_after_cue(prefix)
    return prefix if ok else None


def _products_stay_products(mentions: list[Mention], text: str) -> list[Mention]:
    """삼양식품의 ‘불닭볶음면’: a name read as a company's product once is that product wherever the article
    names it again by its shape alone (not a company the lexicon knows, nor one a cue or a gloss names)."""
    products = {m.text for m in mentions if m.type is EntityType.PRODUCT and m.strength >= 2}
    if not products:
        return mentions
    mentions = [replace(m, type=EntityType.PRODUCT, guess=False) if m.type is EntityType.ORGANIZATION
                and m.text in products and m.strength <= 1 and not m.canonical and not _known(m.text) else m
                for m in mentions]
    # '크로노 베일' then 크로노 베일의: a part of the product's name read as a person's is the product again
    for name in sorted(p for p in products if " " in p):
        for start in occurrences(name, text):
            end = start + len(name)
            inside = [m for m in mentions if start <= m.start and m.end <= end and not _known(m.text)
                      and (m.type is EntityType.PERSON or m.type is EntityType.ORGANIZATION and m.strength <= 1)]
            if inside and not any(m.start < end and start < m.end and m not in inside for m in mentions):
                mentions = sorted([m for m in mentions if m not in inside]
                                  + [replace(inside[0], text=name, start=start, end=end,
                                             type=EntityType.PRODUCT, canonical="", aliases=(), english="",
                                             guess=False)], key=lambda m: m.start)
    return mentions


def _country_unit(prev: Mention, m: Mention, text: str) -> bool:
    """자회사인 코웨이 말레이시아를, 현지 법인 대륜오토텍 폴스카(=폴란드)가: a unit named by its parent and its
    country, after a word for a unit."""
    return prev.type is EntityType.ORGANIZATION and m.type is EntityType.COUNTRY \
        and text[prev.end:m.start] == " " and not prev.canonical and prev.sentence == m.sentence \
        and (_UNIT_CUE.search(text, max(0, prev.start - 12), prev.start) is not None
             or m.text in _REGION_DESIGNATORS) \
        and _AFTER_NAME.match(text, m.end) is not None  # (세명디펜스 폴스카가: a country by its own name is a unit's)


def _country_units(mentions: list[Mention], text: str) -> list[Mention]:
    """The units `_corporate_names` joins, where the parent's name is found only by `_propagate` (청+수+라이프
    read as common nouns the second time)."""
    out: list[Mention] = []
    starts = {m.start for m in mentions}
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _country_unit(prev, m, text):
            out[-1] = replace(prev, text=f"{prev.text} {m.text}", end=m.end, type=EntityType.ORGANIZATION,
                              canonical="", english="", aliases=(), strength=max(prev.strength, 2), guess=False)
            continue
        if m.type is EntityType.ORGANIZATION and (word := _DESIGNATOR_AFTER.match(text, m.end)) is not None \
                and word[1] in _REGION_DESIGNATORS and m.end + 1 not in starts \
                and _UNIT_CUE.search(text, max(0, m.start - 12), m.start) is not None:
            # 베트남 법인 클래스온 비나가: the unit's name runs on to the word for where it is, which the
            # tokenizer read as no name (비 + 나)
            m = replace(m, text=text[m.start:word.end(1)], end=word.end(1), canonical="", english="", aliases=(),
                        strength=max(m.strength, 2), guess=False)
        out.append(m)
    return out


_DESIGNATOR_AFTER = re.compile(r" ([가-힣]{2,6}?)(?:이|가|은|는|을|를|의|와|과|도|에|로|으로)?(?=[\s,.)(]|$)")


def _corporate_names(mentions: list[Mention], text: str) -> list[Mention]:
    """노스스타 메탈스, 레드검 미네랄스: a name whose last word is a word for a company is a company's,
    whether it was read as a person or as a name and a second company."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        adjacent = prev is not None and text[prev.end:m.start] == " " and not prev.canonical and not m.canonical \
            and prev.sentence == m.sentence
        both_orgs = adjacent and prev is not None and prev.type is EntityType.ORGANIZATION \
            and m.type is EntityType.ORGANIZATION
        country_unit = prev is not None and _country_unit(prev, m, text)
        if prev is not None and (adjacent or country_unit) and (
                # 노스스타 메탈스: a name and a word for a company, read as a person or as two companies
                (_corporate_word(m.text) and prev.type in (EntityType.ORGANIZATION, EntityType.PERSON)
                 and prev.strength < 3)
                or country_unit
                # CMA CGM: one name in two capitalised words
                or (both_orgs and re.fullmatch(r"[A-Z]{2,5} [A-Z]{2,5}", f"{prev.text} {m.text}") is not None
                    and not _known(prev.text) and not _known(m.text))
                # 특수플라스틱 업체 폴리메리카 이베리카를: one foreign name in two words, after a company word
                or (both_orgs and prev.strength < 3 and m.strength < 3 and " " not in prev.text + m.text
                    and _cue_before(text, prev.start) and _AFTER_NAME.match(text, m.end) is not None)):
            out[-1] = replace(prev, text=f"{prev.text} {m.text}", end=m.end, type=EntityType.ORGANIZATION,
                              strength=max(prev.strength, m.strength), guess=False)
            if m.type is EntityType.COUNTRY:
                out[-1] = replace(out[-1], canonical="", english="", aliases=())  # not its parent's names
            continue
        if m.type is EntityType.PERSON and " " in m.text and not m.canonical \
                and _corporate_word(m.text.rsplit(" ", 1)[1]):
            m = replace(m, type=EntityType.ORGANIZATION)
        unit = _LATIN_WORD.match(text, m.end) if m.type is EntityType.ORGANIZATION else None
        if unit is not None and (_GROUP_PREFIX.fullmatch(m.text) or (
                    # 네이버 D2SF, 카카오 VX: a known company's unit by a Latin code of capitals
                    HANGUL.fullmatch(m.text) and m.strength >= 3 and not m.canonical
                    and re.fullmatch(r"[0-9A-Z&]{2,6}", unit[1]) is not None
                    and _AFTER_NAME.match(text, unit.end()) is not None)) \
                and normalise_name(unit[1]) not in _not_names() and _lexicon_type(unit[1]) is None:
            # CJ 4DPLEX, LG CNS: a group's short Latin name and a Latin word name one company
            m = replace(m, text=text[m.start:unit.end(1)], end=unit.end(1), canonical="", english="", aliases=(),
                        guess=False)
        if m.type is EntityType.ORGANIZATION and (where := _COUNTRY_UNIT.match(text, m.end)):
            # 메디비전AI USA, 삼성전자 America: a company's unit in a country is a company of its own
            end = where.end()
            m = replace(m, text=text[m.start:end], end=end, canonical="", english="", aliases=(), guess=False)
        if m.type in (EntityType.ORGANIZATION, EntityType.PERSON) and not m.canonical \
                and (m.strength < 3 or (m.type is EntityType.ORGANIZATION and HANGUL.fullmatch(m.text)
                                        and text.startswith(" ", m.end))) \
                and (tail := _corporate_tail(text, m.end)) is not None \
                and (word := next((w for w in (tail[2], _strip_particle(tail[2])) if _corporate_word(w)
                                   and w not in _STAFF_WORDS), None)):
            # 다카시마 리테일과, 볼파라 헬스 테크놀로지스(…): the name runs on to its word for a company
            end = tail.start(2) + len(word)
            if not (m.type is EntityType.PERSON and " " in m.text) and not any(
                    m.end <= x.start < end and _lexicon_type(x.text) is not None
                    for x in mentions):  # not 토마스 쿠리안 구글 클라우드
                m = replace(m, text=text[m.start:end], end=end, type=EntityType.ORGANIZATION, guess=False,
                            english=m.english if m.strength < 3 else "", aliases=m.aliases if m.strength < 3 else ())
                # (지멘스 모빌리티, 구글 클라우드: a known company's unit, a company of its own, not Siemens)
        if m.type is EntityType.ORGANIZATION and m.strength < 3 and not m.canonical \
                and (glued := re.match(r"([두도])\s([가-힣]{3,})", text[m.end:m.end + 16])) is not None \
                and (word := next((w for w in (glued[2], _strip_particle(glued[2])) if _corporate_word(w)), None)):
            # 세하두 보틀링: the tokenizer read the name's last syllable as a particle (세하 + 두)
            end = m.end + glued.start(2) + len(word)
            m = replace(m, text=text[m.start:end], end=end, guess=False)
        out.append(m)
    return _drop_covered(out)


#: words for a company's institute that, as a word of their own after a name, are its staff
#: (하이젠셀 연구원이 스택을 점검하고 있다: a researcher of 하이젠셀)
_STAFF_WORDS = frozenset({"연구원"})
_UNIT_CUE = re.compile(r"(?:자회사|법인|계열사)(?:인|이자)? $")


def _unit_abroad(rest: str) -> bool:
    """베트남 of 컴포즈커피 베트남, USA of 한빛 USA: the name's last words say where the unit is
    (its first word is then the parent's name, not the unit's short name)."""
    return _is_region_or_city(rest) or _COUNTRY_UNIT.fullmatch(" " + rest) is not None \
        or unit_abroad_name("X " + rest) is not None \
        or rest in _REGION_DESIGNATORS  # 홍콩법인 of 해담유업 홍콩법인, 미국 판매법인; 아메리카 of 한울강관 아메리카


#: how unit names spell their region (한울강관 아메리카, 셀리엔 폴스카, 누리 재팬)
_REGION_DESIGNATORS = frozenset({"아메리카", "유에스에이", "재팬", "코리아", "차이나", "유럽", "아시아", "인디아",
                                 "폴스카", "메히코", "도이칠란트", "이베리아", "라틴아메리카", "미들이스트",
                                 "아시아퍼시픽", "아시아태평양", "노스아메리카", "오세아니아", "아프리카", "미주",
                                 "비나", "타일랜드", "저팬", "브라질리아", "인도차이나"})  # (삼성비나: Vina, Vietnam)


#: 한결은행장, KB국민은행장은: a bank and its head's title in one word
BANK_HEAD = re.compile(r"([가-힣A-Za-z0-9]{1,8}은행)장(?:은|는|이|가|과|와|의|도|을|를)?")

_GROUP_PREFIX = re.compile(r"[A-Z]{2,3}")
# one more Latin word (a capital or a digit in it), then no further Latin word: CJ 4DPLEX는, not CJ ENM Studios
_LATIN_WORD = re.compile(r" ((?=[0-9A-Za-z&]*[A-Z])[0-9A-Z][0-9A-Za-z&]{1,11})(?![0-9A-Za-z&]| [0-9A-Za-z])")
_COUNTRY_UNIT = re.compile(r" (?:USA|America|Americas|Japan|Europe|Korea|China|India|Vietnam|Mexico|UK|Germany|"
                           r"Asia|Indonesia)(?![A-Za-z0-9])")

# the word for a company ends the name: a particle glued on, a bracket or punctuation follows, not another
# noun (서림네트웍스 클라우드 동맹: a cloud alliance, no company called 서림네트웍스 클라우드)
_CORPORATE_TAILS = (re.compile(r"() ([가-힣]{3,10})(?=[(\s,.·]|$)"),
                    re.compile(r"( [가-힣]{2,8}) ([가-힣]{3,10})(?=[(\s,.·]|$)"))


def _corporate_tail(text: str, end: int) -> re.Match[str] | None:
    """The word for a company that a name runs on to: the next word, or the one after it."""
    for pattern in _CORPORATE_TAILS:
        m = pattern.match(text, end)
        if m and (_corporate_word(m[2]) or _corporate_word(_strip_particle(m[2]))) \
                and _strip_particle(m[1].strip()) == m[1].strip() \
                and (_strip_particle(m[2]) != m[2] or not re.match(r"\s+[가-힣]", text[m.end():m.end() + 2])):
            # not 팜클라우드 수직농장에서 연구원이; not 서림네트웍스 클라우드 동맹 (a noun after the word: no name)
            return m
    return None


def _strip_particle(word: str) -> str:
    p = _TRAILING_PARTICLE.search(word)
    return word[:p.start()] if p else word


def _cue_before(text: str, start: int) -> bool:
    m = re.search(r"([가-힣A-Za-z]+) $", text[max(0, start - 12):start])
    return bool(m and org_cue(m.group(1)))


def _drop_covered(mentions: list[Mention]) -> list[Mention]:
    """Mentions inside an earlier one that was extended over them."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _split_person_and_company(mentions: list[Mention], text: str) -> list[Mention]:
    """양지을 티빙 대표: a Korean name and a company the article names elsewhere, not one foreign name
    (사티아 나델라 stays whole: nothing calls 나델라 a company)."""
    orgs = {m.text for m in mentions if m.type is EntityType.ORGANIZATION}
    cues = lexicon.org_cues()
    out: list[Mention] = []
    whole = sorted((o for o in orgs if " " in o), key=len, reverse=True)
    taken_to = -1  # the end of a company's name made here, over what was read after it
    for m in mentions:
        if m.start < taken_to:
            continue
        if out and out[-1].type is EntityType.PERSON and m.type is EntityType.ORGANIZATION and m.start == out[-1].end + 1:
            cut = out[-1].text.rsplit(" ", 1)
            at = out[-1].end - len(cut[-1])
            name = next((o for o in whole if len(cut) == 2 and " " in cut[0] and o.startswith(cut[1] + " ")
                         and text.startswith(o, at)), None)
            if name is not None:  # 앙투안 르클레르 메종 | 바르디(에): the person, then 메종 바르디에 named before
                p = out.pop()
                out.append(replace(p, text=cut[0], end=p.start + len(cut[0])))
                start = p.start + len(cut[0]) + 1
                m = replace(m, text=name, start=start, end=start + len(name), strength=2)
        first, _, last = m.text.partition(" ")
        two_words = m.type is EntityType.PERSON and bool(last) and " " not in last and not m.canonical
        if two_words and _korean_full_name(first) \
                and (name := next((o for o in whole if o.startswith(last + " ")
                                   and text.startswith(o, m.end - len(last))), None)) is not None:
            # 이준호 동하 | 멕시코 법인장: a Korean name, then a company of several words the article names elsewhere
            out.append(replace(m, text=first, end=m.start + len(first)))
            start = m.end - len(last)
            out.append(replace(m, text=name, start=start, end=start + len(name), type=EntityType.ORGANIZATION,
                               strength=2))
            taken_to = start + len(name)
            continue
        if two_words and (
                (_korean_full_name(first) and (last in orgs or _lexicon_type(last) is EntityType.ORGANIZATION))
                or (len(last) >= 4 and last in orgs and HANGUL.fullmatch(first) and 3 <= len(first) <= 4
                    and (first[0] in lexicon.surnames() or len(first) == 4))):
            # (장샤오린 베이베이왕 회장, 탄웨이밍 유니퀘스트 회장: a Chinese name, whole in one word, and a company
            # the article names elsewhere; not 클레르 베르나르, whose family name the company bears, nor 마이클 델)
            out.append(replace(m, text=first, end=m.start + len(first)))
            out.append(replace(m, text=last, start=m.end - len(last), type=EntityType.ORGANIZATION, strength=1))
            continue
        if two_words and _korean_full_name(last) and (
                first in orgs or _lexicon_type(first) is EntityType.ORGANIZATION or _org_suffix(first)):
            # 대륜오토텍 오경환 (대표): a company, then a Korean name
            out.append(replace(m, text=first, end=m.start + len(first), type=EntityType.ORGANIZATION, strength=1))
            out.append(replace(m, text=last, start=m.end - len(last)))
            continue
        if m.type is EntityType.PERSON and title_of(m.text):
            continue  # 신임 대표: a title is nobody's name
        if m.type is EntityType.ORGANIZATION and m.text in cues:
            continue  # 벤처캐피털, 자회사: what a company is, not which one
        out.append(m)
    return out


#: a founder's word before a name and a title: the name is the founder's (X 창업주인 응우옌반탄 회장)
_FOUNDER_BEFORE = re.compile(r"(?:창업자|설립자|창업주)(?:인|이자)\s$")
#: a founder's word after a name: the name is the company's (데스크온 창업자인 허지민)
_FOUNDER_AFTER = re.compile(r"\s(?:공동\s?)?(?:창업자|설립자|창업주)(?:인|이자)\s")  # (하퍼 창업자는: a title)

#: a learned span below this confidence is ignored; above STRONG it overrides a guess from shape alone.  A
#: one-word person the model reads at MIN stands without a title or 씨 beside it: the model, trained on business
#: articles too, reads few companies as people (kg/data/NOTICE.md; trained on KLUE alone, it needed STRONG)
LEARNED_MIN, LEARNED_STRONG = 0.5, 0.8
#: a Korean-shaped name the tokenizer breaks into common nouns (공/효/진, 한지/민) is a person when the model is this sure
LEARNED_PERSON_SPLIT = 0.6
#: a company the rules read from its shape alone is backed by the model's reading a company there at this or above
LEARNED_BACKS_GUESS = 0.4
#: above this, a learned place that spans known places (경남 진해, 서울 서초동 대검찰청) replaces them,
#: unless a known place ends it (미국 캘리포니아주 새너제이 stays a country, a state and a city)
LEARNED_SPANS_PLACES = 0.6


#: words for a company that sells another's goods for it (a partner) and for one that buys them to import (a customer)
DISTRIBUTOR_WORDS = ("유통사", "유통업체", "유통기업", "판매사", "판매업체", "대리점", "총판")
IMPORTER_WORDS = ("수입업체", "수입사", "수입상")
#: 유통사 Y를 통해, 수입업체 Y를 통해: a company the goods go out through, a party to a deal (kg.relate._sold_through)
_SOLD_THROUGH = re.compile(r"(?:" + "|".join(DISTRIBUTOR_WORDS + IMPORTER_WORDS) + r")\s\S+(?:을|를)\s통해\s")


def _lone_guess(cand: _Candidate, text: str, counts: dict[str, int]) -> bool:
    """A company guessed from shape alone whose name the article gives only once."""
    if cand.strength > 1 or cand.type is not EntityType.ORGANIZATION:
        return False
    surface = text[cand.start:cand.end]
    if surface not in counts:
        counts[surface] = text.count(surface)
    return counts[surface] == 1


#: words for an industry that end company names (신성산업, 가온전력) but are no company suffixes on their own
#: (자동차산업, 한국전력): a four-syllable name ending in one is no person's
_INDUSTRY_ENDINGS = ("산업", "전력", "공업", "실업", "기계", "섬유", "무역", "제과", "운송")


def learned_mentions(sentences: tuple[Sentence, ...], text: str) -> list[LearnedSpan]:
    """The entity model's spans (start, end, type, confidence), none with KG_NO_NER_MODEL set."""
    if os.environ.get("KG_NO_NER_MODEL"):
        return []
    from kg.ner import crf_mentions

    return crf_mentions(sentences, text)


#: bound nouns that are also surnames, which come right after a verb's relative form: 보유한 채, 할 수, 웃는 양
_BOUND_NOUN_SURNAMES = frozenset({"채", "수", "양", "척", "편"})


def _merge_learned(rules: list[_Candidate], learned: list[LearnedSpan],
                   text: str, tokens: tuple[Token, ...] = ()) -> list[_Candidate]:
    """The rules' candidates, plus names the statistical model (kg.ner, trained on KLUE-NER) finds where
    the rules found nothing.  A model span replaces the rules' guesses from shape alone; a confident
    one joins known places into one address (`LEARNED_SPANS_PLACES`).  The model's spans pass the
    same word lists as the rules' (한국어, 양사, 바이오시밀러 are no names)."""
    out = list(rules)
    for start, end, type_, conf in _without_descriptions(learned, text, tokens):
        surface = text[start:end]
        if (conf < LEARNED_MIN and not _country_and_company(surface, type_, conf, rules, text)) \
                or not _plausible_name(surface):
            continue
        inside = [t for t in tokens if start <= t.start and t.end <= end]
        if start > 0 and text[start - 1].isdigit() and 0 < (space := text.find(" ", start, end)) <= start + 2:
            start = space + 1  # 2위 핏플러스: a number's counter, then the name
            surface, inside = text[start:end], [t for t in inside if t.start >= start]
        if type_ is EntityType.ORGANIZATION and conf < LEARNED_STRONG and len(words := surface.split(" ")) == 2 \
                and len(words[0]) >= 3 and not _known(words[0]) and not _known(surface):
            kind = [t for t in inside if t.end <= start + len(words[0])]
            name = [t for t in inside if t.start > start + len(words[0])]
            if kind and all(t.tag == "NNG" and in_vocabulary(t.form, "NNG") for t in kind) \
                    and any(not in_vocabulary(t.form, t.tag) for t in name):
                start += len(words[0]) + 1  # 골프웨어 피닉스골프, 브랜드 비비랩: what the company is, then its name
                surface, inside = words[1], name
        if type_ is EntityType.ORGANIZATION and not _known(surface) and inside \
                and all(t.tag in ("NNG", "XSN", "XPN") for t in inside) and (
                    _names_a_field(surface, text) or (len(inside) == 2 and inside[-1].form in _org_suffix_words())):
            continue  # 우주항공 (공동 연구) where the article says 우주항공 분야: a field; 중견그룹, 채권은행,
            # 유기농식품: a common noun and a word that ends company names describe a company, naming none
            # (미래정보통신, three common nouns, is read as a name)
        if type_ is EntityType.PERSON and " " not in surface and (
                len(surface) > 4 or _org_suffix(surface) or re.search(r"[가-힣][A-Z]|[A-Z][가-힣]", surface)
                or (len(surface) == 4 and surface.endswith(_INDUSTRY_ENDINGS) and not _looks_like_korean_person(surface))):
            continue  # 한화디펜스, 신우DS, 신성산업: Korean names have at most four syllables and no Latin letters
        while len(inside) > 1 and inside[-1].tag.startswith(("J", "E", "SP", "SS")):
            inside.pop()  # 레드먼드의: the model ran on into the particle
            end = inside[-1].end
            surface = text[start:end]
        if (p := _TRAILING_PARTICLE.search(surface) or re.search(r"서$", surface)) \
                and (rest := surface[:p.start()].split()) and (_known(rest[-1]) or any(
                    c.end == start + p.start() and c.start >= start and c.type.is_location and c.strength >= 2
                    for c in rules)):  # 캐나다서: in Canada; 상파울루주 캄피나스에, 캄피나스 a city the rules know
            end -= len(p.group())  # 레드먼드의 read as one name by the tokenizer
            surface = text[start:end]
            if " " not in surface and (known := _lexicon_type(surface)) is not None:
                type_ = known  # 캐나다 is a country, whatever the model read 캐나다서 as
        after = next((t for t in tokens if t.start == end), None)
        if after is not None and (after.tag in ("XSV", "XSA") or (after.tag.startswith("VV") and after.form in ("하", "되"))):
            continue  # 선주에 인도된다: delivered, not India; a noun made a verb is no name
        if type_ is EntityType.ORGANIZATION and " " not in surface and not _known(surface) and not _org_suffix(surface) \
                and text.startswith(" ", end) and _title_after(text, end) and not text.startswith(" 씨", end) \
                and any(c.type is EntityType.ORGANIZATION and c.strength >= 2 and start - 12 <= c.end < start
                        and re.fullmatch(r"(?:\([^()]{1,8}\))?\s", text[c.end:start]) for c in rules):
            type_ = EntityType.PERSON  # 샤오미(小米) 레이쥔 회장: between a company and its title, its head
        if type_ is EntityType.ORGANIZATION and conf < LEARNED_STRONG and " " not in surface and not _known(surface) \
                and not _org_suffix(surface) and (leads := _LEADS_AFTER.match(text, end)) is not None and any(
                    c.type is EntityType.ORGANIZATION and c.strength >= 2 and c.start == leads.end() for c in rules):
            type_ = EntityType.PERSON  # 머스크가 이끄는 xAI: who leads a company the sentence names
        if type_ is EntityType.PERSON and _FOUNDER_AFTER.match(text, end):
            type_ = EntityType.ORGANIZATION  # 데스크온 창업자인 허지민: the company someone founded, not a person
        if type_ is EntityType.PERSON and " " in surface and any(_is_region_or_city(part) for part in surface.split()):
            continue  # 오만 소하르: a country and a city, not a person's two names
        if type_ is EntityType.PERSON and inside and all(t.tag in ("NNG", "XSN", "XPN") for t in inside) \
                and not (_looks_like_korean_person(surface) and (
                    (len(inside) > 1 and conf >= LEARNED_PERSON_SPLIT)
                    or _company_and_title_after(rules, text, end, strength=2))):
            continue  # 인프라, 서명식: common nouns the tokenizer knows are nobody's name (오세준/NNG 해온식품 대표는:
            # a Korean-shaped name before a company and a title is its head)
        if type_ is EntityType.PERSON and surface in _BOUND_NOUN_SURNAMES and not _MINOR_AFTER.match(text, end) \
                and not text.startswith(("씨", "모"), end) and any(
                t.tag == "ETM" and t.end == start - 1 and k > 0 and tokens[k - 1].tag != "VCP"
                for k, t in enumerate(tokens)):
            continue  # 지분을 보유한 채 회장직을: a bound noun after a verb's relative form, nobody's surname (not
            # 3학년생인 정군, 숨진 채 씨)
        if type_ is not EntityType.ORGANIZATION and (cue := re.match(r"\s+(?:[가-힣]+\s+)?([가-힣]+)\s+\S",
                                                                   text[end:end + 24])) \
                and cue.group(1) in lexicon.org_cues() and any(c.start > end and c.type is EntityType.ORGANIZATION
                                                              and c.start <= end + len(cue.group(0)) for c in out):
            continue  # 수직농장 기업 팜클라우드, 더마 화장품 기업 X: what kind of company the next name is, not a name
        if type_ is EntityType.PERSON and not (_AFTER_NAME.match(text, end) or text.startswith(("씨", "모"), end)
                                               or (len(surface) == 1 and _MINOR_AFTER.match(text, end))):
            continue  # 기타비(상무이사): a name does not run on into the next noun
        if len(surface) < 2 and type_ is not EntityType.PERSON:
            continue  # one letter names only a person, as 박씨, A씨 (the graph leaves them out)
        if LATIN_NAME.match(surface.replace(" ", "")) and any(
               c.end < start and text[c.end:c.end + 1] == "(" and ")" not in text[c.end:start]
               and text.find(")", start) >= end for c in out):
            continue  # Van Thanh of 응우옌 반 탄(Nguyen Van Thanh): a piece of another name's gloss
        if type_ is EntityType.PLACE and any((c.start, c.end) == (start, end) and c.type.is_location for c in out):
            continue  # 마니사, a town the rules read (튀르키예 서부 마니사에): the model's "a place" says no more
        overlapping = [c for c in out if c.start < end and start < c.end]
        cut = end < len(text) and (("\uac00" <= text[end] <= "\ud7a3" and not _AFTER_NAME.match(text, end))
                                   or re.match(r"[&+][0-9A-Za-z]", text[end:end + 2]) is not None)  # 사이공F|&B
        if overlapping and not all(_learned_wins(c, start, end, type_, conf, overlapping, inside, cut, text)
                                   for c in overlapping):
            continue
        out = [c for c in out if c not in overlapping]
        out.append(_Candidate(start, end, type_, strength=2 if conf >= LEARNED_STRONG else 1, learned=conf))
    return sorted(out, key=lambda c: c.start)


_LEADS_AFTER = re.compile(r"(?:이|가)\s이끄는\s")


def _company_and_title_after(rules: list[_Candidate], text: str, end: int, strength: int) -> bool:
    """Whether a company the rules read at `strength` or more follows `end` after a space, and a title follows it
    (린웨이밍 포모사컨테이너라인 회장, 오세준 해온식품 대표)."""
    return any(c.start == end + 1 and c.type is EntityType.ORGANIZATION and c.strength >= strength
               and text[end] == " " and _title_after(text, c.end) for c in rules)


def _country_and_company(surface: str, type_: EntityType, conf: float, rules: list[_Candidate], text: str) -> bool:
    """한국메디트론: a country glued to a company the rules read in the article is the company's unit there,
    a name even where the model is less sure of it."""
    if type_ is not EntityType.ORGANIZATION or conf < LEARNED_MIN - 0.1 or " " in surface:
        return False
    return any(c.type is EntityType.ORGANIZATION and c.strength >= 2 and surface.endswith(name := text[c.start:c.end])
               and len(name) < len(surface) and _lexicon_type(surface[:-len(name)]) is EntityType.COUNTRY
               for c in rules)


def _names_a_field(surface: str, text: str) -> bool:
    """Whether the article puts a field noun after `surface` somewhere (우주항공 분야, 바이오 산업)."""
    return any(after[1] in FIELD_NOUNS for after in followed_by(surface, _WORD_AFTER, text))


_WORD_AFTER = re.compile(r" ?([가-힣]+)")


def _without_descriptions(learned: list[LearnedSpan], text: str,
                          tokens: tuple[Token, ...]) -> list[LearnedSpan]:
    """A learned place run on over common nouns, as KLUE-NER marks a place with its description, split
    into the names: 칠레 북부 항구도시 메히요네스 is 칠레 and 메히요네스; 경기 화성 본사 연구소 is 경기 화성.
    Common nouns at its end stay unless one is a company's site or a zone (서울 올림픽공원 체조 경기장 stays whole;
    방콕 동부 산업단지 is 방콕).
    A city named with 시 is a name (베트남 중부 관광도시 다낭시), whatever the tokenizer read it as."""
    out: list[LearnedSpan] = []
    for start, end, type_, conf in learned:
        if type_ is EntityType.ORGANIZATION and " " in text[start:end]:
            first, _, rest = text[start:end].partition(" ")
            if _lexicon_type(first) is EntityType.COUNTRY and HANGUL.fullmatch(rest) and len(rest) >= 4 \
                    and _lexicon_type(rest) is None and not org_cue(rest) and not _org_suffix(rest) \
                    and rest.endswith(_STATE_BODY_ENDINGS) and re.match(r"\([A-Z]{2,6}\)", text[end:end + 8]):
                # 중국 국가신문출판서(NPPA): the country and the state body its initials name (KLUE-NER marks them as
                # one; not 미국 인플레이션감축법(IRA), a law, nor 정보통신기술(ICT), a field)
                out += [(start, start + len(first), EntityType.COUNTRY, conf), (end - len(rest), end, type_, conf)]
                continue
        if not type_.is_location or " " not in text[start:end]:
            out.append((start, end, type_, conf))
            continue
        first, _, rest = text[start:end].partition(" ")
        kind = _lexicon_type(first)
        if kind in (EntityType.COUNTRY, EntityType.CITY) and HANGUL.fullmatch(rest) and len(rest) >= 2 \
                and _lexicon_type(rest) is None and re.match(r"(?:의|에|에서|에는)(?![가-힣])", text[end:end + 3]) \
                and not org_cue(rest) and not _org_suffix(rest) and (kind is EntityType.CITY or not all(
                    t.tag in ("NNG", "XSN", "XPN") for t in tokens if start + len(first) < t.start < end)):
            # 이탈리아 모데나의: a country and a city the lexicon does not know; 도쿄 시부야에, 부산 영도의: a city and
            # a district of it (KLUE-NER marks either pair as one place; the graph wants the country and the city)
            inner = EntityType.CITY if kind is EntityType.COUNTRY else EntityType.PLACE
            out += [(start, start + len(first), kind, conf), (end - len(rest), end, inner, conf)]
            continue
        if kind is EntityType.COUNTRY and " " not in rest and (org_cue(rest) or (
                (cue := re.match(r" ([가-힣]{1,6})(?=\s)", text[end:end + 8])) is not None and org_cue(cue[1]))):
            out.append((start, start + len(first), EntityType.COUNTRY, conf))
            continue  # 미국 광고지주사 (광고지주사/NNP), 일본 카셰어링 업체: the country and what kind of company comes next
        words = []  # (start, end, common noun?)
        for w in re.finditer(r"\S+", text[start:end]):
            ws, we = start + w.start(), start + w.end()
            toks = [t for t in tokens if ws <= t.start and t.end <= we]
            words.append((ws, we, (bool(toks) and all(t.tag in ("NNG", "XSN", "XPN") for t in toks)
                                   and not _known(w.group()) or _ZONE.fullmatch(w.group()) is not None)
                          and not _is_region_or_city(w.group().removesuffix("시"))))
        last_name = max((k for k, w in enumerate(words) if not w[2]), default=-1)
        tail = [text[w[0]:w[1]] for w in words[last_name + 1:]]
        if last_name < 0 or not (any(not w[2] for w in words[:last_name]) and any(w[2] for w in words[:last_name])
                                 or any(t in _SITE_WORDS or t in lexicon.org_cues() or _ZONE.fullmatch(t) for t in tail)):
            out.append((start, end, type_, conf))
            continue
        piece: tuple[int, int] | None = None
        for ws, we, common in words[:last_name + 1]:
            if common:
                if piece:
                    out.append((*piece, type_, conf))
                piece = None
            else:
                piece = (piece[0] if piece else ws, we)
        if piece:
            out.append((*piece, type_, conf))
    return out


#: a company's sites, which end no place's name (경기 화성 본사 연구소)
_SITE_WORDS = frozenset({"본사", "연구소", "공장", "사옥", "캠퍼스", "센터", "법인", "지사", "지점", "매장", "물류센터"})


def _learned_wins(c: _Candidate, start: int, end: int, type_: EntityType, conf: float,
                  overlapping: list[_Candidate], inside: list[Token] | None = None, cut: bool = False,
                  text: str = "") -> bool:
    """Whether the learned span (start, end, type_, conf) replaces the rules' candidate `c`."""
    if c.type is EntityType.PRODUCT:
        return False
    if c.type is type_ is EntityType.ORGANIZATION and conf >= LEARNED_STRONG and start <= c.start and c.end <= end \
            and (c.start, c.end) != (start, end) and len(words := text[start:end].rsplit(" ", 1)) == 2 \
            and (entry := lexicon.gazetteer().get(words[1])) is not None and entry.name_ko != words[1] \
            and not _known(words[0]):
        return True  # 알무드 석유공사: another company's name ending in a known one's short name (한국석유공사's)
    if c.type is type_ is EntityType.PERSON and c.start == start and c.end < end and conf >= LEARNED_STRONG \
            and " " not in text[start:end] and len(text[start:end]) <= 4:
        return True  # 임세준 read as 임/NNP 세/MM 준/NNG: the model reads the whole name
    if c.strength <= 1:
        if c.type is EntityType.ORGANIZATION and type_.is_location and start <= c.start and c.end <= end \
                and _org_suffix(text[c.start:c.end]):
            return False  # 서해운수도 read as a place: the rules' 서해운수 ends in a word for a company
        # a learned span cut short inside a name the rules read whole (KT스튜디오 of KT스튜디오지니는) loses
        return not (c.type is EntityType.ORGANIZATION and c.start == start and end < c.end and cut)
    if conf >= LEARNED_SPANS_PLACES and type_.is_location and c.type.is_location \
            and start <= c.start and c.end <= end and c.end - c.start < end - start:
        tail = [t for t in inside or () if t.start >= c.end]
        if tail and ("".join(t.form for t in tail if t.tag.startswith("N")) in lexicon.org_cues() or any(
                t.form in _WHERE_BASED or t.form in lexicon.org_cues() for t in tail)):
            return False  # 미국 제약사, 일본 기업, 런던 소재 선주사 X: a company described, not an address
        return all(o.strength <= 1 for o in overlapping if o.end == end)
    return False




#: words between a place and the company based there (런던 소재 선주사 X)
_WHERE_BASED = frozenset({"소재", "기반", "본사", "본거지", "거점", "출신", "국적"})


_NOT_AFTER_CUE = frozenset({"가치", "관계자", "규모", "실적", "매출", "주가", "지분", "경영", "사업", "전략", "성장", "시장",
                            "점유율", "고객", "수익", "부문", "측", "대표", "주식", "임원", "직원", "수", "간", "중",
                            "최초", "최대", "이상", "전체", "대상", "경쟁", "인재", "기술", "제품", "서비스", "역량",
                            "설립", "출범", "사옥", "차원", "계획", "발표", "진출", "도입", "개발", "생산", "판매",
                            "운영", "확대", "출신", "본사", "공장", "법인", "지원", "협상", "상장", "매각"})


def _common_noun_after_cue(surface: str) -> bool:
    return (surface in _NOT_AFTER_CUE or normalise_name(surface) in _not_names() or surface in lexicon.org_cues()
            or surface.endswith(("장", "자", "원")) or mentions_a_deal(surface))  # 본부장, 책임자, 연구원


#: words for a company of some kind: the common nouns right before one describe it (식품 업체)
_KIND_WORDS = frozenset({"업체", "기업", "회사", "제조사", "전문업체", "전문기업"})
_GENERIC_TAILS = ("업체", "기업", "업계", "회사", "제조사", "완성차", "스타트업", "항공사", "제약사", "조선사", "유통사",
                  "운용사", "증권사", "보험사", "카드사", "건설사", "게임사", "제작사", "배급사", "협력사", "상장사")


def _generic(surface: str) -> bool:
    """방산업체, 배터리기업: a description ending in a word for 'company', not a company's name."""
    return surface.endswith(_GENERIC_TAILS) and not _known(surface)


def _branch_or_rumour(surface: str) -> bool:
    """대전점, 강남점: a store of a chain named by its place; 피인수설, 매각설: a rumour of a deal. No names."""
    if not HANGUL.fullmatch(surface) or len(surface) < 3:
        return False
    if surface.endswith("점"):
        return _is_region_or_city(surface[:-1]) or _DISTRICT.match(surface[:-1]) is not None
    return surface.endswith("설") and mentions_a_deal(surface[:-1].removeprefix("피"))


def _acronym_phrase(surface: str) -> bool:
    """IT서비스, AI산업: a common abbreviation and a short common noun, read by the tokenizer as one name."""
    m = re.fullmatch(r"([A-Za-z]{2,5})([가-힣]{2,3})", surface)
    return m is not None and normalise_name(m[1]) in _not_names() and not _org_suffix(surface) and not _known(surface)


def _plausible_name(surface: str) -> bool:
    if _generic(surface) or _acronym_phrase(surface) or _branch_or_rumour(surface):
        return False
    if surface.count("(") != surface.count(")"):
        return False  # 고(故: a bracket opened and not closed is no name's
    words = surface.split()
    return not (normalise_name(surface) in _not_names() or _is_language(surface) or surface in _titles()
                or surface in _NOT_BEFORE_TITLE or surface in lexicon.org_cues() or surface in ("양사", "양측")
                or any(w in _NOT_BEFORE_TITLE or normalise_name(w) in _not_names() for w in words))



@cache
def _deal_words() -> tuple[str, ...]:
    """Deal words as they stand in text: 합작+사 is 합작사 (the parts alone, like 사, are everywhere)."""
    words = {row[0].replace("+", "") for row in lexicon.read_table("triggers.tsv")}
    stems = {w[:-1] if w.endswith("다") else w for w in words}
    stems |= {c for w in words if w.endswith("다") and (c := _past_contracted(w[:-1]))}  # 사들였다, 세웠다
    stems |= set(CUSTOMER_WORDS)  # (주요 고객사는 A, B 등이다: a supply told without a deal word)
    return tuple(sorted(w for w in stems if len(w) >= 2))  # not 품(다): 제품, 상품


#: a verb stem's last vowel, and the vowel it contracts to before 었/았 (사들이+었 → 사들였, 세우+었 → 세웠)
_CONTRACTED_VOWEL = {20: 6, 13: 14, 8: 9, 18: 4, 0: 0, 4: 4}  # ㅣ→ㅕ, ㅜ→ㅝ, ㅗ→ㅘ, ㅡ→ㅓ, ㅏ→ㅏ, ㅓ→ㅓ


def _past_contracted(stem: str) -> str:
    """The stem as it stands in a contracted past form (사들였, 넘겼, 세웠, 했), or "" if it does not contract."""
    if not stem or not "\uac00" <= stem[-1] <= "\ud7a3":
        return ""
    code = ord(stem[-1]) - 0xAC00
    lead, vowel, final = code // 588, (code % 588) // 28, code % 28
    if stem[-1] == "하":
        return stem[:-1] + "했"
    if final or vowel not in _CONTRACTED_VOWEL:
        return ""
    return stem[:-1] + chr(0xAC00 + lead * 588 + _CONTRACTED_VOWEL[vowel] * 28 + 20)  # 20: ㅆ


@cache
def _deal_word_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _deal_words())))


def mentions_a_deal(sentence: str) -> bool:
    return _deal_word_pattern().search(sentence) is not None


_TRAILING_PARTICLE = re.compile(r"(?:의|에서|에|은|는|이|가|을|를|와|과|으로|로)$")


def _title_after(text: str, end: int) -> bool:
    """A title, 씨 or a person cue right after a name (김종환 D램개발 담당 부사장 is too far: no), also after
    the age news gives in brackets (백남기(69)씨, 김민수(52) 대표)."""
    if age := _AGE.match(text, end):
        end = age.end()
    m = re.match(r"\s*([가-힣A-Za-z]+)", text[end:end + 12])
    if not m:
        return False
    word = m.group(1)
    return bool(text.startswith(("씨", "氏"), end) or title_of(word) or any(
        word.startswith(t) for t in _titles() if len(t) >= 2) or word in lexicon.person_cues())


_AGE = re.compile(r"\((?:[\u4e00-\u9fff]{2,5}·)?\d{1,3}(?:세)?\)")


def _title_before(text: str, start: int) -> bool:
    """A title right before a name, as in 카카오모빌리티(대표 류긍선)."""
    m = re.search(r"([가-힣A-Za-z]+)\s*$", text[max(0, start - 12):start])
    return bool(m and title_of(m.group(1)))


_AFTER_NAME = re.compile(r"(?:[^\uac00-\ud7a3A-Za-z0-9]|$|(?:으로부터|로부터|에게서|에서는|에서도|으로는|와의|과의|에는|에도|"
                         r"와는|과는|와도|과도|로는|보다|처럼|"
                         r"은|는|이|가|을|를|의|에|에서|와|과|도|로|으로|에게|측|만|까지|부터)"
                         r"(?![\uac00-\ud7a3]{2}))")


#: nouns a company's short name stands before, as its owner (레드캐니언 경영은, 노바셀 측은)
_OWNED_NOUN = re.compile(r"\s(?:경영|경영진|측|지분|주가|매출|이사회|주주|대표|사장|인수)(?:은|는|이|가|을|를|의|도|과|와)?(?![가-힣])")


#: the kinds a firm's name begins with (법무법인 율촌), which the article may leave out
_FIRM_KINDS = frozenset({"법무법인", "회계법인", "세무법인", "특허법인", "노무법인"})


def _propagate(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """A name recognised once in an article is the same name wherever else it stands there
    (the tokenizer may split 하만의 as 하/만/의 the second time)."""
    known: dict[str, Mention] = {}
    for m in mentions:
        if len(m.text) >= 2 and " 대표" not in m.text:
            known.setdefault(m.text, m)
        if m.type.is_location and m.canonical and " " in m.text:  # 청주시 alone, after 충북 청주시
            last = m.text.rsplit(" ", 1)[1]
            known.setdefault(last, replace(m, text=last))
    # 포모사반도체제조(FSMC): the short name a gloss gives is that company's wherever else it stands
    # (its mentions take the name in _glossed_everywhere)
    glossed = _bracketed_aliases(mentions, text)
    known.update(glossed)
    short: dict[str, Mention] = {}  # 노바셀 for 노바셀 테라퓨틱스, 레드캐년 for 레드캐년 스튜디오: a company's first word
    aliased = {m.text for m in mentions if m.canonical and m.type is EntityType.ORGANIZATION}  # X(이하 Y): Y is X's
    for m in mentions:
        first = m.text.split(" ", 1)[0]
        if m.type is EntityType.ORGANIZATION and " " in m.text and not m.canonical and len(first) >= 2 \
                and first not in aliased \
                and HANGUL.match(first) and _lexicon_type(first) is None and not org_cue(first) \
                and not _unit_abroad(m.text.split(" ", 1)[1]):
            short.setdefault(first, replace(m, text=first, canonical=m.text))
            if m.text.count(" ") >= 2 and first in _CORPORATE_FIRST_WORDS:
                two = " ".join(m.text.split(" ", 2)[:2])  # 그루포 메탈리카 for 그루포 메탈리카 델 노르테
                short.setdefault(two, replace(m, text=two, canonical=m.text))
        kind, _, rest = m.text.partition(" ")
        if m.type is EntityType.ORGANIZATION and kind in _FIRM_KINDS and rest and not m.canonical \
                and " " not in rest and len(rest) >= 2:
            short.setdefault(rest, replace(m, text=rest, canonical=m.text))  # 율촌 for 법무법인 율촌
    glued: dict[str, Mention] = {}
    for m in mentions:  # 큐리진 for 큐리진테라퓨틱스: a name glued to a long word for a company, named without it
        if m.type is EntityType.ORGANIZATION and " " not in m.text and not m.canonical and HANGUL.match(m.text):
            for n in range(3, min(8, len(m.text) - 1)):
                head, tail = m.text[:-n], m.text[-n:]
                if _corporate_word(tail) and len(head) >= 2 and _lexicon_type(head) is None and not org_cue(head):
                    glued.setdefault(head, m)
                    break
    own_names = {m.text for m in mentions if m.type is EntityType.ORGANIZATION}
    sentences_of: dict[str, set[int]] = {}
    for m in mentions:
        sentences_of.setdefault(m.text, set()).add(m.sentence)
    for head, m in glued.items():
        if not any(n not in (m.text, head) and n.startswith(head) for n in own_names) \
                and not sentences_of.get(head, set()) & sentences_of[m.text] \
                and not (head in own_names and _org_suffix(head)):  # (한빛전자 and 한빛전자인베스트먼트: two)
            # (not 한화 of 한화시스템 and 한화오션; not X beside X벤처스 in one sentence, X의 자회사인 X벤처스)
            short.setdefault(head, replace(m, text=head, canonical=m.text))
    for first, m in short.items():
        if first not in known or (known[first].type is EntityType.ORGANIZATION and not known[first].canonical):
            known[first] = m  # 레드캐니언 read alone before 레드캐니언 리소시스: still the short name
    for name, m in _affiliate_names(mentions, text).items():
        known.setdefault(name, m)
    for hit in _GROUP_OF_AFFILIATE.finditer(text):  # 해성그룹 계열 해성건설, 해원그룹의 정유 계열사인 해원정유: the
        # group is a company, named or not
        if hit[1] not in known and hit[1] not in lexicon.org_cues() and not org_cue(hit[1][:-2]) \
                and hit[1][:-2] not in _GROUP_KINDS and normalise_name(hit[1][:-2]) not in _not_names() and mentions:
            known[hit[1]] = Mention(hit[1], hit.start(1), hit.end(1), EntityType.ORGANIZATION, 0)
    mentions[:] = [replace(m, canonical=short[m.text].canonical, type=EntityType.ORGANIZATION)
                   if m.text in short and not m.canonical and (m.type is EntityType.ORGANIZATION or (
                       m.type is EntityType.PERSON and not _looks_like_korean_person(m.text)))  # 큐리진은, read as a person
                   else m for m in mentions]
    for m in mentions:  # 나델라 CEO는, after 사티아 나델라: a foreign person's last name alone
        last = m.text.rsplit(" ", 1)[-1]
        if m.type is EntityType.PERSON and " " in m.text and not m.canonical and len(last) >= 2 \
                and last not in known and _lexicon_type(last) is None and not title_of(last):
            known[last] = replace(m, text=last, canonical=m.text)
    taken = {(m.start, m.end): m for m in mentions}
    spans = sorted(taken)  # mentions never overlap: a sorted list finds a hit's neighbours by bisection
    extra: list[Mention] = []
    for surface in sorted(known, key=len, reverse=True):
        m = known[surface]
        for start in occurrences(surface, text):
            end = start + len(surface)
            if start > 0 and text[start - 1].isalnum():
                continue
            if not _AFTER_NAME.match(text, end) or (surface in short and text[end:end + 1].isspace()
                                                   and not _OWNED_NOUN.match(text, end)):
                continue  # (스마트 공장: a short name stands alone, with its particle, not before a noun)
            canonical = m.canonical
            if surface in glossed and (where := re.match(r" ([가-힣A-Za-z]{2,10})(?=\(|[은는이가을를의와과에](?![가-힣])|,)",
                                                         text[end:end + 12])) and _unit_abroad(where[1]):
                canonical, end = "", end + len(where[0])  # 자회사 H2파워 유럽(…): the unit abroad, not its parent
            i = max(0, bisect_left(spans, (start, start)) - 1)
            overlapping = []
            while i < len(spans) and spans[i][0] < end:
                if start < spans[i][1]:
                    overlapping.append(spans[i])
                i += 1
            # a longer known name wins over a weak shorter reading (SK온도 read as SK + 온도), and a unit
            # abroad (코웨이 말레이시아) over its parent's name and its country
            unit = m.type is EntityType.ORGANIZATION and " " in surface and _unit_abroad(surface.split(" ", 1)[1])
            unit = unit or (surface in glossed and not surface.isascii())  # H2파워, read as H2 + 파워 elsewhere
            if any((taken[k].strength > 1 and not unit and not (start < k[0] and k[1] == end and " " in surface
                                                                and m.type is EntityType.ORGANIZATION)
                    # 아소프레시 (cut before 전, read as 'before') of 아소프레시전, named whole elsewhere
                    and not (k[0] == start and k[1] < end and taken[k].type is m.type is EntityType.ORGANIZATION
                             and " " not in text[k[1]:end]))
                   or k[1] - k[0] >= end - start for k in overlapping):
                continue  # (레코즈 read alone, as the last word of 골든아워 레코즈, gives way to it)
            for k in overlapping:
                spans.remove(k)
                old = taken.pop(k)
                if old in mentions:
                    mentions.remove(old)
                if old in extra:
                    extra.remove(old)
            sent = next((x for x in sentences if x.start <= start and end <= x.end), None)
            if sent is None:
                continue
            new = Mention(text[start:end], start, end, m.type, sent.index, canonical=canonical,
                          english=m.english if canonical == m.canonical else "", guess=m.guess)
            taken[(start, end)] = new
            insort(spans, (start, end))
            extra.append(new)
    return sorted(mentions + extra, key=lambda m: m.start)


#: 해성그룹 계열 해성건설, 하모니그룹 계열 항공사인 에어하모니: a group named before its affiliates
#: words that say what kind of group, not which (중견그룹 계열사, 대기업그룹 산하)
_GROUP_KINDS = frozenset({"중견", "중소", "대기업", "재벌", "대형", "국내", "해외", "글로벌", "주요", "다른", "같은", "동일",
                          "금융", "지주", "모", "소속", "유통", "건설", "식품", "화학", "에너지", "미디어", "엔터",
                          "해당", "상위", "최대", "범", "모기업", "전체", "각", "자", "타", "한", "이", "그"})
_GROUP_OF_AFFILIATE = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,6}그룹)(?:\s?(?:계열|산하)"
                                 r"|의\s(?:[가-힣]+\s){0,2}(?:계열사|자회사|손자회사)(?:인|이자|로|이며)?\s)")


def _affiliate_names(mentions: list[Mention], text: str) -> dict[str, Mention]:
    """세진화학, 세진건설, 세진에너지, then 세진소재 (세/MM 진/XPN 소재 to the tokenizer): a group's shared
    prefix and a word for a company name another affiliate, however the tokenizer cut it."""
    by_prefix: dict[str, set[str]] = defaultdict(set)
    examples: dict[str, Mention] = {}
    for m in mentions:
        if m.type is EntityType.ORGANIZATION and not m.canonical and HANGUL.fullmatch(m.text):
            for n in range(2, min(6, len(m.text) - 1)):
                if m.text[-n:] in _org_suffix_words():
                    prefix = m.text[:-n]
                    by_prefix[prefix].add(m.text)
                    examples.setdefault(prefix, m)
                    break
    out: dict[str, Mention] = {}
    for prefix, names in by_prefix.items():
        if len(names) < 2 or _lexicon_type(prefix) is not None or org_cue(prefix):
            continue
        for hit in followed_by(prefix, _SYLLABLES_AFTER, text):
            tail = next((hit[1][:n] for n in range(len(hit[1]), 1, -1) if hit[1][:n] in _org_suffix_words()), None)
            start = hit.start() - len(prefix)
            if tail is not None and (start == 0 or not text[start - 1].isalnum()):
                name = prefix + tail
                if name not in names:
                    out.setdefault(name, replace(examples[prefix], text=name, aliases=(), english="", guess=False))
    return out


_SYLLABLES_AFTER = re.compile(r"([가-힣]{2,5})")

#: last words of names the tokenizer knows whole that are companies' (토에이 애니메이션), not people's
_STUDIO_WORDS = frozenset({"애니메이션", "엔터테인먼트", "픽처스", "스튜디오", "스튜디오스", "게임즈", "필름",
                           "프로덕션", "프로덕션스", "커뮤니케이션즈", "모터스", "에어라인스"})


def _verb_glued_name(w: Word, text: str) -> int | None:
    """The end of the name in a word the tokenizer read as a verb's relative form glued to a noun ending in a
    word for a company (해온에너지 as 하 + 어 + 오 + ㄴ + 에너지), with only a particle or a comma after it."""
    toks = w.tokens
    k = next((j for j, t in enumerate(toks) if t.tag == "ETM"), None)
    if k is None or k == 0 or not toks[0].tag.startswith("V") \
            or not all(t.tag.startswith(("V", "E", "XS")) for t in toks[:k]):
        return None
    nouns = [t for t in toks[k + 1:] if t.tag in ("NNG", "NNP")]
    if not nouns or toks[k + 1] is not nouns[0] or nouns[0].start != toks[k].end:
        return None
    run = [nouns[0]]
    for t in toks[k + 2:]:
        if t.tag not in ("NNG", "NNP") or t.start != run[-1].end:
            break
        run.append(t)
    end = run[-1].end
    rest = [t for t in toks if t.start >= end]
    name = text[w.start:end]
    if not HANGUL.fullmatch(name) or not 3 <= len(name) <= 8 or not _org_suffix(name) \
            or not all(t.tag.startswith(("J", "SP")) for t in rest):
        return None
    return end


def _determiner_and_noun(w: Word, text: str) -> tuple[int, int] | None:
    """(start, end) of a word read as a determiner glued to a noun and a particle (한/MM 뿌리/NNG 가/JKS)."""
    toks = [t for t in w.tokens if not t.tag.startswith("J")]
    if len(toks) == 2 and toks[0].tag == "MM" and toks[0].form == "한" and toks[1].tag in ("NNG", "NNP") \
            and len(toks[1].form) >= 2 and toks[1].form not in _NOT_AFTER_CUE and toks[0].end == toks[1].start \
            and len(w.tokens) > 2 and all(t.tag.startswith("J") for t in w.tokens[2:]) \
            and HANGUL.fullmatch(surface := text[toks[0].start:toks[1].end]) and 2 <= len(surface) <= 6:
        return toks[0].start, toks[1].end
    return None


#: a company's name of Hangul and capitals (청해CA, 누리USA), and the particle after it
_HANGUL_LATIN_NAME = re.compile(r"([가-힣]{1,6}[A-Z]{2,5})(?:이|가|은|는|을|를|의|와|과|에|로|도|에서|으로)?")


def _sentence_candidates(sentence: Sentence, text: str, persons: dict[str, str]) -> list[_Candidate]:
    ws = words(sentence, text)
    cands: list[_Candidate] = []
    known = gazetteer_mentions(sentence, text)
    for start, end, entry in known:
        canonical = entry.name_ko if normalise_name(text[start:end]) != normalise_name(entry.name_ko) else ""
        cands.append(_Candidate(start, end, entry.type, english=entry.name_en, canonical=canonical, strength=3))
    not_names = _not_names()
    titles_at = [_is_title(w, text) for w in ws]
    stems = [text[w.stem_start:w.stem_end] for w in ws]
    org_starts = {start for start, _, entry in known if entry.type is EntityType.ORGANIZATION}
    gaz_orgs = {i for i, w in enumerate(ws) if w.stem_start in org_starts}
    anchored, taken = _title_people(ws, stems, titles_at, gaz_orgs, text)
    gov_list = False  # inside a list of ministries: 자치행정주택부, 투자부와
    cands.extend(anchored)
    for i, w in enumerate(ws):  # 박정훈 한결은행장: the bank, its head's title glued on
        if i not in taken and (bank := BANK_HEAD.fullmatch(text, w.start, w.end)) is not None:
            cands.append(_Candidate(w.start, w.start + len(bank[1]), EntityType.ORGANIZATION, strength=3))
            taken.add(i)
    for i, w in enumerate(ws):
        if not w.stem_tokens and i > 0 and i not in taken and not ws[i - 1].particle and org_cue(stems[i - 1]) \
                and (broken := _determiner_and_noun(w, text)) is not None:
            # 홍삼 제조사 한뿌리가 (한/MM 뿌리/NNG): after a word for a company, a name, not "one root"
            cands.append(_Candidate(broken[0], broken[1], EntityType.ORGANIZATION, strength=2))
            continue
        if i > 0 and i not in taken and not ws[i - 1].particle and org_cue(stems[i - 1]) \
                and (glued := _HANGUL_LATIN_NAME.fullmatch(text, w.start, w.end)) is not None:
            # 판매법인 청해CA가 (청/NNG 하/XSV 어/EC CA/SL): after a word for a company, Hangul and capitals are a name
            cands.append(_Candidate(w.start, w.start + len(glued[1]), EntityType.ORGANIZATION, strength=2))
            continue
        if not w.stem_tokens and i not in taken and i + 1 < len(ws) and titles_at[i + 1] \
                and HANGUL.fullmatch(word := text[w.start:w.end]) and len(word) == 3 \
                and _looks_like_korean_person(word) and any(t.tag.startswith(("V", "E")) for t in w.tokens) \
                and not w.tokens[-1].tag.startswith(("E", "J", "V")):  # (회사를 이끄는 사장: a verb, 이 no surname)
            # 한지석 전무가 (하/VX ㄴ/ETM 지/NNB 석/MM): a Korean name the tokenizer read as a verb form, before a title
            cands.append(_Candidate(w.start, w.end, EntityType.PERSON, strength=2))
            continue
        if not w.stem_tokens and i not in taken and (verbal := _verb_glued_name(w, text)) is not None:
            # 해온에너지가 (하/VV 어/EC 오/VX ㄴ/ETM 에너지/NNG): a relative form is never glued to its noun, so a
            # word read so and ending in a word for a company is a name
            cands.append(_Candidate(w.start, verbal, EntityType.ORGANIZATION, strength=2))
            continue
        if not w.stem_tokens or i in taken:
            continue
        name_toks = w.stem_tokens
        tags = {t.tag for t in name_toks}
        stem = stems[i]
        if titles_at[i] or normalise_name(stem) in not_names or _is_language(stem):
            continue
        prev = ws[i - 1] if i > 0 else None
        prev_stem = stems[i - 1] if prev else ""
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        nxt_stem = stems[i + 1] if nxt else ""
        nxt_title = titles_at[i + 1] if nxt else None
        seat_after = w.particle in ("에", "에서") and nxt is not None and (nxt_stem in ("본사", "본거지", "사옥", "본부") or (
            nxt_stem == "기반" and nxt.particle in ("을", "를")))  # (베르겐에 기반을 둔)
        zone = seat_after and _ZONE.search(stem) is not None
        if zone and prev is not None and not prev.particle and HANGUL.fullmatch(prev_stem) \
                and len(prev_stem) >= 2 and _lexicon_type(prev_stem) in (None, EntityType.CITY) \
                and not org_cue(prev_stem) and not _org_suffix(prev_stem):
            cands.append(_Candidate(prev.stem_start, prev.stem_end, EntityType.CITY, strength=2))  # 탕헤르 자유무역지대에
            continue  # 본사를 둔: the city the zone is named after (the zone is no city)
        if seat_after and not zone \
                and tags <= {"NNP", "NNG"} and HANGUL.match(stem) and len(stem) >= 2 and _lexicon_type(stem) is None \
                and not org_cue(stem) and not _org_suffix(stem) and not _common_noun_after_cue(stem) \
                and not _DISTRICT.match(stem) and not (prev and not prev.particle and _is_region_or_city(prev_stem)):
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.CITY, strength=2))  # 포트워스에 본사를 둔
            continue
        if not w.particle and nxt is not None and nxt_stem == "소재" and tags == {"NNP"} and HANGUL.match(stem) \
                and _lexicon_type(stem) is None and not org_cue(stem) and not _org_suffix(stem):
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.CITY, strength=2))  # 나트랑 소재 X
            continue
        if prev is not None and prev_stem == "소재" and not prev.particle and i >= 2 and not ws[i - 2].particle \
                and (ws[i - 2].stem_tokens and {t.tag for t in ws[i - 2].stem_tokens} == {"NNP"}
                     or _is_region_or_city(stems[i - 2])) \
                and HANGUL.match(stem) and len(stem) >= 3 and tags <= {"NNP", "NNG"} and not org_cue(stem) \
                and not _common_noun_after_cue(stem) and _lexicon_type(stem) is None \
                and not (len(w.stem_tokens) == 1 and tags == {"NNG"} and in_vocabulary(stem, "NNG")) \
                and not (nxt is not None and not w.particle and org_cue(nxt_stem)):  # not 소재 인프라 투자사 X
            # (not 존스크릭 소재 아파트에서: a word the tokenizer knows as a common noun)
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.ORGANIZATION, strength=2))  # … 소재 칸호아관광대학
            continue
        # People: 김영섭 대표, 김영섭 KT 대표, KT 김영섭 대표, 사티아 나델라 MS CEO, 조코 위도도
        title_follows = nxt_title or (i + 2 < len(ws) and titles_at[i + 2] and not w.particle and nxt is not None
                                      and ((i + 1) in gaz_orgs or _namelike(nxt, nxt_stem)))
        if not w.particle and _looks_like_korean_person(stem) and not org_cue(stem) and (
                title_follows or _person_cue(nxt, text) or _split_like_a_name(name_toks)):
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.PERSON, strength=2))
            continue
        if len(name_toks) == 1 and name_toks[0].tag == "NNP" and " " in stem and HANGUL.match(stem.replace(" ", "")):
            last = stem.rsplit(" ", 1)[1]
            kind = EntityType.ORGANIZATION if (last in _STUDIO_WORDS or (len(last) >= 4 and _corporate_word(last))) \
                else EntityType.PERSON  # (미셸 스틸: a person's name the tokenizer knows whole)
            cands.append(_Candidate(w.stem_start, w.stem_end, kind, strength=2))  # 샘 올트먼/NNP, 토에이 애니메이션/NNP
            continue
        district = bool(prev and not prev.particle and prev_stem and _is_region_or_city(prev_stem)
                        and _DISTRICT.match(stem)  # 서울 서초동
                        and not (len(name_toks) == 1 and name_toks[0].tag == "NNG"))  # (포르투갈 축구: a word)
        if district and not nxt_title:
            # 대전 유성구: a district of the city, not 유 + a given name (as 서울 강남구 is read)
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.PLACE, strength=2))
            continue
        if (len(name_toks) == 1 and name_toks[0].tag == "NNP" and _looks_like_korean_person(stem)
                and stem[0] in _COMMON_SURNAMES and not w.alias and not w.particle.startswith(("에", "로", "으로"))
                and not org_cue(stem) and not (prev and text[prev.start:prev.end] == prev_stem
                                               and prev_stem in lexicon.org_cues())):  # not 선주사; 스타트업 차지온
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.PERSON, strength=1))  # 이수만
            continue
        if district:  # (before a title: after the people a title anchors)
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.PLACE, strength=2))
            continue
        facility_next = nxt_stem in _FACILITY_NOUNS or re.match(
            r"\s\d+(?:[·,]\s?\d+)*\s?호기", text[w.end:w.end + 16]) is not None or (
            nxt_stem in ("신규", "신", "새", "기존", "차세대") and i + 2 < len(ws) and stems[i + 2] in _FACILITY_NOUNS)
        if not w.particle and facility_next and "NNP" in tags and tags <= {"NNP", "NNG"} and HANGUL.match(stem) \
                and len(stem) >= 2 and _lexicon_type(stem) is None and not org_cue(stem) and not _org_suffix(stem) \
                and not (i + 2 < len(ws) and stems[i + 2] == "지분"):  # (로이힐 광산 지분: the mine's company)
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.PLACE, strength=2))
            continue  # 체코 두코바니 원전, 바라카 원전: a plant or a mine named by its place, no company
        if stem.endswith(("단지", "산단")) or stem in ("행정부", "입법부", "사법부"):
            continue  # 신산업단지, 미국 행정부: places and branches of government, not organisations
        if HANGUL.match(stem) and (len(stem) >= 3 and stem.endswith(_GOVERNMENT) and not _generic(stem) and (
                (prev and not prev.particle and is_country(prev_stem)) or gov_list)
                or stem in _ARMED_FORCES and prev and not prev.particle and is_country(prev_stem)):  # 말레이시아 해군
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.ORGANIZATION, strength=2))  # 폴란드 국방부
            gov_list = _ends_with_comma(w) or w.particle in ("와", "과")
            continue
        gov_list = False
        if prev and not prev.particle and _is_region(prev_stem) and HANGUL.match(stem) and not _org_suffix(stem) \
                and not org_cue(stem) and not (w.alias and LATIN_NAME.match(w.alias.replace(" ", ""))) \
                and len(stem) >= 2 and ("NNP" in tags or stem.endswith(("시티", "타운"))) \
                and (w.particle.startswith(("에", "의")) or nxt_stem.endswith(_PLACE_NOUNS)
                     or stem.endswith(("시티", "타운"))):
            # 미시간주 랜싱에; 호주 퀸즐랜드주의: a state or province (3+ syllables and 주) is a region, not a city
            kind = EntityType.PLACE if len(stem) >= 3 and stem.endswith("주") else EntityType.CITY
            cands.append(_Candidate(w.stem_start, w.stem_end, kind, strength=2))
            continue
        if len(stem) == 1 and stem in lexicon.surnames() and nxt_title and not w.particle and nxt \
                and not (prev is not None and prev.tokens[-1].tag == "ETM"):  # (지분을 보유한 채 회장직을: no one)
            # 김 대표: the surname names the person (the title is not part of a name), resolved to 김영섭 when
            # the article named a 김 before
            full = persons.get(stem)
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.PERSON, canonical=full or "", strength=2))
            taken.add(i + 1)
            continue
        if len(name_toks) == 1 and name_toks[0].tag == "NNG" and len(stem) >= 6 and HANGUL.match(stem) \
                and _ends_with(stem, "org", longer=True) and not org_cue(stem) and not _generic(stem) \
                and any(_corporate_word(stem[-n:]) for n in range(3, 8)):
            # 케이브릿지인베스트먼트/NNG: an unknown compound ending in a long word for a company
            cands.append(_Candidate(w.stem_start, w.stem_end, EntityType.ORGANIZATION, strength=1))
            continue
        has_name_piece = bool(tags & {"NNP", "SL", "SH"})
        cue_before = bool(prev and not prev.particle and (org_cue(prev_stem) or (
            not prev_stem and HANGUL.fullmatch(text[prev.start:prev.end]) and org_cue(text[prev.start:prev.end]))))
        # (전력사 read as 전/MM 력사/NNG: the word is still a word for a company)
        quoted = w.tokens[0].tag in ("SS", "SSO") and w.tokens[0].form in "‘'\"“「『<《"
        product_before = bool(prev and _product_cue(prev_stem))
        product_after = nxt_stem in PRODUCT_AFTER
        between_person_and_title = bool(nxt_title and prev and stem not in _TITLE_QUALIFIERS and _namelike(w, stem)
                                        and any(c.type is EntityType.PERSON and c.end == prev.stem_end for c in cands))
        # (박태만 수석 부위원장, 손석희 보도담당 사장: what the post is, not whose)
        name = (w.stem_start, w.stem_end) if between_person_and_title else _trim_generic_tail(name_toks, text)
        if name is None:
            continue
        n_start, n_end = name
        surface = text[n_start:n_end]
        if normalise_name(surface) in not_names or len(surface) < 2 and not surface.isupper() or _generic(surface) \
                or _acronym_phrase(surface) or _branch_or_rumour(surface):
            continue
        if (quoted and product_before) or (PRODUCT_SHAPE.match(surface) and not _known(surface)
                                           and (product_after or product_before or _CODE.match(surface))):
            cands.append(_Candidate(n_start, n_end, EntityType.PRODUCT, strength=2))
            continue
        whole = n_end == w.stem_end
        latin_alias = bool(w.alias and LATIN_NAME.match(w.alias.replace(" ", ""))
                           and normalise_name(w.alias) not in not_names
                           and not (nxt_title and _person_gloss(w.alias))  # 에밀리 로스(Emily Ross) CEO
                           and not (re.fullmatch(r"[A-Za-z]{1,4}", w.alias) and _common_noun(sentence, n_start, n_end))
                           and not _code_gloss(sentence, n_start, n_end, w.alias)
                           and not _term_gloss(surface, w.alias))
        if org_cue(surface) and not w.particle and not _known(surface) and nxt is not None and nxt_stem \
                and not org_cue(nxt_stem) and {t.tag for t in nxt.stem_tokens} & {"NNP", "SL"}:
            continue  # 노르웨이 자동차운반선사 노르딕카캐리어스: what the next name is, not a name
        if tags <= {"NNG", "NNP"} and not w.particle and nxt is not None \
                and (nxt_stem in _KIND_WORDS or (nxt_stem.endswith(("업체", "기업")) and org_cue(nxt_stem))) \
                and not _known(surface) and (tags == {"NNG"} or (
                    i + 2 < len(ws) and ws[i + 2].stem_tokens and ws[i + 2].stem_tokens[0].tag in ("NNP", "SL"))):
            # 계열사인 건강기능식품 업체 X, 미국 냉동식품/NNP 기업 슈완스컴퍼니: the nouns before 업체 (a name
            # following it) say what kind of company, they name none
            continue
        if (firm := re.search(r"(?:법무|회계|세무|특허)법인\s$", text[max(0, n_start - 5):n_start])) is not None \
                and HANGUL.match(surface) and not _known(surface) and not _common_noun(sentence, n_start, n_end):
            # 법무법인 다온누리: a law or accounting firm's name begins with its kind
            cands.append(_Candidate(n_start - len(firm.group()), n_end, EntityType.ORGANIZATION, strength=2))
            continue
        legal_form = text[n_end:n_end + 1] == "㈜" or text[n_start - 1:n_start] == "㈜" \
            or text.startswith("(주)", n_end) or text[max(0, n_start - 3):n_start] == "(주)"
        if between_person_and_title or (legal_form and HANGUL.match(surface) and len(surface) >= 2):
            strong = True  # 해오름수산㈜, (주)한빛: a company by its legal form
        elif _kind_of_company(surface):
            continue  # 미국 냉동식품/NNP 브랜드 X: a kind of company and a word for one (냉동+식품) name none
        elif _org_suffix(surface):
            strong = has_name_piece or cue_before
        elif cue_before:
            strong = whole and (has_name_piece or latin_alias)
        else:
            strong = whole and latin_alias
        stake_next = not w.particle and nxt_stem in ("지분", "인수", "합병")  # 세온테크 지분 30%를, 누리넷 인수를:
        # whose shares, whom a deal takes
        ends_word = all(t.tag.startswith(("J", "S")) or t.end <= w.stem_end + len(w.particle)
                        for t in w.tokens if t.start >= w.stem_end)  # only a particle after the name
        if not strong and prev and not prev.particle and is_country(prev_stem) and whole \
                and ("NNP" in tags or re.fullmatch(r"[A-Z][A-Z0-9&]{2,5}", surface) is not None) \
                and ends_word and not (nxt and not w.particle and org_cue(nxt_stem)):
            # (not 일본 드러/NNP 그/MM 스토어: the tokenizer cut a word; not 미국 수직농장 기업 X: what X is)
            strong = True  # 중국 화유코발트: a name introduced by its country
        if (not strong and cue_before and whole and HANGUL.match(surface) and len(surface) >= 2
                and (w.particle or (nxt is not None and text[nxt.start:nxt.end] == "등"))
                and tags <= {"NNG", "NNP", "NNB"} and not _common_noun_after_cue(surface)):
            # 명품 플랫폼 파페치를, 유통체인 밸류웨이 등: the tokenizer does not know the name, the cue noun says
            # what it is
            cands.append(_Candidate(n_start, n_end, EntityType.ORGANIZATION, strength=1))
            continue
        if strong:
            cands.append(_Candidate(n_start, n_end, EntityType.ORGANIZATION, strength=2))
        elif not has_name_piece and whole and ends_word and (w.particle or _ends_with_comma(w) or stake_next) \
                and _unknown_company_word(name_toks, surface) \
                and (len(name_toks) == 1 or w.particle in _PARTY_PARTICLES or _ends_with_comma(w) or stake_next):
            # (two nouns the tokenizer knows only as a party: 수림은행이, 가온소재와, not 메모리반도체에, 특급호텔에)
            # 일진푸드/NNG와, 수림/NNG 캐피탈/NNG이: common words the tokenizer knows, or one it does not,
            # and a word for a company; a guess that stands only where a fact of the article names it
            cands.append(_Candidate(n_start, n_end, EntityType.ORGANIZATION, strength=1))
        elif has_name_piece and ("NNP" in tags or LATIN_NAME.match(surface)) and ends_word:
            if "SL" in tags and not any(c.isupper() for c in surface):
                continue
            cands.append(_Candidate(n_start, n_end, EntityType.ORGANIZATION, strength=1))
    cands += _two_word_companies(ws, stems, gaz_orgs, text)
    cands += _vietnamese_names(ws, stems, cands)
    cands = _on_a_list(ws, stems, cands)
    cands = _products(ws, stems, text, cands)
    parens = _paren_aliases(sentence, text)
    return _with_aliases(_glossed_names(ws, stems, _resolve_overlaps(cands), parens, text), parens, text)


#: Latin letters a Hangul initial consonant can stand for (ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ)
_INITIAL_LETTERS = ("gkcq", "gkc", "n", "dt", "dt", "rl", "m", "bvp", "bp", "sctz", "s", "aeiouyhw", "jgzc", "jz",
                    "ct", "kcq", "t", "pf", "hwf")


def _sounds_like(syllable: str, letter: str) -> bool:
    """Whether a Hangul syllable can begin the transliteration of a word beginning with `letter`."""
    code = ord(syllable) - 0xAC00
    letter = unicodedata.normalize("NFD", letter)[:1]  # É of Éditions is an E
    return not 0 <= code < 11172 or letter.lower() in _INITIAL_LETTERS[code // 588] or not letter.isalpha() \
        or (syllable == "응" and letter.lower() == "n")  # 응우옌 (Nguyen), 응옥 (Ngoc): Vietnamese Ng


#: English words that make a glossed name a company's (Red Canyon Studios), not a person's (Emily Ross)
_CORPORATE = frozenset({
    "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag", "gmbh", "sa", "holdings", "holding",
    "group", "capital", "partners", "ventures", "studios", "studio", "pharmaceuticals", "pharma", "therapeutics",
    "bio", "biologics", "biologika", "energy", "resources", "technologies", "technology", "tech", "systems", "motors",
    "electronics", "bank", "securities", "investment", "investments", "maritime", "shipyard", "shipbuilding",
    "airlines", "air", "airways", "logistics", "entertainment", "games", "robotics", "labs", "solutions", "networks",
    "semiconductor", "chemical", "chemicals", "chemie", "steel", "foods", "food", "retail", "mobility", "power",
    "industries", "healthcare", "medical", "pay", "cloud", "ai", "media", "global", "international", "trading",
    "insurance", "life", "financial", "asset", "management", "fund", "motor", "auto", "mining", "minerals", "oil",
    "gas", "telecom", "communications", "software", "data", "digital", "beauty", "cosmetics", "fashion", "store",
    "stores", "mart", "market", "express", "rail", "lines", "line", "hotels", "resorts", "university",
    # a unit named by its region (Sungwoo America, Hanul Motors Chile is caught by motors)
    "america", "americas", "usa", "korea", "japan", "europe", "asia", "pacific",
    # the same words in other languages (Grupo Metálica, Groupe Dumont, Gruppo Rossi, Compañía, Companhia)
    "grupo", "groupe", "gruppo", "compañía", "companhia", "compagnie", "industrias", "sociedad",
    "marine", "singapore", "vietnam", "india", "china", "mexico", "brazil", "brasil", "germany", "thailand",
    "indonesia", "malaysia", "philippines", "australia", "canada", "poland", "hungary", "taiwan", "france",
})


#: words for a group or a company that open a foreign company's name, which the article shortens to its first two
#: words (그루포 메탈리카 델 노르테, then 그루포 메탈리카; not 그룹, a word for a company, which opens no short name)
_CORPORATE_FIRST_WORDS = frozenset({"그루포", "그루페", "그루포스", "콤파니아", "소시에다드", "메종", "카사"})


def _corporate_gloss(alias: str) -> bool:
    """Whether a gloss has a word companies use (Studios, Maritime, BioPharm), unlike a term's (Fuel Cell)."""
    return any(p in _CORPORATE or any(len(c) >= 3 and (p.startswith(c) or p.endswith(c)) for c in _CORPORATE)
               for p in alias.lower().split())


def _hanja_name(alias: str) -> bool:
    """林志偉, 佐藤健一: a gloss of two to four Chinese characters, as people's names are written."""
    return 2 <= len(alias) <= 4 and bool(_HANJA.fullmatch(alias))


def _person_gloss(alias: str) -> bool:
    """Emily Ross, Nguyen Van Thanh: two to four capitalised words and no word a company name uses."""
    parts = alias.split()
    return 2 <= len(parts) <= 4 and all(re.fullmatch(r"[A-Z][a-z]+(?:['’-][A-Za-z]+)*", p) for p in parts) \
        and not _corporate_gloss(alias)


def _glossed_names(ws: list[Word], stems: list[str], cands: list[_Candidate],
                   parens: list[tuple[int, int, int, int]], text: str) -> list[_Candidate]:
    """레드캐년 스튜디오(Red Canyon Studios): an English gloss of several words spells a name of as many
    words before it, so the words before the one it is glued to belong to the name (not a place, a title
    or a word for a kind of company)."""
    out = list(cands)
    for n_start, n_end, a_start, a_end in parens:
        extra = len(text[a_start:a_end].split()) - 1
        i = next((k for k, w in enumerate(ws) if w.stem_start == n_start), None)
        nxt = next((k for k in range(i + 1, len(ws)) if ws[k].start > a_end), None) if i is not None else None
        titled = nxt is not None and (_is_title(ws[nxt], text) or any(  # (…) 알나흐다디지털 CEO: a company between
            nxt + n < len(ws) and not any(ws[k].particle for k in range(nxt, nxt + n)) and _is_title(ws[nxt + n], text)
            for n in (1, 2, 3)))
        if i is not None and not titled and i - extra >= 0:
            # 최고경영자(CEO)인 마르코 리치(Marco Ricci)가: the title before the name
            head = ws[i - extra].stem_start
            before = re.search(r"([가-힣A-Z]+)(?:\([A-Z]{2,4}\))?(?:인|이자)?\s$", text[max(0, head - 24):head])
            titled = before is not None and title_of(before[1]) is not None
        if i is not None and not titled and _person_gloss(text[a_start:a_end]) \
                and _APPOINTED_AFTER.match(text, a_end + 1) is not None:
            titled = True  # 법인장에 데이비드 탄(David Tan)을 임명했다: the one appointed is a person
        if i is not None and titled and _person_gloss(text[a_start:a_end]):
            first = i - extra  # 에밀리 로스(Emily Ross) 최고경영자: a person, its name as many words as the gloss
            # (a word inside the name is whole: 알레산드로 is not 알레산드 + 로, whatever the tokenizer says)
            if extra >= 1 and first >= 0 and all(HANGUL.match(text[ws[k].start:ws[k].end]) for k in range(first, i)) \
                    and _sounds_like(text[ws[first].stem_start], text[a_start]):
                start = ws[first].stem_start  # (마커스 리드(Marcus Reed) CEO: 리드 is no company here)
                out = [c for c in out if c.end <= start or c.start >= n_end]
                out.append(_Candidate(start, n_end, EntityType.PERSON, strength=2))
            continue
        gloss_words = text[a_start:a_end].split()
        if extra >= 1 and i is not None and i >= 1 and not ws[i - 1].particle and ws[i - 1].end + 1 == ws[i].start \
                and any(c.start == n_start and c.end == n_end and c.type.is_location for c in out) \
                and HANGUL.fullmatch(stem := text[ws[i - 1].stem_start:ws[i - 1].stem_end]) is not None \
                and len(stem) >= 2 and not org_cue(stem) and not title_of(stem) and not _is_region_or_city(stem) \
                and _sounds_like(stem[0], gloss_words[0]) and _sounds_like(text[n_start], gloss_words[-1]):
            # 다온라이프 싱가포르(Daon Life Singapore): a unit named by its country, the gloss spelling both
            start = ws[i - 1].stem_start
            out = [c for c in out if c.end <= start or c.start >= n_end]
            out.append(_Candidate(start, n_end, EntityType.ORGANIZATION, strength=2))
            continue
        if extra < 1 or i is None or n_end - n_start == 1 or any(
                c.start < n_end and n_start < c.end and c.type is not EntityType.ORGANIZATION for c in out):
            continue  # (에밀리 로스(Emily Ross): a person's name, read whole already; 에밀리 청(Emily Cheng): a
            # syllable before a gloss is a person's family name, not a company's last word)
        starts = []
        spelt_known: set[int] = set()
        gloss_words = text[a_start:a_end].split()
        for k in range(i - 1, max(i - 1 - extra, -1), -1):
            w, stem = ws[k], stems[k]
            spelled = gloss_words[extra - (i - k)]  # the gloss's word for this one
            if not w.particle and w.stem_end == w.end and (stem.casefold() == spelled.casefold() or (
                    spelled.islower() and HANGUL.match(stem) and _sounds_like(stem[0], spelled[0]))):
                starts.append(w.stem_start)  # PT of PT 누산타라(PT Nusantara …), 델 of 울레스 델 노르테(… del Norte)
                continue
            spelt_corporate = spelled.lower().strip(".,") in _CORPORATE and _sounds_like(stem[0], spelled[0])
            if not w.particle and w.stem_end == w.end and _known_company_spelled(stem, spelled):
                starts.append(w.stem_start)  # 지멘스 of 지멘스 모빌리티(Siemens Mobility): a known company's unit
                spelt_known.add(w.stem_start)
                continue
            if w.particle or _ends_with_comma(w) or w.stem_end != w.end or not HANGUL.match(stem) \
                    or (org_cue(stem) and not spelt_corporate) \
                    or title_of(stem) or _known(stem) or stem in _NOT_BEFORE_TITLE or _common_noun_after_cue(stem) \
                    or any(c.start <= w.stem_start < c.end and (c.type is not EntityType.ORGANIZATION or (
                        c.strength >= 2 and not (c.start == w.stem_start and c.end == w.stem_end and c.learned == 0)))
                           for c in out):
                break  # (출판사 에디시옹 플륌(Éditions Plume): the cue made the first word a company, not the whole)
            starts.append(w.stem_start)
        # the name begins where the gloss's first letter can (not 개발사 of 개발사 레드캐년 스튜디오(Red …))
        start = next((x for x in reversed(starts) if _sounds_like(text[x], text[a_start]) or x in spelt_known),
                     n_start)
        if start == n_start:
            continue
        out = [c for c in out if c.end <= start or c.start >= n_end]
        out.append(_Candidate(start, n_end, EntityType.ORGANIZATION, strength=2))
    return sorted(out, key=lambda c: c.start)


#: words for appointing someone to a post (the one list the recogniser and the relations read)
APPOINTMENT_WORDS = ("선임", "임명", "영입", "내정", "발탁", "선출", "기용")
#: … after a name and its gloss: the verb that makes it someone appointed (을 임명했다, 를 새 대표로 선임)
_APPOINTED_AFTER = re.compile(r"(?:을|를|이|가)\s(?:[가-힣]+\s){0,3}?(?:" + "|".join(APPOINTMENT_WORDS) + ")")


_COMPANIES_COUNTED = re.compile(r"\d+여?\s?(?:개사|곳)")


def _on_a_list(ws: list[Word], stems: list[str], cands: list[_Candidate]) -> list[_Candidate]:
    """도이치텔레콤, 이앤(e&), 싱텔과: a word that goes on a list of two or more companies is one too
    (a guess from its shape alone becomes a sure one)."""
    out = list(cands)
    orgs = {(c.start, c.end) for c in out if c.type is EntityType.ORGANIZATION}
    sure = {(c.start, c.end) for c in out if c.type is EntityType.ORGANIZATION and c.strength > 1}
    for i in range(2, len(ws)):
        w, stem = ws[i], stems[i]
        etc = not w.particle and i + 1 < len(ws) and stems[i + 1] == "등" and ws[i + 1].start == w.end + 1
        if not ((w.particle in ("와", "과", "이", "가", "은", "는", "도") or _ends_with_comma(w) or etc)
                and HANGUL.match(stem) and 2 <= len(stem) <= 8):
            continue
        if normalise_name(stem) in _not_names() or stem in lexicon.org_cues() or _titles().get(stem):
            continue
        if not all(t.tag in ("NNG", "NNP") for t in w.stem_tokens):
            continue
        if not all(_ends_with_comma(b) and any(b.start <= s and e <= b.end for s, e in orgs) for b in ws[i - 2:i]):
            continue
        if not any(b.start <= s and e <= b.end for b in ws[i - 2:i] for s, e in sure) and not (
                etc and any(org_cue(x) or _COMPANIES_COUNTED.fullmatch(x) for x in stems[i + 2:i + 6])):
            # (수잔, 일리야, 블레어는: guesses from their shape alone make no list of companies, unless what
            # follows says what they are: A, B, C 등 국내 인쇄업체 3개사에)
            continue
        here = [c for c in out if c.start < w.stem_end and w.stem_start < c.end]
        if any(c.strength > 1 or c.type is not EntityType.ORGANIZATION for c in here):
            continue
        out = [c for c in out if c not in here]
        out.append(_Candidate(w.stem_start, w.stem_end, EntityType.ORGANIZATION, strength=2))
        orgs.add((w.stem_start, w.stem_end))  # the next member may follow it
        sure.add((w.stem_start, w.stem_end))
    return sorted(out, key=lambda c: c.start)


_GLOSS = re.compile(r"\(([^()]{2,40})\)")
_DESIGNATORS = frozenset({"인터내셔널", "홀딩스", "코퍼레이션", "컴퍼니", "테크놀로지", "테크놀로지스", "파트너스",
                          "인베스트먼트", "캐피탈", "인더스트리", "인더스트리즈", "모터스", "시스템즈", "랩스", "벤처스",
                          "그룹", "코리아", "재팬", "아메리카", "테라퓨틱스", "파마슈티컬스", "바이오사이언스",
                          "바이오로직스", "일렉트로닉스", "솔루션즈", "네트웍스", "캐피털", "일렉트릭", "파마",
                          "로지스틱스", "시스템스", "메탈스", "미네랄스", "리소시스", "마이닝", "에어라인스", "에어웨이즈",
                          "케미컬스", "오토모티브", "브랜즈"})  # (not 헬스케어, 에너지: fields too, 헬스케어 동맹)


#: legal forms written before the name (PT PAL, PJSC 아로모브)
_LEGAL_PREFIXES = frozenset({"PT", "PJSC", "JSC", "OAO", "OOO", "PAO"})


def _vietnamese_names(ws: list[Word], stems: list[str], cands: list[_Candidate]) -> list[_Candidate]:
    """응우옌 티 란이 선임됐다, 쩐 반 남은: a Vietnamese family name of the list and two short words, a
    particle on the last only, is one person's name wherever it stands (not only before a title; a name of
    four words, 응우옌 티 투 하, is left to the rules that read it by its title)."""
    out: list[_Candidate] = []
    k = 0
    while k + 2 < len(ws):
        a, b, c = ws[k], ws[k + 1], ws[k + 2]
        if stems[k] in _VIETNAMESE_SURNAMES and (len(stems[k]) >= 2 or stems[k] == "쩐") \
                and not a.particle and not b.particle and c.particle and a.end + 1 == b.start and b.end + 1 == c.start \
                and all(1 <= len(stems[n]) <= 2 and HANGUL.fullmatch(stems[n]) is not None
                        and _lexicon_type(stems[n]) is None and not title_of(stems[n]) for n in (k + 1, k + 2)) \
                and not any(x.start < c.stem_end and a.stem_start < x.end for x in cands):
            out.append(_Candidate(a.stem_start, c.stem_end, EntityType.PERSON, strength=2))
            k += 3
        else:
            k += 1
    return out


def _two_word_companies(ws: list[Word], stems: list[str], gaz_orgs: set[int], text: str = "") -> list[_Candidate]:
    """마그나 인터내셔널, SK E&S: a name followed by a company word or a Latin code of its own."""
    out = []
    for i in range(len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if a.particle or _ends_with_comma(a) or not a.stem_tokens or not b.stem_tokens:
            continue
        second = stems[i + 1]
        latin = bool(re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", second)) and normalise_name(second) not in _not_names()
        gloss = _GLOSS.match(text, b.stem_end) if text else None
        glossed = bool(gloss and " " in gloss.group(1).strip() and LATIN_NAME.match(gloss.group(1).replace(" ", "")))
        described = i > 0 and not ws[i - 1].particle and org_cue(stems[i - 1])  # 미국 제약사 블루오션 시스템스
        if (second in _DESIGNATORS and (glossed or (not _known(stems[i]) and _namelike(a, stems[i])
                                                    and ("NNP" in {t.tag for t in a.stem_tokens} or described)))) \
                or (latin and i in gaz_orgs and (stems[i].isascii() or "&" in second)) \
                or (stems[i] in _LEGAL_PREFIXES and re.fullmatch(r"[A-Z][A-Za-z0-9&\-]{1,20}", second)):
            # SK이노베이션 E&S: a known company and a code of its own; PT PAL: an Indonesian legal form first
            # 마그나 인터내셔널; 팔란티어 테크놀로지스(Palantir Technologies): the gloss names both words
            start = a.stem_start
            first = ws[i - 1] if i > 0 else None
            if glossed and gloss is not None and len(gloss.group(1).split()) == 3 and first is not None \
                    and not first.particle and not _ends_with_comma(first) and HANGUL.fullmatch(stems[i - 1] or "-") \
                    and not org_cue(stems[i - 1]) and not _known(stems[i - 1]) \
                    and _sounds_like(stems[i - 1][0], gloss.group(1).strip()[0]):
                start = first.stem_start  # 알라흐마 헬스케어 그룹(Al-Rahma Healthcare Group): three words, three
            out.append(_Candidate(start, b.stem_end, EntityType.ORGANIZATION, strength=3))
    return out


_QUOTED = re.compile(r"[‘'\"“]([^’'\"”]{2,30})[’'\"”]")
_PRODUCT_WORDS = ("브랜드", "제품", "모델", "차종", "라인업", "시리즈", "트럭", "픽업트럭", "전기차", "스마트폰", "로봇",
                  "서비스", "챗봇", "앱", "게임", "칩", "신약", "치료제", "백신", "상품", "디바이스", "기기", "드라마",
                  "영화", "세럼", "에센스", "전차", "자주포", "미사일", "유도탄", "전투기", "여객기", "항공기", "잠수함",
                  "RPG", "타이틀", "위성", "발사체", "트랙터", "콤바인", "이앙기", "버스", "소프트웨어", "솔루션",
                  "장비", "모듈", "드론", "전구체", "EMR", "SUV", "세단", "IP", "지식재산권", "웹툰",
                  "가속기", "잡지", "인기작", "대표작", "웹소설")


def _quoted_name(m: re.Match[str]) -> tuple[int, int]:
    """The span of the name a _QUOTED match holds: ‘에코 오브 애쉬(Echo of Ash)’ is the name, its gloss an alias."""
    s, e = m.start(1), m.end(1)
    if (gloss := re.search(r"\([^()]+\)$", m.group(1))) and gloss.start() >= 1:
        e = s + gloss.start()
    return s, e


def _products(ws: list[Word], stems: list[str], text: str, cands: list[_Candidate]) -> list[_Candidate]:
    """‘코나 일렉트릭’ after a product word or a company (현대차 ‘엑시언트 수소전기트럭’), and A와 B, C 등 …
    브랜드: products, not companies."""
    out = list(cands)
    for i, w in enumerate(ws[:-1]):
        m = _QUOTED.match(text, ws[i + 1].start)
        if not m or not any(c.type is EntityType.ORGANIZATION and c.end == w.stem_end
                            and (c.end == w.end or w.particle == "의")  # 삼양식품의 ‘불닭볶음면’: its product
                            and c.strength >= 2 for c in cands):
            continue
        s, e = m.start(1), m.end(1)
        inside = [t for x in ws[i + 1:i + 6] for t in x.tokens if s <= t.start and t.end <= e]
        if w.particle == "의" and (_org_suffix(m.group(1)) or re.search(
                r"출범|설립|창립|세우|세운|세웠|신설|자회사|계열사|법인", text[m.end():ws[-1].end])):
            continue  # 한빛그룹의 ‘누리온’이 출범했다: a company of the group's, not its product
        if _known(m.group(1)) or not (any(t.tag in ("NNP", "SL") for t in inside) or m.group(1).endswith(_PRODUCT_WORDS)) \
                or any(c.start == s and c.end == e and c.strength >= 3 for c in cands):
            continue  # 삼성전자 ‘반도체 한파’: a phrase, not a name
        out = [c for c in out if c.end <= s or c.start >= e]
        out.append(_Candidate(s, e, EntityType.PRODUCT, strength=2))
    for i in range(1, len(ws)):
        # ‘에코쿨(EcoCool)’ 시리즈, ‘한빛 원’ 브랜드: a quoted name a product word follows is the product's
        if stems[i] not in _NAMED_BEFORE_PRODUCT_WORDS:
            continue
        m = next((q for k in range(max(0, i - 4), i) if (q := _QUOTED.match(text, ws[k].start))
                  and q.end() <= ws[i].start and re.fullmatch(r"\s*", text[q.end():ws[i].start])), None)
        if m is None or _known(re.sub(r"\([^()]*\)$", "", m.group(1)).strip()):
            continue
        inside = [t for x in ws[max(0, i - 4):i] for t in x.tokens if m.start(1) <= t.start and t.end <= m.end(1)]
        if not (re.search(r"\([A-Za-z][^()]*\)$", m.group(1)) or any(t.tag in ("NNP", "SL") for t in inside) or (
                all(t.tag in ("NNG", "MM", "XSN", "XPN", "MAG", "SN", "NR", "SS", "SP", "SW") for t in inside)
                and any(t.tag in ("MM", "XSN", "XPN", "MAG", "SN", "NR") for t in inside))):
            continue  # ‘가성비’ 제품, ‘친환경’ 라인업, ‘착한 가격’ 브랜드: words for what kind, no name
        s, e = _quoted_name(m)
        out = [c for c in out if c.end <= s or c.start >= e]
        out.append(_Candidate(s, e, EntityType.PRODUCT, strength=2))
    for i, stem in enumerate(stems[:-1]):
        # 합작법인 ‘컴포즈커피 베트남’, 현지법인 ‘한빛 USA’: a new company's name in quotes, however many words
        if (JV_WORD.fullmatch(stem) or stem in _NEW_COMPANY_WORDS) and ws[i].stem_end == ws[i].end \
                and (m := _QUOTED.match(text, ws[i + 1].start)) \
                and " " in (name := re.sub(r"\([^()]*\)$", "", m.group(1)).strip()) \
                and not re.search(r"[.,!?()]", name):
            s, e = m.start(1), m.start(1) + len(name)  # (its gloss, if any, stays an alias)
            out = [c for c in out if c.end <= s or c.start >= e]
            out.append(_Candidate(s, e, EntityType.ORGANIZATION, strength=3))
    for i, stem in enumerate(stems):
        if not stem or not stem.endswith(_PRODUCT_WORDS) or _known(stem) or any(
                c.type is EntityType.ORGANIZATION and c.start <= ws[i].stem_start and ws[i].stem_end <= c.end
                and c.strength >= 2 for c in cands):  # (저상버스, guessed from its shape alone: no company)
            continue  # (not LG에너지솔루션 "…": a company ending in a product word quotes, it names nothing)
        # a quoted name right after the product word
        if i + 1 < len(ws):
            m = _QUOTED.match(text, ws[i + 1].start)
            if m and not _known(m.group(1)):
                s, e = _quoted_name(m)
                out = [c for c in out if c.end <= s or c.start >= e]
                out.append(_Candidate(s, e, EntityType.PRODUCT, strength=3))
        # a list ending in 등 a few words before the product word (also after a company: see below)
        j = next((k for k in range(i - 1, max(i - 4, -1), -1) if stems[k] == "등"), None)
        if j is None or ws[j].particle not in ("", "의"):
            continue  # (A 등에 제품을 납품: the list is the customers, 제품 what they get)
        k = j - 1
        listed: list[int] = []
        while k >= 0 and (k == j - 1 or ws[k].particle in ("와", "과") or _ends_with_comma(ws[k])):
            listed.append(k)
            k -= 1
        if k >= 0 and not ws[k].particle and org_cue(stems[k]):
            continue  # 분유업체 A 등 현지 브랜드: a word for a company introduces the list
        spans = [(ws[k].stem_start, ws[k].stem_end) for k in listed]
        out = [c if not any(c.start == a and c.end == b for a, b in spans) or c.strength >= 3
               else _Candidate(c.start, c.end, EntityType.PRODUCT, strength=2) for c in out]
    return out


_NEW_COMPANY_WORDS = frozenset({"법인", "현지법인", "자회사", "손자회사", "계열사", "신설회사", "지주회사"})

#: a zone a company's seat lies in, named after its city: 탕헤르 자유무역지대, 선전 경제특구, 오송 산업단지
_ZONE = re.compile(r"(?:자유무역지대|자유무역구|자유구역|경제특구|특구|산업단지|산단|공단|산업지구|산업공원|테크노파크)$")
#: a middle initial between a person's two names: 조지 W. 부시
_INITIAL = re.compile(r"[A-Z]\.")
_NAME_PARTICLES = frozenset({"알", "빈", "반", "판", "데", "드", "디", "엘", "델", "본", "폰", "티", "흐우", "딘"})
#: Vietnamese family names: 응우옌 티 란, 쩐 꾸옥 흥 are one person's three words
_VIETNAMESE_SURNAMES = frozenset({"응우옌", "쩐", "팜", "호앙", "후인", "부이", "응오", "즈엉", "도안", "브엉", "찐", "레"})


#: the middle names most Vietnamese carry (Thị, Văn, Đình, Đức, Quang, Hữu, Xuân, Thanh, Minh, Thu, Ngọc, Quốc …)
_VIETNAMESE_MIDDLE = frozenset({"티", "반", "딘", "득", "꽝", "흐우", "쑤언", "타인", "민", "투", "호앙", "티엔", "탄", "응옥",
                                "홍", "꾸옥", "바", "후", "뚜언", "비엣"})
_VIETNAMESE_NAME = re.compile(r"(?<![가-힣A-Za-z0-9])(" + "|".join(sorted(_VIETNAMESE_SURNAMES, key=len, reverse=True))
                              + r")((?: [가-힣]{1,2}(?![가-힣A-Za-z0-9&])){1,3})")


def _vietnamese_full_names(mentions: list[Mention], sentences: tuple[Sentence, ...], text: str) -> list[Mention]:
    """응우옌 티 란 사이공F&B 회장, 팜 티 란 현 최고경영자(CEO), 응우옌 반 롱 사이공 리버랜드 회장: a Vietnamese family
    name, a middle name (티, 반 …; any after 응우옌) and the given name, words of a syllable or two each, up to a
    title, a company or a particle, are one person's name."""
    out = list(mentions)
    spans = _Spans(mentions, sentences)  # (for the sentence a name is in)
    for hit in _VIETNAMESE_NAME.finditer(text):
        words = hit.group(2).split()
        if words[0] not in _VIETNAMESE_MIDDLE and hit.group(1) != "응우옌":
            continue  # (팜 오일: palm oil)
        k, end = 0, hit.start(2)
        for w in words:
            bare = _PARTICLE_ENDS_WORD.sub("", w) if len(w) == 2 else w
            if w in _NOT_A_LAST_NAME or title_of(bare) or (k and _known(bare)):
                break
            end += 1 + len(bare)
            k += 1
            if bare != w:
                break  # (란이: the particle ends the name)
        if k < 2 and not (k == 1 and hit.group(1) == "응우옌"):
            continue
        start = hit.start()
        after = text[end:end + 40]
        if not (re.match(r"(?:은|는|이|가|을|를|의|와|과|\(| 씨)", after) or _title_within(after)):
            continue  # (a title within three words: 현 최고경영자, 호아센 최고경영자, 사이공 리버랜드 회장)
        if any(x.type is EntityType.PERSON and x.start <= start and end <= x.end for x in out):
            continue  # (read whole already)
        if any(x.start < start < x.end or x.start < end < x.end for x in out):
            continue
        sentence = spans.sentence(start, end)
        if sentence is None:
            continue
        out = [x for x in out if not (start <= x.start and x.end <= end)]
        out = [x for x in out if not (x.start == end + 1 and x.text in _NOT_A_LAST_NAME)]  # (현 최고경영자)
        out = [replace(x, type=EntityType.ORGANIZATION) if x.start == end + 1 and x.type is EntityType.PERSON
               and x.strength <= 2 and " " not in x.text and not x.canonical else x for x in out]
        # (호아센 read as a person, between the name and the title: the company)
        out.append(Mention(text[start:end], start, end, EntityType.PERSON, sentence.index, strength=2))
    return sorted(out, key=lambda m: m.start)


def _title_within(after: str) -> bool:
    """Whether one of the (up to three) words `after` opens with is a title, with no particle on those before it."""
    for w in re.findall(r" ([^\s,.]+)", after)[:3]:
        bare = _TITLE_WORD_TAIL.sub("", w)
        if title_of(bare) or bare.endswith(_LONG_TITLES()):
            return True
        if bare != w:
            return False
    return False


def _vietnamese_name_with_title(m: Mention, text: str) -> bool:
    """응우옌반투안 최고경영자(CEO)가: a Vietnamese name written as one word (a family name of two syllables or
    more, then the rest), read as a company from its shape alone, is the person a title names."""
    if m.type is not EntityType.ORGANIZATION or m.strength > 1 or _known(m.text) or not HANGUL.fullmatch(m.text):
        return False
    family = next((f for f in _VIETNAMESE_SURNAMES if len(f) >= 2 and m.text.startswith(f)), None)
    return family is not None and 2 <= len(m.text) - len(family) <= 5 and _title_after(text, m.end)


def _org_like(w: Word, stem: str) -> bool:
    known = _lexicon_type(stem)
    if known is not None:
        return known is EntityType.ORGANIZATION
    toks = w.stem_tokens
    compound = any(a.tag == "NNP" and b.tag == "NNG" and len(b.form) >= 2 for a, b in zip(toks, toks[1:], strict=False)) \
        and not (len(toks) == 2 and len(toks[0].form) == 1 and _looks_like_korean_person(stem))
    # (김소라 read as 김/NNP 소라/NNG, a surname and a given name that is also a noun: a person's name)
    government = len(stem) >= 3 and stem.endswith(_GOVERNMENT)  # 자치행정주택부
    return _org_suffix(stem) or compound or government or any(t.tag == "SL" for t in toks)  # 한화/NNP 디펜스/NNG


def _title_people(ws: list[Word], stems: list[str], titles_at: list[str | None],
                  gaz_orgs: set[int], text: str) -> tuple[list[_Candidate], set[int]]:
    """People named before a title, with the organisation between them when there is one:
    김영섭 KT 대표, 로버트 플레이터 보스턴다이내믹스 최고경영자, 마제드 알 호가일 자치행정주택부 장관."""
    out: list[_Candidate] = []
    taken: set[int] = set()
    surnames = lexicon.surnames()
    for t, title in enumerate(titles_at):
        if not title:
            continue
        run: list[int] = []  # name-ish words without particles right before the title
        j = t - 1
        office = lexicon.titles()[title][1] == "government"
        of_country = office and j >= 1 and not ws[j].particle and is_country(stems[j])
        if of_country:
            j -= 1  # 도널드 트럼프 미국 대통령: the country is the office's, not part of the name
        while j >= 0 and len(run) < 4 and j not in taken and ws[j].stem_tokens and not titles_at[j] \
                and not (office and is_country(stems[j])) \
                and (not ws[j].particle or j == t - 1 and ws[j].particle in ("의",)) \
                and (j == t - 1 or not _ends_with_comma(ws[j])) and stems[j] not in FIELD_NOUNS \
                and (j in gaz_orgs or _namelike(ws[j], stems[j])):  # (추진 관련 천호선 대표: 관련 ends the run)
            run.insert(0, j)
            j -= 1
            if ws[j + 1].particle:
                break
        if not run:
            continue
        company_like = run[0] in gaz_orgs or _org_like(ws[run[0]], stems[run[0]])
        if len(run) == 1 and j >= 0 and j == run[0] - 1 and j not in taken \
                and ((_name_read_as_ending(ws[j], text[ws[j].start:ws[j].end])
                      and (company_like or {t.tag for t in ws[run[0]].stem_tokens} == {"NNP"}))  # (하경은 클리어뷰옵틱스 대표는)
                     or (_name_read_as_a_topic(ws[j], ws[t], text) and company_like)):
                # (신문은 모미이 회장이: a paper, and a person's name the title follows)
            # 김지은 삼성전자 상무는: the tokenizer read the name as 김 + 짓/VV + 은/ETM, or 안영 + 은/JX
            out.append(_Candidate(ws[j].start, ws[j].end, EntityType.PERSON, strength=2))
            taken.add(j)
            if run[0] not in gaz_orgs:  # (the word between the name and the title is the company)
                w0 = ws[run[0]]
                out.append(_Candidate(w0.stem_start, w0.stem_end, EntityType.ORGANIZATION, strength=2))
                taken.add(run[0])
            continue
        org: int | None = None
        org_first: int | None = None
        spaced = len(run) >= 2 and " " in stems[run[-2]] and HANGUL.match(stems[run[-2]].replace(" ", ""))
        gloss = ws[run[-1]].alias
        person_ends = next((n for n, r in enumerate(run[:-1]) if _person_gloss(ws[r].alias)
                            or (_hanja_name(ws[r].alias) and r not in gaz_orgs and not _known(stems[r])
                                and not _org_like(ws[r], stems[r]))), None)  # (샤오미(小米) 레이쥔 회장: a company's)
        if person_ends is not None and not of_country:
            # 칼리드 알자밀(Khalid Al-Jameel) 알자밀 인더스트리얼 회장: the gloss ends the person's name, the
            # words after it are the company's
            org, org_first = run[-1], run[person_ends + 1]
            run = run[:person_ends + 1]
        elif of_country and len(run) <= 3:
            pass  # 안와르 이브라힘 말레이시아 총리: the words before the country are the holder's name
        elif _person_gloss(gloss) and len(gloss.split()) == len(run) and run[-1] not in gaz_orgs:
            pass  # 장뤽 모로(Jean-Luc Moreau) CEO: the gloss spells the whole run as one person's name
        elif len(run) >= 3 and run[0] in gaz_orgs and not any(r in gaz_orgs for r in run[1:]):
            run.pop(0)  # 엔비디아 젠슨 황 CEO: a known company, then the person's name of two words
        elif spaced or run[-1] in gaz_orgs or _org_like(ws[run[-1]], stems[run[-1]]) \
                or (len(run) == 2 and _korean_full_name(stems[run[0]]) and stems[run[0]][0] in _TOP_SURNAMES
                    and not ws[run[0]].alias) or (
                len(run) >= 2 and _looks_like_korean_person(stems[run[-2]])
                and (_split_like_a_name(ws[run[-2]].stem_tokens) or len(stems[run[-1]]) >= 4 or len(run) == 2 and
                     not _foreign_name_part(stems[run[-1]], {x.tag for x in ws[run[-1]].stem_tokens}))):
            org = run.pop()
        elif len(run) == 3 and stems[run[1]] not in _NAME_PARTICLES and stems[run[0]] not in _VIETNAMESE_SURNAMES \
                and not _INITIAL.fullmatch(stems[run[1]]):  # (조지 W. 부시 대통령: a middle initial)
            org = run.pop()  # 로버트 플레이터 보스턴다이내믹스 CEO: two-word names are the rule
        elif len(run) == 4:
            org = run.pop()
        first = org if org_first is None else org_first
        if org is not None and run and _GROUP_PREFIX.fullmatch(stems[run[-1]]) and not ws[run[-1]].particle \
                and re.fullmatch(r"[0-9A-Z][0-9A-Za-z&]+", stems[org]):
            first = run.pop()  # 방준식 CJ 4DPLEX 대표: the group's prefix is the company's first word
        if org is not None and first is not None and (org not in gaz_orgs or first != org) and not ws[org].particle \
                and _namelike(ws[org], stems[org]) and stems[org] not in _TITLE_QUALIFIERS:  # (박태만 수석 부위원장)
            out.append(_Candidate(ws[first].stem_start, ws[org].stem_end, EntityType.ORGANIZATION, strength=2))
            taken.update(range(first, org + 1))
        if not run:
            continue
        if len(run) == 1 and not (_looks_like_korean_person(stems[run[0]]) or spaced or _FOUNDER_BEFORE.search(
                text, max(0, ws[run[0]].start - 12), ws[run[0]].start) or
                                  (_foreign_name_part(stems[run[0]], {x.tag for x in ws[run[0]].stem_tokens})
                                   and (org is not None or office)) or _person_gloss(ws[run[0]].alias)
                                  or (org is not None and _hanja_name(ws[run[0]].alias))):
            continue  # (응우옌반룩(Nguyen Van Luc) 회장: one word in Korean, a person's three in the gloss)
        alias = ws[run[-1]].alias  # 도요시마 데쓰야(豊嶋哲也), 에밀리 로스(Emily Ross): the name spelt out
        glossed = bool(_HANJA.fullmatch(alias)) or (_person_gloss(alias) and len(alias.split()) == len(run))
        two_words = org is not None and len(run) == 2 and all(
            HANGUL.match(stems[k]) and len(stems[k]) >= 2 and _lexicon_type(stems[k]) is None and not org_cue(stems[k])
            and not _looks_like_korean_person(stems[k]) for k in run)  # 파이살 알오타이비 알나흐다디지털 CEO
        vietnamese = stems[run[0]] in _VIETNAMESE_SURNAMES and len(run) <= 3 and all(
            HANGUL.fullmatch(stems[k]) and len(stems[k]) <= 2 and _lexicon_type(stems[k]) is None for k in run[1:])
        if len(run) > 1 and not glossed and not two_words and not vietnamese and not all(
                _foreign_name_part(stems[k], {x.tag for x in ws[k].stem_tokens}) or stems[k] in _NAME_PARTICLES
                or (k not in (run[0], run[-1]) and _INITIAL.fullmatch(stems[k]))
                or (k == run[-1] and len(stems[k]) == 1 and stems[k] in surnames)  # 젠슨 황, 제임스 박
                for k in run):
            run = run[-1:] if _looks_like_korean_person(stems[run[-1]]) else []
        if run:
            out.append(_Candidate(ws[run[0]].stem_start, ws[run[-1]].stem_end, EntityType.PERSON, strength=2))
            taken.update(run)
    return out, taken


_PARTY_PARTICLES = frozenset({"이", "가", "은", "는", "와", "과", "도", "로부터", "으로부터", "에서"})


def _unknown_company_word(toks: list[Token], surface: str) -> bool:
    """A word the tokenizer reads as one noun it does not know or as two common nouns, made of a name of two to
    four syllables and a word for a company (일진푸드, 수림 캐피탈), not a kind of company (시중은행, 종합건설)."""
    if not all(t.tag == "NNG" for t in toks) or len(toks) > 3:
        return False
    prefix = _suffixed_name(surface)  # (산하/기술/투자: 산하 and the word 기술투자)
    return prefix is not None and (len(toks) == 1 or toks[0].form == prefix)


def _name_read_as_ending(w: Word, full: str) -> bool:
    """A Korean name of three syllables ending in 은 (지은, 하은, 서은), which the tokenizer reads as a particle or a
    verb ending; not a common noun with its particle (양측은, 임원은)."""
    return len(full) == 3 and HANGUL.match(full) is not None and full[-1] == "은" and full[0] in _TOP_SURNAMES \
        and not _known(full[:2]) and w.tokens[0].tag not in ("NP", "MM", "MAG") and w.tokens[0].start == w.start \
        and not (len(w.stem_tokens) == 1 and w.stem_tokens[0].tag == "NNG")  # (not 이들은, 이날은, 한편은, 임원은)


def _name_read_as_a_topic(w: Word, title: Word, text: str) -> bool:
    """정유나 X 대표는, 안정은 X 대표는: a Korean name of three syllables the tokenizer reads as a noun and a
    particle (정유 + 나, 안정 + 은), before a company and a title that is the sentence's subject itself (two
    subjects in a row are one: the person, then the post)."""
    full = text[w.start:w.end]
    return len(full) == 3 and HANGUL.match(full) is not None and full[0] in _TOP_SURNAMES \
        and w.particle in ("은", "는", "나", "만") and len(w.stem_tokens) == 1 and len(text[w.stem_start:w.stem_end]) == 2 \
        and w.tokens[0].start == w.start and w.tokens[0].tag in ("NNG", "NNP") \
        and title.particle in ("은", "는", "이", "가")


#: words between a name and a title that say which post (박태만 수석 부위원장), not whose
_TITLE_QUALIFIERS = frozenset({"수석", "상임", "선임", "책임", "명예", "단독", "총괄", "최고", "부", "대외", "대내"})
_NOT_BEFORE_TITLE = frozenset({"출신", "소속", "신임", "전", "현", "당시", "초대", "창업자", "공동", "각자", "겸", "및", "등",
                               "장남", "장녀", "차남", "부친", "아들", "딸", "회장님", "측", "이날", "지난달", "올해"})


def _namelike(w: Word, stem: str) -> bool:
    """A word that can be (part of) a name: only a noun stem, brackets and particles, nothing verbal."""
    if stem in _NAME_PARTICLES:
        return True  # the 알 of 마제드 알 호가일 (the tokenizer reads it as a verb)
    if not stem or stem in _NOT_BEFORE_TITLE or normalise_name(stem) in _not_names() or stem in lexicon.org_cues() \
            or stem.endswith(("담당", "총괄", "부문", "본부장")):
        return False  # D램개발담당 부사장: a remit, not a company
    if any(t.start >= w.stem_end and not t.tag.startswith(("J", "SS", "SL", "SP", "SH"))
           and not (w.alias_span and w.alias_span[0] <= t.start < w.alias_span[1]) for t in w.tokens):
        return False  # 창업자인, 장남인: a predicate, not a name (마코토(高橋誠): a gloss is fine)
    return not _is_language(stem) and (bool(HANGUL.match(stem)) or any(t.tag in ("SL", "NNP") for t in w.stem_tokens))


def _with_aliases(cands: list[_Candidate], parens: list[tuple[int, int, int, int]],
                  text: str) -> list[_Candidate]:
    """Give 마이크로소프트 its alias MS, and make the (MS) a mention that stands for it."""
    out = list(cands)
    for n_start, n_end, a_start, a_end in parens:
        alias = text[a_start:a_end]
        main = next((c for c in out if c.end == n_end and c.start >= n_start), None) or next(
            (c for c in out if c.end == n_end and c.start < n_start and c.strength >= 2), None)  # 팔란티어 테크놀로지스(…)
        hereafter = "이하" in text[n_end:a_start]
        if main is None:
            if n_end - n_start == 1:
                continue  # (청 of 에밀리 청(Emily Cheng): a syllable is a name only with the words before it)
            if hereafter or (not _org_suffix(text[n_start:n_end]) and not HANGUL.match(text[n_start:n_end])):
                continue  # (스타라인 엔터테인먼트(이하 …) unrecognised: not 엔터테인먼트 alone)
            main = _Candidate(n_start, n_end, EntityType.ORGANIZATION, strength=2)
            out = [c for c in out if c.end <= n_start or c.start >= n_end]
            out.append(main)
        idx = out.index(main)
        name = main.canonical or text[main.start:main.end]
        english = main.english or ("" if hereafter and HANGUL_ANY.search(alias) else alias)
        out[idx] = _Candidate(main.start, main.end, main.type, english=english,
                              canonical=main.canonical, aliases=(*main.aliases, alias), strength=main.strength)
        out = [c for c in out if c.end <= a_start or c.start >= a_end]
        out.append(_Candidate(a_start, a_end, main.type, canonical=name, strength=main.strength))
    return sorted(out, key=lambda c: c.start)


#: a name written right before its bracketed alias (마이크로소프트(MS), 스타라인엔터테인먼트(이하 스타라인))
_NAME_BEFORE_BRACKET = r"(?<![\w&])([\uac00-\ud7a3A-Za-z0-9&][\uac00-\ud7a3A-Za-z0-9&.+\-]*)"
_PAREN_ALIAS = re.compile(_NAME_BEFORE_BRACKET
                          + r"\((?:[\u4e00-\u9fff]+,\s*)?"  # 진쿤바이오(金坤生物, Jinkun Bio): the hanja first
                          r"([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9&.+\-'’ ]{0,30}"  # L'Oréal, Estée
                          r"|[A-Z][A-Za-z0-9&.+\-]{0,8}[\uac00-\ud7a3]{1,6})\)")  # 에이치투파워(H2파워)


def _term_gloss(name: str, alias: str) -> bool:
    """소형모듈원전(SMR), 폴리프로필렌(PP): a technical term and its abbreviation, not a company."""
    return bool(re.fullmatch(r"[A-Z]{2,5}", alias)) and name.endswith(TERM_ENDINGS) and not _known(name)


def _common_noun(sentence: Sentence, start: int, end: int) -> bool:
    """Whether the tokenizer reads text[start:end] as ordinary nouns it knows (no proper noun, no odd pieces)."""
    toks = [t for t in sentence.tokens if start <= t.start and t.end <= end]
    # 고분자전해질막, 직접환원철: a one-letter noun ends a compound, an adverb or determiner can start one
    return bool(toks) and any(t.tag == "NNG" and len(t.form) >= 2 for t in toks) and all(
        (t.tag == "NNG" and (len(t.form) >= 2 or i > 0)) or t.tag in ("XPN", "XSN") or (i == 0 and t.tag in ("MM", "MAG"))
        for i, t in enumerate(toks))


def _code_gloss(sentence: Sentence, start: int, end: int, alias: str) -> bool:
    """항공기(MH370), 발사체(KSLV-II): a common noun glossed with a model or flight code, a thing, not a company."""
    return re.fullmatch(r"[A-Z][A-Z0-9\-]{1,10}", alias) is not None and re.search(r"[0-9\-]", alias) is not None \
        and _common_noun(sentence, start, end)


def _paren_aliases(sentence: Sentence, text: str) -> list[tuple[int, int, int, int]]:
    """마이크로소프트(MS), 하만(HARMAN): (name start, name end, alias start, alias end)."""
    out = []
    body = text[sentence.start:sentence.end]
    for m in _PAREN_ALIAS.finditer(body):
        name, alias = m.group(1), m.group(2).strip()
        if normalise_name(alias) in _not_names() or alias in _titles() or len(alias) < 2:
            continue
        if (tail := re.search(r"[\uac00-\ud7a3]+$", alias)) and not name.endswith(tail.group()):
            continue  # 에이치투파워(H2파워), not 출하량(PC기준): a Latin and Hangul alias ends as the name does
        if (normalise_name(name) in _not_names() or name in _titles() or len(name) < 2) \
                and not (len(alias.split()) >= 2 and _gloss_spells_known(body[:m.start(1)], alias)) \
                and not (len(name) == 1 and HANGUL.match(name) and _person_gloss(alias)):  # 데이비드 탄(David Tan)
            continue  # (지멘스 모빌리티(Siemens Mobility): the gloss spells a known company and one word more)
        if (re.fullmatch(r"[A-Za-z]{1,4}", alias) and sum(c.isupper() for c in alias) >= len(alias) - 1) \
                and _common_noun(sentence, sentence.start + m.start(1), sentence.start + m.end(1)) \
                or _code_gloss(sentence, sentence.start + m.start(1), sentence.start + m.end(1), alias):
            continue  # 저비용항공사(LCC), 지식재산권(IP), 항공기(MH370): a term's abbreviation, a thing's code
        if _term_gloss(name, alias):
            continue  # 소형모듈원전(SMR), 폴리프로필렌(PP): a technical term and its abbreviation
        s = sentence.start + m.start(1)
        a = sentence.start + m.start(2)
        out.append((s, s + len(name), a, a + len(alias)))
    for m in _HEREAFTER.finditer(body):  # 스타라인엔터테인먼트(이하 스타라인): the short name the article uses
        name, alias = m.group(1), m.group(2)
        if len(alias) >= 2 and normalise_name(alias) not in _not_names() and normalise_name(name) not in _not_names() \
                and alias not in _org_suffix_words() and not org_cue(alias) and alias not in _REFERENCE_WORDS \
                and (not HANGUL_ANY.search(alias) or _in_order(alias, name)):  # (not 한국전력공사(이하 공사))
            s, a = sentence.start + m.start(1), sentence.start + m.start(2)
            out.append((s, s + len(name), a, a + len(alias)))
    return sorted(out)


def _gloss_spells_known(before: str, alias: str) -> bool:
    """Whether the word before `before`'s end is a known company whose name begins the gloss."""
    word = re.search(r"([\uac00-\ud7a3A-Za-z0-9&]+) $", before)
    return word is not None and _known_company_spelled(word[1], alias.split()[0])


def _known_company_spelled(word: str, spelled: str) -> bool:
    """Whether `word` is a company the gazetteer knows and `spelled` one of its names (지멘스, Siemens)."""
    entry = lexicon.gazetteer_keys_normalised().get(normalise_name(word))
    return entry is not None and entry.type is EntityType.ORGANIZATION and any(
        f.casefold() == spelled.casefold() for f in entry.forms)


#: words that refer to a company without naming it (이하 당사, 이하 회사)
_REFERENCE_WORDS = frozenset({"당사", "동사", "본사", "회사", "양사", "자사", "공사", "재단", "협회", "조합", "법인", "그룹"})


def _in_order(short: str, name: str) -> bool:
    """Whether the letters of `short` appear in `name` in order (한수원 in 한국수력원자력)."""
    rest = iter(name)
    return all(ch in rest for ch in short)


_HEREAFTER = re.compile(_NAME_BEFORE_BRACKET
                        + r"\(이하\s*['‘\"“]?([\uac00-\ud7a3A-Za-z0-9&][\uac00-\ud7a3A-Za-z0-9& ]{0,20}?)['’\"”]?\)")


def _trim_generic_tail(toks: list[Token], text: str) -> tuple[int, int] | None:
    """The name part of a stem: cut trailing common nouns unless they end in an org suffix."""
    last_piece = max((i for i, t in enumerate(toks) if t.tag in NAME_TAGS), default=-1)
    if last_piece < 0:
        return (toks[0].start, toks[-1].end)
    full = text[toks[0].start:toks[-1].end]
    if last_piece == len(toks) - 1 or _org_suffix(full):
        return (toks[0].start, toks[-1].end)
    # 11번가 (SN NNB NNG) and LG에너지솔루션 (SL NNG NNG) are names; AI산업 is not
    first = toks[0]
    if (first.tag == "SL" and first.form.isupper() and len(first.form) >= 2 and last_piece == 0
            and normalise_name(first.form) not in _not_names()):
        return (toks[0].start, toks[-1].end)  # HLI그린파워, LG컨소시엄, SK엔텀
    if toks[last_piece].tag == "SN" and last_piece == 0:
        return (toks[0].start, toks[-1].end) if _known(full) else None
    piece = toks[last_piece]
    if (piece.tag == "NNP" and HANGUL.match(piece.form) and not _is_region(piece.form) and not _known(piece.form)
            and all(t.tag == "NNG" for t in toks[last_piece + 1:])):
        return (toks[0].start, toks[-1].end)  # 포시/NNP 마크/NNG: an unknown name in pieces
    return (toks[0].start, toks[last_piece].end)


def _known(name: str) -> bool:
    return _lexicon_type(name) is not None


def org_cue(stem: str) -> bool:
    """A word for a kind of company, or one ending in such a word (반도체 기업, 전문업체, 제약사)."""
    return stem in lexicon.org_cues() or (_ends_with(stem, "cue") and normalise_name(stem) not in _not_names())
    # (콜드체인, 블록체인: terms, not kinds of company, though they end as 편의점 체인 does)


def _product_cue(stem: str) -> bool:
    return stem in PRODUCT_CUES or _ends_with(stem, "product")


def _person_cue(w: Word | None, text: str) -> bool:
    if w is None:
        return False
    stem = text[w.stem_start:w.stem_end]
    return stem in lexicon.person_cues()


def _resolve_overlaps(cands: list[_Candidate]) -> list[_Candidate]:
    """Keep the strongest, then longest, candidate where two overlap."""
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (-c.strength, -(c.end - c.start), c.start)):
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)
