"""The lexicons: what the names mean, how users extend them, and that the data stays clean."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

import kg.lexicon as lex
from kg.errors import KgError
from kg.models import EntityType
from kg.rdf import normalise_name

_CACHED = (
    lex.gazetteer,
    lex.gazetteer_keys_normalised,
    lex.titles,
    lex.legal_forms,
    lex.org_suffixes,
    lex.org_cues,
    lex.surnames,
    lex.person_cues,
)
_NAME_FILES = ("countries.tsv", "cities.tsv", "regions.tsv", "companies.tsv")
_OTHER_FILES = (
    "titles.tsv",
    "legal_forms.txt",
    "org_suffixes.txt",
    "org_cues.txt",
    "surnames.txt",
    "person_cues.txt",
)


@pytest.fixture(autouse=True)
def fresh_lexicons(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(lex.ENV_VAR, raising=False)
    for function in _CACHED:
        function.cache_clear()
    yield
    for function in _CACHED:
        function.cache_clear()


def _user_lexicon(monkeypatch: pytest.MonkeyPatch, folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(lex.ENV_VAR, str(folder))
    return path


def test_microsoft_korean_name_acronym_and_english_name_are_one_organisation() -> None:
    g = lex.gazetteer()
    assert g["마이크로소프트"] is g["MS"] is g["Microsoft"]
    assert g["MS"].type is EntityType.ORGANIZATION
    assert g["MS"].name_ko == "마이크로소프트"


def test_hanja_headline_abbreviations_are_countries() -> None:
    g = lex.gazetteer()
    assert g["美"].name_ko == "미국" and g["美"].type is EntityType.COUNTRY
    assert g["中"].name_ko == "중국"
    assert g["日"].name_ko == "일본"
    assert g["韓"] is g["한국"] is g["South Korea"]
    assert g["韓"].name_ko == "대한민국"
    assert g["UAE"].name_ko == "아랍에미리트"


def test_cities_know_their_country() -> None:
    g = lex.gazetteer()
    assert g["도쿄"].type is EntityType.CITY and g["도쿄"].country == "일본"
    assert g["수원"].country == "대한민국"
    assert g["새너제이"].country == "미국"
    assert all(g[e.country].type is EntityType.COUNTRY for e in g.values() if e.type is EntityType.CITY)


def test_districts_and_regions_are_places_and_the_eu_an_organisation() -> None:
    g = lex.gazetteer()
    for form in ("판교", "실리콘밸리", "캘리포니아", "충남", "동남아"):
        assert g[form].type is EntityType.PLACE, form
    assert g["EU"].type is EntityType.ORGANIZATION  # a party and a regulator in deal news
    assert g["조지아"].type is EntityType.COUNTRY  # the state is 조지아주
    assert g["조지아주"].type is EntityType.PLACE


def test_affiliates_and_products() -> None:
    g = lex.gazetteer()
    assert g["SK하이닉스"] is g["하이닉스"]
    assert g["SK하이닉스"] is not g["SK"]
    assert g["현대차"].name_ko == "현대자동차"
    assert g["한전"].name_en == "Korea Electric Power Corporation"
    assert g["챗GPT"] is g["ChatGPT"] and g["ChatGPT"].type is EntityType.PRODUCT
    assert g["G42"].type is EntityType.ORGANIZATION


def test_common_words_are_not_names() -> None:
    g = lex.gazetteer()
    # 한화 is also "Korean won", 현대 "modern", 신주 "new shares", 수단 "means", 경기 "economy".
    for word in ("한화", "현대", "신주", "수단", "경기", "하나", "우리", "당근"):
        assert word not in g, word


def test_normalised_keys_ignore_case_spaces_and_dots() -> None:
    n = lex.gazetteer_keys_normalised()
    assert n[normalise_name("lg u+")].name_ko == "LG유플러스"
    assert n[normalise_name("microsoft")].name_ko == "마이크로소프트"
    assert n[normalise_name("u.s.")].name_ko == "미국"


def test_titles_say_who_heads_an_organisation() -> None:
    t = lex.titles()
    for head in ("대표", "대표이사", "회장", "사장", "CEO", "최고경영자", "행장"):
        assert t[head][1] == "head", head
    assert t["부사장"][1] == "deputy"
    assert t["부회장"][1] == "deputy"
    assert t["CTO"][1] == "officer"
    assert t["창업자"][1] == "founder"
    assert t["대통령"][1] == "government"
    assert {rank for _, rank in t.values()} <= lex.RANKS


def test_word_lists() -> None:
    forms = lex.legal_forms()
    assert "㈜" in forms and "GmbH" in forms
    assert forms.index("Co., Ltd.") < forms.index("Co.")  # longest first
    suffixes = lex.org_suffixes()
    assert suffixes.index("바이오로직스") < suffixes.index("바이오")
    assert [len(s) for s in suffixes] == sorted((len(s) for s in suffixes), reverse=True)
    assert {"남궁", "황보", "제갈", "김", "이", "박"} <= lex.surnames()
    assert {"협력사", "스타트업"} <= lex.org_cues()
    assert {"씨", "애널리스트"} <= lex.person_cues()


def test_user_lexicon_adds_a_company(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert "가나다테크" not in lex.gazetteer()
    lex.gazetteer.cache_clear()
    _user_lexicon(
        monkeypatch, tmp_path / "lex", "companies.tsv", "# mine\n가나다테크\tGanada Tech\t가나다|GDT\n"
    )
    g = lex.gazetteer()
    assert g["가나다테크"] is g["GDT"] is g["Ganada Tech"]
    assert g["GDT"].type is EntityType.ORGANIZATION
    assert g["삼성전자"].name_en == "Samsung Electronics"  # the built-in rows are still there


def test_user_rows_win_and_replace_an_entry_of_the_same_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _user_lexicon(monkeypatch, tmp_path / "lex", "companies.tsv", "MS\tMorgan Stanley\t\tOrganization\n")
    (tmp_path / "lex" / "titles.tsv").write_text("총괄\tHead of division\tofficer\n", encoding="utf-8")
    (tmp_path / "lex" / "countries.tsv").write_text("대한민국\tRepublic of Korea\t한국\n", encoding="utf-8")
    g = lex.gazetteer()
    assert g["MS"].name_en == "Morgan Stanley"
    assert g["마이크로소프트"].name_en == "Microsoft"
    assert lex.gazetteer_keys_normalised()["ms"].name_en == "Morgan Stanley"
    assert lex.titles()["총괄"] == ("Head of division", "officer")
    assert g["한국"].name_en == "Republic of Korea"
    assert "韓" not in g  # the replaced row's aliases went with it
    assert g["수원"].country == "대한민국"


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("companies.tsv", "# mine\n가나다테크\tGanada Tech\t\tOrganization\textra\n", "columns"),
        ("companies.tsv", "# mine\n가나다테크\tGanada Tech\t\tCompany\n", "unknown type"),
        ("titles.tsv", "# mine\n대빵\tBoss\tboss\n", "unknown rank"),
        ("cities.tsv", "# mine\n가나시\tGana City\t가나다국\n", "unknown country"),
        ("surnames.txt", "# mine\n김\tKim\n", "columns"),
    ],
)
def test_malformed_user_file_names_file_and_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str, text: str, problem: str
) -> None:
    path = _user_lexicon(monkeypatch, tmp_path / "lex", name, text)
    load = {"titles.tsv": lex.titles, "surnames.txt": lex.surnames}.get(name, lex.gazetteer)
    with pytest.raises(KgError) as caught:
        load()
    assert f"{path}:2" in str(caught.value)
    assert problem in str(caught.value)


def test_read_table_gives_rows_and_refuses_unknown_names() -> None:
    rows = lex.read_table("titles.tsv")
    assert ["대표", "CEO", "head"] in rows
    with pytest.raises(KgError, match="no lexicon"):
        lex.read_table("no-such-lexicon.tsv")


def test_no_built_in_surface_form_names_two_entries() -> None:
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    owners_normalised: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name in _NAME_FILES:
        for fields in lex.read_table(name):
            alias_column = 3 if name == "cities.tsv" else 2
            aliases = fields[alias_column] if len(fields) > alias_column else ""
            forms = [fields[0], fields[1], *(a for a in aliases.split("|") if a)]
            for form in filter(None, forms):
                owners[form].add((name, fields[0]))
                owners_normalised[normalise_name(form)].add((name, fields[0]))
    conflicts = {form: sorted(who) for form, who in owners.items() if len(who) > 1}
    assert conflicts == {}
    conflicts = {key: sorted(who) for key, who in owners_normalised.items() if len(who) > 1}
    assert conflicts == {}


def test_no_duplicate_rows_in_word_lists_and_titles() -> None:
    for name in _OTHER_FILES:
        firsts = [fields[0] for fields in lex.read_table(name)]
        assert len(firsts) == len(set(firsts)), name


def test_every_built_in_file_starts_with_a_header_comment() -> None:
    for name in (*_NAME_FILES, *_OTHER_FILES):
        text = (resources.files("kg.lexicon") / name).read_text(encoding="utf-8")
        assert text.startswith("# "), name


def test_import_does_no_work() -> None:
    code = "import sys, kg.lexicon; assert 'rdflib' not in sys.modules and 'kiwipiepy' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1])
