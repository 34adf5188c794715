"""Resolution: one entity per real thing across articles, distinct things kept apart."""
from __future__ import annotations

from kg.clean import clean
from kg.models import Article, Extraction
from kg.nlp import sentences
from kg.recognise import recognise
from kg.relate import article_relations
from kg.resolve import resolve, strip_legal_form


def extract(*texts: str) -> list[Extraction]:
    out = []
    for i, raw in enumerate(texts):
        text = clean(raw)
        sents = sentences([text])[0]
        ms = recognise(sents, text)
        out.append(Extraction(Article(f"a{i}", raw), sents, tuple(ms), tuple(article_relations(sents, ms, text))))
    return out


def test_one_node_for_every_name_of_a_company() -> None:
    exs = extract("마이크로소프트(MS)가 KT와 손잡았다.", "MS는 말레이시아에 투자한다.", "Microsoft는 G42에 투자했다.")
    res = resolve(exs)
    ids = {res.mention_entity[(ex.article.id, m.start, m.end)] for ex in exs for m in ex.mentions
           if m.text in ("마이크로소프트", "MS", "Microsoft")}
    assert len(ids) == 1
    [ms] = [res.entities[i] for i in ids]
    assert ms.label_ko == "마이크로소프트" and "MS" in ms.aliases


def test_legal_forms_are_stripped() -> None:
    assert strip_legal_form("(주)카카오") == "카카오"
    assert strip_legal_form("㈜한화") == "한화"
    assert strip_legal_form("Samsung Electronics Co., Ltd.") == "Samsung Electronics"
    # a Latin form is a word of its own, in any script: AB of AB인베브 is part of the name, not of AB Volvo
    assert strip_legal_form("AB인베브") == "AB인베브"
    assert strip_legal_form("AB Volvo") == "Volvo"
    assert strip_legal_form("PMT GmbH") == "PMT"


def test_group_and_affiliate_stay_apart() -> None:
    res = resolve(extract("삼성그룹 계열사인 삼성전자가 하만을 인수했다. 삼성전자는 삼성그룹의 주력이다."))
    labels = {e.label_ko for e in res.entities.values()}
    assert "삼성전자" in labels and any(label.startswith("삼성") and label != "삼성전자" for label in labels)


def test_surname_and_title_resolve_to_the_person_named_before() -> None:
    [ex] = extract("최수연 네이버 대표가 발표했다. 최 대표는 북미 시장을 강조했다.")
    res = resolve([ex])
    people = {res.mention_entity[(ex.article.id, m.start, m.end)] for ex in [ex] for m in ex.mentions
              if m.type.value == "Person"}
    assert len(people) == 1
    [person] = [res.entities[p] for p in people]
    assert person.label_ko == "최수연" and "최" not in person.aliases


def test_a_last_name_alone_is_the_person_named_in_full_elsewhere() -> None:
    exs = extract("사티아 나델라 마이크로소프트 최고경영자(CEO)가 방한했다.", "나델라는 한국 시장을 강조했다.")
    res = resolve(exs)
    ids = {res.mention_entity.get((ex.article.id, m.start, m.end)) for ex in exs for m in ex.mentions
           if "나델라" in m.text}
    assert len(ids) == 1
    [person] = [res.entities[i] for i in ids if i]
    assert person.label_ko == "사티아 나델라"


def test_a_company_named_by_its_first_word_later_is_one_company() -> None:
    [ex] = extract("보스턴에 본사를 둔 노바셀 테라퓨틱스는 임상을 진행하고 있다. 노바셀의 에밀리 로스(Emily Ross) "
                   "최고경영자(CEO)는 “역량을 높이 평가했다”고 말했다.")
    res = resolve([ex])
    orgs = {e.label_ko for e in res.entities.values() if e.type.value == "Organization"}
    assert orgs == {"노바셀 테라퓨틱스"}
