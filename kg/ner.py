"""Statistical names: a CRF over kiwipiepy morphemes that finds people, places and organisations.

Each morpheme is labelled B-/I-/O for PS (person), LC (location) and OG
(organisation), as in KLUE-NER.  The features are the morpheme, its
neighbours and what the lexicons say about its word: a gazetteer hit and its
type, a title or person cue after it, an organisation suffix or cue, a Korean
surname, the particle after it; and the word classes of the morpheme and its
neighbours (``kg/data/ner_clusters.tsv.gz``: k-means classes of kiwipiepy's own
morpheme embeddings, made by ``bench/ner_clusters.py``), so that what the model
learnt of 현대차 or 여의도 carries over to words used alike.  The model (``kg/data/ner.crfsuite``, made by
``bench/train_ner.py``; see ``kg/data/NOTICE.md``) loads once per process, on
first use; the environment variable ``KG_NER_MODEL=FILE`` loads another model
file instead (``bench/klue_ner.py --folds`` scores models trained without the
fold it scores).

`crf_mentions` gives spans with a confidence (the mean marginal probability
of the span's labels), for `kg.recognise` to merge with its rules.
"""
from __future__ import annotations

import gzip
import os
import threading
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg import lexicon
from kg.errors import KgError
from kg.models import EntityType, LearnedSpan, Sentence, Token

__all__ = ["LABELS", "crf_mentions", "features", "in_vocabulary", "spans"]

MODEL = "ner.crfsuite"
LABELS = ("PS", "LC", "OG")
NOUN_TAGS = frozenset({"NNP", "NNG", "NNB", "NR", "SL", "SH", "SN", "XSN", "XPN"})
#: longest gazetteer entry tried, in morphemes
GAZ_SPAN = 6
_GAZ_CODE = {
    EntityType.COUNTRY: "CO", EntityType.CITY: "CI", EntityType.PLACE: "PL",
    EntityType.ORGANIZATION: "OG", EntityType.PRODUCT: "PR",
}
#: suffixes and cue endings longer than this are not looked for
_LONGEST_SUFFIX = 16
_TYPE_OF_LABEL = {"PS": EntityType.PERSON, "OG": EntityType.ORGANIZATION, "LC": EntityType.PLACE}
_lock = threading.Lock()  # a crfsuite Tagger holds the last sequence tagged: one caller at a time


@dataclass(frozen=True)
class _Lexicons:
    gazetteer: dict[str, str]  # surface form, casefolded → type code
    titles: frozenset[str]
    person_cues: frozenset[str]
    org_cues: frozenset[str]
    org_cue_endings: frozenset[str]  # cues of two or more syllables, for 반도체기업
    org_suffixes: frozenset[str]
    surnames: frozenset[str]
    gazetteer_prefixes: frozenset[str] = frozenset()  # every beginning of a gazetteer form, casefolded


@cache
def _lexicons() -> _Lexicons:
    gaz = {form.casefold(): _GAZ_CODE[entry.type] for form, entry in lexicon.gazetteer().items()}
    news = lexicon.ner_words()
    for word, kind in news.items():
        if kind != "PS":
            gaz.setdefault(word.casefold(), "N" + kind)  # 경찰, 새누리당, 수도권: names in general news only
    return _Lexicons(
        gaz, frozenset(lexicon.titles()), lexicon.person_cues() | {w for w, k in news.items() if k == "PS"},
        lexicon.org_cues(),
        frozenset(c for c in lexicon.org_cues() if len(c) >= 2 and len(c) <= _LONGEST_SUFFIX),
        frozenset(s for s in lexicon.org_suffixes() if len(s) <= _LONGEST_SUFFIX), lexicon.surnames(),
        frozenset(form[:n] for form in gaz for n in range(1, len(form) + 1)),
    )


@cache
def _model() -> bytes:
    other = os.environ.get("KG_NER_MODEL")
    if other:
        path = Path(other)
        if not path.is_file():
            raise KgError(f"KG_NER_MODEL={other}: no such model file",
                          hint="point it at a file written by `python bench/train_ner.py --out FILE`, or unset it")
        return path.read_bytes()
    model = resources.files("kg") / "data" / MODEL
    if not model.is_file():
        raise KgError(f"the entity model {MODEL} is missing from the kg package",
                      hint="run `python bench/train_ner.py`, or reinstall kg")
    return model.read_bytes()


@cache
def _tagger() -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    # crfsuite reads the model in place, without a copy: the cached bytes must outlive the tagger
    tagger.open_inmemory(_model())
    return tagger


