"""Train kg's entity model (kg/data/ner.crfsuite) on KLUE-NER, without touching the test half.

Usage: python bench/train_ner.py [PATH] [--no-nsmc] [--no-business] [--all-news] [--grid c1,c1,..:c2,c2,..]
                                 [--folds N] [--out FILE] [--fold-models DIR] [--cv-only] [--max-iterations N]

Training data: the `tune` half of the KLUE-NER news sentences (the even-numbered
ones, as bench/klue_ner.py splits them) plus, unless --no-nsmc, all the
movie-review (nsmc) sentences of the same file, plus, unless --no-business, the
business articles of the project's own gold sets listed in bench/gold/ner_training.txt
(those already used to tune kg; the held-out sets are never listed).  Their spans are
every occurrence of each annotated organisation, person, country and city (name or
alias), in the body that `kg.clean` keeps; products stay unlabelled, as KLUE has no
type for them.  Where the annotation says nothing, the spans follow KLUE's conventions:
a place of kg's lexicons (a province, a region: 경기도, 유럽) is a location, and places
named one after the other (`폴란드 브로츠와프`) are one location.  KLUE news alone teaches
the model that an unknown one-word name in an article is most often a person; the
business articles, where it is most often a company, correct that.
The odd-numbered news sentences (`test`) are only scored, after training.

c1 and c2 (L1/L2 penalties) are chosen by N-fold cross-validation over the tune
sentences (fold = position mod N; nsmc sentences and business articles are always in
the training folds).  Prints the cross-validated F1 of each pair, then the held-out F1 on
test of the model it writes.  Deterministic: the same file gives the same bytes.

--fold-models DIR also keeps the cross-validation models of the best pair, as
DIR/fold0.crfsuite ... (each trained without its fold), for
`bench/klue_ner.py --split tune --fold-models DIR`, which scores the whole
recogniser on each fold with the model that never saw it.  --cv-only stops
after cross-validation (no final model, no look at test).

--all-news (how kg/data/ner.crfsuite is built): all news sentences of the file,
both halves, take part in the cross-validation (fold = position mod N over
all of them) and the final model is trained on all of them.  Nothing is then
held out, so the figure to report is the cross-validated one of the whole
recogniser: `bench/klue_ner.py --split all --fold-models DIR`, each sentence
scored with the fold model that did not train on it.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from klue_ner import DEFAULT, ROOT, prf, read_klue

OUT = ROOT / "kg" / "data" / "ner.crfsuite"
BUSINESS = ROOT / "bench" / "gold" / "ner_training.txt"
MAX_ITERATIONS = 500
Gold = set[tuple[int, int, str]]
#: one sentence of KLUE as the CRF sees it: per kiwipiepy sentence, features, labels and morphemes
Example = tuple[list[tuple[list[list[str]], list[str], tuple]], Gold]


def prepare(rows: list[tuple[str, str, Gold]]) -> list[Example]:
    from kg import ner, nlp
    from kg.clean import clean

    texts = [clean(text) for _, text, _ in rows]
    out: list[Example] = []
    for (_, _, gold), text, sents in zip(rows, texts, nlp.sentences(texts), strict=True):
        seqs = [(ner.features(s, text), ner.labels(s, gold), s.tokens) for s in sents if s.tokens]
        out.append((seqs, gold))
    return out


_KLUE_KIND = {"Organization": "OG", "Person": "PS", "Country": "LC", "City": "LC"}  # Product: no KLUE type


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a name standing as a word: not inside another, a particle or nothing after it."""
    from kg.recognise import _AFTER_NAME  # what may follow a name in its word

    return not (start > 0 and text[start - 1].isalnum()) and _AFTER_NAME.match(text, end) is not None


