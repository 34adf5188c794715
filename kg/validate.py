"""Check a graph against the packaged SHACL shapes (kg/ontology/shapes.ttl)."""
from __future__ import annotations

from importlib.resources import files

import rdflib


def _packaged(name: str) -> rdflib.Graph:
    """Parse one Turtle file of the packaged ontology folder."""
    resource = files("kg") / "ontology" / name
    graph = rdflib.Graph()
    graph.parse(data=resource.read_text(encoding="utf-8"), format="turtle")
    return graph


def validate(graph: rdflib.Graph) -> tuple[bool, str]:
    """Validate a built graph against the packaged shapes and ontology.

    A Dataset (one named graph per article) is validated as the union of its graphs.
    Returns (conforms, pyshacl's human-readable report).
    """
    from pyshacl import validate as shacl_validate  # slow import: only when validating

    if isinstance(graph, rdflib.ConjunctiveGraph):
        # pyshacl would check each named graph on its own; a built graph is their union.
        union = rdflib.Graph(namespace_manager=graph.namespace_manager)
        for s, p, o, _ctx in graph.quads((None, None, None, None)):
            union.add((s, p, o))
        graph = union
    conforms, _results_graph, text = shacl_validate(
        graph,
        shacl_graph=_packaged("shapes.ttl"),
        ont_graph=_packaged("kgdeals.ttl"),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
    )
    return bool(conforms), str(text)
