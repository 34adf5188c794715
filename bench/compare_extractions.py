"""What a change to the extractor changes: the facts of the same articles under another commit and now.

    .venv/bin/python bench/compare_extractions.py                    # against HEAD, 300 corpus articles + seeds/
    .venv/bin/python bench/compare_extractions.py --base 5a7a7bd -n 500
    .venv/bin/python bench/compare_extractions.py --gold ../shared/gold/dev.json bench/gold/own.json   # real articles too
    .venv/bin/python bench/compare_extractions.py --every-detail      # mentions and each fact's details too

No gold file is needed: it lists every fact (article, subject, relation, object, status) that one side
has and the other has not, and the counts by relation type.  Gold sets say whether the extractor got
better on the articles they hold; this says what else moved, on articles nobody annotated (a rule that
helps one set can break sentences no set has).  The base commit is checked out in a temporary git
worktree and run in its own process, with the same kiwipiepy; the worktree is removed afterwards.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

#: run in a fresh process with the code under test first on sys.path
EXTRACT = """
import json, sys
from pathlib import Path
from kg.pipeline import extract
from kg.read import read_articles
detail = sys.argv[2] == "detail"
articles = read_articles([Path(p) for p in sys.argv[3:]])
facts = set()
for ex in extract(articles):
    for r in ex.relations:
        facts.add((ex.article.id, r.subject.name, r.type.value, r.object.name, r.status.value)
                  + ((r.subject.start, r.object.start, r.sentence.index, r.trigger, repr(r.amount), str(r.date),
                      str(r.duration)) if detail else ()))
    if detail:  # every mention too, where it stands
        facts.update((ex.article.id, m.text, "mention", m.type.value, f"{m.start}-{m.end}", m.canonical, m.strength,
                      m.guess) for m in ex.mentions)
Path(sys.argv[1]).write_text(json.dumps(sorted(facts, key=repr), ensure_ascii=False), "utf-8")
"""


def facts_of(code: Path, inputs: list[Path], out: Path, detail: bool = False) -> set[tuple[str, ...]]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    subprocess.run([sys.executable, "-c", EXTRACT, str(out), "detail" if detail else "facts", *map(str, inputs)],
                   env=env, check=True, cwd=code)
    return {tuple(f) for f in json.loads(out.read_text("utf-8"))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="HEAD", help="the commit to compare with (default HEAD)")
    ap.add_argument("-n", "--articles", type=int, default=300, help="corpus articles (bench/corpus.py, seeded)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-seeds", action="store_true", help="leave seeds/ out")
    ap.add_argument("--show", type=int, default=40, help="facts to list on each side")
    ap.add_argument("--gold", type=Path, nargs="+", default=[], metavar="FILE",
                    help="also the articles of these gold files (SPEC.md format; never a held-out set: "
                         "what it lists is a look at the set)")
    ap.add_argument("--every-detail", action="store_true",
                    help="compare every mention (text, span, type, strength) and every detail of each fact (the "
                         "mentions it joins, sentence, trigger, amount, date, duration): for a change meant to "
                         "change nothing, such as a speed-up")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-compare-") as tmp:
        d = Path(tmp)
        (d / "in").mkdir()
        inputs = [corpus.write(args.articles, d / "in" / "news.jsonl", args.seed)] if args.articles else []
        if not args.no_seeds:
            inputs.append(ROOT / "seeds")
        if args.gold:  # real articles exercise far more of the rules than the generated corpus
            rows = [{"id": a["id"], "text": a["text"]} for f in args.gold for a in json.loads(f.read_text("utf-8"))]
            gold = d / "in" / "gold.jsonl"
            gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
            inputs.append(gold)
        base = d / "base"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), args.base], check=True)
        try:
            old = facts_of(base, inputs, d / "old.json", args.every_detail)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=True)
        new = facts_of(ROOT, inputs, d / "new.json", args.every_detail)
    gone, came = sorted(old - new), sorted(new - old)
    print(f"{len(old)} facts with {args.base}, {len(new)} now: {len(gone)} gone, {len(came)} new")
    for label, side in (("gone", gone), ("new", came)):
        by_type = Counter(f[2] for f in side)
        if side:
            print(f"\n{label} ({', '.join(f'{t} {n}' for t, n in by_type.most_common())}):")
        for f in side[:args.show]:
            print(f"  {f[0]}: {f[1]} -{f[2]}-> {f[3]} ({f[4]})")
        if len(side) > args.show:
            print(f"  … {len(side) - args.show} more")
    return 0


if __name__ == "__main__":
    sys.exit(main())
