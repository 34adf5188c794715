"""`kg push`: load a graph into a SPARQL 1.1 Graph Store Protocol server."""
from __future__ import annotations

from pathlib import Path

import click

from kg.commands._options import graph_option


@click.command(name="push")
@graph_option
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's Graph Store Protocol endpoint (Oxigraph: http://HOST:PORT/store; "
                   "Fuseki: http://HOST:PORT/DATASET/data).")
@click.option("--sparql", metavar="URL", default=None,
              help="The server's SPARQL query endpoint (Oxigraph: http://HOST:PORT/query).  Given, the "
                   "push also deletes the article graphs of articles no longer in the graph.")
@click.option("--timeout", type=click.FloatRange(min=1), default=60.0, show_default=True,
              help="Seconds to wait for the server on each graph.")
def command(graph: Path, endpoint: str, sparql: str | None, timeout: float) -> None:
    """Send the graph to a SPARQL store, one named graph per article (re-pushing replaces each).

    Every named graph (each article's, the entities graph, the analysis graph) is sent
    with an HTTP PUT to ENDPOINT?graph=IRI, which replaces what the server held under
    that name.  A file without named graphs goes to the server's default graph.
    With --sparql, article graphs the server holds but the graph no longer has (their
    articles were removed from the input) are deleted; no other graph is touched.

    Example:

        oxigraph serve --location db/ --bind 127.0.0.1:7878 &
        kg push --graph output/ --endpoint http://127.0.0.1:7878/store --sparql http://127.0.0.1:7878/query
    """
    from kg.push import push

    result = push(graph, endpoint, timeout=timeout, sparql=sparql)
    pruned = f"; deleted {result.pruned} graphs of removed articles" if sparql is not None else ""
    click.echo(f"Pushed {result.graphs} graphs ({result.triples} triples) to {endpoint}{pruned}")
