"""Words inside words: Chinese word segmentation, Korean particles and endings, Arabic clitics.

The index keeps its CJK n-grams and light stems (:mod:`handbook.search.analysis`); this module helps a
*query* find the words a reader meant:

- Chinese: jieba cuts a run of characters into words, so question and filler words (吗, 什么) can be
  dropped and each word is a unit of its own. Its dictionary is jieba's own, kept to the words that
  occur in the handbook's Chinese text (:func:`chinese_dictionary`, built with the index), with the
  term list as its user dictionary (:class:`Segmenter`).
- Korean: a word is a stem followed by particles and endings (뼈가, 병원에, 맞아도). :class:`KoreanStems`
  strips the known ones, keeping a stripped stem only where the handbook uses it as a stem of its own
  (치과 stays whole although 과 is a particle).
- Arabic: the conjunctions and prepositions written as part of the next word (و، ف، ب، ل، ك), with
  or without the article: :func:`arabic_candidates` lists the word without them, for the query to use
  the first form the handbook knows.
"""

from __future__ import annotations

import functools
import importlib.util
import io
import re
import threading
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final


def _longest_first(text: str) -> tuple[str, ...]:
    return tuple(sorted(set(text.split()), key=lambda s: (-len(s), s)))


#: Korean particles (josa), matched at the end of a word, longest first.
_KO_PARTICLES: Final = _longest_first(
    """
            에서는 에게서 으로는 으로도 이라고 이라는 이라도 에서도 까지는 부터는 한테서 에서 에게 한테 께서 으로 이랑
            이나 처럼 보다 까지 부터 마다 조차 만큼 라고 라는 이란 에는 에도 와는 과는 은 는 이 가 을 를 에 의 로 와 과
            도 만 랑 란
            """
)
#: Korean verb and adjective endings (eomi), matched at the end of a word, longest first.
_KO_ENDINGS: Final = _longest_first(
    """
            었어요 았어요 였어요 했어요 셨어요 겠어요 습니까 습니다 입니까 입니다 인가요 었나요 았나요 했나요 었는데
            이에요 예요 에요 나요 까요 세요 어요 아요 여요 해요 어도 아도 해도 으면 면 는데 은데 지만 어서 아서 해서
            으니까 니까 는지 을까 고요 지요 죠 네요 군요 거든요 어야 아야 해야 으려면 려면 도록 이다 이고 었던 았던
            하면 하다 하고 하는 하나요 합니다 했어요 했나요 해요 해서 해도 해야 할까요 하세요 하려면 했는데
            요 야 게 고 며 서 던 기 음
            """
)
_KO_SUFFIXES: Final = tuple(sorted(set(_KO_PARTICLES) | set(_KO_ENDINGS), key=lambda s: (-len(s), s)))
_KO_PARTICLE_SET: Final = frozenset(_KO_PARTICLES)
_HANGUL: Final = re.compile("[\uac00-\ud7a3]+")
_HAN_RUN: Final = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: Arabic one-letter prefixes written joined to the next word: conjunctions (و ف), then prepositions (ب ل ك).
_AR_CONJ: Final = "وف"
_AR_PREP: Final = "بلك"
_USER_FREQ: Final = 100_000  # the term list's words win over jieba's own cuts
_MAX_GRAM: Final = 8
_COMMON_FREQ: Final = 200  # about 25,000 of jieba's words


# ------------------------------------------------------------------------------------ Chinese


@functools.lru_cache(maxsize=1)
def _jieba() -> Any:
    with warnings.catch_warnings():
        # jieba 0.42 imports pkg_resources, which newer setuptools warns about
        warnings.simplefilter("ignore")
        import jieba
    return jieba


