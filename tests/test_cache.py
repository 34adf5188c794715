"""The extraction cache: a rebuild reuses unchanged articles, re-extracts changed ones,
forgets removed ones, and writes the same bytes as a clean build."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import pipeline, store
from kg.cache import CACHE_DIR, ExtractionCache, article_key, extractor_version
from kg.models import Article
from kg.pipeline import build

ARTICLES = {
    "a": "KT는 마이크로소프트와 5년간 파트너십을 맺었다. 김영섭 KT 대표가 발표했다.\n",
    "b": "삼성전자가 레인보우로보틱스를 인수했다.\n",
    "c": "네이버는 카카오와 업무협약(MOU)을 체결했다.\n",
}
OUTPUTS = ("graph.ttl", "graph.html", "centrality.csv")


def write_inputs(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for p in folder.glob("*.txt"):
        p.unlink()
    for name, text in articles.items():
        (folder / f"{name}.txt").write_text(text, "utf-8")
    return folder


def store_content(out: Path) -> tuple[list[bytes], list[str]]:
    """Every quad of out/store (named graphs and the union in the default graph), and the graph names."""
    db = ox.Store.read_only(str(out / "store"))
    quads = sorted((db.dump(format=ox.RdfFormat.N_QUADS) or b"").splitlines())
    return quads, sorted(str(g) for g in db.named_graphs())


def same_as_clean_build(out: Path, src: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    build([src], clean, use_cache=False)
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    assert store_content(out) == store_content(clean)


def cached_files(out: Path) -> list[Path]:
    return sorted((out / CACHE_DIR).glob("*/*/*.pickle"))


def test_add_change_remove(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    first = build([write_inputs(src, ARTICLES)], out)
    assert first.cached == 0 and len(cached_files(out)) == 3

    added = build([write_inputs(src, {**ARTICLES, "d": "LG에너지솔루션과 현대자동차가 합작법인을 설립한다.\n"})], out)
    assert added.cached == 3 and added.articles == 4
    assert "LG에너지솔루션" in (out / "graph.ttl").read_text("utf-8")
    same_as_clean_build(out, src, tmp_path)

    changed = build([write_inputs(src, {**ARTICLES, "b": "SK하이닉스가 솔리다임을 인수했다.\n"})], out)
    assert changed.cached == 2
    ttl = (out / "graph.ttl").read_text("utf-8")
    assert "솔리다임" in ttl and "레인보우로보틱스" not in ttl and "LG에너지솔루션" not in ttl
    same_as_clean_build(out, src, tmp_path)

    removed = build([write_inputs(src, {"a": ARTICLES["a"]})], out)
    assert removed.cached == 1
    ttl = (out / "graph.ttl").read_text("utf-8")
    assert "마이크로소프트" in ttl and "솔리다임" not in ttl and "/article/c" not in ttl
    assert len(cached_files(out)) == 1  # the cache forgets what left the input
    same_as_clean_build(out, src, tmp_path)


def test_a_rebuild_rewrites_only_the_changed_graphs_of_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    build([write_inputs(src, ARTICLES)], out)
    assert (out / "store" / store.GRAPH_DIGESTS).is_file()

    def no_full_load(*args: object) -> None:
        raise AssertionError("the whole store was loaded again")

    def rebuild(articles: dict[str, str]) -> None:
        with monkeypatch.context() as m:
            m.setattr(store, "_fill_store", no_full_load)
            build([write_inputs(src, articles)], out)

    rebuild({**ARTICLES, "d": "LG에너지솔루션과 현대자동차가 합작법인을 설립한다.\n"})
    quads, graphs = store_content(out)
    assert any("LG에너지솔루션" in q.decode() and "/graph/article/d>" in q.decode() for q in quads)
    same_as_clean_build(out, src, tmp_path)  # named graphs and union as a clean build has them
    rebuild({"a": ARTICLES["a"], "d": "SK하이닉스가 솔리다임을 인수했다.\n"})
    quads, graphs = store_content(out)
    assert not any("레인보우로보틱스" in q.decode() for q in quads)  # gone from its graph and the union
    assert not any(g.endswith("/graph/article/b>") for g in graphs)
    same_as_clean_build(out, src, tmp_path)


#: the start of a script run in a fresh process (kiwipiepy not loaded yet, as when `kg build` runs):
#: `started` records how many articles were given to forked extraction children (and into how many
#: processes, when more than one)
SPY_ON_CHILDREN = """
import sys
from pathlib import Path
from kg import pipeline
started = []
class Spy(pipeline._ExtractionChildren):
    def __init__(self, articles, n=1, threads=None):
        super().__init__(articles, n, threads)
        started.append(len(articles) if n == 1 else (len(articles), n))
