"""Cleaning: clutter blanked, offsets kept."""
from __future__ import annotations

from kg.clean import clean

PAGE = """print

삼성전자, 하만 인수 마무리
[비즈타임스 정하은 기자] 입력 2017.03.11 14:32
삼성전자가 인수한 하만의 전시 부스. [사진 삼성전자]

삼성전자가 하만을 80억 달러에 인수했다.

ⓒ비즈타임스 무단 전재 및 재배포 금지
많이 본 뉴스
1. 롯데제과, 신제품 4종 출시
2. 정태영 현대카드 부회장, 모친 유산 돌려받는다
"""


def test_clutter_is_blanked_and_offsets_kept() -> None:
    out = clean(PAGE)
    assert len(out) == len(PAGE)
    assert out.count("\n") == PAGE.count("\n")
    for gone in ("print", "정하은 기자", "입력 2017", "[사진 삼성전자]", "무단 전재", "롯데제과", "정태영", "현대카드"):
        assert gone not in out, gone
    # the facts stay where they were
    i = PAGE.index("삼성전자가 하만을")
    assert out[i:i + 9] == "삼성전자가 하만을"
    assert "삼성전자가 인수한 하만의 전시 부스." in out


def test_text_without_clutter_is_unchanged() -> None:
    text = "KT는 MS와 5년간 파트너십을 맺었다. 양사는 AI를 함께 개발한다."
    assert clean(text) == text


def test_a_byline_between_separators_is_blanked() -> None:
    page = "하이퍼로지, 900억 투자 유치\n로지스틱스투데이 | 백도현 기자 | 2025-11-03\n하이퍼로지가 투자를 유치했다."
    out = clean(page)
    assert "백도현" not in out and "로지스틱스투데이" in out and "하이퍼로지가 투자를 유치했다." in out
