"""kg: a knowledge-graph builder and explorer for Korean business news.

    import kg

    graph = kg.build_graph([Path("seeds/"), "KT는 마이크로소프트와 파트너십을 맺었다."])
    graph.query("SELECT ?label WHERE { ?o a schema:Organization ; rdfs:label ?label }")

Importing kg is cheap: kiwipiepy, rdflib and pyoxigraph load when first used.
"""
from kg.api import KnowledgeGraph, Source, build_graph, open_graph
from kg.errors import GraphError, InputError, KgError, QueryError, RemoteError
from kg.models import Article

__all__ = [
    "Article",
    "GraphError",
    "InputError",
    "KgError",
    "KnowledgeGraph",
    "QueryError",
    "RemoteError",
    "Source",
    "build_graph",
    "open_graph",
]
