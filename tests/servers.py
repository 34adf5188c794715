"""What the tests that start real servers on 127.0.0.1 share: a free port, the server's
command found beside the running Python (skip when it is not installed), a clean stop."""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def command_or_skip(name: str, hint: str) -> str:
    """The path of console script `name` (the venv's first), or skip the test saying how to get it."""
    here = Path(sys.executable).with_name(name)
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"the `{name}` command is not installed ({hint})")
    return found


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
