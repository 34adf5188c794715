"""Recognising names: merged pieces, aliases, people with titles, types from context."""
from __future__ import annotations

from kg.clean import clean
from kg.models import EntityType, Mention
from kg.nlp import sentences
from kg.recognise import recognise


def mentions(text: str) -> list[Mention]:
    text = clean(text)
    return recognise(sentences([text])[0], text)


def found(text: str) -> dict[str, EntityType]:
    return {m.text: m.type for m in mentions(text)}


def test_split_names_come_out_whole() -> None:
    got = found("HD현대와 SK이노베이션, LG에너지솔루션, 11번가가 G42와 손잡았다.")
    for name in ("HD현대", "SK이노베이션", "LG에너지솔루션", "11번가", "G42"):
        assert got.get(name) is EntityType.ORGANIZATION, (name, got)


def test_parenthesised_alias_joins_the_name() -> None:
    ms = mentions("글로벌 기술기업 마이크로소프트(MS)가 국내 통신사 KT와 손을 잡았다.")
    main = next(m for m in ms if m.text == "마이크로소프트")
    alias = next(m for m in ms if m.text == "MS")
    assert "MS" in main.aliases
    assert alias.name == "마이크로소프트"


def test_the_short_name_an_article_defines_stands_for_the_company() -> None:
    ms = mentions("음반사 세라톤엔터테인먼트(이하 세라톤)가 레이블을 인수했다. 세라톤은 뉴욕에 세운 미국 자회사 "
                  "세라톤 아메리카(Seraton America)를 중심으로 사업을 통합한다.")
    short, main = next(m for m in ms if m.text == "세라톤"), next(m for m in ms if m.text == "세라톤엔터테인먼트")
    assert short.name == "세라톤엔터테인먼트" and "세라톤" in main.aliases
    assert not any(m.text == "세라톤" and m.name == "세라톤 아메리카" for m in ms)  # the unit has a name of its own


def test_a_groups_shared_prefix_names_another_affiliate() -> None:
    got = found("다온화학과 다온건설, 다온에너지 등 3개사는 다온홀딩스의 자회사다. 다온화학은 같은 날 정밀소재 "
                "계열사 다온소재를 흡수합병했다.")
    assert got.get("다온소재") is EntityType.ORGANIZATION, got


def test_a_group_named_before_its_affiliate_is_a_company() -> None:
    got = found("누리그룹 계열 항공사인 에어누리는 2019년 첫 취항했다. 한빛은 중견그룹 계열사다.")
    assert got.get("누리그룹") is EntityType.ORGANIZATION and "중견그룹" not in got, got


def test_a_word_for_a_company_defined_as_its_short_name_stays_a_word() -> None:
    ms = mentions("한국전력공사(이하 공사)는 발전소를 짓는다. 이번 공사에 3조원이 든다. 한국수력원자력(이하 한수원)은 "
                  "말했다. 한수원은 웃었다.")
    assert not any(m.text == "공사" for m in ms)
    assert [m.name for m in ms if m.text == "한수원"] == ["한국수력원자력", "한국수력원자력"]
    assert all(m.english != "한수원" for m in ms)  # a Hangul short name is no English name


def test_unknown_company_with_latin_alias() -> None:
    ms = mentions("네이버가 미국 중고거래 플랫폼 포시마크(Poshmark)를 인수한다.")
    assert any(m.text == "포시마크" and m.type is EntityType.ORGANIZATION and "Poshmark" in m.aliases for m in ms)


def test_person_before_org_and_title() -> None:
    got = found("김영섭 KT 대표가 10일 기자간담회에서 답변하고 있다.")
    assert got["김영섭"] is EntityType.PERSON
    assert got["KT"] is EntityType.ORGANIZATION


def test_surname_and_title_refers_back_to_the_person() -> None:
    ms = mentions("김영섭 KT 대표가 입을 열었다. 김 대표는 협력을 강조했다.")
    back = next(m for m in ms if m.start > ms[0].end and m.type is EntityType.PERSON)
    assert back.text == "김" and back.name == "김영섭"  # the surname is the mention (KLUE's span), the title is not


def test_countries_cities_and_hanja_abbreviations() -> None:
    got = found("美 정부와 일본 도쿄, 아랍에미리트 아부다비의 기업들이 참여했다.")
    assert got["美"] is EntityType.COUNTRY
    assert got["일본"] is EntityType.COUNTRY and got["도쿄"] is EntityType.CITY
    assert got["아부다비"] is EntityType.CITY


def test_products_from_shape_and_context() -> None:
    got = found("KT는 GPT-4o 기반 한국형 AI 모델을 만든다.")
    assert got.get("GPT-4o") is EntityType.PRODUCT


def test_offsets_slice_the_text_as_read() -> None:
    text = "[사진 KT]\n김영섭 KT 대표와 마이크로소프트(MS)가 손잡았다.\nⓒ무단 전재 및 재배포 금지\n많이 본 뉴스\n1. 신한은행 소식"
    for m in mentions(text):
        assert text[m.start:m.end] == m.text
    assert "신한은행" not in found(text)


def test_transliterated_names_before_titles() -> None:
    got = found("로버트 플레이터 보스턴다이내믹스 최고경영자(CEO)와 마제드 알 호가일 주택부 장관이 만났다.")
    assert got.get("로버트 플레이터") is EntityType.PERSON
    assert got.get("보스턴다이내믹스") is EntityType.ORGANIZATION
    assert got.get("마제드 알 호가일") is EntityType.PERSON


def test_korean_name_and_unknown_company_before_a_title() -> None:
    got = found("손재일 한화디펜스 대표도 강조했다.")
    assert got.get("손재일") is EntityType.PERSON and got.get("한화디펜스") is EntityType.ORGANIZATION


def test_government_bodies_after_their_country() -> None:
    got = found("현대로템은 폴란드 군비청과 계약했고, 폴란드 국방부도 환영했다.")
    assert got.get("군비청") is EntityType.ORGANIZATION and got.get("국방부") is EntityType.ORGANIZATION


def test_glossed_abbreviations_are_not_companies() -> None:
    got = found("대한항공 산하 저비용항공사(LCC) 진에어가 출범했다.")
    assert "LCC" not in got and "저비용항공사" not in got
    assert got.get("진에어") is EntityType.ORGANIZATION or "진에어" not in got


def test_brands_listed_before_brand_are_products() -> None:
    got = found("그 회사는 JBL과 하만카돈, AKG 등 유명 오디오 브랜드를 보유하고 있다.")
    for name in ("JBL", "AKG"):
        assert got.get(name) is EntityType.PRODUCT, (name, got)


def test_a_name_recurs_where_the_tokenizer_missed_it() -> None:
    ms = mentions("네이버가 포시마크(Poshmark)를 인수한다. 포시마크는 미국 기업이다. 포시마크의 이용자는 많다.")
    assert sum(m.text == "포시마크" for m in ms) == 3


def test_a_country_before_a_company_word_is_still_the_country() -> None:
    """미국 제약사 화이자: the model may read 미국 제약사 as one place; it is a country and a description."""
    got = found("셀트리온은 최근 미국 제약사 화이자와 1000억 원 규모의 위탁생산 계약을 체결했다.")
    assert got.get("미국") is EntityType.COUNTRY and "미국 제약사" not in got
    assert got.get("화이자") is EntityType.ORGANIZATION


def test_words_the_model_is_unsure_of_are_not_people() -> None:
    """서명식 (a signing ceremony) and 수상함 (a surface ship) are nobody, though the tokenizer tags them NNP."""
    got = found("서명식에는 김영섭 KT 대표와 사티아 나델라 MS 최고경영자(CEO)가 참석했다.")
    assert "서명식" not in got and got.get("김영섭") is EntityType.PERSON
    assert "수상함" not in found("한화오션은 잠수함과 수상함 등 특수선 분야에서 시너지를 낼 것으로 기대한다.")


def test_an_address_keeps_its_country_apart_and_no_particle() -> None:
    ms = mentions("계약은 지난달 27일(현지시간) 미국 워싱턴주 레드먼드의 MS 본사에서 이뤄졌다.")
    got = {m.text: (m.type, m.name) for m in ms}
    # a state or province before a city is one mention of the city, as KLUE-NER marks it; the country stays apart
    assert got["미국"][0] is EntityType.COUNTRY
    assert got["워싱턴주 레드먼드"] == (EntityType.CITY, "레드먼드")
    assert not any(name.endswith("의") for name in got)


def test_time_words_are_not_names() -> None:
    got = found("하이브는 지난달 SM 창업자인 이수만 전 총괄프로듀서의 지분 14.8%를 인수했다.")
    assert "지난달" not in got and got.get("이수만") is EntityType.PERSON


def test_a_noun_made_a_verb_is_no_name() -> None:
    assert "인도" not in found("이 선박은 2027년 선주에 인도된다. 한화오션은 선주에게 선박을 인도했다.")