pipeline._ExtractionChildren = Spy
"""

#: a rebuild telling whether the new articles went to a forked child; argv: inputs, output folder,
#: "broken" to make recognition fail
REBUILD = SPY_ON_CHILDREN + """
if sys.argv[3] == "broken":
    def broken(*args):
        raise ValueError("recognition failed on purpose")
    pipeline.recognise = broken  # the forked child inherits it
try:
    summary = pipeline.build([Path(sys.argv[1])], Path(sys.argv[2]))
    print("children", started, "cached", summary.cached)
except ValueError as exc:
    print("children", started, "error", exc)
"""


#: `kg build` as a user types it (progress bar and all), telling whether it forked
CLI_REBUILD = SPY_ON_CHILDREN + """
from kg.cli import main
sys.argv = ["kg", "build", sys.argv[1], "--out", sys.argv[2]]
try:
    main()
except SystemExit:
    pass
print("children", started, file=sys.stderr)
"""


def test_a_rebuild_with_a_progress_bar_forks_too(tmp_path: Path) -> None:
    """tqdm's monitor thread would make forking unsafe; kg build starts none."""
    import subprocess
    import sys

    many = {f"n{i:02d}": f"회사{i}는 마이크로소프트와 파트너십을 맺었다.\n" for i in range(60)}
    src, out = tmp_path / "in", tmp_path / "out"
    build([write_inputs(src, many)], out)
    write_inputs(src, {**many, "new": "LG에너지솔루션과 현대자동차가 합작법인을 설립한다.\n"})
    done = subprocess.run([sys.executable, "-c", CLI_REBUILD, str(src), str(out)], capture_output=True, text=True,
                          check=True, timeout=300)
    assert "children [1]" in done.stderr, done.stderr[-500:]
    assert "LG에너지솔루션" in (out / "graph.ttl").read_text("utf-8")


def rebuild_in_new_process(src: Path, out: Path, mode: str = "") -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", REBUILD, str(src), str(out), mode or "-"],
                          capture_output=True, text=True, check=True, timeout=300)
    return done.stdout.strip()


def test_a_rebuild_extracts_new_articles_in_a_forked_process(tmp_path: Path) -> None:
    """kiwipiepy loads in the child while the parent reads the cache; the result is the same."""
    src, out = tmp_path / "in", tmp_path / "out"
    build([write_inputs(src, ARTICLES)], out)
    write_inputs(src, {**ARTICLES, "d": "LG에너지솔루션과 현대자동차가 합작법인을 설립한다.\n"})
    assert rebuild_in_new_process(src, out) == "children [1] cached 3"
    assert "LG에너지솔루션" in (out / "graph.ttl").read_text("utf-8")
    same_as_clean_build(out, src, tmp_path)
    write_inputs(src, ARTICLES)  # nothing new: no child
    assert rebuild_in_new_process(src, out) == "children [] cached 3"


def test_a_new_article_that_joins_two_names_rewrites_the_older_articles_facts(tmp_path: Path) -> None:
    """While the child extracts, the parent makes the cached articles' quads ahead; an article whose
    names the new one resolves otherwise (HRT becomes 하나로테크) gets its quads made again."""
    old = {"a": "KT는 HRT와 5년간 파트너십을 맺었다.\n", "b": "삼성전자가 레인보우로보틱스를 인수했다.\n"}
    src, out = tmp_path / "in", tmp_path / "out"
    build([write_inputs(src, old)], out)
    assert "/org/hrt>" in (out / "graph.ttl").read_text("utf-8")
    write_inputs(src, {**old, "c": "하나로테크(HRT)는 G42에 15억 달러를 투자했다.\n"})
    assert rebuild_in_new_process(src, out) == "children [1] cached 2"
    ttl = (out / "graph.ttl").read_text("utf-8")
    assert "/org/hrt>" not in ttl and "deal:partnerOf <https://w3id.org/kgdeals/id/org/하나로테크>" in ttl
    same_as_clean_build(out, src, tmp_path)


