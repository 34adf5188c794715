"""`kg eval`: how well extraction does on annotated articles."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from kg.evaluate import evaluate, format_report


@click.command("eval")
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Keep the build of the gold articles here (default: a temporary folder).")
@click.option("-v", "--verbose", is_flag=True, help="List missed and false entities and relations.")
@click.option("--json", "as_json", is_flag=True, help="Print the whole report as JSON.")
def command(gold: Path, out_dir: Path | None, verbose: bool, as_json: bool) -> None:
    """Build the articles of a gold file and score the graph: precision, recall, F1.

    GOLD is a JSON array of annotated articles (id, text, entities, relations,
    not_relations), the format of ../shared/gold/SPEC.md.

    Example:

        kg eval ../shared/gold/dev.json --verbose
    """
    with tempfile.TemporaryDirectory() as tmp:
        report = evaluate(gold, out_dir or Path(tmp) / "out")
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report, verbose))
