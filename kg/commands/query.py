"""`kg query`: SPARQL over a built graph."""
from __future__ import annotations

from pathlib import Path

import click

from kg.commands._options import graph_option
from kg.errors import QueryError


def _params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
        params[key.strip()] = value
    return params


@click.command(name="query")
@click.argument("query", required=False)
@graph_option
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from this file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table",
              show_default=True, help="How to print solutions (CONSTRUCT/DESCRIBE always print Turtle).")
@click.option("-n", "--name", help="Run a named question instead (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of --name.")
@click.option("--list", "list_", is_flag=True, help="List the named questions and their parameters.")
@click.option("--timeout", type=float, help="Give up after this many seconds.")
def command(query: str | None, graph: Path, query_file: Path | None, fmt: str, name: str | None,
            params: tuple[str, ...], list_: bool, timeout: float | None) -> None:
    """Run a SPARQL query over the graph and print its results.

    The prefixes deal: schema: org: prov: rdfs: rdf: skos: xsd: dcterms: are
    predeclared.  The default graph is the union of all named graphs (one per
    article, plus entities and analysis); use GRAPH ?g { … } to see which.

    Example:

        kg query 'SELECT ?label WHERE { ?o a schema:Organization ; rdfs:label ?label }'

        kg query --name partners --param company=MS --format csv
    """
    from kg import query as q
    from kg.store import open_store

    if list_:
        click.echo(q.describe_named(), nl=False)
        return
    sources = [query is not None, query_file is not None, name is not None]
    if sum(sources) != 1:
        raise click.UsageError("give exactly one of QUERY, -f FILE or --name NAME")
    bound = _params(params)
    if bound and name is None:
        raise click.UsageError("--param goes with --name")
    if name is not None:
        sparql = q.named_query(name, bound).sparql
    elif query_file is not None:
        sparql = query_file.read_text(encoding="utf-8")
    else:
        sparql = query or ""
    try:
        result = q.run_query(open_store(graph), sparql, timeout=timeout, params=bound or None)
    except QueryError as exc:
        if query_file is not None:
            exc.message = f"{query_file}: {exc.message}"
        raise
    click.echo(q.format_result(result, fmt), nl=False)
