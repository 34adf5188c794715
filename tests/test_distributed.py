"""`kg build --scheduler`: extraction on a real Dask cluster (a scheduler and two worker
processes started here on 127.0.0.1) writes the same bytes as a local build."""
from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from servers import command_or_skip, free_port, stop

from kg.cli import cli

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent








@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """tcp://127.0.0.1:PORT of a scheduler with two single-threaded worker processes."""
    from dask.distributed import Client

    dask = command_or_skip("dask", "pip install 'dask[distributed]'")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    logs = tmp_path_factory.mktemp("dask")
    env = {**os.environ, "KG_WORKERS": "1"}
    procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], stdout=subprocess.DEVNULL,
                              stderr=(logs / "scheduler.log").open("wb"), env=env)]
    try:
        procs.append(subprocess.Popen([dask, "worker", address, "--nworkers", "2", "--nthreads", "1",
                                       "--no-dashboard", "--local-directory", str(logs)],
                                      stdout=subprocess.DEVNULL, stderr=(logs / "worker.log").open("wb"), env=env))
        deadline = time.monotonic() + 60
        while True:
            try:
                with Client(address, timeout="5s") as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        for proc in reversed(procs):
            stop(proc)


@pytest.mark.slow
def test_cluster_build_is_byte_identical(scheduler: str, tmp_path: Path) -> None:
    local, remote = tmp_path / "local", tmp_path / "remote"
    runner = CliRunner()
    r = runner.invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(local), "-q", "--no-cache"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(remote), "-q", "--no-cache",
                            "--scheduler", scheduler])
    assert r.exit_code == 0, r.output
    assert "마이크로소프트" in r.output
    for name in ("graph.ttl", "graph.html", "centrality.csv"):
        assert (remote / name).read_bytes() == (local / name).read_bytes(), name


def test_cluster_only_gets_what_the_cache_lacks(scheduler: str, tmp_path: Path) -> None:
    from kg.pipeline import build

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("KT는 마이크로소프트와 파트너십을 맺었다.\n", "utf-8")
    out = tmp_path / "out"
    assert build([src], out, scheduler=scheduler).cached == 0
    (src / "b.txt").write_text("삼성전자가 레인보우로보틱스를 인수했다.\n", "utf-8")
    again = build([src], out, scheduler=scheduler)
    assert again.cached == 1 and again.articles == 2
    assert "레인보우로보틱스" in (out / "graph.ttl").read_text("utf-8")


def test_no_scheduler_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kg.distributed.CONNECT_TIMEOUT", "1s")
    address = f"tcp://127.0.0.1:{free_port()}"
    r = CliRunner().invoke(cli, ["build", str(ROOT / "seeds"), "--out", str(tmp_path), "-q", "--no-cache",
                                 "--scheduler", address])
    assert r.exit_code == 1
    assert r.output.startswith(f"Error: {address}: no Dask scheduler answers")
