"""`kg centrality`: who is central in the entity network."""
from __future__ import annotations

from pathlib import Path

import click

from kg.commands._options import graph_option, output_option


@click.command(name="centrality")
@graph_option
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Rows to print.")
@output_option("Also write every entity's scores to this CSV file "
               "(iri,label,type,degree,betweenness,pagerank,community).")
def command(graph: Path, top: int, output: Path | None) -> None:
    """Compute degree, betweenness and PageRank over the direct edges of any graph.

    Example:

        kg centrality --graph output/ --top 10 -o centrality.csv
    """
    from kg.atomic import atomic_write
    from kg.export import centrality_csv, centrality_rows, entity_network
    from kg.query import text_table
    from kg.store import open_store

    g = entity_network(open_store(graph), recompute=True)
    rows = centrality_rows(g)
    columns = ["label", "type", "degree", "betweenness", "pagerank"]
    body = [[str(r[c]) for c in columns] for r in rows[:top]]
    click.echo(text_table(columns, body, truncated=len(rows) > top), nl=False)
    if output is not None:
        atomic_write(output, centrality_csv(g))
        click.echo(f"wrote {output}", err=True)
