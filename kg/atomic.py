"""Write files so that a failed or interrupted run leaves the last good file as it was."""
from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO]:
    """Open a temporary file beside `path`; rename it over `path` only when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    encoding = None if "b" in mode else "utf-8"
    newline = None if "b" in mode else "\n"
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:  # KeyboardInterrupt too: never leave a half-written file behind
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write(path: Path, data: str | bytes) -> None:
    with atomic_open(path, "wb" if isinstance(data, bytes) else "w") as fh:
        fh.write(data)


_holding = False


@contextlib.contextmanager
def deferred_interrupts(reraise: bool = True) -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) off while the block runs, e.g. while several finished files are
    renamed into place, so an interrupt cannot leave half of them new.  An interrupt that came
    meanwhile is raised as KeyboardInterrupt when the block ends (unless `reraise` is false)."""
    global _holding
    if threading.current_thread() is not threading.main_thread() or _holding:
        yield  # an enclosing block already holds Ctrl-C off and will raise it when it ends
        return
    received: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: received.append(signum))
    _holding = True
    try:
        yield
    finally:
        _holding = False
        signal.signal(signal.SIGINT, previous)
    if received and reraise:
        raise KeyboardInterrupt
