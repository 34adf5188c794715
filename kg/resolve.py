"""Mentions across articles → Entity: one node per real thing.

Surface forms are joined when they normalise to the same key (NFKC, case, spaces
and dots folded, legal forms such as (주) and Co., Ltd. stripped), when the
gazetteer lists them as one company, or when an article introduces one as the
other's alias (마이크로소프트(MS)).  A name typed differently in different places
takes the type most of its mentions (and the gazetteer) give it.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg import lexicon
from kg.models import Entity, EntityType, Extraction, Mention
from kg.rdf import normalise_name
from kg.recognise import HANGUL_ANY, is_reference

_LATIN_ONLY = re.compile(r"^[A-Za-z0-9&+.\-\s]+$")


def strip_legal_form(name: str) -> str:
    """(주)카카오 → 카카오; Samsung Electronics Co., Ltd. → Samsung Electronics; Inception stays."""
    return _strip_legal_form(name, lexicon.legal_forms())


@functools.lru_cache(maxsize=1 << 16)
def _strip_legal_form(name: str, forms: tuple[str, ...]) -> str:
    out = name.strip()
    for form in forms:
        # a Latin form is a word of its own: Inc. ends "Acme Inc." but does not start "Inception", nor AB "AB인베브"
        if out.startswith(form) and not (_word_char(form[-1]) and out[len(form):len(form) + 1].isalnum()):
            out = out[len(form):].strip()
        if out.endswith(form) and not (_word_char(form[0]) and out[-len(form) - 1:-len(form)].isalnum()):
            out = out[: -len(form)].strip().rstrip(",").strip()
    return out or name.strip()


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key wins, so the result does not depend on the order of articles
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


@dataclass(frozen=True)
class Resolution:
    entities: dict[str, Entity]  # entity id (type slug + key) → Entity
    mention_entity: dict[tuple[str, int, int], str]  # (article id, start, end) → entity id

    def entity_of(self, article_id: str, mention: Mention) -> Entity | None:
        eid = self.mention_entity.get((article_id, mention.start, mention.end))
        return self.entities.get(eid) if eid else None


@functools.lru_cache(maxsize=1 << 17)
def _key(name: str) -> str:
    return normalise_name(strip_legal_form(name))


def resolve(extractions: Iterable[Extraction]) -> Resolution:
    extractions = list(extractions)
    gaz = lexicon.gazetteer_keys_normalised()
    uf = _UnionFind()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[EntityType]] = defaultdict(Counter)
    usable: list[tuple[str, Mention, str]] = []
    for ex in extractions:
        for m in ex.mentions:
            if m.type is EntityType.PERSON and m.canonical == "" and (
                    m.text.split(" ")[-1] in lexicon.titles() or len(m.text) < 2):
                continue  # 김 대표 or 박씨 with no 김…, 박… named before: nobody to resolve to
            key = _key(m.name)
            if not key:
                continue
            entry = gaz.get(key)
            if entry is not None:
                key = _key(entry.name_ko)
            uf.find(key)
            usable.append((ex.article.id, m, key))
            surface = m.text.rsplit(" ", 1)[-1] if m.canonical and m.type.is_location else m.text  # 충북 청주시
            if not (m.canonical and (len(surface) == 1 or is_reference(m.text))):
                # 최 of 최 대표, 이 회사, 합작법인: no names to show or search by
                forms[key][strip_legal_form(surface)] += 1
            if m.canonical and normalise_name(m.canonical) != normalise_name(m.text):
                forms[key][strip_legal_form(m.canonical)] += 1
            types[key][m.type] += 1 + 2 * m.strength  # a lexicon or a strong cue outweighs a bare shape
            for alias in m.aliases:
                akey = _key(alias)
                aentry = gaz.get(akey)
                if aentry is not None and _key(aentry.name_ko) != key:
                    continue  # an alias the gazetteer gives to another company: not ours
                if akey:
                    uf.union(key, akey)
                    forms[akey][alias] += 1
    _join_last_names(uf, forms, types)
    groups: dict[str, set[str]] = defaultdict(set)
    for key in list(forms):
        groups[uf.find(key)].add(key)
    entities: dict[str, Entity] = {}
    key_entity: dict[str, str] = {}
    for _root, keys in sorted(groups.items()):
        all_forms: Counter[str] = Counter()
        all_types: Counter[EntityType] = Counter()
        for k in sorted(keys):  # a set's order changes from run to run; ties below must not
            all_forms.update(forms[k])
            all_types.update(types[k])
        entry = next((gaz[k] for k in sorted(keys) if k in gaz), None)
        etype = entry.type if entry is not None else _vote(all_types)
        label_ko = entry.name_ko if entry is not None else _best_label(all_forms, etype is EntityType.PERSON)
        label_en = entry.name_en if entry is not None and entry.name_en else None
        if label_en is None:
            latin = [f for f, _ in all_forms.most_common() if _LATIN_ONLY.match(f) and len(f) >= 4
                     and not f.isupper()]
            label_en = latin[0] if latin else None
        eid = f"{etype.value}:{_key(label_ko)}"
        aliases = tuple(sorted({f.strip() for f in all_forms if f.strip() and f.strip() not in (label_ko, label_en)}))
        if entry is not None:
            aliases = tuple(sorted(set(aliases) | ({a for a in entry.aliases if a in all_forms})))
        prior = entities.get(eid)
        if prior is not None:
            aliases = tuple(sorted(set(prior.aliases) | set(aliases)))
        entities[eid] = Entity(key=_key(label_ko), type=etype, label_ko=label_ko, label_en=label_en, aliases=aliases)
        for k in keys:
            key_entity[k] = eid
    mention_entity = {(aid, m.start, m.end): key_entity[uf.find(key)] if uf.find(key) in key_entity
                      else key_entity[key] for aid, m, key in usable}
    return Resolution(entities, mention_entity)


def _vote(types: Counter[EntityType]) -> EntityType:
    # ties go to the more specific type: a place named as a country beats a generic place
    order = [EntityType.PERSON, EntityType.COUNTRY, EntityType.CITY, EntityType.ORGANIZATION,
             EntityType.PRODUCT, EntityType.PLACE]
    return max(types, key=lambda t: (types[t], -order.index(t)))


def _best_label(forms: Counter[str], person: bool = False) -> str:
    """The Korean form seen most often (then the longest), else the most frequent form; for a
    person the full name first (사티아 나델라, not 나델라; 최수연, not 최 대표)."""
    titles = lexicon.titles()
    korean = [(n, f) for f, n in forms.items() if HANGUL_ANY.search(f) and f.split()[-1] not in titles]
    pool = korean or [(n, f) for f, n in forms.items()]
    return max(pool, key=lambda nf: (person and " " in nf[1], nf[0], len(nf[1]), nf[1]))[1]


def _join_last_names(uf: _UnionFind, forms: dict[str, Counter[str]], types: dict[str, Counter[EntityType]]) -> None:
    """나델라 in one article is 사티아 나델라 of another, when only one person has that last name."""
    people = [k for k, t in types.items() if t and max(t, key=lambda x: t[x]) is EntityType.PERSON]
    by_last: dict[str, set[str]] = defaultdict(set)
    for key in people:
        for form in forms[key]:
            if " " in form.strip():
                by_last[normalise_name(form.split()[-1])].add(uf.find(key))
    for key in people:
        if all(" " not in f.strip() for f in forms[key]) and len(by_last.get(key, ())) == 1:
            uf.union(key, next(iter(by_last[key])))
