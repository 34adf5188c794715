"""The lexicons: names of places, companies and products, titles, and name cues.

Each lexicon is a UTF-8 data file in this folder: tab-separated columns, one row
a line, ``#`` starting a comment line.  Each file says its columns at its top.

    countries.tsv      ko  en  aliases                  → Country
    cities.tsv         ko  en  country_ko  aliases      → City
    regions.tsv        ko  en  aliases                  → Place
    companies.tsv      ko  en  aliases  type            → Organization or Product
    titles.tsv         title  en  rank                  (head, deputy, officer, founder, government)
    ner_words.tsv      word  OG|LC|PS                   (features of the entity model only)
    legal_forms.txt, org_suffixes.txt, org_cues.txt, surnames.txt, person_cues.txt,
    kind_modifiers.txt, activity_suffixes.txt: one word a line

Aliases are ``|``-separated; empty trailing columns may be left out.

To extend a lexicon, put a file of the same name in a folder and point the
environment variable ``KG_LEXICON_DIR`` at it::

    $ mkdir my-lexicon
    $ printf '리벨리온\\tRebellions\\t리벨리온㈜\\tOrganization\\n' > my-lexicon/companies.tsv
    $ KG_LEXICON_DIR=my-lexicon kg build articles/

Its rows are read after the built-in ones and win: a surface form it names
points to its row, and a row with the Korean name of a built-in entry of the
same kind replaces that entry (with all its aliases).  A malformed row raises
`KgError` naming the file and line.  Files are read on first use and cached,
so set ``KG_LEXICON_DIR`` before then.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg.errors import InputError, KgError
from kg.models import EntityType

__all__ = [
    "LexEntry",
    "gazetteer",
    "gazetteer_keys_normalised",
    "ner_words",
    "legal_forms",
    "org_cues",
    "org_suffixes",
    "person_cues",
    "read_table",
    "surnames",
    "titles",
]

ENV_VAR = "KG_LEXICON_DIR"
RANKS = frozenset({"head", "deputy", "officer", "founder", "government"})

# (fewest, most) columns of the files this module knows; other files are read unchecked.
_COLUMNS: dict[str, tuple[int, int]] = {
    "countries.tsv": (2, 3),
    "cities.tsv": (3, 4),
    "regions.tsv": (2, 3),
    "companies.tsv": (2, 4),
    "titles.tsv": (3, 3),
    "legal_forms.txt": (1, 1),
    "org_suffixes.txt": (1, 1),
    "org_cues.txt": (1, 1),
    "kind_modifiers.txt": (1, 1),
    "activity_suffixes.txt": (1, 1),
    "surnames.txt": (1, 1),
    "person_cues.txt": (1, 1),
    "ner_words.tsv": (2, 2),
}
_COMPANY_TYPES = {t.value.casefold(): t for t in (EntityType.ORGANIZATION, EntityType.PRODUCT)}


@dataclass(frozen=True)
class LexEntry:
    name_ko: str
    name_en: str
    aliases: tuple[str, ...]
    type: EntityType
    country: str = ""  # for cities: the Korean name of the country

    @property
    def forms(self) -> tuple[str, ...]:
        """Every surface form of the entry: Korean name, English name, aliases."""
        return tuple(dict.fromkeys(f for f in (self.name_ko, self.name_en, *self.aliases) if f))


@dataclass(frozen=True)
class _Row:
    fields: list[str]
    path: str
    line: int
    user: bool  # from KG_LEXICON_DIR, not from the package

    def error(self, problem: str) -> KgError:
        return InputError(
            self.path, problem, self.line, hint=f"see the header of the built-in {Path(self.path).name}"
        )


def _sources(name: str) -> Iterator[tuple[str, str, bool]]:
    """(path, text, is_user) for the packaged file, then the user's file of that name."""
    packaged = resources.files(__name__) / name
    if packaged.is_file():
        yield str(packaged), packaged.read_text(encoding="utf-8"), False
    folder = os.environ.get(ENV_VAR)
    if folder:
        path = Path(folder) / name
        if path.is_file():
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(str(path), f"cannot read lexicon file: {exc}") from exc
            yield str(path), text, True


def _rows(name: str) -> list[_Row]:
    sources = list(_sources(name))
    if not sources:
        raise KgError(f"no lexicon named {name!r}", hint=f"built-in lexicons: {', '.join(sorted(_COLUMNS))}")
    fewest, most = _COLUMNS.get(name, (1, 1_000))
    rows: list[_Row] = []
    for path, text, user in sources:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [f.strip() for f in line.split("\t")]
            while len(fields) > fewest and not fields[-1]:
                fields.pop()
            row = _Row(fields, path, number, user)
            if not fewest <= len(fields) <= most:
                expected = str(fewest) if fewest == most else f"{fewest} to {most}"
                raise row.error(f"expected {expected} tab-separated columns, found {len(fields)}")
            if not fields[0]:
                raise row.error("the first column is empty")
            rows.append(row)
    return rows


def read_table(name: str) -> list[list[str]]:
    """The rows of lexicon file `name` (e.g. ``"titles.tsv"``): built-in rows, then the user's."""
    return [row.fields for row in _rows(name)]


