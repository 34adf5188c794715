"""Entity recognition on real news: KLUE-NER news sentences through `kg extract` (its mentions, the named expressions).

Usage: python bench/klue_ner.py [PATH] [--split tune|test|all] [--errors N] [--crf-only] [--fold-models DIR]

PATH defaults to ../shared/data/klue-ner/klue-ner-dev-part.tsv (KLUE, CC BY-SA 4.0;
not shipped with kg).  Only news sentences (ids ending `wikitree`) are used.
The sentences are split by position: even-numbered ones are the `tune` half
(looked at while writing rules), odd-numbered ones the `test` half (never looked at).

Prints exact-span, typed micro precision/recall/F1 over OG→Organization,
PS→Person, LC→Country/City/Place, and, as the baseline in the same run, the
same figures for bare kiwipiepy proper-noun chunks (untyped: any NNP run counts
as a hit on any gold span), with the time each took.  --crf-only scores the statistical model alone
(`kg.ner.crf_mentions` on the stage's sentences) instead of `kg.pipeline.extract`.

--fold-models DIR cross-validates: DIR holds fold0..fold{N-1}.crfsuite from
`bench/train_ner.py --fold-models DIR --folds N`, and sentence i of the split is scored
with the model of fold i mod N, which was trained without it (through KG_NER_MODEL).
With --split tune the folds are those of `train_ner.py` (the tune half); with
--split all, those of `train_ner.py --all-news` (all news sentences), the way the
shipped model is trained, so this is the figure for it.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "data" / "klue-ner" / "klue-ner-dev-part.tsv"
TYPE_MAP = {"Organization": "OG", "Person": "PS", "Country": "LC", "City": "LC", "Place": "LC"}


def read_klue(path: Path, source: str = "wikitree") -> list[tuple[str, str, set[tuple[int, int, str]]]]:
    """(id, sentence, gold PS/LC/OG spans) of the sentences whose id ends with `source`, in file order."""
    out = []
    sid, chars, tags = None, [], []

    def flush() -> None:
        if sid and sid.endswith(source) and chars:
            text = "".join(chars)
            spans, start, kind = set(), None, None
            for i, tag in enumerate([*tags, "O"]):
                if start is not None and not tag.startswith("I-"):
                    spans.add((start, i, kind))
                    start = None
                if tag.startswith("B-"):
                    start, kind = i, tag[2:]
            out.append((sid, text, {s for s in spans if s[2] in ("PS", "LC", "OG")}))

    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("## klue"):
            flush()
            sid, chars, tags = line[3:].split("\t")[0], [], []
        elif line.startswith("##") or not line:
            continue
        else:
            ch, _, tag = line.rpartition("\t")
            chars.append(ch if ch else " ")
            tags.append(tag)
    flush()
    return out


def prf(pred: int, gold: int, tp: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--split", choices=("tune", "test", "all"), default="test")
    ap.add_argument("--errors", type=int, default=0, help="print this many wrong sentences")
    ap.add_argument("--crf-only", action="store_true", help="score kg.ner.crf_mentions alone")
    ap.add_argument("--min-confidence", type=float, default=0.0, help="with --crf-only: drop spans below it")
    ap.add_argument("--fold-models", type=Path,
                    help="with --split tune or all: score each fold with its own model")
    args = ap.parse_args()
    if args.fold_models and args.split == "test":
        print("Error: --fold-models cross-validates: use it with --split tune (train_ner.py's folds) or "
              "--split all (train_ner.py --all-news's)", file=sys.stderr)
        return 1
    if not args.path.exists():
        print(f"Error: {args.path}: not found (KLUE-NER is not shipped with kg)", file=sys.stderr)
        return 1
    data = read_klue(args.path)
    if args.split != "all":
        data = [d for i, d in enumerate(data) if (i % 2 == 0) == (args.split == "tune")]

    from kg.commands.extract import extraction_json
    from kg.models import Article
    from kg.nlp import kiwi
    from kg.pipeline import extract

    articles = [Article(id=sid, text=text) for sid, text, _ in data]
    kw = kiwi()
    t0 = time.perf_counter()
    base_tp = base_pred = 0
    for (_, _text, gold), toks in zip(data, kw.tokenize([a.text for a in articles]), strict=True):
        spans, cur = set(), None
        for t in toks:
            if t.tag == "NNP":
                cur = (cur[0], t.start + t.len) if cur and t.start == cur[1] else (t.start, t.start + t.len)
            else:
                if cur:
                    spans.add(cur)
                cur = None
        if cur:
            spans.add(cur)
        base_pred += len(spans)
        base_tp += len(spans & {(s, e) for s, e, _ in gold})
    t_base = time.perf_counter() - t0

    def predict(batch: list[Article]) -> list[set[tuple[int, int, str]]]:
        if args.crf_only:
            return crf_predictions(batch, args.min_confidence)
        return [{(m["start"], m["end"], TYPE_MAP[m["type"]]) for m in extraction_json(ex)["mentions"]
                 if m["type"] in TYPE_MAP} for ex in extract(batch)]

    t0 = time.perf_counter()
    if args.fold_models:
        predictions = cross_validated(articles, args.fold_models, predict)
    else:
        predictions = predict(articles)
    t_kg = time.perf_counter() - t0
    gold_n = sum(len(g) for _, _, g in data)
    tp = pred = 0
    per: dict[str, list[int]] = {k: [0, 0, 0] for k in ("OG", "PS", "LC")}
    shown = 0
    for (sid, text, gold), predicted in zip(data, predictions, strict=True):
        pred += len(predicted)
        tp += len(predicted & gold)
        for k in per:
            per[k][0] += sum(1 for x in predicted if x[2] == k)
            per[k][1] += sum(1 for x in gold if x[2] == k)
            per[k][2] += sum(1 for x in predicted & gold if x[2] == k)
        if shown < args.errors and predicted != gold:
            shown += 1
            print(f"{sid}: {text}\n  missed {sorted((text[s:e], k) for s, e, k in gold - predicted)}"
                  f"\n  false  {sorted((text[s:e], k) for s, e, k in predicted - gold)}")
    p, r, f = prf(pred, gold_n, tp)
    bp, br, bf = prf(base_pred, gold_n, base_tp)
    cv = f", cross-validated with {args.fold_models}" if args.fold_models else ""
    print(f"KLUE-NER news sentences ({args.split}{cv}): {len(data)} sentences, {gold_n} gold PS/LC/OG spans")
    name = "kg.ner CRF only" if args.crf_only else "kg"
    print(f"  {name + ' (typed, exact)':<29}P={p:.3f} R={r:.3f} F1={f:.3f}   {t_kg:.2f} s")
    for k, (kp, kg_, ktp) in per.items():
        print(f"     {k}  P={prf(kp, kg_, ktp)[0]:.3f} R={prf(kp, kg_, ktp)[1]:.3f} F1={prf(kp, kg_, ktp)[2]:.3f}"
              f"  (gold {kg_})")
    print(f"  kiwipiepy NNP runs (untyped) P={bp:.3f} R={br:.3f} F1={bf:.3f}   {t_base:.2f} s")
    print(f"  ratio kg/baseline F1: {f / bf if bf else float('inf'):.2f}x; time {t_kg / t_base:.1f}x")
    return 0


def cross_validated(articles: list, folder: Path,
                    predict: Callable[[list], list[set[tuple[int, int, str]]]]) -> list[set[tuple[int, int, str]]]:
    """Predictions for each article, made with the fold model (folder/fold{i mod N}) that did not train on it."""
    from kg import ner

    folds = len(list(folder.glob("fold*.crfsuite")))
    if not folds:
        raise SystemExit(f"Error: {folder}: no fold*.crfsuite (run bench/train_ner.py --fold-models {folder})")
    out: list[set[tuple[int, int, str]]] = [set() for _ in articles]
    for k in range(folds):
        os.environ["KG_NER_MODEL"] = str(folder / f"fold{k}.crfsuite")
        ner._model.cache_clear()
        ner._tagger.cache_clear()
        idx = [i for i in range(len(articles)) if i % folds == k]
        for i, pred in zip(idx, predict([articles[i] for i in idx]), strict=True):
            out[i] = pred
    del os.environ["KG_NER_MODEL"]
    ner._model.cache_clear()
    ner._tagger.cache_clear()
    return out


def crf_predictions(articles: list, min_confidence: float) -> list[set[tuple[int, int, str]]]:
    """The CRF's spans for each article, through the same cleaning and sentences as `extract`."""
    from kg import nlp
    from kg.clean import clean
    from kg.ner import crf_mentions

    texts = [clean(a.text) for a in articles]
    return [{(s, e, TYPE_MAP[t.value]) for s, e, t, conf in crf_mentions(sents, text) if conf >= min_confidence}
            for text, sents in zip(texts, nlp.sentences(texts), strict=True)]


if __name__ == "__main__":
    sys.exit(main())
