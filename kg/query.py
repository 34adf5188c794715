"""SPARQL over a graph: run a query, format its results, and the named questions in kg/queries/."""
from __future__ import annotations

import csv
import io
import json
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf import PREFIXES

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
RESULT_FORMATS = ("table", "csv", "tsv", "json", "xml")
XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger",
                               "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {XSD + t for t in ("double", "float", "decimal")}


@dataclass
class QueryResult:
    """What a query gave: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE)."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    terms: list[list[OxTerm | None]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False  # more rows than the limit; only the first ones were kept

    @property
    def rows(self) -> list[list[Any]]:
        """Solutions as Python values: int, float, bool, else the lexical form or IRI; None if unbound."""
        return [[python_value(t) for t in row] for row in self.terms]

    @property
    def graph_turtle(self) -> str:
        return serialize_triples(self.triples, ox.RdfFormat.TURTLE).decode("utf-8")


def python_value(term: OxTerm | None) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        try:
            if dt in _INTEGERS:
                return int(term.value)
            if dt in _FLOATS:
                return float(term.value)
            if dt == XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            pass
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


# --- what a query may not do -------------------------------------------------------------------

_TOKENS = re.compile(
    r'''(?P<skip>\#[^\n]*
        |"""(?:[^"\\]|\\.|"(?!""))*"""|'\'\'(?:[^'\\]|\\.|'(?!''))*'\'\'
        |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'
        |<[^<>"{}|^`\\\s]*>|[?$]\w+|@[A-Za-z][\w-]*
        |[A-Za-z_][\w.-]*:[\w.:%-]*|:[\w.:%-]*)
      |(?P<word>[A-Za-z_]\w*)''',
    re.VERBOSE,
)
_UPDATES = {"INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def refusal(text: str) -> tuple[int, str] | None:
    """Why `text` may not run, as (HTTP status, message), or None.  SERVICE (calls out to other
    servers), FROM / FROM NAMED (could name files or URLs), LOAD and updates are refused.

    pyoxigraph does not expose the parsed algebra, so this reads the keywords, skipping
    strings, IRIs, comments, variables and prefixed names."""
    for m in _TOKENS.finditer(text):
        word = (m.group("word") or "").upper()
        if word == "SERVICE":
            return 400, "SERVICE is refused: only the graph itself is queried"
        if word == "FROM":
            return 400, "FROM and FROM NAMED are refused: the dataset is fixed; use GRAPH <iri> { … }"
        if word == "LOAD":
            return 400, "LOAD is refused: the graph is read-only"
        if word in _UPDATES:
            return 403, f"{word} is refused: the graph is read-only (no SPARQL Update)"
    return None


def check_query(text: str) -> None:
    """QueryError if `text` may not run (see `refusal`)."""
    refused = refusal(text)
    if refused is not None:
        raise QueryError(refused[1])


def run_query(
    store: ox.Store,
    sparql: str,
    *,
    timeout: float | None = None,
    limit: int | None = None,
    params: dict[str, str] | None = None,
) -> QueryResult:
    """Run `sparql` (our prefixes predeclared) over the store's default graph, the union of all graphs.

    SERVICE, FROM, LOAD and updates are refused (QueryError) before anything runs.
    `params` bind variables to string literals before the query runs.  With `timeout`,
    QueryError is raised when it runs out; the query itself is abandoned in a background
    thread, not stopped (kg.serve stops slow queries by killing a worker process).
    """
    check_query(sparql)
    if timeout is None:
        return _run(store, sparql, limit, params)
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["result"] = _run(store, sparql, limit, params)
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryError(f"the query ran longer than {timeout:g} s and was abandoned", hint="narrow it down")
    if "error" in box:
        raise box["error"]
    result: QueryResult = box["result"]
    return result


def _run(store: ox.Store, sparql: str, limit: int | None, params: dict[str, str] | None) -> QueryResult:
    try:
        answer = store.query(bind_params(sparql, params) if params else sparql, prefixes=PREFIXES)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            triples, truncated = _take(answer, limit)
            return QueryResult("graph", triples=triples, truncated=truncated)
        variables = [v.value for v in answer.variables]
        solutions, truncated = _take(answer, limit)
        terms = [[s[v] for v in variables] for s in solutions]
        return QueryResult("select", variables=variables, terms=terms, truncated=truncated)
    except SyntaxError as exc:
        raise QueryError(f"the query is not valid SPARQL: {exc.args[0]}") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None


def bind_params(sparql: str, params: dict[str, str]) -> str:
    """Bind each ?NAME to a string literal with a VALUES block opening the query's WHERE group.

    (pyoxigraph's `substitutions` only binds variables the query projects.)"""
    m = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE)
    if m is None:
        raise QueryError("cannot bind parameters: the query has no WHERE { … }")
    for name in params:
        if not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
    values = " ".join(f"VALUES ?{k} {{ {json.dumps(v, ensure_ascii=False)} }}" for k, v in params.items())
    return f"{sparql[:m.end()]} {values} {sparql[m.end():]}"


def _take(items: Any, limit: int | None) -> tuple[list[Any], bool]:
    taken: list[Any] = []
    for item in items:
        if limit is not None and len(taken) >= limit:
            return taken, True
        taken.append(item)
    return taken, False


# --- formats ---------------------------------------------------------------------------------

def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Text for the terminal: CONSTRUCT/DESCRIBE give Turtle whatever `fmt` says."""
    if result.kind == "graph":
        return result.graph_turtle
    if fmt == "json":
        return to_json(result) + "\n"
    if fmt == "xml":
        return to_xml(result)
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "csv":
        return to_csv(result).replace("\r\n", "\n")
    if fmt == "tsv":
        return to_tsv(result)
    return to_table(result)


def serialize_triples(triples: list[ox.Triple], fmt: ox.RdfFormat) -> bytes:
    out = io.BytesIO()
    ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    ox.serialize(ordered, out, format=fmt, prefixes=PREFIXES if fmt != ox.RdfFormat.N_TRIPLES else None)
    return out.getvalue()


def _json_term(term: OxTerm) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                        "predicate": _json_term(term.predicate),
                                        "object": _json_term(term.object)}}


def to_json(result: QueryResult) -> str:
    """W3C SPARQL 1.1 Query Results JSON."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.terms
    ]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _xml_term(term: OxTerm) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD + "string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def to_xml(result: QueryResult) -> str:
    """W3C SPARQL Query Results XML."""
    lines = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    lines += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    lines.append("</head>")
    if result.kind == "ask":
        lines.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        lines.append("<results>")
        for row in result.terms:
            cells = "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(result.variables, row, strict=True) if t is not None
            )
            lines.append(f"<result>{cells}</result>")
        lines.append("</results>")
    lines.append("</sparql>")
    return "\n".join(lines) + "\n"