def business_rows(listing: Path) -> list[tuple[str, str, Gold]]:
    """(id, text, PS/LC/OG spans) of the articles of the gold sets `listing` names (SPEC.md format)."""
    from kg import lexicon
    from kg.clean import clean

    places = sorted({form for form, entry in lexicon.gazetteer().items() if entry.type.is_location
                     and len(form) >= 2 and not form.isascii()}, key=lambda f: (-len(f), f))
    place = re.compile("|".join(map(re.escape, places)))
    names = [line.split("#")[0].strip() for line in listing.read_text(encoding="utf-8").splitlines()]
    rows: list[tuple[str, str, Gold]] = []
    for name in filter(None, names):
        for article in json.loads((listing.parent / name).read_text(encoding="utf-8")):
            text = clean(article["text"])
            found = [(m.start(), m.end(), _KLUE_KIND.get(entity["type"]))
                     for entity in article["entities"]
                     for form in sorted({entity["name"], *entity.get("aliases", ())} - {""})
                     for m in re.finditer(re.escape(form), text) if _whole_word(text, m.start(), m.end())]
            found += [(m.start(), m.end(), "LC") for m in place.finditer(text) if _whole_word(text, m.start(), m.end())]
            taken: list[tuple[int, int]] = []
            gold: Gold = set()
            # longest first, then the annotation's own before the lexicon's (found keeps that order)
            for s, e, kind in sorted(found, key=lambda x: x[0] - x[1]):
                if any(s < b and a < e for a, b in taken):
                    continue
                taken.append((s, e))
                if kind:
                    gold.add((s, e, kind))
            places_in = sorted(g for g in gold if g[2] == "LC")
            merged: list[tuple[int, int, str]] = []
            for g in places_in:  # 폴란드 브로츠와프: one location, as KLUE marks it
                if merged and g[0] == merged[-1][1] + 1 and text[merged[-1][1]] == " ":
                    merged[-1] = (merged[-1][0], g[1], "LC")
                else:
                    merged.append(g)
            gold = {g for g in gold if g[2] != "LC"} | set(merged)
            rows.append((article["id"], article["text"], gold))
    return rows


def train(examples: list[Example], c1: float, c2: float, path: str) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for seqs, _ in examples:
        for xseq, yseq, _ in seqs:
            trainer.append(xseq, yseq)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": MAX_ITERATIONS,
                        "feature.possible_transitions": True})
    trainer.train(path)


def score(examples: list[Example], path: str) -> dict[str, list[int]]:
    """Per type and overall: [predicted, gold, correct] typed exact spans."""
    import pycrfsuite

    from kg.ner import spans

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    counts = {k: [0, 0, 0] for k in ("all", "PS", "LC", "OG")}
    for seqs, gold in examples:
        pred = {(s, e, k) for xseq, _, toks in seqs for s, e, k, _, _ in spans(toks, tagger.tag(xseq))}
        for k in counts:
            p = {x for x in pred if k in ("all", x[2])}
            g = {x for x in gold if k in ("all", x[2])}
            counts[k][0] += len(p)
            counts[k][1] += len(g)
            counts[k][2] += len(p & g)
    tagger.close()
    return counts


_DATA: tuple[list[Example], list[Example]] = ([], [])  # (tune, extra), set before the workers fork


def _fold(job: tuple[float, float, int, int, str]) -> dict[str, list[int]]:
    c1, c2, fold, folds, keep = job
    tune, extra = _DATA
    held = [ex for i, ex in enumerate(tune) if i % folds == fold]
    rest = [ex for i, ex in enumerate(tune) if i % folds != fold] + extra
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "m.crfsuite")
        train(rest, c1, c2, path)
        if keep:
            os.makedirs(keep, exist_ok=True)
            os.replace(path, os.path.join(keep, f"c1={c1},c2={c2},fold{fold}.crfsuite"))
            path = os.path.join(keep, f"c1={c1},c2={c2},fold{fold}.crfsuite")
        return score(held, path)


def f1(counts: dict[str, list[int]], kind: str = "all") -> float:
    return prf(*counts[kind])[2]