def _shape(form: str) -> str:
    kinds: list[str] = []
    for ch in form:
        if "\uac00" <= ch <= "\ud7a3":
            k = "H"
        elif ch.isascii() and ch.isalpha():
            k = "A" if ch.isupper() else "a"
        elif ch.isdigit():
            k = "9"
        elif "\u4e00" <= ch <= "\u9fff":
            k = "C"
        else:
            k = "."
        if not kinds or kinds[-1] != k:
            kinds.append(k)
    return "".join(kinds[:4])


def _ends_with_suffix(stem: str, suffixes: frozenset[str]) -> bool:
    """Whether `stem` is longer than one of `suffixes` and ends with it."""
    return any(stem[-k:] in suffixes for k in range(1, min(len(stem), _LONGEST_SUFFIX + 1)))


@lru_cache(maxsize=1 << 16)
def _org_suffixed(stem: str) -> bool:
    """`_ends_with_suffix(stem, org_suffixes)`, once per stem (a word recurs in every sentence about it)."""
    return _ends_with_suffix(stem, _lexicons().org_suffixes)


@lru_cache(maxsize=1 << 16)
def _org_cue_ended(stem: str) -> bool:
    return _ends_with_suffix(stem, _lexicons().org_cue_endings)


CLUSTERS = "ner_clusters.tsv.gz"


@cache
def _clusters() -> dict[tuple[str, str], tuple[str, str, str]]:
    """(form, tag) → its classes at 64, 256 and 1024 (bench/ner_clusters.py), for the morphemes kiwipiepy embeds."""
    table = resources.files("kg") / "data" / CLUSTERS
    if not table.is_file():
        raise KgError(f"the word classes {CLUSTERS} are missing from the kg package",
                      hint="run `python bench/ner_clusters.py`, or reinstall kg")
    out: dict[tuple[str, str], tuple[str, str, str]] = {}
    for line in gzip.decompress(table.read_bytes()).decode("utf-8").splitlines():
        form, tag, c64, c256, c1k = line.split("\t")
        out[(form, tag)] = (c64, c256, c1k)
    return out


def in_vocabulary(form: str, tag: str) -> bool:
    """Whether kiwipiepy's dictionary has the morpheme (it embeds it): 아파트/NNG, not 칸호아관광대학/NNG."""
    return (form, tag) in _clusters()


@lru_cache(maxsize=1 << 17)
def _own(form: str, tag: str) -> tuple[str, ...]:
    """The features a morpheme gives itself, whatever its neighbours (computed once per form and tag)."""
    lex = _lexicons()
    f, t = form, tag
    feats = ["b", "w=" + f, "t=" + t, "wt=" + f + "|" + t, "p1=" + f[:1], "s1=" + f[-1:],
             "sh=" + _shape(f), "ln=" + str(min(len(f), 5))]
    if len(f) >= 2:
        feats += ["p2=" + f[:2], "s2=" + f[-2:]]
    if len(f) >= 3:
        feats += ["p3=" + f[:3], "s3=" + f[-3:]]
    if f in lex.titles:
        feats.append("title")
    if f in lex.person_cues:
        feats.append("pcue")
    if f in lex.org_cues:
        feats.append("ocue")
    if len(f) >= 2 and f[0] in lex.surnames and t in ("NNP", "NNG") and len(f) <= 4:
        feats.append("surname+")
    if f in lex.surnames:
        feats.append("surname")
    if _ends_with_suffix(f, lex.org_suffixes):
        feats.append("osuf")
    if f in lex.org_suffixes:
        feats.append("isosuf")
    cl = _clusters().get((f, t))
    if cl:  # its word classes (a word kiwipiepy does not embed gets none: names mostly, but not only)
        feats += ["c64=" + cl[0], "c256=" + cl[1], "c1k=" + cl[2]]
    return tuple(feats)


@lru_cache(maxsize=1 << 17)
def _as_neighbour(form: str) -> tuple[str, str, str, str, str, tuple[str, ...], tuple[str, ...]]:
    """-2w=, -1w=, +1w=, +2w= of a form, and the flags it gives the morphemes before and after it."""
    lex = _lexicons()
    before: list[str] = []  # features of the morpheme before this one
    if form in lex.titles:
        before.append("+1title")
    if form in lex.person_cues:
        before.append("+1pcue")
    if form in lex.org_cues:
        before.append("+1ocue")
    after = ("-1ocue",) if form in lex.org_cues else ()
    return ("-2w=" + form, "-1w=" + form, "+1w=" + form, "+2w=" + form,
            "+2title" if form in lex.titles else "", tuple(before), after)


