# ruff: noqa: E501  (the test pack below keeps each translated sentence on one line, as content does)
"""Text in every script comes back out of the handout PDF, in order.

How the check works (strict but fair):

- the PDF is read back with poppler's ``pdftotext`` (plain mode, page by page), cropped above the
  footer so page furniture does not interrupt a paragraph that runs onto the next page;
- both sides are NFKC-normalised and lose whitespace and format characters (category Cf: the
  embedding marks pdftotext writes around right-to-left runs, and the right-to-left marks the
  PDF adds for extractors); nothing else is folded: every letter, digit, diacritic, combining
  mark and punctuation mark must come out, in logical order, and a control character such as
  NUL fails the comparison;
- each paragraph, heading and list item must then be found after the previous one
  (``assert_in_order``), so a missing, reordered or garbled piece fails;
- for scripts that separate words with spaces, the words (``\\w+`` runs) of each paragraph must
  also come out as one unbroken run of words, so lost or extra word breaks fail too. Chinese and
  Korean break lines between characters, where pdftotext writes a line break, so for them the
  whitespace-free comparison is the whole check.

Right-to-left text is drawn in visual order; pdftotext gives it back in logical order, which is
what is compared (the choice for every language: poppler is what most PDF viewers on Linux copy
text with; ``tests/core/test_rtl.py`` checks the drawn, visual order glyph by glyph with
pdfplumber). Besides, no extractor (poppler, pdfminer through pdfplumber, pypdf) may find a NUL,
a replacement character or a private-use code in any language's export of every section. The data is every language present under content/, and a small pack built here
(Arabic, Chinese, Korean, Vietnamese; deliberately tricky: Latin brand names glued to Arabic
letters, vowel marks, numbers, brackets) so those paths are proven whatever content exists.
"""

from __future__ import annotations

import itertools
import math
import re
import shutil
import subprocess
import textwrap
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pypdf import PdfReader

from handbook import content
from handbook.compare import resolve
from handbook.content import Handbook, Topic
from handbook.dates import localize_dates
from handbook.i18n import LANGUAGES, is_rtl
from handbook.pdf import HandoutRequest, export_pdf
from handbook.pdf.layout import MARGIN, body_width, footer_zone, styles, table_columns
from handbook.resources import content_dir

CONTENT_LANGUAGES = sorted(p.name for p in content_dir().iterdir() if p.is_dir() and p.name in LANGUAGES)
NO_SPACES = {"zh", "ko"}  # lines break between characters: compared without word runs
CLOSING = set("，。、．：；！？）」』】〕〉》")
OPENING = set("（「『【〔〈《")


# ------------------------------------------------------------------------------------ reading