def test_latin_aliases_with_accents_and_apostrophes() -> None:
    got = found("프랑스 로레알(L'Oréal)그룹의 벤처캐피털 자회사 BOLD는 한국 뷰티 기업에 투자했다.")
    assert got.get("로레알") is EntityType.ORGANIZATION and got.get("BOLD") is EntityType.ORGANIZATION
    assert "벤처캐피털" not in got and "뷰티" not in got  # what a company is, not which one
    got = found("해브앤비는 미국 에스티로더(Estée Lauder)에 인수됐다.")
    assert got.get("에스티로더") is EntityType.ORGANIZATION and "Lauder" not in got


def test_a_name_the_tokenizer_reads_as_a_verb_runs_on_to_its_particle() -> None:
    got = found("KT스튜디오지니는 KT의 콘텐츠 전문 자회사다.")
    assert got.get("KT스튜디오지니") is EntityType.ORGANIZATION and "KT스튜디오" not in got


def test_the_word_that_closes_a_list_of_companies() -> None:
    got = found("KT는 지난달 넷플릭스, 디즈니, 파라마운트, 워너브러더스와 함께 협의체를 꾸렸다.")
    assert got.get("워너브러더스") is EntityType.ORGANIZATION
    assert "반도체" not in found("삼성전자, LG전자, 반도체 업계가 모였다.")


def test_foreign_names_in_two_parts() -> None:
    got = found("아민 나세르 아람코 CEO가 방한했다. 제임스 박 노바셀 테라퓨틱스 대표는 말했다.")
    assert got.get("아민 나세르") is EntityType.PERSON and "나세르" not in got
    assert got.get("제임스 박") is EntityType.PERSON
    assert got.get("노바셀 테라퓨틱스") is EntityType.ORGANIZATION
    assert "이수만 전" not in found("하이브는 이수만 전 총괄프로듀서의 지분을 인수했다.")


def test_one_type_per_name_in_an_article() -> None:
    got = [(m.text, m.type) for m in mentions(
        "통신장비 기업 쏠리드(대표 정준)가 KDDI와 공급계약을 체결했다. 쏠리드는 내년부터 3년간 장비를 납품한다. "
        "산업은행은 쏠리드가 새로 발행하는 전환사채를 인수한다.")]
    assert {t for n, t in got if n == "쏠리드"} == {EntityType.ORGANIZATION}


def test_a_name_read_as_a_copula_and_a_one_letter_last_name() -> None:
    got = found("롯데바이오로직스 제임스 박 대표는 입지를 굳혔다고 밝혔다. GS건설은 자회사 GS이니마 매각도 추진한다.")
    assert got.get("제임스 박") is EntityType.PERSON and "박" not in got
    assert got.get("GS이니마") is EntityType.ORGANIZATION
    assert "SK하고" not in found("SK하고 LG가 만났다.")


def test_a_province_before_a_city_is_part_of_its_address() -> None:
    got = {m.text: (m.type, m.name) for m in mentions("경기 성남시 분당구에 본사를 둔 네이버는 실적을 발표했다. "
                                                      "성남시는 네이버의 본사가 있는 곳이다.")}
    assert got["경기 성남시"] == (EntityType.CITY, "성남") and "경기" not in got
    assert got["성남시"] == (EntityType.CITY, "성남")  # the city alone, later, is the same city


def test_a_guess_from_shape_alone_needs_the_model_or_a_fact() -> None:
    from kg.models import Article
    from kg.pipeline import extract

    [ex] = extract([Article(id="t", text="웹툰 플랫폼 툰플렉스는 일본 출판사 소라분샤와 합작법인을 세웠다. "
                                         "원작 IP 공급원 역할을 한다.")])
    names = {m.text for m in ex.mentions}
    assert {"툰플렉스", "소라분샤"} <= names  # 소라분샤 is a guess too, but a joint venture names it
    assert not names & {"웹툰", "IP"}  # guesses nothing supports
    [ex] = extract([Article(id="t", text="하이퍼로지는 콜드체인 확장에 자금을 쓸 것이라고 밝혔다.")])
    assert "콜드체인" not in {m.text for m in ex.mentions}


def test_a_term_glossed_by_its_abbreviation_is_no_company() -> None:
    got = found("그린하이텍은 고분자전해질막(PEM) 수전해 설비를 납품하고, 직접환원철(HBI) 공장도 짓는다.")
    assert not {"고분자전해질막", "PEM", "직접환원철", "HBI"} & set(got)


def test_a_word_the_tokenizer_cut_short_is_no_name() -> None:
    got = found("루미에르재팬은 일본 드러그스토어 3000여 곳에 제품을 공급하며, 미국 엔비디아와는 협력을 이어간다. "
                "일본 대형항공사 일본항공(JAL)과 제휴했다.")
    assert "드러" not in got and "대형항공사" not in got
    assert got.get("엔비디아") is EntityType.ORGANIZATION and "엔비디아와" not in got


def test_a_title_made_a_verb_is_no_title() -> None:
    got = found("그린하이텍은 플러그파워에서 전해조 사업을 총괄했던 마이클 로런스를 신임 최고경영자(CEO)로 선임했다.")
    assert "전해조" not in got and got.get("마이클 로런스") is EntityType.PERSON


def test_quoted_products_after_a_company_or_a_product_word() -> None:
    got = found("그린하이텍은 수소를 현대차 ‘엑시언트 수소전기트럭’ 충전소에 공급한다. 에이피알은 뷰티 디바이스 "
                "‘메디큐브 에이지알’을 앞세웠다. 삼성전자 ‘반도체 한파’ 끝났나.")
    assert got.get("엑시언트 수소전기트럭") is EntityType.PRODUCT and got.get("메디큐브 에이지알") is EntityType.PRODUCT
    assert "반도체 한파" not in got and "엑시언트" not in got


def test_a_name_the_tokenizer_reads_as_one_spaced_noun_before_a_company_and_title() -> None:
    got = found("합작법인 대표는 다나카 겐지 소라분샤 상무가 맡았다.")
    assert got.get("다나카 겐지") is EntityType.PERSON and got.get("소라분샤") is EntityType.ORGANIZATION


def test_a_word_of_the_language_is_no_short_name() -> None:
    ms = mentions("삼성전자는 미국 스마트 솔루션즈(Smart Solutions)를 인수했다. 회사는 스마트 공장과 스마트 물류를 키운다.")
    assert [m.text for m in ms if m.text == "스마트"] == []


def test_a_known_name_the_tokenizer_runs_into_its_particle() -> None:
    got = found("항체 원료는 인천에 본사를 둔 삼성바이오로직스가, 접합 공정은 알파인바이오가 맡는다.")
    assert got.get("삼성바이오로직스") is EntityType.ORGANIZATION and "삼성바이오로직" not in got


def test_foreign_company_names_of_several_words() -> None:
    got = found("알파인베스트는 스페인 특수플라스틱 업체 폴리메리카 이베리카를 인수했다. 라온앤코는 일본 유통업체 다카시마 "
                "리테일과 손잡았다. 루닛은 뉴질랜드 AI 기업 볼파라 헬스 테크놀로지스(Volpara Health Technologies)를 "
                "인수했다. 캐나다 노스스타 메탈스가 참여했다. 토마스 쿠리안 구글 클라우드 CEO가 말했다.")
    for name in ("폴리메리카 이베리카", "다카시마 리테일", "볼파라 헬스 테크놀로지스", "노스스타 메탈스"):
        assert got.get(name) is EntityType.ORGANIZATION, (name, got)
    for part in ("이베리카", "다카시마", "볼파라", "메탈스"):
        assert part not in got
    assert got.get("토마스 쿠리안") is EntityType.PERSON and got.get("구글 클라우드") is EntityType.ORGANIZATION


def test_words_for_companies_are_nobody_and_a_glossed_one_word_name_is_a_person() -> None:
    got = found("지주사 한성홀딩스 대표이사 부회장에는 박정우 한성홀딩스 최고재무책임자(CFO)가 선임됐다. "
                "메콩아그리를 이끄는 응우옌반룩(Nguyen Van Luc) 회장은 말했다. 동해조선은 영국 런던 소재 선주사 "
                "노스웨이브LNG와 계약했다.")
    assert "지주사" not in got and "선주사" not in got
    assert got.get("응우옌반룩") is EntityType.PERSON
    assert got.get("런던") is EntityType.CITY and got.get("노스웨이브LNG") is EntityType.ORGANIZATION


