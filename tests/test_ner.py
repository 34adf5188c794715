"""The statistical recogniser: people, places and organisations from the CRF, with offsets and confidence."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import ner
from kg.errors import KgError
from kg.models import EntityType
from kg.nlp import sentences


def crf(text: str) -> list[tuple[int, int, EntityType, float]]:
    return ner.crf_mentions(sentences([text])[0], text)


def found(text: str) -> dict[str, EntityType]:
    return {text[s:e]: t for s, e, t, _ in crf(text)}


def test_person_with_a_title() -> None:
    assert found("김도윤 대표는 오늘 열린 간담회에서 신사업 계획을 밝혔다.").get("김도윤") is EntityType.PERSON


def test_company_before_a_cue_noun() -> None:
    got = found("한빛소프트 등 국내 게임 기업들이 새 규제에 반발하고 있다.")
    assert got.get("한빛소프트") is EntityType.ORGANIZATION, got


def test_city_is_a_location() -> None:
    got = found("이번 박람회는 다음 달 부산에서 열린다.")
    assert got.get("부산") is not None and got["부산"].is_location, got


def test_offsets_slice_the_surface_form_and_confidence_is_a_probability() -> None:
    text = "  이민준 회장과 한빛소프트 관계자들이\n서울 본사에서 만났다. "
    spans = crf(text)
    assert spans
    for start, end, type_, conf in spans:
        surface = text[start:end]
        assert surface == surface.strip() and surface
        assert type_ in (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE,
                         EntityType.COUNTRY, EntityType.CITY)
        assert 0.0 < conf <= 1.0


def test_empty_and_emoji_only_text_give_nothing() -> None:
    assert crf("") == []
    assert crf("   \n ") == []
    assert crf("😀🎉🔥") == []
    assert ner.crf_mentions((), "") == []


def test_the_model_loads_once() -> None:
    crf("정하윤 사장이 발표했다.")
    before = ner._tagger.cache_info()
    crf("정하윤 사장이 다시 발표했다.")
    after = ner._tagger.cache_info()
    assert after.misses == before.misses == 1
    assert after.hits > before.hits


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("가나다김이박 회장대표㈜(MS)AI2024.,\n😀·&'"), max_size=60))
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for start, end, _, conf in crf(text):
        assert 0 <= start < end <= len(text)
        assert 0.0 <= conf <= 1.0


def test_word_classes_group_words_used_alike() -> None:
    classes = ner._clusters()
    fine = {w: classes[w][2] for w in [("삼성전자", "NNP"), ("현대차", "NNP"), ("포스코", "NNP"), ("회장", "NNG"),
                                       ("사장", "NNG"), ("부회장", "NNG"), ("강남", "NNP"), ("여의도", "NNP")]}
    assert fine[("삼성전자", "NNP")] == fine[("현대차", "NNP")] == fine[("포스코", "NNP")]
    assert fine[("회장", "NNG")] == fine[("사장", "NNG")] == fine[("부회장", "NNG")]
    assert fine[("강남", "NNP")] == fine[("여의도", "NNP")]
    assert len({fine[("삼성전자", "NNP")], fine[("회장", "NNG")], fine[("강남", "NNP")]}) == 3


def test_a_morpheme_and_its_neighbours_give_their_word_classes() -> None:
    text = "현대차 회장이 왔다."
    feats = ner.features(sentences([text])[0][0], text)
    company, title = ner._clusters()[("현대차", "NNP")], ner._clusters()[("회장", "NNG")]
    assert "c1k=" + company[2] in feats[0] and "+1c1k=" + title[2] in feats[0]
    assert "-1c1k=" + company[2] in feats[1]


def test_missing_word_classes_are_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner, "CLUSTERS", "no_such_classes.tsv.gz")
    ner._clusters.cache_clear()
    try:
        with pytest.raises(KgError, match="no_such_classes.tsv.gz are missing") as err:
            ner._clusters()
        assert "bench/ner_clusters.py" in (err.value.hint or "")
    finally:
        monkeypatch.undo()
        ner._clusters.cache_clear()
    assert ner._clusters()


def test_known_names_of_several_morphemes_mark_their_morphemes() -> None:
    """The gazetteer features: the longest run of morphemes whose text is a known name, found by stopping
    where no known name begins with the run so far."""
    from kg.clean import clean
    from kg.ner import features
    from kg.nlp import sentences

    text = clean("SK하이닉스와 마이크로소프트가 미국 워싱턴주 레드먼드에서 협약을 맺었다.")
    sentence = sentences([text])[0][0]
    marks = {text[t.start:t.end]: next((f[3:] for f in feats if f.startswith("gz=") and "|" not in f), "")
             for t, feats in zip(sentence.tokens, features(sentence, text), strict=True)}
    assert marks["마이크로소프트"] == "BOG"
    assert (marks["SK"], marks["하이닉스"]) == ("BOG", "IOG")  # one name over two morphemes
    assert (marks["워싱턴"], marks["주"]) == ("BPL", "IPL")  # 워싱턴주, not 워싱턴 the city
    assert marks["협약"] == ""


def test_business_articles_train_the_model_with_their_annotated_names(tmp_path) -> None:
    """bench/train_ner.py's business articles: each annotated name and alias wherever it stands as a word,
    products unlabelled (KLUE has no type for them), places of the lexicons as locations, places named one
    after the other as one location (KLUE's convention), and nothing from the site furniture."""
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    try:
        from train_ner import business_rows
    finally:
        sys.path.pop(0)
    text = ("한빛로보틱스, 독일 진출\n[테크일보 김기자 기자]\n\n"
            "물류로봇 업체 한빛로보틱스(Hanbit Robotics)가 독일 뮌헨의 유통사 알펜하우스와 공급계약을 맺었다. "
            "한빛로보틱스는 주력 제품 '스마트피커'를 유럽 매장 40곳에 납품한다. 최민서 한빛로보틱스 대표는 "
            "경기도 판교 본사에서 \"한빛로보틱스의 두 번째 해외 거점\"이라고 말했다. 한빛로보틱스코리아는 계획에 없다.\n\n"
            "ⓒ 테크일보, 무단전재 및 재배포 금지\n\n많이 본 뉴스\n1. 한빛로보틱스 주가 급등\n")
    entities = [
        {"id": "hb", "name": "한빛로보틱스", "type": "Organization", "aliases": ["Hanbit Robotics"]},
        {"id": "al", "name": "알펜하우스", "type": "Organization", "aliases": []},
        {"id": "de", "name": "독일", "type": "Country", "aliases": []},
        {"id": "mu", "name": "뮌헨", "type": "City", "aliases": []},
        {"id": "sp", "name": "스마트피커", "type": "Product", "aliases": []},
        {"id": "cm", "name": "최민서", "type": "Person", "aliases": []},
    ]
    (tmp_path / "set.json").write_text(json.dumps([{"id": "t-1", "text": text, "entities": entities,
                                                    "relations": []}], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "list.txt").write_text("# sets\nset.json  # the one\n", encoding="utf-8")
    [(article_id, _, spans)] = business_rows(tmp_path / "list.txt")
    assert article_id == "t-1"
    labelled = sorted((text[s:e], kind) for s, e, kind in spans)
    assert labelled == sorted([
        ("한빛로보틱스", "OG"), ("독일", "LC"),  # the headline
        ("한빛로보틱스", "OG"), ("Hanbit Robotics", "OG"), ("독일 뮌헨", "LC"), ("알펜하우스", "OG"),
        ("한빛로보틱스", "OG"), ("유럽", "LC"),  # 유럽 from the lexicons; 스마트피커, a product, unlabelled
        ("최민서", "PS"), ("한빛로보틱스", "OG"), ("경기도 판교", "LC"), ("한빛로보틱스", "OG"),
    ]), labelled  # not 한빛로보틱스코리아, another name; nothing after the copyright line
