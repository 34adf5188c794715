"""Extraction results kept between builds, in the output folder (`DIR/.kg-cache/`).

Extraction is a pure function of one article and of the code and lexicons that extract,
so each result is stored under a key made of the article's content (id, text, title, url,
published) in a folder named after the extractor version: a hash of kiwipiepy's version,
the extraction modules' source, the lexicon files and those under $KG_LEXICON_DIR.  Change
any of them and the next build starts afresh.  A build that uses the cache writes the same
bytes as one that does not.

The files are pickles: only point `kg build --out` at folders you trust.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from importlib import metadata
from pathlib import Path

from kg.models import Article, Extraction

CACHE_DIR = ".kg-cache"
#: modules of kg/ that run after extraction or around it: editing them keeps the cache
NOT_EXTRACTION = frozenset({
    "analyse.py", "api.py", "atomic.py", "cache.py", "cli.py", "distributed.py", "evaluate.py", "export.py",
    "pipeline.py", "push.py", "query.py", "render.py", "serve.py", "store.py", "validate.py", "viewdata.py",
})
SKIP_DIRS = frozenset({"commands", "templates", "static", "queries", "ontology", "__pycache__"})


def _source_files() -> list[Path]:
    root = Path(__file__).resolve().parent
    files = [p for p in root.rglob("*") if p.is_file() and not SKIP_DIRS & set(p.relative_to(root).parts)
             and p.name not in NOT_EXTRACTION and p.suffix not in (".pyc",)]
    extra = os.environ.get("KG_LEXICON_DIR")
    if extra and Path(extra).is_dir():
        files += [p for p in Path(extra).rglob("*") if p.is_file()]
    return sorted(files)


@cache
def extractor_version() -> str:
    """16 hex digits that change whenever what extraction does may change."""
    h = hashlib.sha256()
    for dist in ("kiwipiepy", "kiwipiepy_model"):
        try:
            h.update(f"{dist}={metadata.version(dist)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=?\n".encode())
    root = Path(__file__).resolve().parent
    for path in _source_files():
        name = str(path.relative_to(root)) if path.is_relative_to(root) else f"$KG_LEXICON_DIR/{path.name}"
        h.update(name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def article_key(article: Article) -> str:
    """sha256 of what extraction reads from an article (not where it was read from)."""
    h = hashlib.sha256()
    for part in (article.id, article.text, article.title, article.url, article.published):
        h.update(b"\x00" if part is None else b"\x01" + part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()


class ExtractionCache:
    """One pickle per article under `out_dir/.kg-cache/extract-<version>/<key[:2]>/<key>.pickle`."""

    def __init__(self, out_dir: Path) -> None:
        self.root = Path(out_dir) / CACHE_DIR
        self.dir = self.root / f"extract-{extractor_version()}"

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.pickle"

    def has(self, article: Article) -> bool:
        """Whether an entry is kept for `article` (without reading it: it may still prove unreadable)."""
        return self._path(article_key(article)).is_file()

    def get(self, article: Article) -> Extraction | None:
        try:
            with self._path(article_key(article)).open("rb") as fh:
                ex = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception:  # a truncated or foreign file: extract again
            return None
        if not isinstance(ex, Extraction):
            return None
        # the same content read from another file: keep where it was read from this time
        return ex if ex.article == article else replace(ex, article=article)

    def put(self, ex: Extraction) -> None:
        path = self._path(article_key(ex.article))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(ex, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def keep_only(self, articles: Iterable[Article]) -> None:
        """Forget every article not in `articles`, and every other extractor version."""
        keep = {f"{article_key(a)}.pickle" for a in articles}
        if self.root.is_dir():
            for other in self.root.iterdir():
                if other != self.dir:
                    shutil.rmtree(other, ignore_errors=True) if other.is_dir() else other.unlink(missing_ok=True)
        if self.dir.is_dir():
            for path in self.dir.glob("*/*"):
                if path.name not in keep:
                    path.unlink(missing_ok=True)
