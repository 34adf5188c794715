"""Options shared by several commands, written once."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

F = Callable[..., Any]


def graph_option(fn: F) -> F:
    return click.option(
        "--graph", "graph", type=click.Path(path_type=Path), default=Path("output"), show_default=True,
        help="An output folder of `kg build` or an RDF file (.ttl .nt .trig .nq .jsonld .rdf).",
    )(fn)


def output_option(help: str) -> Callable[[F], F]:
    def decorate(fn: F) -> F:
        return click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help=help)(fn)

    return decorate