def squash(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def words(text: str) -> list[str]:
    text = "".join(c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf")
    return re.findall(r"\w+", text)


def pdftotext(pdf: Path, page: int, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", "-q", "-enc", "UTF-8", "-f", str(page), "-l", str(page), *options, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def crop(x: float, width: float, height: float) -> list[str]:
    return ["-x", str(math.floor(x)), "-y", "0", "-W", str(math.floor(width)), "-H", str(math.floor(height))]


def page_texts(pdf: Path, lang: str, large_print: bool = False) -> list[str]:
    """Each page's text above the footer rule, as pdftotext reads it."""
    zone = footer_zone(styles(lang, large_print))
    texts = []
    for number, page in enumerate(PdfReader(pdf).pages, 1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        texts.append(pdftotext(pdf, number, *crop(0, math.ceil(width), height - zone)))
    return texts


def column_texts(pdf: Path, lang: str, widths: list[float], large_print: bool = False) -> list[list[str]]:
    """The comparison table's columns, left to right, each read down: one text per page (the
    cover skipped)."""
    zone = footer_zone(styles(lang, large_print))
    columns: list[list[str]] = [[] for _ in widths]
    for number, page in enumerate(PdfReader(pdf).pages[1:], 2):
        x = MARGIN
        for i, width in enumerate(widths):
            height = float(page.mediabox.height) - zone
            columns[i].append(squash(pdftotext(pdf, number, *crop(x + 1, width - 2, height))))
            x += width
    return columns


def without_repeated_header(pages: list[str], head: str) -> str:
    """A column's pages joined, each page's header cell (the first thing on it, below at most a
    piece of the page heading) taken out."""
    out = []
    for page in pages:
        at = page.find(head)
        out.append(page[at + len(head) :] if 0 <= at <= 40 else page)
    return "".join(out)


class Extracted:
    """A handout's text, ready for in-order checks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.flat = squash(text)
        self.words = "\x1f" + "\x1f".join(words(text)) + "\x1f"
        self.pos = 0
        self.word_pos = 0

    def assert_in_order(self, pieces: Iterable[str], lang: str) -> None:
        for piece in pieces:
            needle = squash(piece)
            if not needle:
                continue
            found = self.flat.find(needle, self.pos)
            assert found >= 0, (
                f"not found after position {self.pos}: {piece!r}\n"
                f"next in the PDF: {self.flat[self.pos : self.pos + 160]!r}\n"
                f"anywhere: {self.flat.find(needle) >= 0}"
            )
            self.pos = found + len(needle)
            if lang not in NO_SPACES and words(piece):
                run = "\x1f" + "\x1f".join(words(piece)) + "\x1f"
                at = self.words.find(run, self.word_pos)
                assert at >= 0, f"the words of {piece!r} do not come out as one run of words"
                self.word_pos = at + len(run) - 1


def topic_pieces(topic: Topic) -> Iterator[str]:
    """A topic's text as the handout prints it: its ISO dates as its language writes dates."""
    yield topic.title
    for block in topic.body:
        for text in block.items if block.kind == "ul" else (block.text,):
            yield localize_dates(text, topic.lang)


# ------------------------------------------------------------------------------- the test pack

PACK: dict[str, dict[str, str]] = {
    "ar": {
        "ui.yaml": """
            language_name: العربية
            handbook_title: علاج سرطان البروستاتا الذي انتشر إلى العظام
            handbook_subtitle: دليل بلغة بسيطة للمرضى والعائلات ومقدمي الرعاية
            footer: تحدّث مع فريق الرعاية الخاص بك عن علاجك.
            reviewed: آخر مراجعة
            sources: المصادر
            glossary: مسرد المصطلحات
            questions: أسئلة لطرحها على فريق الرعاية
            comparison: مقارنة العلاجات
            page: صفحة
            created: تاريخ الإنشاء
            see_also: انظر أيضًا
            compare_rows:
              what: ما هو
              purpose: الغرض منه
              how_given: كيف يُعطى
              how_often: كم مرة
              where: أين
              common_side_effects: الآثار الجانبية الشائعة
              serious_risks: مخاطر خطيرة أو نادرة
              before_during: قبل العلاج وأثناءه
              who_may_not: من قد لا يستطيع تلقيه
            """,
        "denosumab.md": """
            ---
            id: denosumab
            kind: treatment
            title: دينوسوماب (Xgeva، Prolia)
            order: 40
            reviewed: 2026-11-26
            sources: [acs-bone-2023, fda-xgeva, fda-prolia]
            see_also: [bisphosphonates, jaw-osteonecrosis]
            glossary: [osteoclast, injection, onj, fracture]
            summary: يمنع دينوسوماب (Xgeva، Prolia) الخلايا التي تكسر العظم. يُعطى كحقنة تحت الجلد، مرة كل 4 أسابيع إلى مرة كل 6 أشهر.
            compare:
              what: دواء يمنع ناقضات العظم، وهي خلايا تكسر العظم، بطريقة تختلف عن البايفوسفونات. اسماه التجاريان Xgeva وProlia.
              purpose: يُستخدم Xgeva للمساعدة على منع الكسور أو تأخيرها عندما ينتشر السرطان إلى العظام. ويُستخدم Prolia للحفاظ على قوة العظام عند الرجال الذين يتلقون العلاج الهرموني.
              how_given: يُعطى كحقنة تحت الجلد.
              how_often: مرة كل 4 أسابيع إلى مرة كل 6 أشهر، حسب سبب استخدامه.
              where: لا يذكر مصدر الدليل المكان. اسأل فريق الرعاية أين ستتلقى الحقنة.
              common_side_effects: الغثيان. الإسهال. الشعور بالضعف أو التعب.
              serious_risks: تنخّر عظم الفك (ONJ) نادر لكنه خطير جدًا. في ONJ يموت جزء من عظم الفك.
              before_during: عالج أي مشكلة في الأسنان أو الفك قبل البدء. تناول مكمّل الكالسيوم وفيتامين D كما ينصحك فريق الرعاية.
              who_may_not: لا يذكر مصدر الدليل ذلك. تقول نشرات الدواء إن انخفاض الكالسيوم في الدم يجب علاجه قبل البدء.
            ---
            ## ما هو دينوسوماب؟

            دينوسوماب دواء آخر قد يساعد عندما ينتشر سرطان البروستاتا إلى العظام. اسماه التجاريان Xgeva وProlia.

            مثل البايفوسفونات، يمنع دينوسوماب ناقضات العظم (osteoclasts). هذه خلايا تكسر العظم. عندما يكون السرطان في العظام، قد تصبح نشطة أكثر من اللازم.

            ## فيمَ يُستخدم؟

            - للمساعدة على منع الكسور أو تأخيرها عندما ينتشر السرطان إلى العظام. لهذا الاستخدام يُعطى Xgeva.
            - للحفاظ على قوة العظام عند الرجال الذين يتلقون العلاج الهرموني. لهذا الاستخدام يُعطى Prolia.

            ## كيف يُعطى؟

            دينوسوماب حقنة تحت الجلد. يُعطى غالبًا مرة كل 4 أسابيع إلى مرة كل 6 أشهر (حسب سبب استخدامه). سيخبرك فريق الرعاية بموعدك.

            يُنصح كثير من الرجال بتناول مكمّل يحتوي على الكالسيوم وفيتامين D، لتجنّب مشكلات انخفاض الكالسيوم.

            ## خطر نادر لكنه خطير

            قد يسبب دينوسوماب تنخّر عظم الفك (ONJ)، كما تفعل البايفوسفونات مثل حمض الزوليدرونيك (Zometa). لتقليل هذا الخطر، عالج أي مشكلة في الأسنان أو الفك قبل أن تبدأ.
            """,
        "jaw-osteonecrosis.md": """
            ---
            id: jaw-osteonecrosis
            kind: section
            title: حماية فكّك (تنخّر عظم الفك)
            order: 50
            reviewed: 2026-11-20
            sources: [acs-bone-2023]
            see_also: [denosumab]
            glossary: [onj]
            summary: قد تسبب البايفوسفونات ودينوسوماب في حالات نادرة تنخّر عظم الفك (ONJ).
            ---
            ## ما هو ONJ؟

            يُسمّى تنخّر عظم الفك غالبًا ONJ. إنه أثر جانبي نادر للبايفوسفونات ودينوسوماب، لكنه خطير جدًا.

            ## ماذا يمكنك أن تفعل؟

            - راجع طبيب الأسنان لإجراء فحص أولًا.
            - عالج أي مشكلة في الأسنان أو الفك قبل بدء الدواء.
            - أخبر فريق الرعاية إذا احتجت إلى علاج للأسنان خلال العلاج (مثل خلع سن).
            """,
        "glossary.yaml": """
            - id: osteoclast
              term: ناقضة العظم
              definition: خلية عظمية تكسر الجزء المعدني الصلب من العظم، وهذا يساعد عادةً على بقاء العظام سليمة.
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
            - id: onj
              term: تنخّر عظم الفك
              forms: [ONJ]
              definition: أثر جانبي نادر لكنه خطير جدًا، يتوقف فيه وصول الدم إلى جزء من عظم الفك فيموت ذلك الجزء.
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
            - id: injection
              term: حقنة
              definition: طريقة لإعطاء الدواء بإبرة، في الوريد (IV) أو تحت الجلد.
              reviewed: 2026-11-26
              sources: [acs-bone-2023, nci-dictionary]
            - id: fracture
              term: كسر
              definition: عظم مكسور. قد يسبب السرطان في العظم انكساره.
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
            """,
        "questions.yaml": """
            - id: questions-denosumab
              title: أسئلة عن دينوسوماب
              treatment: denosumab
              order: 210
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
              items:
                - هل سأتلقى Xgeva أم Prolia، ولماذا؟
                - كم مرة سأتلقى الحقنة (كل 4 أسابيع؟)، ولماذا هذا الموعد؟
            """,
    },
    "zh": {
        "ui.yaml": """
            language_name: 简体中文
            handbook_title: 治疗已扩散到骨骼的前列腺癌
            handbook_subtitle: 为患者、家属和照护者编写的通俗指南
            footer: 关于您自己的治疗，请与您的医疗团队商量。
            reviewed: 最近审阅
            sources: 参考资料
            glossary: 术语表
            questions: 可以向医疗团队提出的问题
            comparison: 治疗比较
            page: 第 {n} 页
            created: 生成日期
            see_also: 另见
            compare_rows:
              what: 是什么
              purpose: 用途
              how_given: 给药方式
              how_often: 多久一次
              where: 在哪里
              common_side_effects: 常见副作用
              serious_risks: 严重或罕见的风险
              before_during: 治疗前和治疗期间
              who_may_not: 哪些人可能不适合
            """,
        "denosumab.md": """
            ---
            id: denosumab
            kind: treatment
            title: 地舒单抗（Xgeva、Prolia）
            order: 40
            reviewed: 2026-11-26
            sources: [acs-bone-2023, fda-xgeva, fda-prolia]
            see_also: [bisphosphonates, jaw-osteonecrosis]
            glossary: [osteoclast, injection, onj, fracture]
            summary: 地舒单抗（Xgeva、Prolia）阻断分解骨骼的细胞。它是皮下注射，每4周一次到每6个月一次不等。
            compare:
              what: 一种阻断破骨细胞（分解骨骼的细胞）的药物，作用方式不同于双膦酸盐。品牌名为Xgeva和Prolia。
              purpose: 作为Xgeva，用于在癌症扩散到骨骼时帮助预防或延缓骨折等问题。作为Prolia，用于帮助接受激素治疗的男性保持骨骼强健。
              how_given: 皮下注射（打针）。
              how_often: 每4周一次到每6个月一次不等，取决于用药原因。
              where: 本手册的资料来源没有说明地点。请询问您的医疗团队在哪里打针。
              common_side_effects: 恶心。腹泻。感到虚弱或疲倦。
              serious_risks: 颌骨坏死（ONJ）很少见，但非常严重。发生ONJ时，部分颌骨会坏死。
              before_during: 开始前先治疗牙齿或颌骨的问题。按照医疗团队的建议服用钙和维生素D补充剂。
              who_may_not: 本手册的资料来源没有说明。药品说明书指出，开始前必须纠正低血钙。
            ---
            ## 什么是地舒单抗？

            地舒单抗是另一种在前列腺癌扩散到骨骼时可能有帮助的药物。它的品牌名是Xgeva和Prolia。

            和双膦酸盐一样，地舒单抗会阻断破骨细胞。破骨细胞是分解骨骼的细胞。癌症侵入骨骼时，这些细胞可能变得过于活跃。

            ## 它有什么用途？

            - 在癌症扩散到骨骼时，帮助预防或延缓骨折等问题。骨折就是骨头断了。这种用途使用Xgeva。
            - 帮助接受激素治疗的男性保持骨骼强健。这种用途使用Prolia。

            ## 怎样用药？

            地舒单抗是皮下注射。通常每4周一次到每6个月一次不等，您的医疗团队会告诉您具体时间。医生常建议服用含钙和维生素D的补充剂，以防止血钙过低引起的问题。

            ## 少见但严重的风险

            和双膦酸盐（例如唑来膦酸，Zometa）一样，地舒单抗可能导致颌骨坏死（ONJ）。为降低这种风险，开始用药前请先治疗牙齿和颌骨的问题：“先看牙医，再开始用药。”
            """,
        "jaw-osteonecrosis.md": """
            ---
            id: jaw-osteonecrosis
            kind: section
            title: 保护您的颌骨（颌骨坏死）
            order: 50
            reviewed: 2026-11-20
            sources: [acs-bone-2023]
            see_also: [denosumab]
            glossary: [onj]
            summary: 双膦酸盐和地舒单抗在少数情况下会引起颌骨坏死（ONJ）。
            ---
            ## 什么是ONJ？

            颌骨坏死通常简称ONJ。它是双膦酸盐和地舒单抗少见的副作用，虽然少见，但非常严重。发生ONJ时，部分颌骨失去血液供应。没有血液，这部分骨头就会坏死。

            ## 您可以做什么？

            - 先去看牙医，做一次检查。
            - 在开始用药前，治疗好牙齿或颌骨的任何问题。
            - 如果治疗期间需要看牙（例如拔牙），请告诉您的医疗团队。
            """,
        "glossary.yaml": """
            - id: osteoclast
              term: 破骨细胞
              definition: 一种分解骨骼坚硬矿物部分的骨细胞，通常有助于保持骨骼健康。
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
            - id: onj
              term: 颌骨坏死
              forms: [ONJ]
              definition: 一种少见但非常严重的副作用：部分颌骨得不到血液，这部分骨头就会坏死。
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
            """,
        "questions.yaml": """
            - id: questions-denosumab
              title: 关于地舒单抗的问题
              treatment: denosumab
              order: 210
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
              items:
                - 我会用Xgeva还是Prolia？为什么？
                - 我多久打一次针（每4周？）？为什么这样安排？
            """,
    },
    "ko": {
        "ui.yaml": """
            language_name: 한국어
            handbook_title: 뼈로 전이된 전립선암의 치료
            handbook_subtitle: 환자와 가족, 돌보는 분을 위한 쉬운 안내서
            footer: 본인의 치료에 대해서는 의료진과 상의하세요.
            reviewed: 최종 검토일
            sources: 출처
            glossary: 용어 풀이
            questions: 의료진에게 물어볼 질문
            comparison: 치료 비교
            page: "{n}쪽"
            created: 작성일
            see_also: 함께 보기
            compare_rows:
              what: 무엇인가요
              purpose: 무엇을 위한 치료인가요
              how_given: 투여 방법
              how_often: 투여 간격
              where: 투여 장소
              common_side_effects: 흔한 부작용
              serious_risks: 심각하거나 드문 위험
              before_during: 치료 전과 치료 중
              who_may_not: 받지 못할 수 있는 사람
            """,
        "denosumab.md": """
            ---
            id: denosumab
            kind: treatment
            title: 데노수맙(Xgeva, Prolia)
            order: 40
            reviewed: 2026-11-26
            sources: [acs-bone-2023, fda-xgeva, fda-prolia]
            see_also: [bisphosphonates, jaw-osteonecrosis]
            glossary: [osteoclast, injection, onj, fracture]
            summary: 데노수맙(Xgeva, Prolia)은 뼈를 분해하는 세포를 막습니다. 4주에 한 번에서 6개월에 한 번까지 맞습니다.
            compare:
              what: 뼈를 분해하는 세포인 파골세포를 비스포스포네이트와 다른 방식으로 막는 약입니다. 상품명은 Xgeva와 Prolia입니다.
              purpose: Xgeva는 암이 뼈로 전이되었을 때 골절 같은 문제를 막거나 늦추는 데 쓰입니다. Prolia는 호르몬 치료를 받는 남성의 뼈를 튼튼하게 지키는 데 쓰입니다.
              how_given: 피부 밑에 주사로 맞습니다.
              how_often: 사용 이유에 따라 4주에 한 번에서 6개월에 한 번까지입니다.
              where: 이 안내서의 출처에는 장소가 나와 있지 않습니다. 어디에서 주사를 맞는지 의료진에게 물어보세요.
              common_side_effects: 메스꺼움. 설사. 기운이 없거나 피곤함.
              serious_risks: 턱뼈 괴사(ONJ)는 드물지만 매우 심각합니다. ONJ가 생기면 턱뼈의 일부가 죽습니다.
              before_during: 시작하기 전에 치아나 턱의 문제를 치료하세요. 의료진의 안내에 따라 칼슘과 비타민 D 보충제를 드세요.
              who_may_not: 이 안내서의 출처에는 나와 있지 않습니다. 약 설명서에는 시작 전에 낮은 혈중 칼슘을 바로잡아야 한다고 되어 있습니다.
            ---
            ## 데노수맙이란?

            데노수맙은 전립선암이 뼈로 전이되었을 때 도움이 될 수 있는 또 다른 약입니다. 상품명은 Xgeva와 Prolia입니다.

            비스포스포네이트처럼 데노수맙도 파골세포를 막습니다. 파골세포는 뼈를 분해하는 세포입니다. 암이 뼈에 있으면 이 세포들이 지나치게 활발해질 수 있습니다.

            ## 어디에 쓰이나요?

            - 암이 뼈로 전이되었을 때 골절 같은 문제를 막거나 늦추기 위해 씁니다. 이때는 Xgeva를 씁니다.
            - 호르몬 치료를 받는 남성의 뼈를 튼튼하게 지키기 위해 씁니다. 이때는 Prolia를 씁니다.

            ## 어떻게 맞나요?

            데노수맙은 피부 밑에 맞는 주사입니다. 보통 4주에 한 번에서 6개월에 한 번까지 맞으며, 일정은 의료진이 알려 드립니다. 낮은 칼슘 수치로 생기는 문제를 막기 위해 칼슘과 비타민 D가 든 보충제를 권하는 경우가 많습니다.

            ## 드물지만 심각한 위험

            비스포스포네이트(예: 졸레드론산, Zometa)처럼 데노수맙도 턱뼈 괴사(ONJ)를 일으킬 수 있습니다. 이 위험을 줄이려면 시작하기 전에 치아와 턱의 문제를 치료하세요.
            """,
        "jaw-osteonecrosis.md": """
            ---
            id: jaw-osteonecrosis
            kind: section
            title: 턱뼈 지키기(턱뼈 괴사)
            order: 50
            reviewed: 2026-11-20
            sources: [acs-bone-2023]
            see_also: [denosumab]
            glossary: [onj]
            summary: 비스포스포네이트와 데노수맙은 드물게 턱뼈 괴사(ONJ)를 일으킬 수 있습니다.
            ---
            ## ONJ란?

            턱뼈 괴사는 흔히 ONJ라고 부릅니다. 비스포스포네이트와 데노수맙의 드문 부작용이지만 매우 심각합니다. ONJ가 생기면 턱뼈의 일부에 피가 통하지 않게 되고, 그 부분의 뼈가 죽습니다.

            ## 무엇을 할 수 있나요?

            - 먼저 치과에 가서 검진을 받으세요.
            - 약을 시작하기 전에 치아나 턱의 문제를 치료하세요.
            - 치료 중에 치과 치료(예: 발치)가 필요하면 의료진에게 알리세요.
            """,
        "glossary.yaml": """
            - id: osteoclast
              term: 파골세포
              definition: 뼈의 단단한 광물 부분을 분해하는 뼈세포로, 보통은 뼈를 건강하게 유지하는 데 도움이 됩니다.
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
            - id: onj
              term: 턱뼈 괴사
              forms: [ONJ]
              definition: 턱뼈의 일부에 피가 가지 않아 그 부분의 뼈가 죽는, 드물지만 매우 심각한 부작용입니다.
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
            """,
        "questions.yaml": """
            - id: questions-denosumab
              title: 데노수맙에 대한 질문
              treatment: denosumab
              order: 210
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
              items:
                - Xgeva와 Prolia 중 어떤 것을 맞게 되나요? 그 이유는요?
                - 주사는 얼마나 자주(4주마다?) 맞나요? 왜 그런 일정인가요?
            """,
    },
    "vi": {
        "ui.yaml": """
            language_name: Tiếng Việt
            handbook_title: Điều trị ung thư tuyến tiền liệt đã di căn đến xương
            handbook_subtitle: Cẩm nang dễ hiểu dành cho người bệnh, gia đình và người chăm sóc
            footer: Hãy trao đổi với nhóm chăm sóc về việc điều trị của chính bạn.
            reviewed: Lần xem xét gần nhất
            sources: Nguồn tham khảo
            glossary: Thuật ngữ
            questions: Câu hỏi dành cho nhóm chăm sóc
            comparison: So sánh các cách điều trị
            page: Trang
            created: Ngày tạo
            see_also: Xem thêm
            compare_rows:
              what: Đây là gì
              purpose: Dùng để làm gì
              how_given: Cách dùng
              how_often: Bao lâu một lần
              where: Ở đâu
              common_side_effects: Tác dụng phụ thường gặp
              serious_risks: Rủi ro nghiêm trọng hoặc hiếm gặp
              before_during: Trước và trong khi điều trị
              who_may_not: Ai có thể không dùng được
            """,
        "denosumab.md": """
            ---
            id: denosumab
            kind: treatment
            title: Denosumab (Xgeva, Prolia)
            order: 40
            reviewed: 2026-11-26
            sources: [acs-bone-2023, fda-xgeva, fda-prolia]
            see_also: [bisphosphonates, jaw-osteonecrosis]
            glossary: [osteoclast, injection, onj, fracture]
            summary: Denosumab (Xgeva, Prolia) ngăn các tế bào phá hủy xương. Thuốc được tiêm dưới da, từ 4 tuần một lần đến 6 tháng một lần.
            compare:
              what: Thuốc ngăn hủy cốt bào, là những tế bào phá hủy xương, theo cách khác với bisphosphonate. Tên biệt dược là Xgeva và Prolia.
              purpose: Xgeva giúp ngăn ngừa hoặc làm chậm các vấn đề như gãy xương khi ung thư đã di căn đến xương. Prolia giúp giữ xương chắc khỏe ở nam giới đang điều trị nội tiết.
              how_given: Tiêm dưới da.
              how_often: Từ 4 tuần một lần đến 6 tháng một lần, tùy lý do sử dụng.
              where: Nguồn của cẩm nang không nói ở đâu. Hãy hỏi nhóm chăm sóc nơi bạn sẽ được tiêm.
              common_side_effects: Buồn nôn. Tiêu chảy. Cảm thấy yếu hoặc mệt.
              serious_risks: Hoại tử xương hàm (ONJ) hiếm gặp nhưng rất nghiêm trọng. Khi bị ONJ, một phần xương hàm bị chết.
              before_during: Điều trị mọi vấn đề về răng hoặc hàm trước khi bắt đầu. Uống bổ sung canxi và vitamin D theo lời khuyên của nhóm chăm sóc.
              who_may_not: Nguồn của cẩm nang không nói. Tờ hướng dẫn thuốc cho biết phải điều chỉnh canxi máu thấp trước khi bắt đầu.
            ---
            ## Denosumab là gì?

            Denosumab là một loại thuốc khác có thể giúp ích khi ung thư tuyến tiền liệt di căn đến xương. Tên biệt dược là Xgeva và Prolia.

            Giống như bisphosphonate, denosumab ngăn hủy cốt bào. Đây là những tế bào phá hủy xương. Khi ung thư ở trong xương, các tế bào này có thể hoạt động quá mức.

            ## Thuốc dùng để làm gì?

            - Giúp ngăn ngừa hoặc làm chậm các vấn đề như gãy xương khi ung thư đã di căn đến xương. Khi dùng cho mục đích này, thuốc có tên Xgeva.
            - Giúp giữ xương chắc khỏe ở nam giới đang điều trị nội tiết. Khi dùng cho mục đích này, thuốc có tên Prolia.

            ## Thuốc được dùng như thế nào?

            Denosumab được tiêm dưới da, thường từ 4 tuần một lần đến 6 tháng một lần. Nhóm chăm sóc sẽ cho bạn biết lịch tiêm. Người dùng thuốc thường được khuyên uống bổ sung canxi và vitamin D để tránh các vấn đề do canxi thấp.

            ## Một rủi ro hiếm gặp nhưng nghiêm trọng

            Giống như bisphosphonate (ví dụ axit zoledronic, Zometa), denosumab có thể gây hoại tử xương hàm (ONJ). Để giảm rủi ro này, hãy điều trị các vấn đề về răng và hàm trước khi bắt đầu.
            """,
        "jaw-osteonecrosis.md": """
            ---
            id: jaw-osteonecrosis
            kind: section
            title: Bảo vệ xương hàm (hoại tử xương hàm)
            order: 50
            reviewed: 2026-11-20
            sources: [acs-bone-2023]
            see_also: [denosumab]
            glossary: [onj]
            summary: Bisphosphonate và denosumab hiếm khi gây hoại tử xương hàm (ONJ).
            ---
            ## ONJ là gì?

            Hoại tử xương hàm thường được gọi là ONJ. Đây là tác dụng phụ hiếm gặp của bisphosphonate và denosumab, nhưng rất nghiêm trọng. Khi bị ONJ, một phần xương hàm mất nguồn cung cấp máu. Không có máu, phần xương đó sẽ chết.

            ## Bạn có thể làm gì?

            - Đi khám nha sĩ trước.
            - Điều trị mọi vấn đề về răng hoặc hàm trước khi dùng thuốc.
            - Hãy báo cho nhóm chăm sóc nếu bạn cần chữa răng (ví dụ nhổ răng) trong thời gian điều trị.
            """,
        "glossary.yaml": """
            - id: osteoclast
              term: Hủy cốt bào
              definition: Tế bào xương phá vỡ phần khoáng cứng của xương; bình thường việc này giúp xương khỏe mạnh.
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
            - id: onj
              term: Hoại tử xương hàm
              forms: [ONJ]
              definition: Một tác dụng phụ hiếm gặp nhưng rất nghiêm trọng, khi máu không đến được một phần xương hàm và phần xương đó chết đi.
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
            """,
        "questions.yaml": """
            - id: questions-denosumab
              title: Câu hỏi về denosumab
              treatment: denosumab
              order: 210
              reviewed: 2026-11-26
              sources: [acs-bone-2023]
              items:
                - Tôi sẽ dùng Xgeva hay Prolia, và tại sao?
                - Bao lâu tôi được tiêm một lần (mỗi 4 tuần?), và tại sao lại theo lịch đó?
            """,
    },
}


@pytest.fixture(scope="session")
def pack_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled content with the Arabic, Chinese, Korean and Vietnamese folders replaced by
    the small pack above (anything else in those languages falls back to English). Its handouts
    hold only the pack's translated topics: no English topic goes with them (``include_with``)."""
    root = tmp_path_factory.mktemp("pack") / "content"
    shutil.copytree(content_dir(), root)
    for topic in (root / "en").glob("*.md"):
        text = topic.read_text(encoding="utf-8")
        topic.write_text(re.sub(r"(?m)^include_with:.*\n", "", text), encoding="utf-8")
    for lang, files in PACK.items():
        shutil.rmtree(root / lang, ignore_errors=True)
        (root / lang).mkdir()
        for name, text in files.items():
            (root / lang / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def pack_handbook(pack_root: Path) -> Handbook:
    hb = content.load(pack_root)
    mine = [p for p in hb.problems if any(f"/{lang}/" in p.path for lang in PACK)]
    assert not mine, mine
    return hb


CASES = [pytest.param("content", lang, id=f"content-{lang}") for lang in CONTENT_LANGUAGES] + [
    pytest.param("pack", lang, id=f"pack-{lang}") for lang in PACK
]
PACK_SECTIONS = ("denosumab", "jaw-osteonecrosis")  # the pack's translated topics


def handout(source: str, lang: str, large_print: bool = False) -> HandoutRequest:
    """Every section of the real content; the pack's two translated topics."""
    if source == "content":
        return HandoutRequest(lang=lang, all_sections=True, large_print=large_print)
    return HandoutRequest(lang=lang, sections=PACK_SECTIONS, large_print=large_print)


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[Any, ...], Path]:
    return {}


def render(request: pytest.FixtureRequest, source: str, hreq: HandoutRequest) -> tuple[Handbook, Path]:
    """Export once per session for each (content, request)."""
    hb: Handbook = request.getfixturevalue("handbook" if source == "content" else "pack_handbook")
    cache: dict[tuple[Any, ...], Path] = request.getfixturevalue("rendered")
    key = (source, hreq)
    if key not in cache:
        folder = request.getfixturevalue("tmp_path_factory").mktemp("pdf")
        cache[key] = export_pdf(hb, hreq, folder / f"{source}-{hreq.lang}.pdf")
    return hb, cache[key]


# ------------------------------------------------------------------------------------ the tests


@pytest.mark.parametrize(("source", "lang"), CASES)
def test_every_section_comes_back_out_in_order(request: pytest.FixtureRequest, source: str, lang: str) -> None:
    hreq = handout(source, lang)
    hb, pdf = render(request, source, hreq)
    got = Extracted("\n".join(page_texts(pdf, lang)))
    ui = hb.ui(lang)
    got.assert_in_order([ui["handbook_title"], ui["handbook_subtitle"]], lang)
    narratives = [t for t in hb.topics(lang) if t.is_narrative and (hreq.all_sections or t.id in hreq.sections)]
    assert narratives
    got.assert_in_order([t.title for t in narratives], lang)  # the cover lists them
    for topic in narratives:
        got.assert_in_order(topic_pieces(topic), topic.lang)
    after_topics = got.pos
    treatments = {t.id for t in narratives if t.kind == "treatment"}
    questions = [t for t in hb.topics(lang) if t.kind == "questions" and t.treatment in treatments]
    assert questions
    got.assert_in_order([ui["questions"]], lang)
    for topic in questions:
        got.assert_in_order(topic_pieces(topic), topic.lang)
    got.assert_in_order([ui["glossary"]], lang)
    used = {g for t in narratives for g in t.glossary}
    glossary = [t for t in hb.topics(lang) if t.kind == "glossary" and t.id in used]
    assert glossary
    for term in glossary:  # sorted by term in the PDF: each term is followed by its definition
        pair = Extracted(got.text)
        pair.pos = after_topics
        pair.assert_in_order([term.title, term.summary], term.lang)
    got.assert_in_order([ui["sources"]], lang)
    cited = {s for t in (*narratives, *questions, *glossary) for s in t.sources}
    tail = got.flat[got.pos :]
    for source_id in cited:
        assert squash(hb.sources[source_id]["citation"]) in tail, source_id


def bad_characters(text: str) -> dict[str, int]:
    """NULs, replacement characters and private-use codes (a glyph whose text was lost) in ``text``."""
    found: dict[str, int] = {}
    for char in text:
        if char in ("\0", "\ufffd") or unicodedata.category(char) == "Co":
            found[f"U+{ord(char):04X}"] = found.get(f"U+{ord(char):04X}", 0) + 1
    return found


@pytest.mark.parametrize("lang", CONTENT_LANGUAGES)
def test_no_extractor_finds_a_nul_in_any_language(request: pytest.FixtureRequest, lang: str) -> None:
    """Every section (``export --all``): poppler, pdfminer (pdfplumber, character by character)
    and pypdf each read the whole text without a NUL: ligatures and vowel marks included."""
    _hb, pdf = render(request, "content", handout("content", lang))
    with pdfplumber.open(pdf) as doc:
        chars = "".join(str(c["text"]) for page in doc.pages for c in page.chars)
    texts = {
        "pdftotext": subprocess.run(
            ["pdftotext", "-q", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True, timeout=60
        ).stdout,
        "pdfplumber": chars,
        "pypdf": "".join(page.extract_text() for page in PdfReader(pdf).pages),
    }
    assert len(chars) > 5000
    for name, text in texts.items():
        assert bad_characters(text) == {}, f"{name}: {bad_characters(text)}"


COMPARISONS = [
    pytest.param(("denosumab", "zometa"), False, id="two"),
    pytest.param(("zometa", "xgeva", "radiation", "kyphoplasty"), True, id="four-large"),
]


@pytest.mark.parametrize(("names", "large_print"), COMPARISONS)
@pytest.mark.parametrize(("source", "lang"), CASES)
def test_the_comparison_table_reads_down_each_column(
    request: pytest.FixtureRequest, source: str, lang: str, names: tuple[str, ...], large_print: bool
) -> None:
    hb, pdf = render(request, source, HandoutRequest(lang=lang, compare=names, large_print=large_print))
    topics = [hb.topic(resolve(hb, name), lang) for name in names]
    labels = hb.ui(lang)["compare_rows"]
    widths = table_columns(len(topics), body_width(landscape_page=large_print or len(topics) >= 3))
    if not is_rtl(lang):
        columns = column_texts(pdf, lang, widths, large_print)
    else:  # mirrored: the labels on the right, the first treatment next to them
        columns = column_texts(pdf, lang, widths[::-1], large_print)[::-1]
    label_column, *treatment_columns = columns
    got = Extracted("".join(label_column))
    got.assert_in_order(labels.values(), "zh")  # a narrow column: compared without word runs
    last_label = squash(list(labels.values())[-1])
    # the table ends on the page where the last label ends (a tall row, its label too, may be split)
    last_page = next(i for i in range(len(label_column)) if last_label in "".join(label_column[: i + 1]))
    for topic, pages in zip(topics, treatment_columns, strict=True):
        head = squash(topic.title)
        table_pages = [page for page in pages[: last_page + 1] if page]
        assert all(0 <= page.find(head) <= 40 for page in table_pages), topic.title  # the header on each
        got = Extracted(without_repeated_header(pages, head))
        got.assert_in_order((topic.compare[key] for key in labels), "zh")


@pytest.mark.parametrize(("source", "lang"), CASES)
def test_every_font_is_embedded_as_a_subset(request: pytest.FixtureRequest, source: str, lang: str) -> None:
    _hb, pdf = render(request, source, handout(source, lang))
    fonts: dict[str, Any] = {}
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        assert re.fullmatch(r"/[A-Z]{6}\+\S+", name), f"{name} is not a subset"
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{name} is not embedded"
        assert "/ToUnicode" in font, f"{name} has no text mapping"


@pytest.mark.parametrize(("source", "lang"), [c for c in CASES if c.values[1] in NO_SPACES])
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(
    request: pytest.FixtureRequest, source: str, lang: str
) -> None:
    _hb, pdf = render(request, source, handout(source, lang))
    lines = [line.strip() for page in page_texts(pdf, lang) for line in page.splitlines() if line.strip()]
    assert len(lines) > 20
    for line in lines:
        assert line[0] not in CLOSING, line
        assert line[-1] not in OPENING, line


@pytest.mark.parametrize(("source", "lang"), [c for c in CASES if is_rtl(c.values[1])])
def test_right_to_left_text_is_right_aligned(request: pytest.FixtureRequest, source: str, lang: str) -> None:
    hb, pdf = render(request, source, HandoutRequest(lang=lang, sections=("denosumab",)))
    assert hb.topic("denosumab", lang).lang == lang
    page = PdfReader(pdf).pages[1]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    out = pdftotext(pdf, 2, "-bbox-layout")
    boxes = [tuple(map(float, m)) for m in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"', out)]
    body = [(x0, x1) for x0, y0, x1 in boxes if y0 < height - footer_zone(styles(lang, False))]
    assert len(body) > 10
    right = width - MARGIN
    indent = styles(lang, False).item.indent
    # Every line ends at the right margin (list items one indent in), and short lines stop short
    # of the left margin: ragged left, as right-to-left text is set.
    assert all(right - indent - 1 <= x1 <= right + 1 for _x0, x1 in body), body
    assert any(x0 > MARGIN + 100 for x0, _x1 in body)


def test_the_comparison_columns_are_mirrored_in_arabic(request: pytest.FixtureRequest) -> None:
    hb, pdf = render(request, "pack", HandoutRequest(lang="ar", compare=("denosumab", "zometa")))
    out = pdftotext(pdf, 2, "-bbox")
    boxes: dict[str, float] = {}
    for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', out):
        word = "".join(c for c in word if unicodedata.category(c) != "Cf")
        boxes.setdefault(word, float(x))
        boxes.setdefault(word[::-1], float(x))  # pdftotext -bbox lists right-to-left words reversed

    def x_of(text: str) -> float:
        return boxes["".join(c for c in text.split()[0] if c not in "()")]

    label = hb.ui("ar")["compare_rows"]["how_often"]
    assert x_of(label) > x_of(hb.topic("denosumab", "ar").title) > x_of(hb.topic("bisphosphonates", "ar").title)


# ------------------------------------------------------------------------ layout, unit by unit

CJK_TEXT = "地舒单抗（Xgeva、Prolia）是一种注射药物，每4周一次到每6个月一次。它可以帮助预防骨折，也就是说：“骨头断了”。"


def line_texts(lang: str, text: str, width: float, size: float = 11.0) -> list[str]:
    from handbook.pdf.flow import TextStyle, Typesetter

    setter = Typesetter(lang)
    lines = setter.lines([(text, False)], TextStyle(size=size, leading=size * 1.5), width)
    assert all(line.width <= width + 0.01 or len(line.pieces) == 1 for line in lines)
    return ["".join(p.text for p in line.pieces) for line in lines]


@pytest.mark.parametrize("width", range(40, 200, 7))
def test_chinese_breaks_between_characters_but_not_before_closing_punctuation(width: int) -> None:
    lines = line_texts("zh", CJK_TEXT, width)
    assert len(lines) > 1
    assert "".join(lines) == CJK_TEXT  # nothing lost, nothing added
    for line in lines:
        assert line[0] not in CLOSING, lines
        assert line[-1] not in OPENING, lines
    if width >= 60:
        assert any("Xgeva" in line for line in lines), lines  # a Latin word that fits stays whole


@pytest.mark.parametrize("width", [60, 90, 130])
def test_korean_breaks_between_syllables_and_at_spaces(width: int) -> None:
    text = "데노수맙(Xgeva, Prolia)은 피부 밑에 맞는 주사입니다. 4주에 한 번에서 6개월에 한 번까지 맞습니다."
    lines = line_texts("ko", text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(line[0] not in ".,)" for line in lines)
    words = set(text.split())
    inside_a_word = [(a, b) for a, b in itertools.pairwise(lines) if a.split()[-1] + b.split()[0] in words]
    assert inside_a_word, lines  # lines break between syllables, not only at spaces


def test_english_breaks_only_at_spaces_and_cuts_a_word_longer_than_the_line() -> None:
    text = "Radiopharmaceuticals such as radium-223 (Xofigo) are given every 4 weeks."
    lines = line_texts("en", text, 120)
    assert " ".join(lines) == text
    assert "radium-223" in " ".join(lines).split()
    narrow = line_texts("en", "Radiopharmaceuticals", 50)
    assert len(narrow) > 1 and "".join(narrow) == "Radiopharmaceuticals"


def test_vietnamese_is_set_from_composed_letters_in_noto_sans() -> None:
    from handbook.fonts import face_cmap, faces

    decomposed = unicodedata.normalize("NFD", "Hoại tử xương hàm hiếm gặp nhưng rất nghiêm trọng.")
    lines = line_texts("vi", decomposed, 400)
    assert lines == ["Hoại tử xương hàm hiếm gặp nhưng rất nghiêm trọng."]
    assert all(ord(c) in face_cmap(faces()["NotoSans"]) for c in lines[0])


def test_arabic_lines_run_right_to_left_with_latin_and_numbers_left_to_right() -> None:
    from handbook.pdf.flow import TextStyle, Typesetter

    setter = Typesetter("ar")
    text = "يُعطى Xgeva كل 4 أسابيع (حقنة)."
    (line,) = setter.lines([(text, False)], TextStyle(size=11, leading=19), 500)
    visual = [p.text for p in line.pieces]  # left to right on the page, each piece in logical order
    assert visual[0].strip().endswith(".")  # the full stop ends the sentence: at the far left
    assert visual[-1].startswith("يُعطى")  # the first word: at the far right
    latin = next(i for i, p in enumerate(line.pieces) if "Xgeva" in p.text)
    four = next(i for i, p in enumerate(line.pieces) if p.text.strip() == "4")
    assert four < latin  # read right to left: Xgeva, then 4
    assert {p.font for p in line.pieces if "Xgeva" in p.text} == {"NotoSans"}
    assert {p.font for p in line.pieces if "يُعطى" in p.text} == {"NotoNaskhArabic"}


def test_english_text_in_an_arabic_handout_keeps_its_own_direction() -> None:
    from handbook.pdf.flow import TextStyle, Typesetter

    setter = Typesetter("ar")
    (line,) = setter.lines([("Zometa is given every 3 to 4 weeks.", False)], TextStyle(11, 19), 500, rtl=False)
    assert "".join(p.text for p in line.pieces) == "Zometa is given every 3 to 4 weeks."
    assert all(p.level == 0 for p in line.pieces)