def test_technical_terms_and_their_abbreviations_are_no_companies() -> None:
    got = found("에이치엔셀은 리지라인모터스(Ridgeline Motors)와 리튬인산철(LFP) 배터리 합작법인을 세운다. "
                "LFP는 가격 경쟁력이 높다. 한국수력원자력은 소형모듈원전(SMR) 사업을 추진한다. "
                "한울폴리머는 폴리프로필렌(PP)을 생산한다.")
    assert not {"리튬인산철", "LFP", "소형모듈원전", "SMR", "폴리프로필렌", "PP"} & set(got)
    assert got.get("리지라인모터스") is EntityType.ORGANIZATION and got.get("한국수력원자력") is EntityType.ORGANIZATION


def test_a_country_with_the_spoken_particle_glued_on() -> None:
    got = found("세진파워텍은 캐나다서 창사 최대 수주를 따냈다.")
    assert got.get("캐나다") is EntityType.COUNTRY and "캐나다서" not in got


def test_quoted_products_after_the_word_for_their_kind() -> None:
    got = found("픽셀하운드 스튜디오는 신작 역할수행게임(RPG) ‘에코 오브 애쉬(Echo of Ash)’의 퍼블리싱을 맡겼다. "
                "오비탈웨이브는 초소형 위성 ‘웨이브샛-1’ 4기를 공급한다. 대동은 트랙터 ‘하베스트 K5’를 출시했다.")
    for name in ("에코 오브 애쉬", "웨이브샛-1", "하베스트 K5"):
        assert got.get(name) is EntityType.PRODUCT, (name, got)
    assert "애쉬" not in got


def test_heads_of_state_before_their_office_are_people_not_companies() -> None:
    got = found("도널드 트럼프 미국 대통령은 말했다. 미국 트럼프 대통령은 관세를 부과했다. 중국 시진핑 국가주석은 "
                "말했다. 러시아 푸틴 대통령의 전용기가 도착했다.")
    for name in ("도널드 트럼프", "시진핑", "푸틴"):
        assert got.get(name) is EntityType.PERSON, (name, got)
    assert got.get("트럼프") is EntityType.PERSON and got.get("미국") is EntityType.COUNTRY


def test_glossed_names_with_accents_and_hyphens_and_a_caption_marker() -> None:
    got = found("웹툰 플랫폼 툰버스(Toonverse)가 프랑스 만화 출판사 에디시옹 플륌(Éditions Plume)을 인수했다. "
                "창업자인 장뤽 모로(Jean-Luc Moreau) CEO가 경영을 맡는다.\n▲박서연 툰버스 대표가 서명했다.")
    assert got.get("에디시옹 플륌") is EntityType.ORGANIZATION, got
    assert got.get("장뤽 모로") is EntityType.PERSON, got
    assert got.get("박서연") is EntityType.PERSON and got.get("툰버스") is EntityType.ORGANIZATION, got
    assert not any(m.canonical == "박서연 툰버스" for m in mentions("▲박서연 툰버스 대표가 서명했다. 툰버스는 성장했다."))


def test_a_foreign_head_of_government_before_the_country_is_one_person() -> None:
    got = found("나델라 CEO는 이날 안와르 이브라힘 말레이시아 총리를 만났다.")
    assert got.get("안와르 이브라힘") is EntityType.PERSON and "이브라힘" not in got, got


def test_a_group_prefix_before_a_product_abbreviation_is_the_group_alone() -> None:
    got = found("LG TV 판매가 늘었다. 삼성 SSD 공급을 늘렸다. CJ 4DPLEX가 사우디에 상영관을 공급했다.")
    assert "LG TV" not in got and "삼성 SSD" not in got and got.get("CJ 4DPLEX") is EntityType.ORGANIZATION, got


def test_a_glossed_name_keeps_its_legal_form_and_its_particle_words() -> None:
    got = found("대성증권은 인도네시아 증권사 PT 마하카리 세쿠리타스(PT Mahakari Sekuritas) 지분을 샀다. "
                "인수 후보로는 몬테레이의 아세로스 델 파시피코(Aceros del Pacifico)가 거론된다.")
    assert got.get("PT 마하카리 세쿠리타스") is EntityType.ORGANIZATION, got
    assert got.get("아세로스 델 파시피코") is EntityType.ORGANIZATION, got
    assert "세쿠리타스" not in got and "아세로스" not in got and "델" not in got


def test_a_name_the_tokenizer_breaks_into_pieces_is_one_company() -> None:
    got = found("한별식품이 다온물산을 인수했다. 정우제강은 신성정밀과 합병했다.")
    for name in ("한별식품", "다온물산", "정우제강", "신성정밀"):
        assert got.get(name) is EntityType.ORGANIZATION, (name, got)
    assert not found("회사는 고정밀 센서와 초정밀가공을 개발했다.")  # a prefix and a noun name nobody


def test_a_name_ending_in_eun_before_a_company_and_title_is_a_person() -> None:
    got = found("김지은 한빛전자 상무는 말했다. 안영은 새한게임즈 대표는 말했다. 양측은 한빛전자 대표를 만났다.")
    assert got.get("김지은") is EntityType.PERSON and got.get("안영은") is EntityType.PERSON, got
    assert "안영" not in got and "김" not in got and "양측" not in got and "양측은" not in got


def test_common_words_and_a_word_for_a_company_name_a_company_where_a_fact_does() -> None:
    got = found("일진푸드는 수림캐피탈로부터 투자를 유치했다. 가온소재와 수림 캐피탈이 협약을 맺었다.")
    for name in ("일진푸드", "수림캐피탈", "가온소재"):
        assert got.get(name) is EntityType.ORGANIZATION, (name, got)
    # kinds of company, and what a company does, are no names, even where money goes into them
    got = found("회사는 연구개발에 300억 원을 투자했다. 시중은행과 종합건설사들이 협약을 맺었다. "
                "즉석식품과 라면을 한빛전자에 공급한다.")
    assert not {"연구개발", "시중은행", "즉석식품"} & set(got), got


def test_a_quoted_name_before_a_product_word_is_a_product() -> None:
    got = found("공급 제품은 이 회사의 주력 에어컨 '에코윈드(EcoWind)' 시리즈다. 한빛전자는 '한빛 원' 브랜드를 출시했다.")
    assert got.get("에코윈드") is EntityType.PRODUCT and got.get("한빛 원") is EntityType.PRODUCT, got
    assert got.get("한빛전자") is EntityType.ORGANIZATION


def test_a_plant_or_mine_named_by_its_place_is_no_company() -> None:
    got = found("세광중공업이 체코 두코바니 원전에 밸브를 공급한다. 한빛전력은 대형 원전 수출에 성공했다. "
                "세광스틸은 호주 로이힐(Roy Hill) 광산 지분 12.5%를 보유하고 있다.")
    assert got.get("두코바니") is EntityType.PLACE, got
    assert "대형" not in got and got.get("로이힐") is EntityType.ORGANIZATION, got
    got = found("한빛중공업은 체코 테멜린 신규 원전 사업에 참여한다. 한빛중공업은 테멜린 3·4호기용 밸브를 만든다.")
    assert got.get("테멜린") is EntityType.PLACE, got


def test_branches_rumours_districts_and_firms_kinds() -> None:
    got = found("대전 유성구 한빛백화점 대전점 전경. 한빛백화점은 자회사를 부동산투자회사(리츠·REITs)에 넘긴다. "
                "세광문 \"中 텐진 피인수설 사실무근\". 세광문은 대형 로펌인 법무법인 다솜누리와 파트너십을 맺었다.")
    assert got.get("유성구") is EntityType.PLACE, got
    assert not {"대전점", "리츠", "REITs", "피인수설", "다솜누리"} & set(got), got
    assert got.get("법무법인 다솜누리") is EntityType.ORGANIZATION


def test_a_headline_names_a_company_by_the_head_of_its_name() -> None:
    ms = mentions("세광문 \"中 텐루이 피인수설 사실무근\"\n웹툰 플랫폼 세광문이 중국 게임사 텐루이인터랙티브(Tenrui Interactive)"
                  "로의 매각설을 부인했다.")
    assert next(m for m in ms if m.text == "텐루이").name == "텐루이인터랙티브"
    ms = mentions("미래정보통신의 자회사인 미래정보통신벤처스가 투자했다.")
    assert next(m for m in ms if m.text == "미래정보통신").name == "미래정보통신"



def test_foreign_companies_after_their_country_and_kind() -> None:
    got = found("세진홀딩스는 미국 제약사 블루오션 시스템스와 3년간 공급계약을 맺었다. 미국 제약사 알바트로스가 다솜제약을 "
                "인수했다. 다온랩스는 호주 광산업체 노르딕으로부터 500억 원을 투자받았다.")
    for name in ("블루오션 시스템스", "알바트로스", "다솜제약", "노르딕"):
        assert got.get(name) is EntityType.ORGANIZATION, (name, got)
    assert "알바트로스가" not in got and "시스템스" not in got and "노르딕으" not in got