def test_a_failure_in_the_forked_extraction_is_raised_and_changes_nothing(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    build([write_inputs(src, ARTICLES)], out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    write_inputs(src, {**ARTICLES, "d": "LG에너지솔루션과 현대자동차가 합작법인을 설립한다.\n"})
    assert rebuild_in_new_process(src, out, "broken") == "children [1] error recognition failed on purpose"
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before


def build_in_new_process(src: Path, out: Path, mode: str = "", **env: str) -> str:
    import os
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", REBUILD, str(src), str(out), mode or "-"],
                          capture_output=True, text=True, check=True, timeout=600, env={**os.environ, **env})
    return done.stdout.strip()


#: enough articles for a build to extract them in parallel processes
MANY = {f"m{i:03d}": f"세진테크{i}는 마이크로소프트와 클라우드 파트너십을 맺었다. 김민수 세진테크{i} 대표가 밝혔다.\n"
        for i in range(pipeline.PARALLEL_FROM + 6)}


def test_a_large_build_extracts_in_parallel_processes_with_the_same_bytes(tmp_path: Path) -> None:
    """Two workers: two forked processes, each with its own kiwipiepy, and the output of one process."""
    src = write_inputs(tmp_path / "in", {**ARTICLES, **MANY})
    n = len(ARTICLES) + len(MANY)
    assert build_in_new_process(src, tmp_path / "par", KG_WORKERS="2") == f"children [({n}, 2)] cached 0"
    assert build_in_new_process(src, tmp_path / "one", KG_WORKERS="2", KG_NO_FORK="1") == "children [] cached 0"
    for name in OUTPUTS:
        assert (tmp_path / "par" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    assert f"세진테크{len(MANY) - 1}" in (tmp_path / "par" / "graph.ttl").read_text("utf-8")  # the last one


def test_a_failure_in_a_parallel_extraction_is_raised_and_changes_nothing(tmp_path: Path) -> None:
    src, out = write_inputs(tmp_path / "in", ARTICLES), tmp_path / "out"
    build([src], out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    write_inputs(src, {**ARTICLES, **MANY})
    n = len(ARTICLES) + len(MANY)
    got = build_in_new_process(src, out, "broken", KG_WORKERS="2")
    assert got == f"children [({n - 3}, 2)] error recognition failed on purpose"
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before


def test_a_store_without_digests_is_loaded_whole(tmp_path: Path) -> None:
    src, out = write_inputs(tmp_path / "in", ARTICLES), tmp_path / "out"
    build([src], out)
    (out / "store" / store.GRAPH_DIGESTS).write_text("not json", "utf-8")
    build([write_inputs(src, {"a": ARTICLES["a"]})], out)
    same_as_clean_build(out, src, tmp_path)
    shutil.rmtree(out / "store")
    build([write_inputs(src, ARTICLES)], out)
    same_as_clean_build(out, src, tmp_path)


def test_cache_is_keyed_by_content_not_file(tmp_path: Path) -> None:
    a = Article("x", "본문", title="제목", source="one.txt")
    assert article_key(a) == article_key(Article("x", "본문", title="제목", source="other.txt"))
    assert article_key(a) != article_key(Article("x", "본문", title="다른 제목"))
    assert article_key(a) != article_key(Article("y", "본문", title="제목"))
    assert article_key(Article("x", "t", url=None)) != article_key(Article("x", "t", url=""))


def test_a_corrupt_entry_is_extracted_again(tmp_path: Path) -> None:
    src, out = write_inputs(tmp_path / "in", ARTICLES), tmp_path / "out"
    build([src], out)
    for p in cached_files(out):
        p.write_bytes(b"not a pickle")
    assert build([src], out).cached == 0
    same_as_clean_build(out, src, tmp_path)


def test_another_extractor_version_is_dropped(tmp_path: Path) -> None:
    src, out = write_inputs(tmp_path / "in", ARTICLES), tmp_path / "out"
    build([src], out)
    stale = out / CACHE_DIR / "extract-0000000000000000"
    stale.mkdir()
    assert ExtractionCache(out).dir.name == f"extract-{extractor_version()}"
    build([src], out)
    assert not stale.exists()


def test_lexicon_dir_changes_the_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = extractor_version()
    lex = tmp_path / "lex"
    lex.mkdir()
    (lex / "companies.tsv").write_text("리벨리온\tRebellions\t\tOrganization\n", "utf-8")
    monkeypatch.setenv("KG_LEXICON_DIR", str(lex))
    extractor_version.cache_clear()
    try:
        assert extractor_version() != before
    finally:
        monkeypatch.delenv("KG_LEXICON_DIR")
        extractor_version.cache_clear()


def test_jsonl_articles_are_cached_one_by_one(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    rows = [{"id": k, "text": v, "title": f"기사 {k}"} for k, v in ARTICLES.items()]
    (src / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    out = tmp_path / "out"
    build([src], out)
    rows[1]["title"] = "바뀐 제목"
    (src / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    assert build([src], out).cached == 2
    same_as_clean_build(out, src, tmp_path)


def test_same_bytes_in_another_process(seeds_build: Path, tmp_path: Path) -> None:
    """Python salts string hashes per process: nothing written may depend on a set's order."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "again"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run([str(Path(sys.executable).with_name("kg")), "build", str(root / "seeds"), "--out", str(out), "-q", "--no-cache"],
                   check=True, env=env, cwd=tmp_path)
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (seeds_build / name).read_bytes(), name


#: a build from the cache in a fresh process (so kiwipiepy is not loaded and forking is safe) that
#: computes centrality and renders the page in forked processes for a graph of any size; argv: inputs,
#: output folder, "broken" to make the page fail
ASIDE = """
import sys
from pathlib import Path
from kg import pipeline, render
pipeline.ASIDE_FROM = 1
forked = []
class Spy(pipeline._Aside):
    def __init__(self, fn, *args):
        super().__init__(fn, *args)
        forked.append(fn.__name__)
pipeline._Aside = Spy
if sys.argv[3] == "broken":
    def broken(*args, **kwargs):
        raise ValueError("rendering failed on purpose")
    render.render_html = broken  # the forked child inherits it
try:
    summary = pipeline.build([Path(sys.argv[1])], Path(sys.argv[2]))
    print("forked", forked, "cached", summary.cached, "top", summary.top[0][0])
except ValueError as exc:
    print("forked", forked, "error", exc)
"""


def test_a_large_graph_is_analysed_and_rendered_in_forked_processes_with_the_same_bytes(tmp_path: Path) -> None:
    import subprocess
    import sys

    src, out = write_inputs(tmp_path / "in", ARTICLES), tmp_path / "out"
    build([src], out)
    (out / "graph.html").unlink()
    done = subprocess.run([sys.executable, "-c", ASIDE, str(src), str(out), "-"], capture_output=True, text=True,
                          check=True, timeout=300)
    assert done.stdout.strip() == "forked ['centrality', 'page'] cached 3 top KT"
    same_as_clean_build(out, src, tmp_path)


def test_a_failure_in_the_forked_rendering_is_raised_and_changes_nothing(tmp_path: Path) -> None:
    import subprocess
    import sys

    src, out = write_inputs(tmp_path / "in", ARTICLES), tmp_path / "out"
    build([src], out)
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    before_store = store_content(out)
    write_inputs(src, {k: v for k, v in ARTICLES.items() if k != "c"})  # a changed graph, from the cache
    done = subprocess.run([sys.executable, "-c", ASIDE, str(src), str(out), "broken"], capture_output=True,
                          text=True, check=True, timeout=300)
    assert done.stdout.strip() == "forked ['centrality', 'page'] error rendering failed on purpose"
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert store_content(out) == before_store


def test_an_error_or_a_death_in_a_forked_step_is_raised_here() -> None:
    import os

    def fails() -> None:
        raise ValueError("centrality failed on purpose")

    with pytest.raises(ValueError, match="centrality failed on purpose"):
        pipeline._Aside(fails)()
    with pytest.raises(RuntimeError, match="ended unexpectedly"):
        pipeline._Aside(os._exit, 3)()
    assert pipeline._Aside(sorted, [3, 1, 2])() == [1, 2, 3]
