"""Files and folders → Article.  `.txt` (UTF-8, or CP949/EUC-KR detected), `.jsonl`, `.html`."""
from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from kg.clean import published_date
from kg.errors import InputError
from kg.models import Article

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")


def find_inputs(paths: Iterable[Path]) -> list[Path]:
    """Expand folders (recursively, sorted) into article files; a missing path is an error."""
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            raise InputError(str(path), "no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise InputError(str(path), "no articles here", hint="kg reads .txt, .jsonl and .html files")
            files.extend(found)
        elif path.suffix.lower() in SUFFIXES:
            files.append(path)
        else:
            raise InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}",
                             hint="kg reads .txt, .jsonl and .html files")
    return files


def decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), else CP949 (a superset of EUC-KR); anything else is an error."""
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        raise InputError(str(path), "cannot decode: not UTF-8, CP949 or EUC-KR text",
                         hint="convert the file to UTF-8") from None
    if not re.search(r"[\uac00-\ud7a3]", text):
        # CP949 decodes many byte strings; accept it only when it yields Korean text.
        raise InputError(str(path), "cannot decode: not UTF-8, CP949 or EUC-KR text",
                         hint="convert the file to UTF-8")
    return text


def _title(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line and line.casefold() not in ("print", "인쇄"):
            return line[:300]
    return None


def read_txt(path: Path) -> Article:
    text = decode(path.read_bytes(), path)
    if not text.strip():
        raise InputError(str(path), "empty article")
    return Article(id=path.stem, text=text, title=_title(text), published=published_date(text), source=str(path))


def read_jsonl(path: Path) -> Iterator[Article]:
    text = decode(path.read_bytes(), path)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"not valid JSON ({exc.msg}, column {exc.colno})", line=lineno) from None
        if not isinstance(obj, dict):
            raise InputError(str(path), "each line must be a JSON object", line=lineno)
        for key in ("id", "text"):
            if not isinstance(obj.get(key), str) or not obj[key].strip():
                raise InputError(str(path), f"missing or empty {key!r} (a string)", line=lineno)
        for key in ("title", "url", "published"):
            if obj.get(key) is not None and not isinstance(obj[key], str):
                raise InputError(str(path), f"{key!r} must be a string", line=lineno)
        yield Article(
            id=obj["id"].strip(),
            text=obj["text"],
            title=obj.get("title") or _title(obj["text"]),
            url=obj.get("url"),
            published=_iso_date(obj.get("published")) or published_date(obj["text"]),
            source=f"{path}:{lineno}",
        )


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})", value)
    return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}" if m else None


def read_html(path: Path) -> Article:
    import trafilatura  # only for HTML inputs: it is slow to import

    html = decode(path.read_bytes(), path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False, favor_precision=True)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(str(path), "no article text found in this HTML page")
    title = getattr(doc, "title", None)
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return Article(
        id=path.stem, text=text, title=title or _title(body), url=getattr(doc, "url", None),
        published=_iso_date(getattr(doc, "date", None)) or published_date(body), source=str(path),
    )


def read_file(path: Path) -> list[Article]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            return list(read_jsonl(path))
        if suffix in (".html", ".htm"):
            return [read_html(path)]
        return [read_txt(path)]
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None


def read_articles(paths: Iterable[Path], *, skip_bad: bool = False,
                  warn: object = None) -> list[Article]:
    """Every article under `paths`, in a stable order; ids must be unique.

    With `skip_bad`, unreadable files are reported through `warn(message)` and left out.
    """
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for path in find_inputs(paths):
        try:
            batch = read_file(path)
        except InputError as exc:
            if not skip_bad:
                raise
            if callable(warn):
                warn(str(exc))
            continue
        for article in batch:
            if article.id in seen:
                raise InputError(article.source, f"duplicate article id {article.id!r} (also in {seen[article.id]})",
                                 hint="give every article a unique id (file name or JSON `id`)")
            seen[article.id] = article.source
            articles.append(article if article.text.strip() else replace(article, text=article.text))
    return articles
