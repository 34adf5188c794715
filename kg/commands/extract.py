"""`kg extract`: mentions and relations as JSON lines, no graph."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.expressions import expressions
from kg.models import Extraction, Status
from kg.pipeline import extract
from kg.read import read_articles


def extraction_json(ex: Extraction) -> dict:
    """The CONTRACT.md shape: offsets are into the article's text as read; a mention is a named expression,
    with the recognised `parts` it joins where it joins several (`네덜란드 암스테르담`, `일본 기상청`)."""
    return {
        "id": ex.article.id,
        "mentions": [e.as_json() for e in expressions(ex.mentions, ex.article.text, ex.learned)],
        "relations": [
            {"subject": r.subject.name, "type": r.type.value, "object": r.object.name, "evidence": r.sentence.text}
            | ({} if r.status is Status.ASSERTED else {"status": r.status.value})
            for r in ex.relations
        ],
    }


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--skip-bad", is_flag=True, help="Warn about unreadable inputs and go on with the rest.")
def command(inputs: tuple[Path, ...], skip_bad: bool) -> None:
    """Print one JSON line per article: its mentions and relations (no graph is built).

    Example:

        kg extract seeds/ms-kt-partnership.txt
    """
    articles = read_articles(list(inputs), skip_bad=skip_bad,
                             warn=lambda msg: click.echo(f"Warning: {msg}", err=True))
    for ex in extract(articles):
        click.echo(json.dumps(extraction_json(ex), ensure_ascii=False))