def test_what_the_review_found_names_no_company_nor_person() -> None:
    got = found("'가성비' 제품이 팔렸다. '착한 가격' 브랜드다. 한빛식품은 일본 모리나가와 합작법인을 세웠다. "
                "세광테크는 외국계은행과 손잡았다. 각은행과 협약을 맺었다. 이들은 한빛전자 대표를 만났다. "
                "법무법인 소속 김철수 변호사가 말했다.")
    assert not {"가성비", "착한 가격", "모리나", "외국계은행", "각은행", "이들은", "법무법인 소속"} & set(got), got
    ms = mentions("한빛전자는 누리바이오에 100억원을 투자했다. 한빛전자인베스트먼트도 이번 투자에 참여했다.")
    assert next(m for m in ms if m.text == "한빛전자").name == "한빛전자"
    ms = mentions("한빛전자는 자회사 세광테크에 300억원을 출자했다. 한빛전자는 멕시코에 생산법인을 설립하기로 했다. "
                  "이 법인은 가온모터스에 부품을 납품한다.")
    assert all(m.name != "세광테크" for m in ms if m.text == "이 법인")


def test_common_words_that_look_like_places_are_no_places() -> None:
    """포르투갈 축구 (football, not a district), 보호무역주의 (not 보호무역주 + 의), 선전 효과 (propaganda,
    not Shenzhen), while 중국 선전에 본사를 둔 and 선전에 본사를 둔 stay the city."""
    def places(text: str) -> set[str]:
        return {m.text for m in mentions(text) if m.type.is_location}

    assert places("포르투갈 축구의 전설이 숨졌다. 미국의 보호무역주의는 강해졌다.") == {"포르투갈", "미국"}
    assert "선전" not in places("자금 확보보다는 선전 효과를 노린 것이라는 분석이다.")
    assert "선전" in places("선전에 본사를 둔 텐센트는 중국 기업이다.")
    assert "선전" in places("BYD는 중국 선전에 본사를 두고 있다.")


def test_a_name_with_its_age_in_brackets_before_a_title_or_ssi_is_a_person() -> None:
    people = {m.text for m in mentions("중태에 빠진 농민 백남철(69)씨의 쾌유를 빈다. 김민재(52) 한빛전자 대표는 "
                                        "말했다.") if m.type.value == "Person"}
    assert {"백남철", "김민재"} <= people, people


def test_a_units_country_keeps_its_other_names() -> None:
    """현대차 인도네시아 생산법인 takes its words as its name; 인도네시아(Indonesia) elsewhere stays the country."""
    ms = mentions("회사 이름은 현대와 인도네시아(Indonesia)의 머리글자를 땄다. 배터리셀은 현대차의 자회사인 현대차 "
                  "인도네시아 생산법인(HMMI)에 공급된다.")
    names = {(m.text, m.name) for m in ms}
    assert {("Indonesia", "인도네시아"), ("현대차 인도네시아 생산법인", "현대차 인도네시아 생산법인")} <= names, names


def test_a_four_syllable_name_ending_in_an_industry_is_no_person() -> None:
    """신성산업 is a company whatever the model says; 남궁민수 (a two-syllable surname) can be a person."""
    got = found("신성산업과 대성푸드는 업무협약을 체결했다. 남궁민수 대표가 협약식에 참석했다.")
    assert got.get("신성산업") is EntityType.ORGANIZATION, got
    assert got.get("남궁민수") is EntityType.PERSON, got


def test_persons_in_a_list_of_companies_and_names_that_raise_money() -> None:
    got = found("이번 투자는 온담파트너스가 주도했으며 가람인베스트먼트, 솔마루, 도담벤처스 등 3개사가 참여했다.")
    assert got.get("솔마루") is EntityType.ORGANIZATION, got
    got = found("링크모아는 최근 180억 원 규모의 시리즈A 투자 유치를 마무리했다.")
    assert got.get("링크모아") is EntityType.ORGANIZATION, got
    # a person named with a title stays one, in a list of people
    got = found("김철수, 이영희, 박민수 대표 등 3명이 참석했다.")
    assert got.get("김철수") is EntityType.PERSON, got


def test_a_firm_named_without_its_kind_is_the_same_firm() -> None:
    ms = mentions("카카오벤처스가 투자를 이끌었고, 법무법인 다온이 참여했다. 다온은 지난해부터 한빛로와 손잡고 서비스를 "
                  "적용해 왔다.")
    assert ("다온", "법무법인 다온") in {(m.text, m.name) for m in ms}


def test_a_learned_place_told_with_its_description_gives_the_names_in_it() -> None:
    got = found("KLS리튬은 칠레 북부 항구도시 메히요네스에 있다. 라온코스는 경기 화성 본사 연구소에서 제품을 만든다.")
    assert got.get("칠레") is EntityType.COUNTRY and got.get("메히요네스", EntityType.PERSON).is_location, got
    assert not any(" 항구도시" in name or "연구소" in name for name in got), got


def test_a_field_named_with_its_field_noun_is_no_company_later_either() -> None:
    got = found("현대자동차가 EQ에너지와 우주항공 분야 업무협약을 체결했다. 두 회사는 우주항공 공동 연구를 추진한다.")
    assert "우주항공" not in got and got.get("EQ에너지") is EntityType.ORGANIZATION, got


def test_a_transport_company_read_as_a_place_by_the_model() -> None:
    got = found("경북 포항의 동진운수도 이번 합병에 참여하는 방안을 타진했다. 전남 순천의 서진운수도 참여를 검토했다.")
    assert got.get("동진운수") is EntityType.ORGANIZATION and got.get("서진운수") is EntityType.ORGANIZATION, got


def test_a_foreign_minister_named_before_the_ministry_over_shape_guesses() -> None:
    got = found("정민재 한빛메드 대표(오른쪽)와 아셀 세이트카지에바 카자흐스탄 보건부 장관이 12일 아스타나에서 협약을 맺었다.")
    assert got.get("아셀 세이트카지에바") is EntityType.PERSON, got


def test_a_learned_place_ends_where_a_city_named_with_si_begins() -> None:
    got = found("한별항공은 베트남 중부 관광도시 다낭시와 관광 활성화를 위한 업무협약을 맺었다.")
    assert got.get("베트남") is EntityType.COUNTRY and got.get("다낭시", EntityType.PERSON).is_location, got
    assert not any("관광도시" in name for name in got), got


def test_a_common_noun_shaped_like_a_korean_name_is_no_person() -> None:
    got = found("가온바이오는 반환 의무 없는 선급금만 550억 원을 받는다.")
    assert "선급금" not in got and got.get("가온바이오") is EntityType.ORGANIZATION, got
    got = found("세온소재는 대만 공장에 하프늄 계열 전구체를 납품한다. 다나카 유이치 세온재팬 사장이 말했다.")
    assert "하프늄" not in got and got.get("다나카 유이치") is EntityType.PERSON, got


def test_a_shape_guess_the_model_reads_as_no_company_stays_a_guess() -> None:
    from kg.models import Article
    from kg.pipeline import extract

    text = ("한울코드는 미쉐린에 타이어코드를 공급한다. 공급 제품은 폴리에스터와 아라미드를 꼬아 만든 하이브리드 코드 "
            "‘누리플렉스(NuriFlex)’로, 미쉐린의 전기차 전용 타이어에 들어간다.")
    got = {m.text: m.type for m in extract([Article(id="t", text=text)])[0].mentions}
    assert "폴리에스터" not in got and "아라미드" not in got, got
    assert got.get("한울코드") is EntityType.ORGANIZATION and got.get("미쉐린") is EntityType.ORGANIZATION, got


def test_a_unit_named_in_hangul_and_capitals_after_a_word_for_a_company() -> None:
    got = found("중앙아시아 영업은 알마티에 있는 한솔강관의 카자흐스탄 판매법인 청해CA가 총괄한다.")
    assert got.get("청해CA") is EntityType.ORGANIZATION, got


def test_names_the_tokenizer_breaks_at_a_particle_or_a_determiner() -> None:
    got = found("업계에서는 온누리식품이 일본 냉동식품 업체 마루키와식품 인수도 검토한다는 관측이 나왔다.")
    assert got.get("마루키와식품") is EntityType.ORGANIZATION and "마루키" not in got, got
    got = found("합병 법인은 누리오피스 공동창업자인 임세준 대표와 오피스온 창업자인 허지민 대표가 각자대표를 맡는다.")
    assert got.get("임세준") is EntityType.PERSON and "임" not in got, got
    assert got.get("오피스온") is EntityType.ORGANIZATION and got.get("허지민") is EntityType.PERSON, got


def test_a_conjunction_inside_a_company_name() -> None:
    got = found("청운강관이 카자흐스탄 철강사 아스타나메탈그룹과 2022년 세운 합작법인이 생산에 들어갔다.")
    assert got.get("아스타나메탈그룹") is EntityType.ORGANIZATION and "아스타" not in got, got


