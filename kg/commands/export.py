"""`kg export`: the graph in another format."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.commands._options import graph_option, output_option


@click.command(name="export")
@graph_option
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "nt", "trig", "nquads", "jsonld", "graphml", "gexf", "csv"]),
              help="turtle/nt/jsonld: the union graph; trig/nquads: one named graph per article; "
                   "graphml/gexf/csv: the entity network with centrality.")
@output_option("Write here (atomically) instead of stdout.  For csv, FILE names two files: "
               "STEM-nodes.csv and STEM-edges.csv beside it.")
def command(graph: Path, fmt: str, output: Path | None) -> None:
    """Write the graph in another format, to stdout or to a file.

    csv is two tables: the nodes (iri,label,type,degree,betweenness,pagerank,
    community) and the edges (source,relation,target,source_label,target_label).
    On stdout they are printed nodes first, a blank line, then edges.

    Example:

        kg export --format graphml -o deals.graphml

        kg export --format csv -o deals.csv    # writes deals-nodes.csv, deals-edges.csv
    """
    from kg.atomic import atomic_open, atomic_write
    from kg.export import entity_csv, entity_network, export, stream_saved
    from kg.store import open_store, saved_turtle

    if fmt in ("turtle", "nt") and saved_turtle(graph) is not None:  # stream the graph.ttl of a build
        if output is None:
            sys.stdout.flush()
            stream_saved(graph, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return
        with atomic_open(output, "wb") as fh:
            stream_saved(graph, fmt, fh)
        click.echo(f"wrote {output}", err=True)
        return
    store = open_store(graph)
    if fmt == "csv":
        nodes, edges = entity_csv(entity_network(store))
        if output is None:
            click.echo(nodes + "\n" + edges, nl=False)
            return
        for part, text in (("nodes", nodes), ("edges", edges)):
            target = output.with_name(f"{output.stem}-{part}.csv")
            atomic_write(target, text)
            click.echo(f"wrote {target}", err=True)
        return
    data = export(store, fmt)
    if output is None:
        click.echo(data, nl=False)
    else:
        atomic_write(output, data)
        click.echo(f"wrote {output}", err=True)