def _plain(term: OxTerm | None) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def to_csv(result: QueryResult) -> str:
    """W3C SPARQL 1.1 CSV results (CRLF line ends; values without types)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return out.getvalue()
    writer.writerow(result.variables)
    writer.writerows([_plain(t) for t in row] for row in result.terms)
    return out.getvalue()


def to_tsv(result: QueryResult) -> str:
    """W3C SPARQL 1.1 TSV results: terms in their N-Triples / Turtle form."""
    if result.kind == "ask":
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.terms]
    return "\n".join(lines) + "\n"


def display_width(text: str) -> int:
    """Terminal cells: Hangul and other wide characters take two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text
    )


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _cell(term: OxTerm | None) -> str:
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and re.fullmatch(r"[\w-]+", term.value[len(ns):]):
                return f"{prefix}:{term.value[len(ns):]}"
    return re.sub(r"\s+", " ", _plain(term))


def to_table(result: QueryResult) -> str:
    """Columns aligned for a terminal, IRIs shortened with our prefixes."""
    return text_table(result.variables, [[_cell(t) for t in row] for row in result.terms], result.truncated)


def text_table(header: list[str], body: list[list[str]], truncated: bool = False) -> str:
    """Aligned columns; wide (Hangul) characters count as two cells."""
    widths = [max([display_width(h)] + [display_width(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() for r in body]
    note = f"({len(body)} row{'s' if len(body) != 1 else ''}{', truncated' if truncated else ''})"
    return "\n".join(lines + [note]) + "\n"


# --- named questions ---------------------------------------------------------------------------

@dataclass(frozen=True)
class NamedQuery:
    """A question in kg/queries/NAME.rq.  Its header comments give a description and the
    parameters: `# param NAME: what it is` (add `(optional)` when it may be left out)."""

    name: str
    description: str
    params: dict[str, str]  # name → description
    optional: frozenset[str]
    sparql: str


def named_queries() -> dict[str, NamedQuery]:
    found = {}
    for entry in sorted((resources.files("kg") / "queries").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            found[entry.name[:-3]] = _parse_named(entry.name[:-3], entry.read_text("utf-8"))
    return found


def _parse_named(name: str, text: str) -> NamedQuery:
    description: list[str] = []
    params: dict[str, str] = {}
    optional = set()
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("# ").rstrip()
        m = re.match(r"param (\w+):\s*(.*)", body)
        if m:
            params[m.group(1)] = m.group(2)
            if "(optional" in m.group(2):
                optional.add(m.group(1))
        elif body:
            description.append(body)
    return NamedQuery(name, " ".join(description), params, frozenset(optional), text)


def named_query(name: str, params: dict[str, str]) -> NamedQuery:
    """The named question, after checking that `params` fits it."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}", hint=f"choose one of: {', '.join(queries)}")
    query = queries[name]
    unknown = sorted(set(params) - set(query.params))
    if unknown:
        raise QueryError(f"query {name!r} has no parameter {unknown[0]!r}",
                         hint=f"its parameters: {', '.join(query.params) or 'none'}")
    missing = sorted(set(query.params) - set(params) - query.optional)
    if missing:
        raise QueryError(f"query {name!r} needs {missing[0]}=…", hint=f"{missing[0]}: {query.params[missing[0]]}")
    return query


def describe_named() -> str:
    lines = []
    for q in named_queries().values():
        lines.append(f"{q.name}: {q.description}")
        lines += [f"    {p}=…  {d}" for p, d in q.params.items()]
    return "\n".join(lines) + "\n"
