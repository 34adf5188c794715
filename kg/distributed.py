"""Extraction on a Dask cluster: `kg build --scheduler tcp://HOST:PORT`.

Articles go to the workers in batches; each worker process loads kiwipiepy once (kg.nlp's
lazy instance lives as long as the process) and sends back the extractions without their
morphemes.  Results are taken in input order, so the graph is byte for byte the one a local
build writes.  Needs the optional extra: `pip install 'kg-deals[distributed]'`, and kg
installed on the workers.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from kg.errors import KgError, RemoteError
from kg.models import Article, Extraction

#: articles per task: enough for kiwipiepy's threads, small enough to spread over the workers
BATCH = 32
CONNECT_TIMEOUT = "10s"


def extract_batch(articles: Sequence[Article]) -> list[Extraction]:
    """Run on a worker: the slim extractions of `articles`."""
    from kg.pipeline import extract_slim

    return extract_slim(articles)


def extract_on_cluster(address: str, articles: Sequence[Article],
                       progress: Callable[[int], None] | None = None) -> Iterator[Extraction]:
    """The slim extractions of `articles`, in order, computed on the cluster at `address`."""
    if not articles:
        return
    try:
        from dask.distributed import Client
    except ImportError:
        raise KgError("--scheduler needs Dask", hint="pip install 'kg-deals[distributed]'") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise RemoteError(f"{address}: no Dask scheduler answers: {exc}",
                          hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`") from None
    with client:
        batches = [list(articles[i:i + BATCH]) for i in range(0, len(articles), BATCH)]
        futures = client.map(extract_batch, batches, pure=False)
        for batch, future in zip(batches, futures, strict=True):
            try:
                done = future.result()
            except (OSError, TimeoutError) as exc:
                raise RemoteError(f"{address}: the cluster failed: {exc}") from None
            future.release()
            yield from done
            if progress:
                progress(len(batch))
