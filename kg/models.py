"""The small typed objects the stages pass to each other.

read → Article; nlp → Sentence (with Token); recognise → Mention;
relate → Relation; resolve → Entity.  All frozen: a stage never edits what
an earlier stage produced.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple


class EntityType(StrEnum):
    ORGANIZATION = "Organization"
    PERSON = "Person"
    COUNTRY = "Country"
    CITY = "City"
    PRODUCT = "Product"
    PLACE = "Place"

    @property
    def is_location(self) -> bool:
        return self in (EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE)


#: a span the entity model reads: (start, end, type, confidence)
LearnedSpan = tuple[int, int, EntityType, float]


class RelationType(StrEnum):
    """The closed set of facts, named as in the gold annotation format."""

    PARTNERSHIP = "partnership"
    MOU = "mou"
    JOINT_VENTURE = "joint_venture"
    MERGER = "merger"
    INVESTMENT = "investment"
    ACQUISITION = "acquisition"
    SUPPLY = "supply"
    LEADS = "leads"
    SUBSIDIARY_OF = "subsidiary_of"
    LOCATED_IN = "located_in"

    @property
    def symmetric(self) -> bool:
        return self in _SYMMETRIC

    @property
    def is_deal(self) -> bool:
        return self not in (RelationType.LEADS, RelationType.SUBSIDIARY_OF, RelationType.LOCATED_IN)


_SYMMETRIC = frozenset(
    {RelationType.PARTNERSHIP, RelationType.MOU, RelationType.JOINT_VENTURE, RelationType.MERGER}
)


class Status(StrEnum):
    """How the article states a fact.  Only ASSERTED facts become direct edges."""

    ASSERTED = "asserted"
    HEDGED = "hedged"  # planned, considered, expected, rumoured
    NEGATED = "negated"  # denied, cancelled, called off


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    source: str = ""  # where it was read from, for error messages


class Token(NamedTuple):
    """One morpheme (a tuple: an article has hundreds of thousands, made and hashed in bulk)."""
    form: str
    tag: str
    start: int  # character offsets into the article text
    end: int
    lemma: str = ""  # the dictionary form of verbs, adjectives and auxiliaries (잡 → 잡다, 않 → 않다); else form


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # character offsets into the article text
    end: int
    text: str
    tokens: tuple[Token, ...] = field(default=(), hash=False)  # the text says which sentence it is


@dataclass(frozen=True)
class Mention:
    text: str
    start: int  # character offsets into the article text
    end: int
    type: EntityType
    sentence: int  # index of the sentence it occurs in
    canonical: str = ""  # the name it stands for when it is an alias or a back-reference
    aliases: tuple[str, ...] = ()  # other surface forms given with it, e.g. the (MS) in 마이크로소프트(MS)
    english: str = ""  # an English name when one is known
    strength: int = 0  # how sure recognition is of the type: 3 lexicon, 2 strong cue, 1 shape alone, 0 repeat
    guess: bool = False  # a company from its shape alone that the statistical model did not see either

    @property
    def name(self) -> str:
        return self.canonical or self.text


@dataclass(frozen=True)
class Amount:
    value: int
    currency: str  # ISO 4217: KRW, USD, ...
    text: str


@dataclass(frozen=True)
class Relation:
    type: RelationType
    subject: Mention
    object: Mention
    sentence: Sentence
    status: Status = Status.ASSERTED
    trigger: str = ""
    amount: Amount | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    duration: str | None = None  # ISO 8601, e.g. P5Y
    title: str | None = None  # for leadership: 대표, 회장, CEO …


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    #: the entity model's spans (start, end, type, confidence), for how `kg extract` joins names; not
    #: kept where only the graph is needed (`pipeline.slim`)
    learned: tuple[LearnedSpan, ...] = ()


@dataclass(frozen=True)
class Entity:
    key: str  # normalised name: the IRI is minted from (type, key)
    type: EntityType
    label_ko: str | None
    label_en: str | None
    aliases: tuple[str, ...] = field(default=())
