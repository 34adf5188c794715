"""A synthetic corpus of Korean business news, deterministic by seed.

    .venv/bin/python bench/corpus.py 2000 -o /tmp/corpus.jsonl [--seed 7]

Articles read like the ones in seeds/: a headline, a byline with the date, a photo
caption, a lead sentence with the deal, a few sentences of detail (amounts, dates,
who heads what, where a firm is based), quotes and market noise, hedged or denied
rumours, and the copyright line with a list of other headlines after it.  Particles
follow the last syllable of each name (삼성전자가 / KT가 / 네이버는 / 카카오와 / 한화솔루션과).

Companies are drawn by preferential attachment: a few hubs (well-known groups from
the lexicon) take part in many deals, and most of the thousands of invented
companies appear in one or two articles, so the entity graph grows like a news graph.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HUBS = [
    "삼성전자", "SK하이닉스", "LG에너지솔루션", "현대자동차", "네이버", "카카오", "KT", "마이크로소프트",
    "엔비디아", "구글", "아마존", "TSMC", "포스코홀딩스", "한화에어로스페이스", "CJ제일제당", "롯데케미칼",
]
PREFIX = ["한빛", "누리", "미래", "대한", "세진", "태영", "동아", "서림", "금강", "한솔", "우진", "신성", "해성",
          "청담", "가온", "다온", "라온", "하늘", "온새", "한결", "새빛", "도담", "아름", "보람", "솔빛", "은하",
          "초록", "푸른", "으뜸", "바른", "참", "빛", "별", "큰", "늘", "온", "윤", "진", "정", "제일"]
MIDDLE = ["", "", "", "테크", "바이오", "에너지", "소재", "정밀", "로직", "메디", "모빌리티", "네트웍스", "데이터"]
SUFFIX = ["전자", "바이오", "테크", "홀딩스", "에너지", "소프트", "로보틱스", "제약", "화학", "건설", "물산",
          "중공업", "반도체", "디스플레이", "게임즈", "엔터테인먼트", "파트너스", "인베스트먼트", "솔루션", "시스템",
          "모터스", "랩스", "헬스케어", "푸드", "산업", "증권", "캐피탈", "네트웍스", "머티리얼즈", "이노베이션"]
LATIN = ["AB", "KS", "HJ", "DX", "MK", "TN", "JW", "SG", "BK", "YT", "GC", "ON", "EQ", "NX", "LX", "IM"]
SURNAMES = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모남궁탁국어은편용예봉경"
GIVEN = "민서준영현우지훈성진수호재경태혁동석상철승윤은정희연미숙광명기용주원규환"
COUNTRIES = ["미국", "일본", "중국", "베트남", "인도네시아", "인도", "독일", "프랑스", "영국", "캐나다", "호주",
             "싱가포르", "말레이시아", "폴란드", "헝가리", "멕시코", "브라질", "사우디아라비아", "아랍에미리트", "태국"]
CITIES = ["서울", "부산", "인천", "대전", "광주", "울산", "수원", "성남", "창원", "청주", "도쿄", "상하이",
          "하노이", "자카르타", "뉴욕", "실리콘밸리", "런던", "뮌헨", "싱가포르", "두바이"]
FIELDS = ["인공지능(AI)", "2차전지", "반도체", "클라우드", "바이오시밀러", "수소", "자율주행", "로봇", "핀테크",
          "콘텐츠", "스마트팩토리", "데이터센터", "전기차 충전", "헬스케어", "우주항공", "친환경 소재"]
TITLES = ["대표", "대표이사", "사장", "회장", "부회장", "최고경영자(CEO)"]
OUTLETS = ["코어비즈", "세움경제", "라온경제", "누리경제", "테크브리프", "한빛일보", "미래산업신문"]


def has_batchim(word: str) -> bool:
    """Whether the last sound of `word` ends in a consonant (Latin letters and digits read aloud)."""
    ch = word.rstrip(")")[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    if ch.isdigit():
        return ch in "013678"
    return ch.upper() in "LMN"  # el, em, en; KT (티), SK (케이), LG (쥐): no final consonant


def josa(word: str, pair: str) -> str:
    """word + the particle form that fits it: pair is 이/가, 은/는, 을/를, 과/와 or 으로/로."""
    with_c, without = pair.split("/")
    if pair == "으로/로" and word[-1:] and "가" <= word[-1] <= "힣" and (ord(word[-1]) - 0xAC00) % 28 == 8:
        return word + without  # ㄹ-final takes 로
    return word + (with_c if has_batchim(word) else without)


@dataclass
class World:
    rng: random.Random
    urn: list[str]  # a firm appears once per time it was named: picking from it is preferential attachment
    heads: dict[str, str]
    bases: dict[str, str]

    def company(self, avoid: tuple[str, ...] = ()) -> str:
        # Preferential attachment: often a new firm, otherwise one picked by how often it appeared.
        while True:
            name = self._new_company() if self.rng.random() < 0.35 else self.rng.choice(self.urn)
            if name not in avoid:
                self.urn.append(name)
                return name

    def _new_company(self) -> str:
        while True:
            r = self.rng.random()
            if r < 0.15:
                name = self.rng.choice(LATIN) + self.rng.choice(SUFFIX)
            else:
                name = self.rng.choice(PREFIX) + self.rng.choice(MIDDLE) + self.rng.choice(SUFFIX)
            if name not in self.heads:
                break
        self.heads[name] = self.person()
        self.bases[name] = self.rng.choice(CITIES + COUNTRIES[:6])
        return name

    def person(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(2))

    def amount(self) -> str:
        r = self.rng.random()
        if r < 0.5:
            return f"{self.rng.randint(1, 99) * 10}억원"
        if r < 0.8:
            return f"{self.rng.randint(1, 9)}조{self.rng.randint(1, 9)}000억원"
        return f"{self.rng.randint(1, 50)}억 달러"


def make_world(seed: int) -> World:
    rng = random.Random(seed)
    w = World(rng, [], {}, {})
    for hub in HUBS:
        w.urn += [hub] * 40
        w.heads[hub] = w.person()
        w.bases[hub] = rng.choice(CITIES[:6])
    return w


def deal_sentences(w: World, a: str, b: str, day: int) -> tuple[str, list[str]]:
    """A headline and the sentences that state one deal between a and b."""
    rng = w.rng
    kind = rng.choice(["mou", "partnership", "investment", "acquisition", "jv", "supply", "merger_rumour"])
    field = rng.choice(FIELDS)
    amt = w.amount()
    if kind == "mou":
        return (f"{a}, {josa(b, '과/와')} {field} 협력 MOU", [
            f"{josa(a, '이/가')} {josa(b, '과/와')} {field} 분야 업무협약(MOU)을 체결했다고 {day}일 밝혔다.",
            f"두 회사는 이번 협약을 통해 {field} 공동 연구와 사업화를 함께 추진하기로 했다.",
        ])
    if kind == "partnership":
        years = rng.randint(2, 10)
        return (f"{a}·{b} {field} 동맹", [
            f"{josa(a, '은/는')} {josa(b, '과/와')} {years}년간 {field} 전략적 파트너십을 맺었다.",
            f"{josa(a, '과/와')} {josa(b, '은/는')} {day}일 서울 본사에서 협약식을 열고 {field} 시장을 함께 공략하기로 했다.",
        ])
    if kind == "investment":
        return (f"{a}, {b}에 {amt} 투자", [
            f"{josa(a, '이/가')} {b}에 {josa(amt, '을/를')} 투자한다.",
            f"{josa(a, '은/는')} 이번 투자로 {b}의 지분 {rng.randint(5, 49)}%를 확보하게 된다.",
        ])
    if kind == "acquisition":
        return (f"{a}, {b} 인수…{field} 사업 확대", [
            f"{josa(a, '이/가')} {josa(b, '을/를')} {amt}에 인수했다.",
            f"{josa(a, '은/는')} {day}일 이사회를 열고 {b} 지분 {rng.randint(51, 100)}%를 사들이는 안건을 의결했다.",
        ])
    if kind == "jv":
        return (f"{a}·{b}, {field} 합작법인 설립", [
            f"{josa(a, '과/와')} {josa(b, '이/가')} {field} 합작법인을 설립한다.",
            f"합작법인 지분은 {josa(a, '이/가')} {rng.randint(30, 70)}%, {josa(b, '이/가')} 나머지를 갖는다.",
        ])
    if kind == "supply":
        return (f"{a}, {b}에 {field} 부품 공급", [
            f"{josa(a, '은/는')} {josa(b, '과/와')} {amt} 규모의 {field} 부품 공급계약을 체결했다고 {day}일 공시했다.",
            f"계약 기간은 {rng.randint(2020, 2025)}년 {rng.randint(1, 12)}월부터 {rng.randint(2, 5)}년이다.",
        ])
    return (f"{a}, {b} 인수설 부인", [
        f"{josa(a, '이/가')} {b} 인수를 검토하고 있다는 관측이 나왔다.",
        f"{josa(a, '은/는')} \"{b} 인수는 사실무근\"이라고 부인했다.",
    ])


NOISE = [
    "업계에서는 {f} 시장이 올해 두 자릿수 성장을 이어갈 것으로 보고 있다.",
    "이날 유가증권시장에서 {c} 주가는 전 거래일보다 {p}% 오른 채 거래를 마쳤다.",
    "증권가에서는 실적 개선 기대가 이미 주가에 반영됐다는 분석도 나온다.",
    "{c} 관계자는 \"고객 가치를 높이는 데 역량을 집중하겠다\"고 말했다.",
    "금리와 환율 변동성이 커지면서 기업들의 투자 심리는 여전히 위축돼 있다.",
    "정부는 {f} 산업 육성을 위해 내년까지 정책 자금을 확대할 계획이다.",
    "시장조사업체에 따르면 글로벌 {f} 시장 규모는 2030년 수천억 달러에 이를 전망이다.",
    "{c}는 올해 상반기 연구개발(R&D)에 매출의 {p}%를 투입하며 기술 경쟁력 강화에 나섰다.",
    "전문가들은 공급망 재편이 가속하면서 국내 기업의 해외 진출이 더 늘어날 것으로 내다봤다.",
    "다만 일부에서는 경기 둔화로 수요 회복이 예상보다 늦어질 수 있다는 우려도 제기된다.",
    "업계 관계자는 \"글로벌 빅테크와의 협업이 생존 전략이 되고 있다\"며 \"중소 협력사와의 상생도 중요하다\"고 설명했다.",
    "한편 {c}의 지난해 매출은 전년 대비 {p}% 늘었고 영업이익도 흑자로 돌아섰다.",
]


def article(w: World, n: int) -> dict[str, str]:
    rng = w.rng
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    a = w.company()
    b = w.company(avoid=(a,))
    headline, body = deal_sentences(w, a, b, day)
    outlet = rng.choice(OUTLETS)
    t1, t2 = rng.choice(TITLES[:5]), rng.choice(TITLES[:5])
    reporter = w.person()
    lines = [
        headline,
        f"[{outlet} {reporter} 기자] 입력 2024.{month:02d}.{day:02d} {rng.randint(6, 20):02d}:{rng.randint(0, 59):02d}",
        "",
        f"{w.heads[a]} {a} {t1}(왼쪽){josa(t1, '과/와')[len(t1):]} {w.heads[b]} {b} {josa(t2, '이/가')} 협약식에서 기념 촬영을 하고 있다. [사진 {a}]",
        "",
    ]
    paragraphs: list[list[str]] = [body]
    for _ in range(rng.randint(2, 4)):  # more deals, often with the same firms
        c = w.company(avoid=(a, b))
        paragraphs.append(deal_sentences(w, rng.choice((a, b, c)), c, day)[1])
    who = rng.choice((a, b))
    paragraphs.append([
        f"{w.heads[who]} {who} {josa(rng.choice(TITLES), '은/는')} \"이번 협력으로 {rng.choice(FIELDS)} 경쟁력을 한층 높이겠다\"고 말했다.",
        f"{josa(who, '은/는')} {w.bases[who]}에 본사를 두고 있다.",
    ])
    for _ in range(rng.randint(6, 10)):
        paragraphs[rng.randrange(len(paragraphs))].append(
            rng.choice(NOISE).format(f=rng.choice(FIELDS), c=rng.choice((a, b)), p=rng.randint(1, 30)))
    for p in paragraphs:
        lines += [" ".join(p), ""]
    lines += [f"ⓒ {outlet} 무단전재 및 재배포 금지", "", "많이 본 뉴스",
              f"1. {w.company()}, 신제품 공개", f"2. {w.company()} 실적 발표"]
    return {
        "id": f"synth-{n:06d}",
        "title": headline,
        "url": f"https://news.example/{n}",
        "published": f"2024-{month:02d}-{day:02d}",
        "text": "\n".join(lines) + "\n",
    }


def articles(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """`n` articles as `.jsonl` records; the same seed gives the same articles."""
    w = make_world(seed)
    for i in range(n):
        yield article(w, i)


def write(n: int, path: Path, seed: int = 7) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for rec in articles(n, seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--output", type=Path)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.output:
        write(args.n, args.output, args.seed)
    else:
        for rec in articles(args.n, args.seed):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
