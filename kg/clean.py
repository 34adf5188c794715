"""News-site clutter out, offsets kept.

Clutter (print lines, photo-credit markers, bylines, the copyright line and the
headline lists after it) is blanked with spaces rather than cut, so that every
offset into the cleaned text is an offset into the article as read.
"""
from __future__ import annotations

import re

_PRINT_LINE = re.compile(r"^[ \t]*(?:print|인쇄|프린트)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_PHOTO = re.compile(r"[\[【(<]\s*(?:사진|그래픽|자료|이미지|영상|출처|제공|photo)\s*[=:/]?[^\]】)>\n]{0,40}[\]】)>]", re.IGNORECASE)
_PHOTO_TAIL = re.compile(r"/\s*(?:사진|그래픽)\s*=\s*[^\n]{0,30}$", re.MULTILINE)
_BYLINE = re.compile(r"[\[【(]\s*[^\]】)\n]{0,30}?\s*(?:기자|특파원|객원기자|논설위원)\s*[\]】)]|"
                     r"[(【\[]\s*[가-힣]{1,10}\s*=\s*[^)】\]\n]{1,20}[)】\]]\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=)?")
_DATELINE = re.compile(r"(?:입력|수정|등록|승인|업데이트)\s*:?\s*(\d{4})[.\-/]\s?(\d{1,2})[.\-/]\s?(\d{1,2})\.?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# ▲박서연 대표(왼쪽)와 …: the marker that opens a photo caption, glued to its first word
_CAPTION_MARK = re.compile(r"^[ \t]*[▲△■□▶▷◆◇●○►☞]", re.MULTILINE)
# 홍길동 기자 on a line of its own, or between separators (로지스틱스투데이 | 백도현 기자 | 2025-11-03)
_REPORTER_TAIL = re.compile(r"^[ \t]*[가-힣]{2,4}\s*(?:기자|특파원)\s*(?:[\w.+-]+@[\w.-]+)?[ \t]*$|"
                            r"(?:^|(?<=[|/·]))[ \t]*[가-힣]{2,4}[ \t]*(?:기자|특파원)[ \t]*(?=[|/·]|$)", re.MULTILINE)
# Everything from the copyright line (or a headline-list heading) to the end is site furniture.
_TAIL_START = re.compile(
    r"^[^\n]*(?:[ⓒ©]|\(c\)|무단\s*전재|무단전재|재배포\s*금지|저작권자)[^\n]*$|"
    r"^[ \t]*(?:많이\s*본\s*뉴스|실시간\s*뉴스|인기\s*기사|관련\s*기사|주요\s*뉴스|최신\s*뉴스|이\s*시각\s*주요뉴스|"
    r"추천\s*기사|핫\s*뉴스|오늘의\s*뉴스|함께\s*보면\s*좋은\s*기사)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def clean(text: str) -> str:
    """The article with clutter replaced by spaces; same length, same line breaks."""
    tail = _TAIL_START.search(text)
    if tail and tail.start() > len(text) // 4:
        text = _blank(text, tail.start(), len(text))
    for pattern in (_PRINT_LINE, _PHOTO, _PHOTO_TAIL, _BYLINE, _DATELINE, _REPORTER_TAIL, _EMAIL, _CAPTION_MARK):
        for m in reversed(list(pattern.finditer(text))):
            text = _blank(text, m.start(), m.end())
    return text


def published_date(text: str) -> str | None:
    """The first `입력 2017.03.11` style date line, as YYYY-MM-DD."""
    m = _DATELINE.search(text)
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