def test_a_founder_named_by_surname_and_title_stays_a_person() -> None:
    got = found("미국 클라우드 기업 넥서스웨어의 공동 창업자인 제임스 하퍼는 한국을 방문했다. "
                "하퍼 창업자는 누리소프트와 협력 방안을 논의했다.")
    assert got.get("하퍼") is EntityType.PERSON and got.get("넥서스웨어") is EntityType.ORGANIZATION, got


def test_a_company_read_as_a_city_once_is_the_company_the_article_names() -> None:
    text = ("다온러버텍, 이탈리아 베르니타이어에 카본블랙 공급\n다온러버텍이 이탈리아 타이어 제조사 베르니타이어와 "
            "공급계약을 맺었다. 밀라노에 본사를 둔 베르니타이어는 원료를 바꾸고 있다.")
    assert {m.type for m in mentions(text) if m.text == "베르니타이어"} == {EntityType.ORGANIZATION}


def test_a_city_that_is_a_word_inside_a_longer_common_noun_is_no_city() -> None:
    got = {(m.text, m.type.value) for m in mentions("프랑스 리옹의 고양이 사료 업체 프티샤와 손잡았다. 고양시 일산에 "
                                                     "본사를 둔 한결테크는 헝가리 괴드에 공장을 세웠다.")}
    assert ("고양", "City") not in got
    assert {("리옹", "City"), ("괴드", "City")} <= got


def test_people_news_names_by_surname_or_initial_and_offices_named_by_their_city() -> None:
    got = found("안 의원은 이승만 전 대통령을 언급했다. 시내 중학교 3학년생인 정군은 지난해 입학했다. A양이 판사에게 "
                "편지를 썼다. 23일 부산 동래경찰서에 따르면 그는 체포됐다.")
    assert got.get("안") is got.get("정") is got.get("A") is EntityType.PERSON
    assert got.get("부산 동래경찰서") is EntityType.ORGANIZATION and "부산" not in got


def test_a_field_noun_before_a_name_and_a_platform_used_as_a_medium() -> None:
    got = found("제명 추진 관련 천호선 대표 모두발언이다. 그는 사진을 트위터에 올렸다. 정용진 신세계 회장은 웃었다.")
    assert got.get("천호선") is EntityType.PERSON and got.get("트위터") is EntityType.PRODUCT
    assert got.get("정용진") is EntityType.PERSON and got.get("신세계") is EntityType.ORGANIZATION
    got = found("일론 머스크는 2022년 트위터를 440억 달러에 인수했다.")
    assert got.get("트위터") is EntityType.ORGANIZATION


def test_a_middle_initial_and_a_party_before_a_name_stay_out_of_the_company_slot() -> None:
    """조지 W. 부시 대통령: W. is the middle initial of one person's name; 민주당 소속 빌 클린턴 대통령: 소속 (like
    출신) says whose member the person is and starts no name, so 클린턴 is not read as a company before the title."""
    got = found("과거 민주당 소속 빌 클린턴 대통령 때나 공화당 출신의 조지 W. 부시 대통령 당시 협정이 맺어졌다.")
    assert got.get("빌 클린턴") is EntityType.PERSON
    assert got.get("조지 W. 부시") is EntityType.PERSON
    assert "클린턴" not in got and "부시" not in got


def test_a_common_noun_glossed_with_a_model_code_is_no_company() -> None:
    """항공기(MH370), 발사체(KSLV-II): a thing and its code, where 한결소재(Hangyeol Materials) is a company."""
    got = found("실종된 항공기(MH370)를 찾는다. 한국형 발사체(KSLV-II)를 쏜다. 한결소재(Hangyeol Materials)가 납품한다.")
    assert "항공기" not in got and "발사체" not in got and "MH370" not in got
    assert got.get("한결소재") is EntityType.ORGANIZATION


def test_a_party_before_a_name_and_title_is_no_person() -> None:
    # 민주당 opens with 민, a surname: still the party, and the name after it the person
    for text, party, person in (("민주당 김한길 대표는 23일 소속 의원들과 회의를 열었다.", "민주당", "김한길"),
                                ("새누리당 김무성 대표는 23일 회의를 열었다.", "새누리당", "김무성")):
        got = found(text)
        assert got.get(party) is EntityType.ORGANIZATION and got.get(person) is EntityType.PERSON, got
    assert found("박지원(71) 민주당 의원에게 징역 2년이 구형됐다.").get("민주당") is EntityType.ORGANIZATION


def test_names_guessed_from_their_shape_make_no_list_of_companies() -> None:
    got = found("또 수잔, 일리야, 블레어는 지난 1월 12일 새롭게 합류했다.")
    assert EntityType.ORGANIZATION not in got.values(), got


def test_a_word_that_qualifies_the_post_is_no_company() -> None:
    got = found("체포영장이 발부된 박태만 수석 부위원장을 포함해 노조원 10명이 출석했다.")
    assert got == {"박태만": EntityType.PERSON}
    got = found("종합편성채널 JTBC 손석희 보도담당 사장의 앵커 복귀 첫 방송이 나갔다.")
    assert "보도담당" not in got and got.get("손석희") is EntityType.PERSON, got


def test_a_common_noun_after_so_jae_is_no_company() -> None:
    got = found("그는 애틀랜타의 부촌인 존스크릭 소재 아파트에서 홀로 지내왔다.")
    assert "아파트" not in got, got


def test_a_common_noun_before_a_title_is_no_person() -> None:
    # 가맹점 and 유가족 open with surnames (가, 유) and have three syllables, as Korean names do;
    # kiwipiepy's dictionary knows them as common nouns
    assert found("땡처리 매장이 생겨 가맹점 대표가 운영에 곤란을 겪고 있다.") == {}
    assert "유가족" not in found("팽목항 문화제에서 유가족 대표의 발언을 듣던 중 눈물을 흘렸다.")
    assert found("김영섭 KT 대표가 밝혔다.").get("김영섭") is EntityType.PERSON


def test_a_unit_glossed_with_its_region_is_a_company_not_a_person() -> None:
    got = found("대림홀딩스의 미국 자회사 대림아메리카(Daelim America) 최고경영자에는 존 박이 선임됐다.")
    assert got.get("대림아메리카") is EntityType.ORGANIZATION and got.get("Daelim America") is EntityType.ORGANIZATION


def test_a_headline_particle_glued_to_a_name_goes_where_the_article_names_it_without() -> None:
    got = found("반도체 장비 세미온테크, 美 노바실리콘서 전략투자 유치…시리즈C도 마무리\n"
                "세미온테크가 미국 반도체 기업 노바실리콘(Nova Silicon)으로부터 3000만 달러(약 410억 원) 규모의 "
                "전략적 투자를 유치했다고 9일 밝혔다.\n")
    assert "노바실리콘서" not in got and got.get("노바실리콘") is EntityType.ORGANIZATION


def test_an_abbreviation_spelt_out_as_a_process_or_a_genre_is_no_company() -> None:
    got = found("양사는 원자층증착(ALD) 장비를 공동 개발한다. 누리텍은 ALD 장비를 벨라실리콘에 납품해 왔다.")
    assert "ALD" not in got, got
    got = found("라온게임즈가 신작 역할수행게임(RPG) '스타 베일'을 국내에 서비스한다. 신작 RPG는 연말에 나온다.")
    assert "RPG" not in got, got


def test_a_products_name_told_again_is_the_product_not_a_person() -> None:
    ms = mentions("라온게임즈가 일본 개발사 히카리웍스와 손잡고 신작 역할수행게임(RPG) '크로노 베일'을 국내에 서비스한다. "
                  "라온게임즈는 히카리웍스와 크로노 베일의 아시아 지역 퍼블리싱 계약을 맺었다.")
    assert [m.type for m in ms if "크로노" in m.text] == [EntityType.PRODUCT, EntityType.PRODUCT]


def test_a_known_company_whose_name_is_a_verbs_noun_after_an_object_is_that_noun() -> None:
    # 동원 (a food group) and 동원 (to mobilise): after 인력을, the verb's noun
    assert found("신고를 받고 인력을 동원, 폐사한 물고기를 수거했다.") == {}
    assert found("CJ, 동원, 오뚜기 등 식품업체가 참여했다.").get("동원") is EntityType.ORGANIZATION


def test_a_name_read_as_an_adverb_and_a_noun_before_a_title_is_the_company() -> None:
    # 오늘배달: 오늘/MAG (today) 배달/NNG (delivery) to the tokenizer
    got = found("오늘잇츠는 김민재 오늘배달 대표와 이서하 잇츠고 대표가 공동대표를 맡는 체제로 운영된다.")
    assert got.get("오늘배달") is EntityType.ORGANIZATION and got.get("김민재") is EntityType.PERSON, got


