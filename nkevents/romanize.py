"""Name variants of Korean places: romanizations, suffixes, old spellings, Hangul forms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_APOSTROPHES = "’‘ʼ`´ʻ"
_DASHES = "‐‑‒–—―"


def _fold_table() -> dict[int, str]:
    """A char-for-char table: diacritics off, case down, apostrophes and dashes unified."""
    table: dict[int, str] = {ord(c): "'" for c in _APOSTROPHES}
    table.update({ord(c): "-" for c in _DASHES})
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[0].lower()
        if len(base) == 1 and base.isascii() and base.isalpha() and base != char:
            table[code] = base
    return table


FOLD = _fold_table()
# The letters FOLD changes other than A-Z (which lower() changes the same): replaced where
# they stand, the rest lower-cased in C (a translation through the table reads every letter
# of a text that is not ASCII one by one, some four times slower)
_FOLDS = {chr(code): base for code, base in FOLD.items() if not 0x41 <= code <= 0x5A}
_TO_FOLD = re.compile("[" + re.escape("".join(sorted(_FOLDS))) + "]")


def _fold_one(found: re.Match[str]) -> str:
    return _FOLDS[found.group()]


def fold(text: str) -> str:
    """Lower-case, diacritic-free, same-length copy of text (offsets stay valid)."""
    lowered = _TO_FOLD.sub(_fold_one, text).lower()
    if len(lowered) == len(text):
        return lowered  # the same as lower-casing the table's translation
    folded = text.translate(FOLD)  # a letter lower() lengthens ("İ"): the translation itself
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


def key(name: str) -> str:
    """The lookup key of a name: folded, single-spaced, trimmed."""
    return " ".join(fold(name).replace(".", ". ").split()).replace(" .", ".").strip(" ,")


_HANGUL = re.compile("[\uac00-\ud7a3]")


def is_hangul(text: str) -> bool:
    """True when text has any Hangul syllable."""
    return _HANGUL.search(text) is not None


# --- romanization from Hangul (ko-pron) -------------------------------------------------


def from_hangul(hangul: str) -> set[str]:
    """McCune-Reischauer, Revised Romanization and DPRK romanizations of a Hangul name."""
    from ko_pron import romanise  # the gazetteer build and the linker (imported on first use)

    out: set[str] = set()
    for system in ("mr", "rr"):
        try:
            roman = romanise(hangul, system)
        except (KeyError, ValueError, IndexError):
            continue
        out.add(roman)
        out.add(roman.replace("-", ""))
    mr = [r for r in out if any(c in r for c in "ŏŭ'")]
    out.update(mr_to_dprk(r) for r in mr)
    return {r for r in out if r}


def mr_to_dprk(mr: str) -> str:
    """The DPRK's own romanization from McCune-Reischauer (ŏ→o, p'→ph, t'→th, k'→kh, ch→j)."""
    text = re.sub(r"(?<![sc])ch(?!')", "j", mr.lower())
    for src, dst in (("ch'", "ch"), ("p'", "ph"), ("t'", "th"), ("k'", "kh")):
        text = text.replace(src, dst)
    return text.replace("ŏ", "o").replace("ŭ", "u").replace("'", "")


_RR_INITIALS = (("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"))


def mr_to_rr(mr: str) -> str:
    """Revised Romanization guessed from a McCune-Reischauer spelling with its marks."""
    words = []
    for word in re.split(r"([ -])", mr.lower()):
        if not re.match(r"(k'|t'|p'|ch')", word):  # an unaspirated initial is voiced in RR
            src, dst = next(((s, d) for s, d in _RR_INITIALS if word.startswith(s)), ("", ""))
            word = dst + word[len(src) :]
        words.append(word)
    text = "".join(words).replace("ŏ", "eo").replace("ŭ", "eu").replace("shi", "si")
    return text.replace("'", "")


# --- spelling variants of a Latin name ---------------------------------------------------

_OLD_SPELLINGS = (
    (r"^r(?=[aeiouy])", ""),  # southern initial-sound law: Ryanggang -> Yanggang
    (r"^ny(?=[aeiou])", "y"),  # Nyongbyon -> Yongbyon
    (r"^si", "shi"),  # Sinuiju -> Shinuiju
    (r"hoe", "hoi"),  # Hoeryong -> Hoiryong
    (r"gyong", "kyung"),  # Hamgyong -> Hamkyung
    (r"gyong", "kyong"),
    (r"gyeong", "kyung"),
    (r"^ch(?=[aeiouw])", "j"),  # Chagang -> Jagang
    (r"^k(?=[aeiouw])", "g"),
    (r"^p(?=[aeiouy])", "b"),
    (r"^t(?=[aeiouw])", "d"),
    (r"yo", "yeo"),
    (r"mn", "mr"),  # letter-by-letter spelling of assimilated ㅂ/ㅁ+ㄹ: Amnok -> Amrok
)


def _spacings(name: str) -> set[str]:
    """Hyphen, space and joined forms of a name, with and without apostrophes."""
    out = set()
    for form in (name, name.replace("'", "")):
        out.update({form, form.replace("-", " "), form.replace("-", ""), form.replace(" ", "-")})
    return out


def spellings(name: str) -> set[str]:
    """Older English, southern and mark-less spellings of one folded name."""
    base = fold(name)
    if len(base.split()) > 2 or any(c.isdigit() for c in base):
        return {key(base), key(base.replace("'", "")), key(base.replace("-", " "))}
    out = _spacings(base)
    if any(c in name for c in "ŏŭŎŬ") or "'" in base:
        out.update(_spacings(mr_to_rr(name)))
        out.update(_spacings(mr_to_dprk(name)))
    for pattern, repl in _OLD_SPELLINGS:
        for form in list(out):
            words = form.split(" ")
            changed = " ".join([re.sub(pattern, repl, w) for w in words[:1]] + words[1:])
            if pattern[0] != "^":
                changed = re.sub(pattern, repl, form)
            out.add(changed)
    return {key(s) for s in out if len(s.replace(" ", "")) >= 3}


# --- administrative suffixes --------------------------------------------------------------

SUFFIXES = {
    "province": (" province", "-do", " do", "do"),
    "special_city": (" city", "-si", " si", "si", "-shi", " special city"),
    "city": (" city", "-si", " si", "si", "-shi"),
    "county": (" county", "-gun", " gun", "gun", "-kun", " kun"),
    "town": ("-up", " up", "-eup", "-ri", "-ni", "-dong", "-tong", " town"),
    "district": (" district", "-guyok", " guyok", "-gu", "-dong"),
}
HANGUL_SUFFIXES = {
    "province": ("도",),
    "special_city": ("시", "특별시", "직할시"),
    "city": ("시",),
    "county": ("군",),
    "town": ("읍", "리", "동", "로동자구", "노동자구"),
    "district": ("구역", "구", "지구"),
}
_STRIP = re.compile(
    r"(?i)[ -](province|city|county|town|district|do|si|shi|gun|kun|up|eup|ri|ni|li|dong|tong|"
    r"guyok|gu|nodongjagu|rodongjagu|lodongjagu|workers' district)$"
)
_HANGUL_STRIP = re.compile(r"(특별시|직할시|로동자구|노동자구|구역|지구|시|군|도|읍|리|동|구)$")
_DIRECTIONS = {"north": ("bukto", "pukto", "bukdo"), "south": ("namdo",)}


def bare(name: str) -> str:
    """A name without its administrative suffix (Hyesan-si -> Hyesan, 혜산시 -> 혜산)."""
    if is_hangul(name):
        stem = _HANGUL_STRIP.sub("", name)
        return stem if len(stem) >= 2 else name
    match = _STRIP.search(fold(name))  # fold keeps offsets, so the cut fits the original
    stem = name[: match.start()] if match else name
    return stem if len(stem) >= 3 else name


def with_suffixes(base: str, kind: str) -> set[str]:
    """Base plus the administrative suffixes of its kind (City, -si, County, -gun, -bukto...)."""
    if is_hangul(base):
        return {base} | {base + s for s in HANGUL_SUFFIXES.get(kind, ())}
    out = {base} | {base + s for s in SUFFIXES.get(kind, ())}
    head, _, rest = base.partition(" ")
    if kind == "province" and head in _DIRECTIONS and rest:
        for tail in _DIRECTIONS[head]:
            out.update({f"{rest}-{tail}", f"{rest} {tail}", f"{rest}{tail}"})
        out.update({f"{head[0]}. {rest}", f"{rest} {head}"})
    return out


# --- Hangul: northern and southern spelling ------------------------------------------------

_Y_VOWELS = {2, 6, 7, 12, 17, 20}  # ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
_RIEUL, _NIEUN, _IEUNG = 5, 2, 11


def southern(hangul: str) -> str:
    """The southern spelling of a northern Hangul name (량강도 -> 양강도, 녕변 -> 영변)."""
    if not hangul or not "\uac00" <= hangul[0] <= "\ud7a3":
        return hangul
    code = ord(hangul[0]) - 0xAC00
    initial, vowel, final = code // 588, (code % 588) // 28, code % 28
    if initial == _RIEUL:
        initial = _IEUNG if vowel in _Y_VOWELS else _NIEUN
    elif initial == _NIEUN and vowel in _Y_VOWELS:
        initial = _IEUNG
    return chr(0xAC00 + initial * 588 + vowel * 28 + final) + hangul[1:]


# --- all variants of a place ------------------------------------------------------------------


def _parts(name: str) -> list[str]:
    """A name and, for "Panmunjom (Joint Security Area)", each of its parts of two words or more."""
    match = re.fullmatch(r"(.+?)\s*\(([A-Z][^)]*\s[^)]*)\)", name)
    return [name, match.group(1), match.group(2)] if match else [name]


def variants(names: Iterable[str], kind: str, korean: bool = True) -> set[str]:
    """Every lookup key generated from a place's names for its kind.

    Romanization from Hangul and Korean spelling rules apply only to Korean places
    (korean=True); other places get their names folded, with hyphen and space forms.
    """
    names = [n for n in names if n]
    names = names[:1] and _parts(names[0]) + names[1:]
    if not korean:
        return {k for n in names for k in _spacings(key(n)) if len(k) >= 2}
    out, latin = set(), set()
    for name in names:
        if is_hangul(name):
            keys, romans = _hangul_forms(name, kind)
            out |= keys
            latin |= romans
        elif name.isascii() or any("\u00c0" <= c <= "\u024f" for c in name):
            latin.add(name)
        else:
            out.add(name)  # Chinese characters and the like: kept as given
    for name in latin:
        out.update(spellings(name))
        for spelling in spellings(bare(name)):
            out.update(key(v) for v in with_suffixes(spelling, kind))
    out.update(facility_variants(names, kind))
    return {v for v in out if v}


def _hangul_forms(name: str, kind: str) -> tuple[set[str], set[str]]:
    """Hangul keys (northern and southern, with suffixes) and the romanizations of a name."""
    if " " in name or any(c.isdigit() for c in name):
        return {name}, set()  # a facility's full name: kept as given
    stem = bare(name) if kind in HANGUL_SUFFIXES else name  # 강화도 is an island
    keys, romans = {name, southern(name)}, set()
    for form in {stem, southern(stem)}:
        keys |= with_suffixes(form, kind)
        romans |= from_hangul(form)
    return keys, romans


_NUMBERED = re.compile(r"(?i)\b(kwalliso|kyohwaso|camp|prison)\s+(?:no\.?\s*)?(\d+)\b\s*(.*)$")
_CAMP_WORDS = {
    "political_prison_camp": ("kwalliso", "kwanliso", "camp", "political prison camp"),
    "labor_camp": ("kyohwaso", "prison", "camp", "prison camp", "labor camp", "labour camp"),
}


_HANGUL_CAMP = re.compile(r"^(\S+)\s*(?:제(\d+)호\s*)?(교화소|관리소|정치범수용소)$")


def hangul_camp_variants(name: str) -> set[str]:
    """Forms of a Hangul camp name written together: 개천 제1호 교화소 -> 개천교화소."""
    match = _HANGUL_CAMP.match(name)
    if not match:
        return set()
    place, number, word = match.groups()
    # a kwalliso is also called a political prison camp: 개천 정치범수용소
    words = [word, "정치범수용소", "정치범 수용소"] if word == "관리소" else [word]
    out = {f"{place}{w}" for w in words} | {f"{place} {w}" for w in words}
    if number:
        out |= {f"제{number}호 {word}", f"제{number}호{word}", f"{place}제{number}호{word}"}
        # the number without 제: "14호 관리소", "개천 14호 관리소"
        out |= {f"{number}호 {word}", f"{number}호{word}", f"{place} {number}호 {word}"}
    return out


_PAIR = re.compile(r"\b([A-Z][\w']+)\s*[-–—]\s*([A-Z][\w']+)\b")
_NOT_TOWNS = frozenset({"Sino", "Korean", "Korea", "China", "Chinese", "North", "South", "Russia"})
_CROSSING_WORDS = ("", " bridge", " crossing", " border crossing", " customs", " customs post")


def crossing_variants(names: Iterable[str]) -> set[str]:
    """A crossing named by its two towns, either way round: Dandong-Sinuiju customs post."""
    out: set[str] = set()
    for name in names:
        for a, b in _PAIR.findall(name):
            if {a, b} & _NOT_TOWNS:
                continue  # "Sino-Korean", "China–North Korea": the border, not a crossing
            out.update(f"{x}-{y}{w}" for x, y in ((a, b), (b, a)) for w in _CROSSING_WORDS)
    return {key(v) for v in out}


def facility_variants(names: Iterable[str], kind: str) -> set[str]:
    """Numbered forms of a camp (Camp No. 22, Kwalliso 22, Hoeryong camp) from its names."""
    if kind == "border_crossing":
        return crossing_variants(names)
    words = _CAMP_WORDS.get(kind)
    if not words:
        return set()
    out: set[str] = set()
    for name in names:
        if is_hangul(name):
            out |= hangul_camp_variants(name)
            continue
        match = _NUMBERED.search(fold(name))
        if not match:
            short = fold(name)
            if not is_hangul(short) and len(short.split()) <= 2 and "camp" not in short:
                out.update(f"{form} {word}" for form in spellings(short) for word in words)
            continue
        number, place = match.group(2), bare(match.group(3).strip(" ()"))
        for word in words:
            out.update({f"{word} {number}", f"{word} no. {number}", f"{word} no.{number}"})
            out.add(f"no. {number} {word}")
            if place and not any(c.isdigit() for c in place):
                out.update({f"{place} {word}", f"{place} {word} no. {number}"})
    return {key(v) for v in out}
