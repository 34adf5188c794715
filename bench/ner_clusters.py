"""Word classes for the entity model: k-means clusters of kiwipiepy's own morpheme embeddings.

Usage: python bench/ner_clusters.py [--out FILE]

kiwipiepy's CoNg language model (in kiwipiepy-model, Apache-2.0) holds a
256-dimensional embedding for each of about 70,000 morphemes, but exposes
only cosine similarities (`Kiwi.morpheme_similarity`).  This script recovers
the embeddings up to a rotation, which leaves cosines unchanged: with the
Gram matrix G = A Aᵀ of K > 256 anchor morphemes (G = Q Λ Qᵀ), a morpheme whose
similarities to the anchors are s has the embedding s Q Λ^-1/2.  It then clusters
the centred, normalised embeddings by spherical k-means into 64, 256 and 1024
classes and writes one line per morpheme, `FORM TAG C64 C256 C1024`
(tab-separated, gzip), to kg/data/ner_clusters.tsv.gz.

kg/ner.py gives each morpheme and its neighbours their classes as features,
so the model trained on a few hundred KLUE sentences generalises from the
words it saw to words used alike (삼성전자 → 현대차, 포스코; 강남 → 여의도).
Retrain the model after rebuilding the classes: `python bench/train_ner.py`.
Deterministic on one machine: a fixed seed, float64 arithmetic.
"""
from __future__ import annotations

import argparse
import gzip
import io
import sys
import time
from pathlib import Path

import numpy as np  # a dependency of kiwipiepy

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "ner_clusters.tsv.gz"
ANCHORS = 640
SIZES = (64, 256, 1024)
ITERATIONS = 30


def embeddings(kiwi) -> tuple[list[int], np.ndarray]:
    """Ids of the morphemes that have an embedding, and the embeddings (rows, unit length, up to rotation)."""
    ids = []
    i = 0
    while True:
        try:
            m = kiwi.morpheme(i)
        except Exception:  # past the last morpheme id
            break
        sim = kiwi.morpheme_similarity(i, i)
        if sim == sim and m.form:  # NaN: no embedding
            ids.append(i)
        i += 1
    rng = np.random.default_rng(0)
    anchors = sorted(int(a) for a in rng.choice(ids, ANCHORS, replace=False))
    gram = np.array([[kiwi.morpheme_similarity(a, b) for b in anchors] for a in anchors], dtype=np.float64)
    values, vectors = np.linalg.eigh(gram)
    keep = values > 1e-6 * values.max()
    basis = vectors[:, keep] / np.sqrt(values[keep])
    sims = np.array([[kiwi.morpheme_similarity(i, a) for a in anchors] for i in ids], dtype=np.float64)
    emb = sims @ basis
    emb /= np.linalg.norm(emb, axis=1, keepdims=True)
    return ids, emb


def kmeans(x: np.ndarray, k: int, seed: int = 0) -> np.ndarray:
    """Spherical k-means: the class of each row."""
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(ITERATIONS):
        labels = (x @ centres.T).argmax(axis=1)
        for c in range(k):
            members = x[labels == c]
            if len(members):
                v = members.mean(axis=0)
                centres[c] = v / np.linalg.norm(v)
    return (x @ centres.T).argmax(axis=1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    from kiwipiepy import Kiwi

    t0 = time.perf_counter()
    kiwi = Kiwi(model_type="cong")
    ids, emb = embeddings(kiwi)
    print(f"{len(ids)} morphemes with embeddings, {emb.shape[1]} dimensions recovered; "
          f"{time.perf_counter() - t0:.1f} s")
    x = emb - emb.mean(axis=0)  # one direction is shared by all: take it out before clustering
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    classes = [kmeans(x, k) for k in SIZES]
    print(f"k-means into {', '.join(map(str, SIZES))} classes; {time.perf_counter() - t0:.1f} s")
    buf = io.StringIO()
    seen = set()
    for row, i in enumerate(ids):
        m = kiwi.morpheme(i)
        if (m.form, m.tag) in seen:
            continue  # senses of one form and tag: the first (most common) one
        seen.add((m.form, m.tag))
        buf.write("\t".join([m.form, str(m.tag), *(str(c[row]) for c in classes)]) + "\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    tmp.replace(args.out)
    print(f"{len(seen)} forms -> {args.out} ({args.out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
