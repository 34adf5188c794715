"""Fixtures shared by the tests: the repository, ../shared, and one build of seeds/ per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLE_ARTICLE = SHARED / "seeds" / "economist-ms-kt.txt"


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kg build seeds/` once for the session; returns the output folder."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seeds-build")
    build([ROOT / "seeds"], out)
    return out


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kg build` of a folder holding only ../shared's sample article (skipped when it is absent)."""
    if not SAMPLE_ARTICLE.exists():
        pytest.skip("../shared/seeds/economist-ms-kt.txt is not here")
    from kg.pipeline import build

    src = tmp_path_factory.mktemp("sample-in")
    (src / SAMPLE_ARTICLE.name).write_bytes(SAMPLE_ARTICLE.read_bytes())
    out = tmp_path_factory.mktemp("sample-out")
    build([src], out)
    return out
