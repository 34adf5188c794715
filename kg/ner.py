"""Statistical names: a CRF over kiwipiepy morphemes that finds people, places and organisations.

Each morpheme is labelled B-/I-/O for PS (person), LC (location) and OG
(organisation), as in KLUE-NER.  The features are the morpheme, its
neighbours and what the lexicons say about its word: a gazetteer hit and its
type, a title or person cue after it, an organisation suffix or cue, a Korean
surname, the particle after it.  The model (``kg/data/ner.crfsuite``, made by
``bench/train_ner.py``; see ``kg/data/NOTICE.md``) loads once per process, on
first use.

`crf_mentions` gives spans with a confidence (the mean marginal probability
of the span's labels), for `kg.recognise` to merge with its rules.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kg import lexicon
from kg.errors import KgError
from kg.models import EntityType, Sentence, Token

__all__ = ["LABELS", "crf_mentions", "features", "spans"]

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


@cache
def _lexicons() -> _Lexicons:
    gaz = {form.casefold(): _GAZ_CODE[entry.type] for form, entry in lexicon.gazetteer().items()}
    return _Lexicons(
        gaz, frozenset(lexicon.titles()), lexicon.person_cues(), lexicon.org_cues(),
        frozenset(c for c in lexicon.org_cues() if len(c) >= 2 and len(c) <= _LONGEST_SUFFIX),
        frozenset(s for s in lexicon.org_suffixes() if len(s) <= _LONGEST_SUFFIX), lexicon.surnames(),
    )


@cache
def _model() -> bytes:
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

    # gazetteer: longest run of morphemes whose text is a known name
    gaz = [""] * n
    i = 0
    while i < n:
        best = 0
        code = ""
        for j in range(i, min(n, i + GAZ_SPAN)):
            hit = lex.gazetteer.get(text[toks[i].start:toks[j].end].casefold())
            if hit:
                best, code = j - i + 1, hit
        if best:
            gaz[i] = "B" + code
            for m in range(i + 1, i + best):
                gaz[m] = "I" + code
            i += best
        else:
            i += 1

    nw = len(stems)
    out: list[list[str]] = []
    pad = ("<s>", "BOS")
    for i in range(n):
        f, t = forms[i], tags[i]
        w = word_of[i]
        w0 = word_first[w]
        in_stem = i < stem_len[w]
        last_in_word = i + 1 == word_first[w + 1]
        p1f, p1t = (forms[i - 1], tags[i - 1]) if i > 0 else pad
        p2t = tags[i - 2] if i > 1 else "BOS"
        n1f, n1t = (forms[i + 1], tags[i + 1]) if i + 1 < n else ("</s>", "EOS")
        n2f, n2t = (forms[i + 2], tags[i + 2]) if i + 2 < n else ("</s>", "EOS")
        feats = [
            "b", "w=" + f, "t=" + t, "wt=" + f + "|" + t, "p1=" + f[:1], "s1=" + f[-1:],
            "sh=" + _shape(f), "ln=" + str(min(len(f), 5)),
            "pos=" + ("B" if i == w0 else "I") + ("E" if last_in_word else ""),
            "-1w=" + p1f, "-1t=" + p1t, "+1w=" + n1f, "+1t=" + n1t, "+2w=" + n2f, "+2t=" + n2t,
            "-2t=" + p2t, "-1t|t=" + p1t + "|" + t, "t|+1t=" + t + "|" + n1t,
            "-1t|t|+1t=" + p1t + "|" + t + "|" + n1t,
        ]
        if len(f) >= 2:
            feats += ["p2=" + f[:2], "s2=" + f[-2:]]
        if len(f) >= 3:
            feats += ["p3=" + f[:3], "s3=" + f[-3:]]
        feats.append("-2w=" + (forms[i - 2] if i > 1 else "<s>"))
        if gaz[i]:
            feats.append("gz=" + gaz[i])
            feats.append("gz=" + gaz[i] + "|" + t)
        if i > 0 and gaz[i - 1]:
            feats.append("-1gz=" + gaz[i - 1])
        if i + 1 < n and gaz[i + 1]:
            feats.append("+1gz=" + gaz[i + 1])
        if f in lex.titles:
            feats.append("title")
        if n1f in lex.titles:
            feats.append("+1title")
        if n2f in lex.titles:
            feats.append("+2title")
        if f in lex.person_cues:
            feats.append("pcue")
        if n1f in lex.person_cues:
            feats.append("+1pcue")
        if f in lex.org_cues:
            feats.append("ocue")
        if n1f in lex.org_cues:
            feats.append("+1ocue")
        if p1f in lex.org_cues:
            feats.append("-1ocue")
        if len(f) >= 2 and f[0] in lex.surnames and t in ("NNP", "NNG") and len(f) <= 4:
            feats.append("surname+")
        if f in lex.surnames:
            feats.append("surname")
        if _ends_with_suffix(f, lex.org_suffixes):
            feats.append("osuf")
        if f in lex.org_suffixes:
            feats.append("isosuf")
        if in_stem:
            stem = stems[w]
            feats += ["W=" + stem, "Ws1=" + stem[-1:], "Ws2=" + stem[-2:],
                      "-W=" + (stems[w - 1] if w > 0 else "<s>"), "+W=" + (stems[w + 1] if w + 1 < nw else "</s>")]
            if i + 1 == stem_len[w]:
                feats.append("stemend")
            feats.append("part=" + particles[w])
            if _ends_with_suffix(stem, lex.org_suffixes):
                feats.append("stem-osuf")
            if stem.casefold() in lex.gazetteer:
                feats.append("stem-gz=" + lex.gazetteer[stem.casefold()])
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
                if prev in lex.org_cues or _ends_with_suffix(prev, lex.org_cue_endings):
                    feats.append("-W-ocue|" + particles[w - 1][:1])
                elif prev in lex.titles:
                    feats.append("-W-title")
        out.append(feats)
    return out


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


def crf_mentions(sentences: tuple[Sentence, ...], text: str) -> list[tuple[int, int, EntityType, float]]:
    """(start, end, type, confidence) of each person, place and organisation the model finds."""
    out: list[tuple[int, int, EntityType, float]] = []
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
