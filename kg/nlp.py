"""The one place kiwipiepy lives: sentences and morphemes, with offsets into the article.

The model loads once per process, lazily, on first use (about 2 s and 0.5 GB).
"""
from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

from kg.models import Sentence, Token

#: kiwipiepy slows down badly on very long strings: longer lines are cut at sentence ends first
MAX_CHUNK = 2_000
_lock = threading.Lock()


def workers() -> int:
    """KG_WORKERS, or the number of cores."""
    return max(1, int(os.environ.get("KG_WORKERS", "0")) or (os.cpu_count() or 1))


@cache
def kiwi() -> Any:
    from kiwipiepy import Kiwi

    with _lock:
        return Kiwi(num_workers=workers())


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    """Non-blank lines (a line break always ends a sentence in news text), long ones cut."""
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if not line.strip():
            continue
        start = m.start()
        while len(line) > MAX_CHUNK:
            cut = max(line.rfind(". ", 0, MAX_CHUNK), line.rfind("다.", 0, MAX_CHUNK) + 1)
            cut = cut + 1 if cut > MAX_CHUNK // 4 else MAX_CHUNK
            yield start, line[:cut]
            start, line = start + cut, line[cut:]
        if line.strip():
            yield start, line


def _split_at_inner_stops(tokens: list[Token]) -> list[list[Token]]:
    # kiwipiepy sometimes glues the next sentence's first token (e.g. a hanja 美) to a sentence.
    groups: list[list[Token]] = [[]]
    for i, tok in enumerate(tokens):
        groups[-1].append(tok)
        if tok.tag == "SF" and i + 1 < len(tokens) and tokens[i + 1].tag not in ("SF", "SSC", "SW", "SP"):
            groups.append([])
    return [g for g in groups if g]


def sentences(texts: Sequence[str]) -> list[tuple[Sentence, ...]]:
    """Split each text into sentences with their morphemes, in one multi-threaded pass."""
    return list(iter_sentences(texts))


def iter_sentences(texts: Sequence[str]) -> Iterator[tuple[Sentence, ...]]:
    """What `sentences` returns, text by text: kiwipiepy's threads run ahead while the caller
    works on the texts already done."""
    index: list[tuple[int, int]] = []  # (text number, chunk offset)
    chunks: list[str] = []
    for n, text in enumerate(texts):
        for offset, chunk in _chunks(text):
            index.append((n, offset))
            chunks.append(chunk)
    # tokenize(split_sents=True) gives the same sentences and tokens as
    # split_into_sents(return_tokens=True) in two thirds of the time.
    results = iter(kiwi().tokenize(chunks, split_sents=True)) if chunks else iter(())
    pos = 0
    for n, text in enumerate(texts):
        out: list[Sentence] = []
        while pos < len(index) and index[pos][0] == n:
            offset = index[pos][1]
            pos += 1
            sents = next(results)
            carry: list[Token] = []
            for k, sent in enumerate(sents):
                toks = [
                    Token(t.form, t.tag, offset + t.start, offset + t.start + t.len,
                          t.lemma if t.tag.startswith(("VV", "VA", "VX", "VCN")) else t.form)
                    for t in sent
                ]
                groups = _split_at_inner_stops(toks) if toks else []
                if carry and groups:
                    groups[0] = carry + groups[0]
                    carry = []
                if len(groups) > 1 and k + 1 < len(sents) and not any(t.tag in ("SF", "EF") for t in groups[-1]):
                    # …인수했다. ‘닥터자르트’ | 운영사 해브앤비는 …: kiwipiepy ends the sentence after the
                    # next one's opening words; they go to the sentence they begin
                    carry = groups.pop()
                for group in groups:
                    start, end = group[0].start, group[-1].end
                    out.append(Sentence(len(out), start, end, text[start:end], tuple(group)))
            if carry:
                out.append(Sentence(len(out), carry[0].start, carry[-1].end, text[carry[0].start:carry[-1].end],
                                    tuple(carry)))
        yield tuple(out)