def test_a_country_whose_name_is_a_word_counts_where_the_tokenizer_reads_a_proper_noun() -> None:
    got = found("코스모항공이 오만 국적 항공사 무스카트에어와 협정을 맺었다. 한빛전자는 가나에 공장을 세웠다.")
    assert got.get("오만") is EntityType.COUNTRY and got.get("가나") is EntityType.COUNTRY, got
    assert found("그의 오만한 태도와 다른 수단을 찾는 모습, 옷을 말리는 장면이 나왔다.") == {}


def test_a_foreign_person_glossed_and_appointed_is_a_person_family_name_and_all() -> None:
    got = found("머니레인은 법인장에 에밀리 로스(Emily Ross)를 임명했다.")
    assert got.get("에밀리 로스") is EntityType.PERSON, got
    got = found("머니레인은 법인장에 데이비드 탄(David Tan)을 임명했다.")
    assert got.get("데이비드 탄") is EntityType.PERSON, got
    got = found("클로즈리 창업자인 에밀리 청(Emily Cheng)은 현재 로디의 최고기술책임자(CTO)를 맡고 있다.")
    assert got.get("에밀리 청") is not EntityType.ORGANIZATION, got


def test_a_production_model_spelt_out_is_a_term() -> None:
    got = found("화장품 제조자개발생산(ODM) 업체 루미코스와 벨라엔코의 합병 협상이 결렬됐다.")
    assert "제조자개발생산" not in got and "ODM" not in got, got


def test_a_chinese_name_in_one_word_before_a_company_and_title_is_the_person() -> None:
    got = found("한빛패키징은 말레이시아 업체 노바리온 세미컨덕터(Novarion Semiconductor)의 지분을 인수했다. 페낭에 본사를 둔 "
                "노바리온은 조립이 주력이다. 최대주주인 창업자 탄웨이룽 노바리온 회장 측은 지분을 유지한다.")
    assert got.get("탄웨이룽") is EntityType.PERSON and "탄웨이룽 노바리온" not in got, got


def test_a_founder_named_before_a_title_is_a_person() -> None:
    got = found("서진식품은 호아빈푸드 창업주인 응우옌티마이 회장 일가로부터 지분 60%를 사들였다. "
                "응우옌 회장은 잔여 지분을 보유한 채 회장직을 유지한다.")
    assert got.get("응우옌티마이") is EntityType.PERSON, got
    assert "채" not in got, got  # 보유한 채: a bound noun, nobody's surname
    ms = [m for m in mentions("서진식품은 호아빈푸드 창업주인 응우옌티마이 회장 일가로부터 지분 60%를 사들였다. "
                              "응우옌 회장은 회장직을 유지한다.") if m.text == "응우옌"]
    assert ms and all(m.canonical == "응우옌티마이" for m in ms), ms


def test_a_unit_in_vietnam_named_with_vina_keeps_its_last_syllable() -> None:
    got = found("하노이푸드는 이번 거래로 청운식품의 베트남 자회사인 청운비나 산하에 편입됐다.")
    assert got.get("청운비나") is EntityType.ORGANIZATION and "청운비" not in got, got
    assert found("장비나 설비나 소재를 공급한다.") == {}


def test_gas_and_package_terms_with_abbreviations_are_no_companies() -> None:
    got = found("선박은 액화천연가스(LNG)를 쓰고, 양사는 팬아웃 웨이퍼레벨패키지(FOWLP) 기술을 공동 개발한다.")
    assert not any(t is EntityType.ORGANIZATION for t in got.values()), got


def test_an_online_mall_named_with_its_country_is_a_company() -> None:
    got = found("누리닷컴(Nuri.com)은 미국 온라인몰 스카이마켓 출신인 박서연 최고운영책임자(COO)를 대표로 승진시켰다.")
    assert got.get("스카이마켓") is EntityType.ORGANIZATION, got


def test_a_word_before_a_kind_of_company_is_no_person() -> None:
    got = found("화장품 제조사 루미엘코스메틱과 더마 화장품 기업 소연바이오뷰티가 주식 교환 방식의 합병을 마무리했다.")
    assert got.get("더마") is not EntityType.PERSON, got



def test_a_name_read_without_its_last_word_is_whole_where_the_article_gives_it_whole() -> None:
    got = found("툰라인 아메리카 신임 CEO 제니퍼 오. [사진 툰라인]\n툰라인은 미국 자회사 툰라인 아메리카(Toonline America)의 "
                "신임 최고경영자(CEO)로 현지 애니메이션 제작자 출신 제니퍼 오를 선임했다.")
    assert got.get("제니퍼 오") is EntityType.PERSON and "제니퍼" not in got, got


def test_a_units_gloss_spells_the_unit_not_its_country() -> None:
    ms = mentions("누리로지스는 2019년 세운 현지 자회사 누리로지스 베트남(Nuri Logis Vietnam)의 법인장을 선임했다.")
    gloss = [m for m in ms if m.text == "Nuri Logis Vietnam"]
    assert gloss and gloss[0].type is EntityType.ORGANIZATION and gloss[0].canonical == "누리로지스 베트남", gloss


def test_words_of_trade_are_no_names() -> None:
    assert not found("계약 규모는 선급금 1500만 달러를 포함해 최대 4억 2000만 달러다. 누리로지스가 베트남 콜드체인 시장에 "
                     "진출한다. 해담식품과 가정간편식(HMR) 공급계약을 맺었다.").keys() & {"선급금", "콜드체인", "HMR"}


def test_a_company_glossed_with_a_word_for_group_in_another_language_is_a_company() -> None:
    got = found("합작법인 초대 대표에는 그루포 에스트렐라(Grupo Estrella)의 카를로스 이바라 부사장이 선임됐다.")
    assert got.get("그루포 에스트렐라") is EntityType.ORGANIZATION and got.get("카를로스 이바라") is EntityType.PERSON, got



def test_green_hydrogen_is_no_company() -> None:
    """In own48-004 (bench/gold), 그린수소 (green hydrogen) was read as a company and got a stake."""
    import json
    from pathlib import Path

    gold = json.loads((Path(__file__).resolve().parent.parent / "bench" / "gold" / "own48.json").read_text("utf-8"))
    text = next(a["text"] for a in gold if a["id"] == "own48-004")
    assert "그린수소" not in found(text)


def test_a_foreign_group_shortened_to_its_first_two_words_is_still_the_group() -> None:
    ms = mentions("화성모터텍이 멕시코 철강 가공업체 그루포 아세로 델 노르테(Grupo Acero del Norte)와 합작해 공장을 짓는다. "
                  "합작법인 초대 대표에는 그루포 아세로의 카를로스 이바라 부사장이 선임됐다.")
    short = [m for m in ms if m.text == "그루포 아세로"]
    assert short and all(m.type is EntityType.ORGANIZATION and m.canonical == "그루포 아세로 델 노르테" for m in short), \
        [(m.text, m.type, m.canonical) for m in ms]


def test_a_unit_glossed_with_its_country_in_english_is_a_company() -> None:
    got = found("한솔해운의 싱가포르 자회사 한솔마린싱가포르(Hansol Marine Singapore) 법인장에는 최지호 상무가 선임됐다.")
    assert got.get("한솔마린싱가포르") is EntityType.ORGANIZATION and got.get("최지호") is EntityType.PERSON, got


def test_a_country_and_a_kind_of_business_before_a_word_for_a_company_is_the_country() -> None:
    got = found("앞서 태성그룹은 지난 7월 일본 카셰어링 업체 미라이모빌리티와 업무협약(MOU)을 맺었다.")
    assert got.get("일본") is EntityType.COUNTRY and "일본 카셰어링" not in got, got


def test_a_particle_the_tokenizer_kept_in_a_name_goes_where_the_article_names_it_without() -> None:
    # (서해중공업과 is one proper noun to kiwipiepy; 가온비나로 too)
    got = found("서해중공업이 그리스 선사 아르고마린과 계약을 맺었다. 아르고마린은 중견 선사로, 서해중공업과는 이번이 세 번째 "
                "거래다. 인수 주체는 가온리테일의 베트남 법인 가온비나로, 거래가 끝나면 미소마트는 가온비나의 자회사가 된다. "
                "가온리테일의 베트남 법인 가온비나가 인수한다.")
    assert "서해중공업과" not in got and "가온비나로" not in got, got
    assert got.get("서해중공업") is EntityType.ORGANIZATION and got.get("가온비나") is EntityType.ORGANIZATION, got


def test_vina_ends_a_name_the_tokenizer_read_as_one_proper_noun_and_or() -> None:
    got = found("점포 200곳 확보…베트남 법인 가온비나 자회사로 편입")
    assert got.get("가온비나") is EntityType.ORGANIZATION and "가온비" not in got, got