@lru_cache(maxsize=1 << 17)
def _classes_beside(form: str, tag: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word classes a morpheme gives the one after it and the one before it."""
    cl = _clusters().get((form, tag))
    if not cl:
        return (), ()
    return ("-1c256=" + cl[1], "-1c1k=" + cl[2]), ("+1c256=" + cl[1], "+1c1k=" + cl[2])


_PAD = ("-2w=<s>", "-1w=<s>", "+1w=</s>", "+2w=</s>", "", (), ())


@lru_cache(maxsize=1 << 14)
def _tag_context(p2t: str, p1t: str, t: str, n1t: str, n2t: str) -> tuple[str, ...]:
    return ("-1t=" + p1t, "+1t=" + n1t, "+2t=" + n2t, "-2t=" + p2t, "-1t|t=" + p1t + "|" + t,
            "t|+1t=" + t + "|" + n1t, "-1t|t|+1t=" + p1t + "|" + t + "|" + n1t)


def features(sentence: Sentence, text: str) -> list[list[str]]:
    """One list of feature strings per morpheme of `sentence` (offsets into `text`)."""
    lex = _lexicons()
    toks = sentence.tokens
    n = len(toks)
    forms = [t.form for t in toks]
    tags = [t.tag for t in toks]

    # words (eojeols): split at whitespace; a word's stem is its leading run of noun-ish morphemes
    word_of: list[int] = []
    word_first: list[int] = []
    for i, tok in enumerate(toks):
        if i == 0 or tok.start > toks[i - 1].end:
            word_first.append(i)
        word_of.append(len(word_first) - 1)
    word_first.append(n)
    stems: list[str] = []
    stem_len: list[int] = []  # morphemes in the stem
    particles: list[str] = []
    for w in range(len(word_first) - 1):
        a, b = word_first[w], word_first[w + 1]
        j = a
        while j < b and tags[j] in ("SSO", "SS", "SW") and j + 1 < b:
            j += 1
        k = j
        while k < b and tags[k] in NOUN_TAGS:
            k += 1
        stems.append(text[toks[j].start:toks[k - 1].end] if k > j else "")
        stem_len.append(k)
        particles.append("".join(forms[m] for m in range(k, b) if tags[m].startswith("J"))[:4])
    word_feats = [_word_features(w, stems, particles) for w in range(len(stems))]

    # gazetteer: longest run of morphemes whose text is a known name
    gaz = [""] * n
    i = 0
    while i < n:
        best = 0
        code = ""
        for j in range(i, min(n, i + GAZ_SPAN)):
            span = text[toks[i].start:toks[j].end].casefold()
            if span not in lex.gazetteer_prefixes:
                break  # (no known name begins so: none begins with a longer run either)
            hit = lex.gazetteer.get(span)
            if hit:
                best, code = j - i + 1, hit
        if best:
            gaz[i] = "B" + code
            for m in range(i + 1, i + best):
                gaz[m] = "I" + code
            i += best
        else:
            i += 1

    # each morpheme's neighbour features and word classes, looked up once; two pads at each end
    nb = [_PAD, _PAD, *(_as_neighbour(f) for f in forms), _PAD, _PAD]
    beside = [((), ()), *(_classes_beside(f, t) for f, t in zip(forms, tags, strict=True)), ((), ())]
    padded = ["BOS", "BOS", *tags, "EOS", "EOS"]
    out: list[list[str]] = []
    for i in range(n):
        t = tags[i]
        w = word_of[i]
        first = word_first[w]
        p1, n1, n2 = nb[i + 1], nb[i + 3], nb[i + 4]
        feats = list(_own(forms[i], t))
        feats += _tag_context(padded[i], padded[i + 1], t, padded[i + 3], padded[i + 4])
        feats += (p1[1], n1[2], n2[3], nb[i][0],
                  ("posB" if i == first else "posI") + ("E" if i + 1 == word_first[w + 1] else ""))
        feats += n1[5]
        feats += p1[6]
        if n2[4]:
            feats.append(n2[4])
        feats += beside[i][0]  # (the morpheme before's classes: none before the first)
        feats += beside[i + 2][1]
        g = gaz[i]
        if g:
            feats += ("gz=" + g, "gz=" + g + "|" + t)
        if i > 0 and gaz[i - 1]:
            feats.append("-1gz=" + gaz[i - 1])
        if i + 1 < n and gaz[i + 1]:
            feats.append("+1gz=" + gaz[i + 1])
        if i < stem_len[w]:
            feats += word_feats[w]
            if i + 1 == stem_len[w]:
                feats.append("stemend")
        out.append(feats)
    return out


def _word_features(w: int, stems: list[str], particles: list[str]) -> list[str]:
    """What the morphemes of word `w`'s stem share: the stem, its ends, its neighbours, the particle after it."""
    lex = _lexicons()
    stem = stems[w]
    nw = len(stems)
    feats = ["W=" + stem, "Ws1=" + stem[-1:], "Ws2=" + stem[-2:],
             "-W=" + (stems[w - 1] if w > 0 else "<s>"), "+W=" + (stems[w + 1] if w + 1 < nw else "</s>"),
             "part=" + particles[w]]
    if _org_suffixed(stem):
        feats.append("stem-osuf")
    code = lex.gazetteer.get(stem.casefold())
    if code:
        feats.append("stem-gz=" + code)
    if w > 0 and stems[w - 1].casefold() in lex.gazetteer:
        feats.append("-W-gz=" + lex.gazetteer[stems[w - 1].casefold()])
    if w + 1 < nw and stems[w + 1].casefold() in lex.gazetteer:
        feats.append("+W-gz=" + lex.gazetteer[stems[w + 1].casefold()])
    if w + 1 < nw:
        nxt = stems[w + 1]
        if nxt in lex.titles:
            feats.append("+W-title")
        elif nxt in lex.person_cues:
            feats.append("+W-pcue")
        elif nxt in lex.org_cues:
            feats.append("+W-ocue")
        if w + 2 < nw and stems[w + 2] in lex.titles:
            feats.append("+WW-title")
    if w > 0:
        prev = stems[w - 1]
        if prev in lex.org_cues or _org_cue_ended(prev):
            feats.append("-W-ocue|" + particles[w - 1][:1])
        elif prev in lex.titles:
            feats.append("-W-title")
    return feats


def labels(sentence: Sentence, gold: set[tuple[int, int, str]]) -> list[str]:
    """BIO labels for the morphemes of `sentence`, from gold (start, end, PS|LC|OG) spans."""
    out = ["O"] * len(sentence.tokens)
    for start, end, kind in sorted(gold):
        inside = [i for i, t in enumerate(sentence.tokens) if start <= t.start and t.end <= end]
        if not inside or sentence.tokens[inside[0]].start != start:
            continue
        if max(sentence.tokens[i].end for i in inside) != end:
            continue
        for n, i in enumerate(inside):
            out[i] = ("B-" if n == 0 else "I-") + kind
    return out


def spans(tokens: tuple[Token, ...], tags: list[str]) -> list[tuple[int, int, str, int, int]]:
    """(start, end, kind, first morpheme, last morpheme + 1) of each labelled run."""
    out = []
    i = 0
    while i < len(tags):
        tag = tags[i]
        if tag == "O":
            i += 1
            continue
        kind = tag[2:]
        j = i + 1
        while j < len(tags) and tags[j] == "I-" + kind:
            j += 1
        out.append((tokens[i].start, max(t.end for t in tokens[i:j]), kind, i, j))
        i = j
    return out


def crf_mentions(sentences: tuple[Sentence, ...], text: str) -> list[LearnedSpan]:
    """(start, end, type, confidence) of each person, place and organisation the model finds."""
    out: list[LearnedSpan] = []
    if not any(s.tokens for s in sentences):
        return out
    tagger = _tagger()
    gaz = _lexicons().gazetteer
    for sentence in sentences:
        if not sentence.tokens:
            continue
        xseq = features(sentence, text)
        with _lock:
            tags = tagger.tag(xseq)
            found = []
            for start, end, kind, a, b in spans(sentence.tokens, tags):
                conf = sum(tagger.marginal(tags[i], i) for i in range(a, b)) / (b - a)
                found.append((start, end, kind, conf))
        for start, end, kind, conf in found:
            if end <= start or end > len(text):
                continue
            type_ = _TYPE_OF_LABEL[kind]
            if kind == "LC":
                code = gaz.get(text[start:end].casefold())
                type_ = {"CO": EntityType.COUNTRY, "CI": EntityType.CITY}.get(code or "", type_)
            out.append((start, end, type_, round(conf, 4)))
    return out