def _jieba_dictionary() -> str:
    """The text of jieba's own dictionary, ``word freq tag`` a line (found without importing jieba)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    return (Path(spec.origin).parent / "dict.txt").read_text(encoding="utf-8")


def chinese_dictionary(texts: Iterable[str]) -> str:
    """jieba's dictionary lines (``word freq``) for the words that occur in ``texts`` and its common
    words (a query's words the handbook does not have, 费用 or 医保, are still cut as words).

    Built with the index (it depends on the content only), so a query does not load all of jieba's
    350,000 words.
    """
    found: set[str] = set()
    for text in texts:
        for run in _HAN_RUN.findall(text):
            for i in range(len(run)):
                found.update(run[i : i + n] for n in range(1, min(_MAX_GRAM, len(run) - i) + 1))
    common = str(_COMMON_FREQ)
    size = len(common)
    out = []
    for line in _jieba_dictionary().split("\n"):  # a plain loop: 350,000 lines
        first = line.find(" ")
        second = line.find(" ", first + 1)
        entry = line[:second] if second > 0 else line
        freq = entry[first + 1 :]
        if first > 0 and (line[:first] in found or len(freq) > size or (len(freq) == size and freq >= common)):
            out.append(entry)
    return "\n".join(out) + "\n"


class Segmenter:
    """jieba with a given dictionary and the term list (and asking words) as its user dictionary."""

    def __init__(self, dictionary: str, user_words: Iterable[str]) -> None:
        jieba = _jieba()
        self._tokenizer = jieba.Tokenizer()
        freq: dict[str, int] = {}
        total = 0
        for line in dictionary.splitlines():
            word, _, count = line.partition(" ")
            if word and count.isdigit():
                freq[word] = int(count)
                total += int(count)
                for i in range(1, len(word)):
                    freq.setdefault(word[:i], 0)
        # What jieba's initialize() sets, from this dictionary (no cache files, no log lines).
        self._tokenizer.FREQ, self._tokenizer.total = freq, max(total, 1)
        self._tokenizer.initialized = True
        user = sorted({w.strip() for w in user_words if w.strip() and " " not in w.strip()})
        self._tokenizer.load_userdict(io.BytesIO("".join(f"{w} {_USER_FREQ}\n" for w in user).encode()))
        self._lock = threading.Lock()

    def cut(self, run: str) -> list[str]:
        """The words of a run of Chinese characters, in order (they join back to ``run``)."""
        with self._lock:
            return list(self._tokenizer.cut(run, HMM=False))


# ------------------------------------------------------------------------------------- Korean


def korean_strips(word: str) -> list[str]:
    """``word`` without its particle, or without its endings: the most stripped first, ``word`` last.

    A noun takes one particle (뼈가); a verb or adjective stem takes endings, one after another
    (맞았어요, 맞아도).
    """
    out = {word}
    particle = next((p for p in _KO_PARTICLES if word.endswith(p) and len(word) > len(p)), None)
    if particle is not None:
        out.add(word[: -len(particle)])
    current = word
    for _ in range(3):
        ending = next((e for e in _KO_ENDINGS if current.endswith(e) and len(current) > len(e)), None)
        if ending is None:
            break
        current = current[: -len(ending)]
        out.add(current)
    return sorted(out, key=lambda form: (len(form), form))


class KoreanStems:
    """Which stems the handbook uses: a stripped form counts if it stands alone in the text, or
    is followed by two different particles or endings (뼈, from 뼈 전이, 뼈가, 뼈를)."""

    def __init__(self, texts: Iterable[str]) -> None:
        words: Counter[str] = Counter()
        for text in texts:
            words.update(_HANGUL.findall(text))
        endings: dict[str, set[str]] = {}
        for word in words:
            for stem in korean_strips(word)[:-1]:
                endings.setdefault(stem, set()).add(word[len(stem) :])
        self._alone = set(words)
        self._used = {stem for stem, found in endings.items() if len(found) >= 2} | self._alone

    def stem(self, word: str) -> str:
        """The stem of a typed Hangul word, the most stripped form that is safe to take: one the
        handbook uses as a stem, or one of two syllables or more without a particle or an ending of
        two syllables or more (병원에, 전화하면). A short stem the handbook does not use keeps its
        ending where the handbook writes the word whole (치과 is not 치 and 과)."""
        forms = korean_strips(word)
        for form in forms[:-1]:
            suffix = word[len(form) :]
            if form in self._used or (len(form) > 1 and (suffix in _KO_PARTICLE_SET or len(suffix) > 1)):
                return form
        return word if word in self._alone else forms[0]


#: Korean particles that only a noun takes: no verb or adjective ending is written like them
#: (unlike 는 and 은, also modifier endings: 하는, 같은; 와, also 나와, "comes out"; 이, 많이).
_KO_NOUN_PARTICLES: Final = frozenset(["가", "를", "에게", "한테"])


def is_noun_particle(suffix: str) -> bool:
    """Whether ``suffix`` is a Korean particle that shows the word before it is a noun (이*가*, 이*를*)."""
    return suffix in _KO_NOUN_PARTICLES


# ------------------------------------------------------------------------------------- Arabic


def arabic_candidates(word: str) -> list[str]:
    """``word`` and the word without a joined conjunction and/or preposition (``لبروليا`` -> ``بروليا``),
    longest first; a form keeps at least three letters."""
    out = [word]
    rest = word
    if rest[:1] in _AR_CONJ and len(rest) > 3:
        rest = rest[1:]
        out.append(rest)
    if rest[:1] in _AR_PREP and len(rest) > 3:
        out.append(rest[1:])
    return out


def pick(candidates: list[str], known: Callable[[str], bool]) -> str:
    """The first candidate ``known`` accepts, else the first."""
    return next((c for c in candidates if known(c)), candidates[0])