def test_kinds_of_ship_compass_regions_and_drugstores_are_no_names() -> None:
    got = found("K뷰티 라온코스, 美 드러그스토어 ‘메이플파머시’ 입점\n아르고마린은 LNG선과 원유운반선 40척을 운용한다. "
                "메이플파머시는 미국 중서부와 동부를 중심으로 점포를 운영하는 드러그스토어 업계 4위 업체다.")
    assert not {"LNG선", "중서부", "드러그스토어"} & set(got), got
    assert got.get("메이플파머시") is EntityType.ORGANIZATION, got


def test_a_one_word_foreign_name_before_a_company_and_a_title_is_a_person() -> None:
    got = found("대만 선사 타이완오션라인이 한국 조선소에 선박을 발주했다. 천웨이룽 타이완오션라인 회장은 \"기술력을 높이 "
                "평가했다\"고 말했다.")
    assert got.get("천웨이룽") is EntityType.PERSON and got.get("타이완오션라인") is EntityType.ORGANIZATION, got


def test_a_country_and_a_body_the_model_reads_as_one_with_its_initials_after_are_two() -> None:
    got = found("신작 출시 시점은 중국 국가신문출판서(NPPA)의 판호 발급 여부에 달렸다.")
    assert got.get("중국") is EntityType.COUNTRY and got.get("국가신문출판서") is EntityType.ORGANIZATION, got


def test_a_company_the_article_names_is_it_over_a_city_inside_its_name_and_with_a_kind_word_glued_on() -> None:
    # (라온생명보험 is no name to the tokenizer nor the model here; 사이공 of the second 사이공푸안보험 is a city to the model)
    ms = mentions("라온생명, 베트남 손보사 인수\n베트남 중견 손해보험사 사이공푸안보험(SPI)이 라온생명보험에 인수됐다. 라온생명은 "
                  "베트남 대형은행 메콩퍼스트은행이 보유하던 사이공푸안보험 지분 55%를 사들였다.")
    got = {(m.text, m.type, m.canonical) for m in ms}
    assert ("라온생명보험", EntityType.ORGANIZATION, "라온생명") in got, got
    assert not any(m.text == "사이공" for m in ms), got


def test_a_vietnamese_name_in_one_word_before_a_title_is_a_person() -> None:
    got = found("한솔생명은 베트남 손보사 메콩푸안보험을 인수했다. 메콩푸안보험은 이날부터 한솔생명의 자회사로 편입됐으며, "
                "응우옌반득 최고경영자(CEO)가 계속 회사를 이끈다.")
    assert got.get("응우옌반득") is EntityType.PERSON, got


def test_a_quoted_name_of_two_words_after_a_kind_of_car_or_an_ip_is_a_product() -> None:
    got = found("로이터모빌은 이 배터리를 2027년 출시 예정인 전기 SUV ‘루나 X7’에 탑재한다. 다온게임즈는 자사 대표 "
                "지식재산권(IP) ‘은하 연대기’의 북미 라이선스 계약을 맺었다.")
    assert got.get("루나 X7") is EntityType.PRODUCT and got.get("은하 연대기") is EntityType.PRODUCT, got


def test_japanese_company_endings_after_a_country_make_a_company_not_a_city() -> None:
    got = found("PMA는 2016년 일본 미나세일렉트로닉스에 인수됐다. 대성폴리텍은 일본 하루카화성에 수지를 공급해 왔다.")
    assert got.get("미나세일렉트로닉스") is EntityType.ORGANIZATION and got.get("하루카화성") is EntityType.ORGANIZATION, got


def test_a_companys_researcher_is_no_part_of_its_name_and_a_headlines_short_name_keeps_its_particle_apart() -> None:
    ms = mentions("수소 스타트업 누리젠, 獨 바르텐만서 전략투자 유치…시리즈B 450억 원\n누리젠 연구원이 수전해 스택을 점검하고 "
                  "있다. [사진 누리젠]\n수전해 기술 스타트업 누리젠이 독일 산업가스 기업 바르텐만에네르기로부터 전략적 투자를 "
                  "유치했다.")
    orgs = {(m.text, m.canonical) for m in ms if m.type is EntityType.ORGANIZATION}
    assert orgs == {("누리젠", ""), ("바르텐만", "바르텐만에네르기"), ("바르텐만에네르기", "")}, orgs


def test_quoted_names_after_an_accelerator_a_magazine_or_a_hit_are_products() -> None:
    got = found("다온테크는 미국 팹리스 업체 루멘실리콘으로부터 AI 가속기 ‘루멘 Z3’용 패키징 물량을 수주했다. 하야세쇼보는 소년 "
                "만화 잡지 ‘주간 하야부사’를 발행한다. 툰브릿지는 인기작 ‘별빛 검객’을 일본어로 선보인다.")
    assert all(got.get(n) is EntityType.PRODUCT for n in ("루멘 Z3", "주간 하야부사", "별빛 검객")), got


def test_a_name_the_tokenizer_cuts_at_a_particle_before_a_word_for_a_company_is_whole() -> None:
    # 바하두 is 바하 + 두 (a particle) to the tokenizer; 보틀링 ends company names as 홀딩스 does
    got = found("음료업체 한결음료가 브라질 현지 병입업체(보틀러)인 바하두 보틀링과 합작법인을 세워 남미 시장에 진출한다. 바하두 "
                "보틀링은 생수를 병입해 대형마트 체인 보아비스타 등에 납품해 왔다.")
    assert got.get("바하두 보틀링") is EntityType.ORGANIZATION and "바하" not in got and "보틀링" not in got, got


def test_a_name_read_as_a_verbs_relative_form_glued_to_a_company_word_is_a_company() -> None:
    # 해온에너지 is 하 + 어 + 오 + ㄴ + 에너지 to the tokenizer (and 오세준 a common noun), with no unit to name it
    got = found("해온에너지, 덴마크 기업과 해상풍력 합작. 해온에너지가 덴마크 개발사와 합작법인을 세운다. 오세준 해온에너지 "
                "대표는 \"서남해 단지를 키우겠다\"고 말했다.")
    assert got.get("해온에너지") is EntityType.ORGANIZATION and got.get("오세준") is EntityType.PERSON, got


def test_a_known_companys_short_name_as_the_last_word_of_another_name_is_that_name() -> None:
    # 석유공사 is 한국석유공사's short name in the lexicon; 알무드 석유공사 is another company
    ms = mentions("하람케미칼이 사우디아라비아 국영 석유회사 알무드 석유공사(AMPC)로부터 원료를 공급받는 장기 계약을 맺었다. "
                  "다흐란에 본사를 둔 알무드 석유공사가 국내 석유화학사와 장기 계약을 맺은 것은 처음이다.")
    names = [(m.text, m.canonical) for m in ms if m.type is EntityType.ORGANIZATION]
    assert names.count(("알무드 석유공사", "")) == 2 and not any("한국석유공사" in (t, c) or t == "석유공사" for t, c in names), names


def test_a_korean_name_the_tokenizer_reads_as_a_verb_form_before_a_title_is_a_person() -> None:
    # 한지석 is 하/VX ㄴ/ETM 지/NNB 석/MM to the tokenizer; 이끄는 (leading) before 사장 stays a verb
    got = found("초대 대표에는 한지석 전무가 선임됐다. 회사를 이끄는 사장은 따로 뽑는다.")
    assert got.get("한지석") is EntityType.PERSON and "이끄는" not in got, got


def test_a_kind_of_company_before_a_brand_names_none() -> None:
    text = "한솔식품이 미국 냉동식품 브랜드 프로스티 팜스(Frosty Farms)를 인수했다."
    names = {m.text for m in mentions(text)}
    assert "냉동식품" not in names
    assert "프로스티 팜스" in names


def test_a_vietnamese_name_of_three_words_without_a_title() -> None:
    text = "한빛비나 법인장에는 현지 화장품 업계 출신 응우옌 티 란이 선임됐다."
    people = {m.text for m in mentions(text) if m.type is EntityType.PERSON}
    assert "응우옌 티 란" in people


def test_a_known_city_with_the_spoken_particle_of_headlines() -> None:
    found = {(m.text, m.type) for m in mentions("김영섭 대표, 美 레드먼드서 나델라 CEO와 회동")}
    assert ("레드먼드", EntityType.CITY) in found
    assert not any(t is EntityType.ORGANIZATION for _, t in found)
    assert ("시애틀", EntityType.CITY) in {(m.text, m.type) for m in mentions("한빛항공, 美 시애틀서 협약 체결")}


def test_materials_and_units_glossed_or_after_a_number_are_no_companies() -> None:
    got = found("여기서 생산된 니켈·코발트·망간·알루미늄(NCMA) 배터리셀은 한울모빌리티에 공급된다. 이 공장은 연간 "
                "10기가와트시(GWh) 규모로, 인근에 연산 30GWh 규모 2공장과 500MW 규모 태양광 단지도 짓는다.")
    assert not {"NCMA", "GWh", "MW"} & set(got), got
    assert got.get("한울모빌리티") is EntityType.ORGANIZATION
    # two companies glossed together stay companies
    assert found("한빛전자·누리소재(HN)는 합작법인을 세웠다.").get("한빛전자") is EntityType.ORGANIZATION


