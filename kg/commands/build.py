"""`kg build`: articles in, graph.ttl, graph.html and centrality.csv out."""
from __future__ import annotations

from pathlib import Path

import click

from kg.pipeline import Summary, build


def print_summary(s: Summary) -> None:
    cached = f" ({s.cached} unchanged, from the cache)" if s.cached else ""
    click.echo(f"Read {s.articles} articles{cached}, {s.sentences} sentences.")
    ents = ", ".join(f"{n} {t}" for t, n in sorted(s.entities.items(), key=lambda kv: (-kv[1], kv[0])))
    click.echo(f"Entities: {sum(s.entities.values())} ({ents or 'none'})")
    facts = ", ".join(f"{n} {t}" for t, n in sorted(s.facts.items(), key=lambda kv: (-kv[1], kv[0])))
    click.echo(f"Facts:    {sum(s.facts.values())} ({facts or 'none'}); {s.hedged} hedged or denied kept off the graph")
    if s.top:
        click.echo("Most central (degree, betweenness, PageRank):")
        for i, (label, type_, sc) in enumerate(s.top, 1):
            click.echo(f"  {i}. {label} ({type_})  {sc.degree:.3f}  {sc.betweenness:.3f}  {sc.pagerank:.3f}")
    out = s.out_dir
    click.echo(f"Wrote {out / 'graph.ttl'} ({s.triples} triples), {out / 'graph.html'}, {out / 'centrality.csv'}")


@click.command("build")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("output"),
              show_default=True, help="Folder to write graph.ttl, graph.html and centrality.csv into.")
@click.option("--skip-bad", is_flag=True, help="Warn about unreadable inputs and build from the rest.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--viewer-max-nodes", type=click.IntRange(min=1), default=1500, show_default=True,
              help="Above this many entities the viewer shows the most central ones and their neighbours.")
@click.option("--no-cache", is_flag=True,
              help="Extract every article again (by default unchanged ones are taken from DIR/.kg-cache/).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Extract on this Dask cluster (pip install 'kg-deals[distributed]'); same output.")
def command(inputs: tuple[Path, ...], out_dir: Path, skip_bad: bool, quiet: bool, viewer_max_nodes: int,
            no_cache: bool, scheduler: str | None) -> None:
    """Read articles (files or folders; default seeds/), extract who deals with whom, write the graph.

    Inputs: .txt (one article), .jsonl (one article per line: id, text; title, url,
    published optional) and .html (a saved news page).

    Extraction results are kept in DIR/.kg-cache/ by article content, so a rebuild
    extracts only new and changed articles; the graph is the same either way.

    Example:

        kg build seeds/ --out output/
        kg build articles/ --scheduler tcp://127.0.0.1:8786
    """
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: a rebuild forks its extraction only with no other thread
    bar: tqdm | None = None

    def start(n: int) -> None:
        nonlocal bar
        if not quiet and n >= 50:
            bar = tqdm(total=n, unit="article", desc="Extracting", leave=False)

    def step(n: int) -> None:
        if bar is not None:
            bar.update(n)

    def warn(msg: str) -> None:
        click.echo(f"Warning: {msg}", err=True)

    try:
        summary = build(list(inputs) or [Path("seeds")], out_dir, skip_bad=skip_bad, warn=warn,
                        progress=step, on_articles=start, use_cache=not no_cache, scheduler=scheduler,
                        viewer_max_nodes=viewer_max_nodes)
    finally:
        if bar is not None:
            bar.close()
    print_summary(summary)
