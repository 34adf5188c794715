"""Score a build against annotated articles (the gold format of `kg eval`).

Gold: a JSON array of articles `{id, text, entities: [{id, name, type, aliases}],
relations: [{subject, type, object, evidence}], not_relations: [...]}`.  Scoring
is corpus-level and by name: a gold entity is found when a graph node of its
type shares a normalised name with it; a gold relation when an edge of its
predicate joins nodes sharing names with its two ends (either way round for
symmetric relations).  Precision counts graph nodes and edges, recall gold ones.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.models import EntityType, RelationType
from kg.rdf import normalise_name

SCORED_TYPES = ("Organization", "Person", "Country", "City", "Product")


@dataclass
class Counts:
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    entities: Counts
    relations: Counts
    by_type: dict[str, Counts]
    hedged_extracted: list[str] = field(default_factory=list)
    missed_entities: list[str] = field(default_factory=list)
    false_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    false_relations: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def c(x: Counts) -> dict[str, Any]:
            return {"precision": round(x.precision, 4), "recall": round(x.recall, 4), "f1": round(x.f1, 4),
                    "predicted": x.predicted, "correct": x.correct, "gold": x.gold, "found": x.found}

        return {"entity": c(self.entities), "relation": c(self.relations),
                "by_type": {k: c(v) for k, v in sorted(self.by_type.items())},
                "negated_or_hedged_extracted": len(self.hedged_extracted),
                "hedged_extracted": self.hedged_extracted, "missed_entities": self.missed_entities,
                "false_entities": self.false_entities, "missed_relations": self.missed_relations,
                "false_relations": self.false_relations}


def load_gold(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(str(path), f"not valid JSON ({exc.msg})", line=exc.lineno) from None
    if not isinstance(data, list) or not all(isinstance(a, dict) and "id" in a and "text" in a for a in data):
        raise InputError(str(path), "expected a JSON array of articles with `id` and `text`")
    return data


@dataclass(frozen=True)
class GraphView:
    """What scoring needs of a graph: typed nodes with names, and edges by relation."""

    nodes: dict[str, tuple[set[str], set[str]]]  # node → (types, normalised names)
    edges: set[tuple[str, str, str]]  # (relation, subject, object)


def score(view: GraphView, gold: list[dict[str, Any]]) -> Report:
    merged: list[dict[str, Any]] = []
    index: dict[tuple[str, str], int] = {}
    for art in gold:
        for ent in art.get("entities", []):
            names = {normalise_name(n) for n in [ent["name"], *ent.get("aliases", [])] if normalise_name(n)}
            hit = next((index[(ent["type"], n)] for n in names if (ent["type"], n) in index), None)
            if hit is None:
                hit = len(merged)
                merged.append({"type": ent["type"], "names": set(), "label": ent["name"]})
            merged[hit]["names"] |= names
            for n in merged[hit]["names"]:
                index[(ent["type"], n)] = hit
            index[(art["id"], ent["id"])] = hit

    def names_of(node: str) -> set[str]:
        return view.nodes.get(node, (set(), set()))[1]

    def matches(node: str, gi: int) -> bool:
        return bool(names_of(node) & merged[gi]["names"])

    ents = Counts(gold=len(merged))
    found: set[int] = set()
    report = Report(ents, Counts(), defaultdict(Counts))
    for node, (types, names) in sorted(view.nodes.items()):
        if not types & set(SCORED_TYPES):
            continue
        ents.predicted += 1
        hits = {i for i, g in enumerate(merged) if g["type"] in types and names & g["names"]}
        found |= hits
        if hits:
            ents.correct += 1
        else:
            report.false_entities.append(f"{'/'.join(sorted(types))}:{min(names) if names else node}")
    ents.found = len(found)
    report.missed_entities = sorted(f"{g['type']}:{g['label']}" for i, g in enumerate(merged) if i not in found)

    gold_rels: dict[tuple[str, int, int], dict[str, Any]] = {}
    for art in gold:
        for rel in art.get("relations", []):
            s, o = index[(art["id"], rel["subject"])], index[(art["id"], rel["object"])]
            sym = RelationType(rel["type"]).symmetric
            key = (rel["type"], *sorted((s, o))) if sym else (rel["type"], s, o)
            gold_rels.setdefault(key, {"article": art["id"], "type": rel["type"], "s": s, "o": o})
    rels = report.relations
    rels.gold = len(gold_rels)
    found_rels: set[tuple[str, int, int]] = set()
    for rtype, subj, obj in sorted(view.edges):
        sym = RelationType(rtype).symmetric
        rels.predicted += 1
        report.by_type[rtype].predicted += 1
        rel_hits = {k for k, g in gold_rels.items() if g["type"] == rtype and (
            (matches(subj, g["s"]) and matches(obj, g["o"]))
            or (sym and matches(subj, g["o"]) and matches(obj, g["s"])))}
        found_rels |= rel_hits
        if rel_hits:
            rels.correct += 1
            report.by_type[rtype].correct += 1
        else:
            report.false_relations.append(f"{_label(names_of(subj), subj)} -{rtype}-> {_label(names_of(obj), obj)}")
    for k, g in gold_rels.items():
        report.by_type[g["type"]].gold += 1
        if k in found_rels:
            report.by_type[g["type"]].found += 1
        else:
            report.missed_relations.append(
                f"{g['article']}: {merged[g['s']]['label']} -{g['type']}-> {merged[g['o']]['label']}")
    rels.found = len(found_rels)
    for art in gold:
        for rel in art.get("not_relations", []):
            if rel.get("type") not in {t.value for t in RelationType}:
                continue
            s, o = index[(art["id"], rel["subject"])], index[(art["id"], rel["object"])]
            sym = RelationType(rel["type"]).symmetric
            if any(rt == rel["type"] and ((matches(a, s) and matches(b, o)) or (sym and matches(a, o) and matches(b, s)))
                   for rt, a, b in view.edges):
                report.hedged_extracted.append(f"{art['id']}: {merged[s]['label']} -{rel['type']}-> {merged[o]['label']}")
    return report


def _label(names: set[str], node: str) -> str:
    return min(names) if names else node.rsplit("/", 1)[-1]


def format_report(report: Report, verbose: bool = False) -> str:
    lines: list[str] = []
    if verbose:
        for title, items in (("missed entities", report.missed_entities), ("false entities", report.false_entities),
                             ("missed relations", report.missed_relations),
                             ("false relations", report.false_relations),
                             ("hedged or denied relations extracted", report.hedged_extracted)):
            lines.append(f"## {title} ({len(items)})")
            lines += [f"  {x}" for x in items]
    for name, c in sorted(report.by_type.items()):
        lines.append(f"  {name:14} gold {c.gold:3}  found {c.found:3}   predicted {c.predicted:3}  correct {c.correct:3}")
    lines.append(f"negated/hedged relations extracted: {len(report.hedged_extracted)}")
    for name, c in (("entity", report.entities), ("relation", report.relations)):
        lines.append(f"{name:8} P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} "
                     f"(predicted {c.predicted}, gold {c.gold})")
    return "\n".join(lines)


__all__ = ["Counts", "GraphView", "Report", "EntityType", "format_report", "load_gold", "score"]


_NAMES_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
SELECT ?node ?type ?name WHERE {
  { ?node a ?type } UNION
  { ?node rdfs:label|skos:prefLabel|skos:altLabel|schema:name|schema:alternateName ?name }
}"""