def main() -> int:
    global _DATA, MAX_ITERATIONS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--no-nsmc", action="store_true", help="leave out the movie-review sentences")
    ap.add_argument("--no-business", action="store_true",
                    help=f"leave out the business articles of the gold sets {BUSINESS.relative_to(ROOT)} lists")
    ap.add_argument("--grid", default="0.02,0.05:0.1,0.3", help="c1 values:c2 values to cross-validate")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--fold-models", type=Path, help="keep the best pair's fold models in this folder")
    ap.add_argument("--cv-only", action="store_true", help="stop after cross-validation")
    ap.add_argument("--max-iterations", type=int, default=MAX_ITERATIONS, help="L-BFGS iterations per model")
    ap.add_argument("--all-news", action="store_true",
                    help="cross-validate over and train on all news sentences (no held-out half)")
    args = ap.parse_args()
    MAX_ITERATIONS = args.max_iterations  # (read by train(), in the workers forked below too)
    if not args.path.exists():
        print(f"Error: {args.path}: not found (KLUE-NER is not shipped with kg)", file=sys.stderr)
        return 1
    news = read_klue(args.path)
    tune_rows = news if args.all_news else [d for i, d in enumerate(news) if i % 2 == 0]
    test_rows = [] if args.all_news else [d for i, d in enumerate(news) if i % 2 == 1]
    extra_rows = [] if args.no_nsmc else read_klue(args.path, "nsmc")
    business_n = 0
    if not args.no_business:
        business = business_rows(BUSINESS)
        business_n = len(business)
        extra_rows += business

    t0 = time.perf_counter()
    tune, extra = prepare(tune_rows), prepare(extra_rows)
    test = [] if args.cv_only else prepare(test_rows)
    print(f"features: {len(tune)} {'news' if args.all_news else 'tune'} + {len(extra) - business_n} nsmc sentences "
          f"+ {business_n} business articles, {len(test)} test; "
          f"{time.perf_counter() - t0:.1f} s")
    _DATA = (tune, extra)

    c1s, c2s = ([float(v) for v in part.split(",")] for part in args.grid.split(":"))
    grid = [(c1, c2) for c1 in c1s for c2 in c2s]
    t0 = time.perf_counter()
    keep = tempfile.mkdtemp() if args.fold_models else ""
    jobs = [(c1, c2, fold, args.folds, keep) for c1, c2 in grid for fold in range(args.folds)]
    with ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1)) as pool:
        results = list(pool.map(_fold, jobs))
    best, best_f1 = grid[0], -1.0
    for n, (c1, c2) in enumerate(grid):
        total = {k: [sum(r[k][m] for r in results[n * args.folds:(n + 1) * args.folds]) for m in range(3)]
                 for k in results[0]}
        line = "  ".join(f"{k}={f1(total, k):.3f}" for k in ("PS", "LC", "OG"))
        print(f"  c1={c1:<5} c2={c2:<5} cross-validated F1 on {'news' if args.all_news else 'tune'}: {f1(total):.3f}   {line}")
        if f1(total) > best_f1:
            best, best_f1 = (c1, c2), f1(total)
    print(f"cross-validation: {len(grid)} pairs x {args.folds} folds, {time.perf_counter() - t0:.1f} s")
    if keep:
        args.fold_models.mkdir(parents=True, exist_ok=True)
        for fold in range(args.folds):
            os.replace(os.path.join(keep, f"c1={best[0]},c2={best[1]},fold{fold}.crfsuite"),
                       args.fold_models / f"fold{fold}.crfsuite")
        shutil.rmtree(keep)
        print(f"fold models of c1={best[0]} c2={best[1]} -> {args.fold_models}/fold0..{args.folds - 1}.crfsuite")
    if args.cv_only:
        return 0

    t0 = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    train(tune + extra, *best, str(args.out))
    took = time.perf_counter() - t0
    print(f"model: c1={best[0]} c2={best[1]}, trained in {took:.1f} s, "
          f"{args.out.stat().st_size / 1e6:.2f} MB -> {args.out}")
    if not test:
        print("no held-out sentences (--all-news): score with bench/klue_ner.py --split all --fold-models DIR")
        return 0
    held = score(test, str(args.out))
    line = "  ".join(f"{k}={f1(held, k):.3f}" for k in ("PS", "LC", "OG"))
    p, r, f = prf(*held["all"])
    print(f"held-out test ({len(test)} sentences): P={p:.3f} R={r:.3f} F1={f:.3f}   {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