def test_a_korean_name_before_a_company_of_several_words_named_elsewhere() -> None:
    """이도윤 한솔 베트남 법인장: the model reads `이도윤 한솔` as one person; the article names the unit
    ‘한솔 베트남’, so the person is 이도윤 and the company the unit."""
    got = mentions("초대 법인장은 이도윤 한솔 베트남 법인장이 맡는다. 한솔정공은 2020년 베트남 자회사 ‘한솔 베트남’을 세웠다.")
    first = [(m.text, m.type) for m in got if m.start < 30]
    assert ("이도윤", EntityType.PERSON) in first and ("한솔 베트남", EntityType.ORGANIZATION) in first
    assert not any(m.text.startswith("이도윤 ") for m in got)


def test_what_is_no_name_of_a_company_or_person() -> None:
    got = found("청운보험그룹은 계열사별 임원후보추천위원회를 열어 대표를 선임했다. 감사위원회도 승인했다. "
                "매각 지분은 고(故) 오병철 창업주의 장남이 보유해 왔다. 국내 요가 스튜디오 업계 1위 요가온(YOGAON)과 "
                "2위 핏플러스가 하나로 합쳐진다. 요가온은 핏플러스를 흡수합병한다. "
                "“골프웨어 피닉스골프 매각설은 사실무근”")
    assert "임원후보추천위원회" not in got and "감사위원회" not in got  # a board's committees
    assert not any("(" in name for name in got)  # 고(故): the late
    assert got.get("핏플러스") is EntityType.ORGANIZATION and not any(n.startswith("위 ") for n in got)
    assert got.get("피닉스골프") is EntityType.ORGANIZATION and "골프웨어 피닉스골프" not in got


def test_a_korean_name_the_tokenizer_breaks_into_common_nouns_is_a_person() -> None:
    got = found("조인성은 공효진과 드라마 촬영을 했다.")
    assert got.get("공효진") is EntityType.PERSON


def test_a_name_read_as_a_noun_and_a_particle_before_a_company_and_its_title() -> None:
    """안정은 X 대표는 (안정 + 은), 정유나 X 대표는 (정유 + 나): two subjects in a row are one, the person and the
    post; a common noun before a title that is no subject stays one (정부는 X 대표를 불러)."""
    got = found("안정은 하늘마트 대표는 \"올해 흑자 전환이 목표\"라고 말했다.")
    assert got.get("안정은") is EntityType.PERSON and got.get("하늘마트") is EntityType.ORGANIZATION, got
    assert found("정유나 다온자산운용 대표는 \"기회가 왔다\"고 말했다.").get("정유나") is EntityType.PERSON
    assert "정부" not in found("정부는 하늘마트 대표를 불러 사정을 들었다.")
    assert "임원은" not in found("임원은 하늘마트 대표에게 보고했다.")


def test_a_country_by_its_own_name_after_a_company_is_its_unit() -> None:
    """세명디펜스 폴스카가: Polska, as the unit's name spells Poland, makes one company with the name before it."""
    got = found("부품 조달은 하늘디펜스의 폴란드 자회사로 바르샤바에 본사를 둔 하늘디펜스 폴스카가 맡는다.")
    assert got.get("하늘디펜스 폴스카") is EntityType.ORGANIZATION, got


def test_a_company_before_a_list_s_brand_word_or_after_a_word_for_a_company() -> None:
    names = {(m.text, m.type) for m in mentions("중국 토종 분유업체 페이룽(飛龍) 등 현지 브랜드의 점유율이 높아지고 있다.")}
    assert ("페이룽", EntityType.ORGANIZATION) in names
    names = {(m.text, m.type) for m in mentions("엘바가구는 물량의 절반 이상을 중국 화성강철(華星鋼鐵)에서 들여왔다.")}
    assert ("화성강철", EntityType.ORGANIZATION) in names


def test_a_name_glossed_as_a_persons_and_followed_by_a_post_is_one_person() -> None:
    got = found("법인장은 보쉬 출신 마르크 얀선(Mark Janssen)이 맡았다.")
    assert got.get("마르크 얀선") is EntityType.PERSON and "얀선" not in got, got
    got = found("협약식에는 오마르 알 하르비(Omar Al-Harbi) 항만청장과 무빙브레인 최서윤 대표가 참석했다.")
    assert got.get("오마르 알 하르비") is EntityType.PERSON, got
    got = found('사라 콜먼(Sarah Coleman) 리슨업 최고콘텐츠책임자(CCO)는 "새 실험"이라고 말했다.')
    assert got.get("사라 콜먼") is EntityType.PERSON, got
    # a company's gloss is not: a word for a company in it, or a description ending the word before
    got = found("조립은 하이퐁 소재 자회사인 루미엔비나(Lumien Vina)가 맡는다.")
    assert got.get("루미엔비나") is EntityType.ORGANIZATION, got


def test_cities_business_news_names_beyond_the_capitals() -> None:
    got = found("바삭은 나트랑과 부하라에 매장을 낸다.")  # (the model alone reads a person and a company)
    assert got.get("나트랑") is EntityType.CITY and got.get("부하라") is EntityType.CITY, got
    # a city whose name is also a surname is left out (카를로스 멘도사 대표: a person)
    assert found("카를로스 멘도사 대표는 계약서에 서명했다.").get("카를로스 멘도사") is EntityType.PERSON


def test_a_model_code_with_the_words_its_name_is_written_with() -> None:
    got = found("한빛디펜스는 K9 자주포와 K2 전차를 수출한다. 누리에어는 에어버스와 A321네오 10대를 샀다.")
    assert {"K9 자주포", "K2 전차", "A321네오"} <= {n for n, t in got.items() if t is EntityType.PRODUCT}, got
    assert got.get("에어버스") is EntityType.ORGANIZATION, got  # (its particle keeps it out of the name)
    assert found("바로봇의 키온 X7은 잘 팔린다.").get("키온 X7") is EntityType.PRODUCT
    got = found("다온은 신형 X7을 공개했다.")  # a word of the language is no brand
    assert got.get("X7") is EntityType.PRODUCT and "신형 X7" not in got, got
    # K2 전차 and K2 alone are one product
    assert any(m.text == "K2 전차" and "K2" in m.aliases for m in mentions("현대로템은 K2 전차를 납품한다."))
    got = found("한빛반도체는 HBM3E까지 공급했고 HBM4부터 새로 만든다.")  # particles glued to a code are no name
    assert {"HBM3E", "HBM4"} <= set(got) and "HBM4부터" not in got, got


def test_a_known_company_and_a_word_for_a_company_name_its_unit() -> None:
    got = {m.text: m for m in mentions("대성공조는 지난 3월 지멘스 모빌리티와 기술 협력 계약을 맺었다.")}
    unit = got.get("지멘스 모빌리티")
    assert unit is not None and unit.type is EntityType.ORGANIZATION and "지멘스" not in got, got
    assert unit.english != "Siemens", unit  # a company of its own, not its parent by another name


def test_vietnamese_names_of_three_or_four_words_before_a_title() -> None:
    got = found("응우옌 티 투 하 호아센 최고경영자(CEO)는 경영을 맡는다.")
    assert got.get("응우옌 티 투 하") is EntityType.PERSON and got.get("호아센") is EntityType.ORGANIZATION, got
    got = found("사오마이 듀티프리는 당분간 팜 티 란 현 최고경영자(CEO) 체제를 유지한다.")
    assert got.get("팜 티 란") is EntityType.PERSON and "현" not in got, got
    assert found("응우옌 반 롱 사이공 리버랜드 회장은 말했다.").get("응우옌 반 롱") is EntityType.PERSON
    assert "팜 오일" not in found("팜 오일 가격이 올랐다.")  # (palm oil: no middle name)


def test_a_foreign_name_ends_where_its_last_word_does() -> None:
    # 겐지 read as 겐 and the ending 지: the name runs to the space
    assert found("아사쿠라TV의 나카무라 겐지 사장도 밝혔다.").get("나카무라 겐지") is EntityType.PERSON
    assert found("제임스 박 대표가 말했다.").get("제임스 박") is EntityType.PERSON
    # (not a copula or 씨 after the name: 나는 고토 겐지다, 밀러 매슈 토드씨의)
    got = found("그는 '나는 고토 겐지다'라고 말했다. 밀러 매슈 토드씨의 재판이 열린다.")
    assert "고토 겐지다" not in got and "밀러 매슈 토드씨" not in got, got


def test_two_foreign_names_side_by_side_are_one() -> None:
    text = "합작법인 대표는 노르들리스에서 아시아 사업을 총괄해 온 토르 에릭 바크가 맡았다."
    assert found(text).get("토르 에릭 바크") is EntityType.PERSON, found(text)
