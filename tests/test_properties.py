"""What must hold for any input (hypothesis): extraction never raises and its offsets slice
the text; Turtle written by kg reads back as the same graph, in the same bytes."""
from __future__ import annotations

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.models import Article
from kg.rdf import ENTITIES_GRAPH, article_graph_iri

# Pieces of Korean business news, so that the text holds names and deals and not only noise.
PIECES = ["KT", "는 ", "마이크로소프트", "(MS)", "와 ", "파트너십을 맺었다", ". ", "삼성전자", "가 ", "네이버",
          "에 ", "100억 달러를 투자했다", "김영섭 ", "대표", "\n", "인수", "합작법인", "주식회사 ", "美", "“", "”"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=25).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=3))
def test_extraction_never_raises_and_offsets_slice_the_text(bodies: list[str]) -> None:
    from kg.pipeline import extract

    articles = [Article(id=f"a{i}", text=body) for i, body in enumerate(bodies)]
    for ex in extract(articles):
        text = ex.article.text
        for m in ex.mentions:
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start:m.end] == m.text, (text, m)
        for r in ex.relations:
            assert text[r.sentence.start:r.sentence.end] == r.sentence.text


iris = st.text(alphabet=st.characters(whitelist_categories=("L", "N")), min_size=1, max_size=8).map(
    lambda s: URIRef("https://w3id.org/kgdeals/id/org/" + s))
literals = st.one_of(
    st.text(max_size=30).map(Literal),
    st.tuples(st.text(max_size=30), st.sampled_from(["ko", "en", "ko-kr"])).map(lambda t: Literal(t[0], lang=t[1])),
    st.integers(-10**12, 10**12).map(Literal),
    st.floats(allow_nan=False, allow_infinity=False, width=64).map(Literal),
    st.booleans().map(Literal),
)
objects = st.one_of(iris, literals, st.sampled_from([BNode("b1"), BNode("b2")]))
triples = st.lists(st.tuples(st.one_of(iris, st.sampled_from([BNode("b1")])), st.sampled_from(
    [URIRef("https://w3id.org/kgdeals#partnerOf"), URIRef("http://www.w3.org/2000/01/rdf-schema#label")]), objects),
    min_size=1, max_size=20)


@settings(max_examples=60, deadline=None)
@given(triples)
def test_turtle_out_and_back_in_is_the_same_graph(ts: list[tuple]) -> None:
    """graph.ttl is written by kg.store.turtle(prepare(...).ntriples): any strings, languages, numbers."""
    from kg.store import prepare, turtle

    quads = [(s, p, o, ENTITIES_GRAPH if i % 2 else article_graph_iri("x")) for i, (s, p, o) in enumerate(ts)]
    data = turtle(prepare(quads).ntriples)
    back = Graph().parse(data=data, format="turtle")
    expected = Graph()
    for s, p, o in ts:
        expected.add((s, p, o))
    assert isomorphic(back, expected)
    assert len(list(ox.parse(data, format=ox.RdfFormat.TURTLE))) == len(expected)  # oxigraph reads it alike
    assert turtle(prepare(list(reversed(quads))).ntriples) == data  # same graph, same bytes


# Names are found by str.find with the lookarounds checked by hand (a pattern compiled per name fills
# re's cache and pushes the module's own patterns out); they must find what the pattern finds.
SYLLABLES = st.text(alphabet="가나다라AB1 (‘", max_size=30)
NAMES = st.text(alphabet="가나다AB", min_size=1, max_size=3)


@settings(max_examples=300, deadline=None)
@given(NAMES, SYLLABLES)
def test_occurrences_finds_what_the_pattern_finds(name: str, text: str) -> None:
    import re

    from kg.recognise import _is_ascii_alnum, followed_by, is_hangul, occurrences

    assert list(occurrences(name, text)) == [m.start() for m in re.finditer(re.escape(name), text)]
    assert list(occurrences(name, text, not_after=is_hangul)) == \
        [m.start() for m in re.finditer(rf"(?<![가-힣]){re.escape(name)}", text)]
    assert list(occurrences(name, text, not_after=lambda ch: is_hangul(ch) or _is_ascii_alnum(ch),
                            not_before=_is_ascii_alnum)) == \
        [m.start() for m in re.finditer(rf"(?<![가-힣A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text)]
    for after in (re.compile(r" ?([가-힣]+)"), re.compile(r"([가-힣]{2,5})")):
        assert [(m.start(1), m[1]) for m in followed_by(name, after, text)] == \
            [(m.start(1), m[1]) for m in re.finditer(re.escape(name) + after.pattern, text)]


@settings(max_examples=300, deadline=None)
@given(NAMES, st.lists(st.sampled_from(["편의점", " 체인", "운영사", " ", "‘", "가", "A", "나다"]), max_size=8).map("".join),
       SYLLABLES)
def test_a_retailer_is_found_as_the_pattern_finds_it(name: str, before: str, after: str) -> None:
    import re

    from kg.relate import _RETAILER_BEFORE, _RETAILER_WORDS, _named_after

    text = before + name + after
    pattern = _RETAILER_WORDS + r"(?:\s?(?:플랫폼|체인|기업|업체|회사|운영사))?\s['‘\"“]?" + re.escape(name) + r"(?![가-힣])"
    assert _named_after(_RETAILER_BEFORE, name, text) == (re.search(pattern, text) is not None)
