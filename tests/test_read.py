"""Reading articles: formats, encodings, and the errors a user sees."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import read_articles

ARTICLE = "네이버, 포시마크 인수\n[한결경제 이도윤 기자] 입력 2022.10.04 18:10\n네이버가 포시마크를 인수한다.\n"


def test_txt_gets_its_id_title_and_date(tmp_path: Path) -> None:
    (tmp_path / "naver.txt").write_text(ARTICLE, encoding="utf-8")
    [a] = read_articles([tmp_path])
    assert (a.id, a.title, a.published) == ("naver", "네이버, 포시마크 인수", "2022-10-04")
    assert a.text == ARTICLE


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr"])
def test_korean_legacy_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    (tmp_path / "legacy.txt").write_bytes(ARTICLE.encode(encoding))
    [a] = read_articles([tmp_path / "legacy.txt"])
    assert "포시마크" in a.text


def test_jsonl_reads_every_line_with_metadata(tmp_path: Path) -> None:
    rows = [{"id": "a1", "text": "KT가 MS와 손잡았다.", "url": "https://news.example/a1", "published": "2024-09-10"},
            {"id": "a2", "text": "네이버가 포시마크를 인수했다.", "title": "네이버 M&A"}]
    (tmp_path / "batch.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    a1, a2 = read_articles([tmp_path / "batch.jsonl"])
    assert (a1.id, a1.url, a1.published) == ("a1", "https://news.example/a1", "2024-09-10")
    assert (a2.id, a2.title) == ("a2", "네이버 M&A")


def test_malformed_json_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "KT가 MS와 손잡았다."}\n{"id": "broken", "text": \n', "utf-8")
    with pytest.raises(InputError) as err:
        read_articles([path])
    assert f"{path}:2" in str(err.value) and "not valid JSON" in str(err.value)


def test_missing_text_field_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "notext.jsonl"
    path.write_text('{"id": "x"}\n', "utf-8")
    with pytest.raises(InputError, match=r"notext.jsonl:1: missing or empty 'text'"):
        read_articles([path])


def test_binary_and_empty_files_are_errors(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    with pytest.raises(InputError, match="binary"):
        read_articles([tmp_path / "blob.txt"])
    with pytest.raises(InputError, match="empty article"):
        read_articles([tmp_path / "empty.txt"])


def test_skip_bad_warns_and_keeps_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    warned: list[str] = []
    articles = read_articles([tmp_path], skip_bad=True, warn=warned.append)
    assert [a.id for a in articles] == ["good"]
    assert warned and "empty.txt" in warned[0]


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        read_articles([tmp_path / "nope"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no articles here"):
        read_articles([tmp_path / "empty"])


def test_html_page_yields_the_article_body(tmp_path: Path) -> None:
    html = """<html><head><title>MS, 오픈AI에 100억 달러 투자</title>
    <meta property="article:published_time" content="2023-01-24T09:12:00+09:00"></head>
    <body><nav>홈 | 경제 | 정치</nav><script>var ad = "삼성전자";</script>
    <article><h1>MS, 오픈AI에 100억 달러 투자</h1>
    <p>마이크로소프트(MS)가 챗GPT 개발사 오픈AI에 100억 달러를 투자한다고 23일 밝혔다.</p>
    <p>MS는 2019년에도 오픈AI에 10억 달러를 투자한 바 있다. 양사는 클라우드 협력도 넓힌다.</p>
    </article><footer>ⓒ 테크브리프</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, "utf-8")
    [a] = read_articles([tmp_path / "page.html"])
    assert "오픈AI에 100억 달러를 투자" in a.text
    assert "var ad" not in a.text
    assert a.published == "2023-01-24"
