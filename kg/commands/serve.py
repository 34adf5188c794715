"""`kg serve`: a read-only SPARQL endpoint and the viewer."""
from __future__ import annotations

from pathlib import Path

import click

from kg.commands._options import graph_option


@click.command(name="serve")
@graph_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="0 picks a free one.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=10.0, show_default=True,
              help="Seconds a query may run before it is stopped (503).")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Rows (or triples) returned at most; more sets the X-Result-Truncated header.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Query worker processes, each holding the graph open.")
@click.option("--on-disk", is_flag=True,
              help="Answer from the on-disk store alone (less memory; queries about three times slower).")
@click.option("-v", "--verbose", is_flag=True, help="Log every request.")
def command(graph: Path, host: str, port: int, timeout: float, max_rows: int, workers: int, on_disk: bool,
            verbose: bool) -> None:
    """Serve the graph: a read-only SPARQL 1.1 endpoint at /sparql, the viewer at /.

    GET /sparql?query=… or POST (form query=… or application/sparql-query);
    results as JSON (default), XML, CSV or TSV by the Accept header, Turtle or
    N-Triples for CONSTRUCT/DESCRIBE.  Updates, SERVICE, FROM and LOAD are
    refused.  Ctrl-C stops it.  Each worker also loads the graph's union into memory
    (queries that name graphs still go to the on-disk store); --on-disk skips that.

    Example:

        kg serve --graph output/ --port 8000
    """
    from kg.serve import make_server

    server = make_server(graph, host, port, timeout=timeout, max_rows=max_rows, workers=workers, verbose=verbose,
                         in_memory=not on_disk)
    click.echo(f"Serving {graph} at {server.url} (SPARQL endpoint: {server.url}sparql); Ctrl-C stops.")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        server.server_close()
