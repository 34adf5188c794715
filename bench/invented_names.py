"""Invented names in plain deal sentences: how many companies and people kg finds when it has never seen them.

    .venv/bin/python bench/invented_names.py [-n 300] [--seed 0] [--misses 20]

Most companies in the news are small and new: no lexicon knows them, and kiwipiepy
often breaks their names into a determiner, an adverb or an affix and a noun
(한별식품 → 한/MM 별/XSN 식품/NNG).  This bench writes N one-sentence articles, each
with two invented companies (a two-syllable stem that is not a company's name, and a
word for a company: 식품, 물산, 제강, 인베스트먼트 …) or an invented person and a
company, in one of the common deal patterns (acquisition active and passive,
investment made and attracted, supply, MOU, joint venture, partnership, merger,
subsidiary, head), or one of them and a foreign company named after its country and
kind (미국 제약사 헬릭스 테라퓨틱스), with particles that follow the last syllable.  It prints the
share of names found exactly as companies (or people) and of facts found with the
right direction, per pattern, and the words for a company whose names were missed.

The stems and patterns are kg's own, not taken from any gold set; the figures
measure recognition of unknown names, not of the dev set.  Deterministic by seed.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _words(line: str) -> list[str]:
    return line.split()


STEMS = _words("세진 한빛 대성 동림 현성 세광 태광 대호 한울 동해 서진 우진 신성 한결 다온 가온 누리 진성 영진 삼진 "
         "성우 청호 보람 새한 일진 명성 정우 해성 태영 한별 수림 도원 미르 이룸 온새 가람 나래 다솜 새롬 윤슬")
WORDS = _words("전자 화학 건설 중공업 제약 바이오 테크 식품 물산 산업 전력 에너지 소재 정밀 로보틱스 모빌리티 시스템즈 "
         "홀딩스 엔터테인먼트 게임즈 랩스 증권 은행 캐피탈 파트너스 인베스트먼트 해운 항공 물류 통신 반도체 "
         "디스플레이 오토텍 메탈 케미칼 푸드 제강")
SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
GIVEN = "민서준영현우지훈성진수호재경태혁동석상철승윤은정희연"

#: foreign companies as Korean news spells them: a transliterated stem, alone or with a word for a company
FOREIGN_STEMS = _words("브라이트웰 노르딕 헬릭스 알바트로스 카스텔라 베르단 오로라 퀀텀리프 스텔라리스 마르코니 "
                       "리버게이트 실버라인 블루오션 그린필드 아틀라스 메리디안 발렌시아 코르도바 하이랜드 솔라리스")
FOREIGN_WORDS = ("", "", "테라퓨틱스", "캐피털", "인더스트리즈", "모터스", "일렉트릭", "파마", "로지스틱스", "시스템스")
COUNTRY_CUES = ("미국 제약사", "독일 자동차부품 업체", "일본 종합상사", "영국 투자사", "프랑스 에너지 기업",
                "호주 광산업체", "캐나다 배터리 업체", "스웨덴 물류기업")

#: (pattern, fact): X and Y are companies, P a person, F a foreign company; the fact's roles name them
PATTERNS = [
    ("{X}{는} {Y}{와} 공급계약을 맺었다.", ("X", "supply", "Y")),
    ("{X}{가} {Y}{를} 인수했다.", ("X", "acquisition", "Y")),
    ("{Y}{는} {X}에 인수됐다.", ("X", "acquisition", "Y")),
    ("{X}{는} {Y}{로부터} 300억 원의 투자를 유치했다.", ("Y", "investment", "X")),
    ("{X}{가} {Y}에 500억 원을 투자했다.", ("X", "investment", "Y")),
    ("{X}{와} {Y}{는} 업무협약을 체결했다.", ("X", "mou", "Y")),
    ("{X}{는} {Y}에 부품을 납품한다.", ("X", "supply", "Y")),
    ("{Y}{는} {X}의 자회사다.", ("Y", "subsidiary_of", "X")),
    ("{X}{는} {Y}{와} 합작법인을 설립했다.", ("X", "joint_venture", "Y")),
    ("{X}{는} {Y}{와} 전략적 제휴를 맺었다.", ("X", "partnership", "Y")),
    ("{X}{는} {Y}{를} 흡수합병한다.", ("X", "merger", "Y")),
    ("{P} {X} 대표는 \"{Y}{와} 협력하겠다\"고 말했다.", ("P", "leads", "X")),
    ("{X}{는} {Y}에 배터리를 공급하는 계약을 체결했다고 밝혔다.", ("X", "supply", "Y")),
    ("{X}{가} {Y} 지분 30%를 인수했다.", ("X", "investment", "Y")),
    ("{X}{는} {Y}{를} 1조 원에 인수한다고 18일 공시했다.", ("X", "acquisition", "Y")),
    ("{X}{는} {Y}{와} 손잡고 북미 시장에 진출한다.", ("X", "partnership", "Y")),
    ("{X}{는} {Y}{로부터} 2000억 원 규모의 설비를 수주했다.", ("X", "supply", "Y")),
    ("{Y}{는} 보유 중인 자사 지분 20%를 {X}에 매각했다.", ("X", "investment", "Y")),
    ("{X}, {Y}{와} 합작법인 설립…배터리 공장 짓는다", ("X", "joint_venture", "Y")),
    ("{Y}{는} {X}{가} 지분 100%를 보유한 자회사다.", ("Y", "subsidiary_of", "X")),
    ("{X}{는} {C} {F}{와} 기술 제휴를 맺었다.", ("X", "partnership", "F")),
    ("{X}{는} {C} {F}{로부터} 500억 원을 투자받았다.", ("F", "investment", "X")),
    ("{C} {F}{가} {X}{를} 인수했다.", ("F", "acquisition", "X")),
    ("{X}{는} {C} {F}{와} 3년간 공급계약을 맺었다.", ("X", "supply", "F")),
]
SYMMETRIC = {"mou", "joint_venture", "partnership", "merger"}


def _batchim(word: str) -> int:
    """The final consonant of the last syllable (0: none, 8: ㄹ), or -1 for a non-Hangul end."""
    code = ord(word[-1]) - 0xAC00
    return code % 28 if 0 <= code < 11172 else -1


def _particles(name: str) -> dict[str, str]:
    b = _batchim(name)
    closed = b > 0
    return {"는": "은" if closed else "는", "가": "이" if closed else "가", "와": "과" if closed else "와",
            "를": "을" if closed else "를", "로부터": "으로부터" if closed and b != 8 else "로부터"}


def _fill(pattern: str, names: dict[str, str]) -> str:
    out = pattern
    for role, name in names.items():
        for particle, form in _particles(name).items():
            out = out.replace("{" + role + "}{" + particle + "}", name + form)
        out = out.replace("{" + role + "}", name)
    return out


def articles(n: int, seed: int) -> list[tuple[str, dict[str, str], tuple[str, str, str], list[str]]]:
    """(sentence, names by role, the fact it states, the roles it names) for n sentences."""
    rnd = random.Random(seed)
    companies = [s + w for s in STEMS for w in WORDS]
    rnd.shuffle(companies)
    out = []
    for i in range(n):
        pattern, fact = PATTERNS[i % len(PATTERNS)]
        x, y = companies[(2 * i) % len(companies)], companies[(2 * i + 1) % len(companies)]
        person = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN)
        foreign = rnd.choice(FOREIGN_STEMS) + (f" {w}" if (w := rnd.choice(FOREIGN_WORDS)) else "")
        names = {"X": x, "Y": y, "P": person, "F": foreign}
        roles = [r for r in ("X", "Y", "P", "F") if "{" + r + "}" in pattern]
        out.append((_fill(pattern.replace("{C}", rnd.choice(COUNTRY_CUES)), names), names, fact, roles))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=300, help="sentences (default 300)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--misses", type=int, default=0, help="print this many sentences with a miss")
    args = ap.parse_args()

    from kg.models import Article, EntityType
    from kg.pipeline import extract

    data = articles(args.n, args.seed)
    extractions = extract([Article(id=f"n{i}", text=text) for i, (text, *_) in enumerate(data)])
    names_found = names_total = 0
    facts_found: Counter[str] = Counter()
    facts_total: Counter[str] = Counter()
    missed_words: Counter[str] = Counter()
    shown = 0
    for (text, names, (s, rel, o), roles), ex in zip(data, extractions, strict=True):
        found = {(m.text, m.type) for m in ex.mentions}
        miss = []
        for role in roles:
            kind = EntityType.PERSON if role == "P" else EntityType.ORGANIZATION
            names_total += 1
            if (names[role], kind) in found:
                names_found += 1
            else:
                miss.append(names[role])
                if role in ("X", "Y"):
                    missed_words[next(w for w in sorted(WORDS, key=len, reverse=True) if names[role].endswith(w))] += 1
        facts = {(r.subject.name, r.type.value, r.object.name) for r in ex.relations if r.status.value == "asserted"}
        want = (names[s], rel, names[o])
        facts_total[rel] += 1
        if want in facts or (rel in SYMMETRIC and (want[2], rel, want[0]) in facts):
            facts_found[rel] += 1
        elif shown < args.misses:
            shown += 1
            print(f"{text}\n  names missed: {miss}  facts: {sorted(facts)}")
    total = sum(facts_total.values())
    print(f"invented names in {len(data)} deal sentences (seed {args.seed}):")
    print(f"  names found as companies or people: {names_found}/{names_total} = {names_found / names_total:.3f}")
    print(f"  facts found, right direction:       {sum(facts_found.values())}/{total} = "
          f"{sum(facts_found.values()) / total:.3f}")
    print("  per fact: " + ", ".join(f"{k} {facts_found[k]}/{v}" for k, v in sorted(facts_total.items())))
    print("  words for a company in missed names: " + ", ".join(f"{w} {c}" for w, c in missed_words.most_common(12)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