def graph_view(store: Any) -> GraphView:
    """Nodes (types, names) and direct edges of a pyoxigraph store."""
    from kg.rdf import CLASS_ENTITY, PREDICATE_RELATION

    classes = {str(k): v.value for k, v in CLASS_ENTITY.items()}
    nodes: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for row in store.query(_NAMES_QUERY):
        node = row["node"]
        if row["type"] is not None and row["type"].value in classes:
            nodes[node.value][0].add(classes[row["type"].value])
        if row["name"] is not None and normalise_name(row["name"].value):
            nodes[node.value][1].add(normalise_name(row["name"].value))
    edges: set[tuple[str, str, str]] = set()
    for pred, rel in PREDICATE_RELATION.items():
        for row in store.query(f"SELECT ?s ?o WHERE {{ ?s <{pred}> ?o }}"):
            s, o = row["s"].value, row["o"].value
            if s != o:
                edges.add((rel.value, *sorted((s, o))) if rel.symmetric else (rel.value, s, o))
    return GraphView({k: v for k, v in nodes.items() if v[0] or any(k in e[1:] for e in edges)}, edges)


def evaluate(gold_path: Path, out_dir: Path) -> Report:
    """Build the gold articles into `out_dir` and score the graph against the gold file."""
    import tempfile

    from kg.pipeline import build
    from kg.store import open_store

    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory() as tmp:
        for art in gold:
            (Path(tmp) / f"{art['id']}.txt").write_text(art["text"], encoding="utf-8")
        build([Path(tmp)], out_dir)
    return score(graph_view(open_store(out_dir)), gold)