def _aliases(field: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in field.split("|") if a.strip())


def _entries() -> list[tuple[LexEntry, _Row]]:
    """Every place, company and product entry, built-in rows first (all files), then the user's."""
    found: list[tuple[LexEntry, _Row]] = []
    for row in _rows("countries.tsv"):
        ko, en, aliases = (row.fields + ["", ""])[:3]
        found.append((LexEntry(ko, en, _aliases(aliases), EntityType.COUNTRY), row))
    for row in _rows("regions.tsv"):
        ko, en, aliases = (row.fields + ["", ""])[:3]
        found.append((LexEntry(ko, en, _aliases(aliases), EntityType.PLACE), row))
    country_of = {
        form: entry.name_ko for entry, _ in found if entry.type is EntityType.COUNTRY for form in entry.forms
    }
    for row in _rows("cities.tsv"):
        ko, en, country, aliases = (row.fields + [""])[:4]
        if country not in country_of:
            raise row.error(f"unknown country {country!r}: name a country of countries.tsv")
        found.append((LexEntry(ko, en, _aliases(aliases), EntityType.CITY, country_of[country]), row))
    for row in _rows("companies.tsv"):
        ko, en, aliases, kind = (row.fields + ["", "", ""])[:4]
        type_ = _COMPANY_TYPES.get(kind.casefold() or "organization")
        if type_ is None:
            raise row.error(f"unknown type {kind!r}: use Organization or Product")
        found.append((LexEntry(ko, en, _aliases(aliases), type_), row))
    found.sort(key=lambda pair: pair[1].user)  # stable: the user's rows come last and win
    return found


def _family(type_: EntityType) -> str:
    return "place" if type_.is_location else "thing"


@cache
def gazetteer() -> dict[str, LexEntry]:
    """Every surface form as written (Korean name, English name, each alias) → its entry."""
    table: dict[str, LexEntry] = {}
    by_name: dict[tuple[str, str], LexEntry] = {}
    for entry, row in _entries():
        key = (_family(entry.type), entry.name_ko)
        replaced = by_name.get(key)
        if row.user and replaced is not None:
            for form in replaced.forms:
                if table.get(form) is replaced:
                    del table[form]
        by_name[key] = entry
        for form in entry.forms:
            table.pop(form, None)  # re-insert at the end, so a later row also wins after normalising
            table[form] = entry
    return table


@cache
def gazetteer_keys_normalised() -> dict[str, LexEntry]:
    """The gazetteer keyed by `kg.rdf.normalise_name` of each surface form."""
    from kg.rdf import normalise_name  # here, not at the top: importing the lexicons should not load rdflib

    return {normalise_name(form): entry for form, entry in gazetteer().items()}


@cache
def titles() -> dict[str, tuple[str, str]]:
    """Title → (English, rank); rank is one of `RANKS`, and only "head" means the person runs the organisation."""
    table: dict[str, tuple[str, str]] = {}
    for row in _rows("titles.tsv"):
        title, english, rank = row.fields
        if rank not in RANKS:
            raise row.error(f"unknown rank {rank!r}: use one of {', '.join(sorted(RANKS))}")
        table[title] = (english, rank)
    return table


def _words(name: str) -> list[str]:
    return list(dict.fromkeys(row.fields[0] for row in _rows(name)))


@cache
def legal_forms() -> tuple[str, ...]:
    """Legal-form markers ((주), Inc., GmbH ...), longest first so the longest match is tried first."""
    return tuple(sorted(_words("legal_forms.txt"), key=len, reverse=True))


@cache
def org_suffixes() -> tuple[str, ...]:
    """Endings that make a name an organisation's (전자, 홀딩스, Bank ...), longest first."""
    return tuple(sorted(_words("org_suffixes.txt"), key=len, reverse=True))


@cache
def kind_modifiers() -> frozenset[str]:
    """Nouns that say what kind of company a word for a company names (건강+식품, 시중+은행), not which one."""
    return frozenset(_words("kind_modifiers.txt"))


@cache
def activity_suffixes() -> frozenset[str]:
    """Words for a company that also name what companies do (연구+개발): no name is guessed from them."""
    return frozenset(_words("activity_suffixes.txt"))


@cache
def org_cues() -> frozenset[str]:
    """Common nouns that signal a neighbouring proper noun is an organisation (기업, 협력사 ...)."""
    return frozenset(_words("org_cues.txt"))


@cache
def surnames() -> frozenset[str]:
    """Korean surnames, one- and two-syllable."""
    return frozenset(_words("surnames.txt"))


@cache
def person_cues() -> frozenset[str]:
    """Words after a name that mark a person without being a title (씨, 교수, 애널리스트 ...)."""
    return frozenset(_words("person_cues.txt"))


@cache
def ner_words() -> dict[str, str]:
    """Words of general news for the entity model: public bodies, parties, media (OG), areas (LC),
    and words written after a person's name (PS)."""
    table: dict[str, str] = {}
    for row in _rows("ner_words.tsv"):
        word, kind = row.fields
        if kind not in ("OG", "LC", "PS"):
            raise row.error(f"unknown kind {kind!r}: use OG, LC or PS")
        table[word] = kind
    return table
