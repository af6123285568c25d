"""Danish notice-date normaliser.

Finds date phrases in a sentence with linear-time regular expressions built from the month names, weekday
names and cues in ``data/da/dates.yaml``, and resolves them to calendar dates:

>>> [m.resolve() for m in find_dates("Hun tiltræder pr. 1/3-2026 som it-chef.")]
[datetime.date(2026, 3, 1)]

Rules (from the navnenyt issue and Danish usage): numeric dates are always day first ("1/3" is 1 March); a
two-digit year is 20xx for 00-69 and 19xx for 70-99; a bare year or a bare month counts only after a cue
("i 2026", "siden 2019", "fra marts"); ages, durations, money and clock times are never dates. An impossible
date ("31. juni 2026") is returned with ``valid=False`` and resolves to None.

dateparser is not run here: its Danish data (jan … dec, januar … december) is a subset of ``dates.yaml``, so a
fallback could never parse a phrase these expressions miss; tests use it as an independent check instead.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import Any, Literal, NamedTuple

from navnenyt.data_files import load_yaml
from navnenyt.errors import DataError

__all__ = ["DateMatch", "Precision", "find_dates", "find_relative_dates"]

Precision = Literal["day", "month", "year"]

DATA_FILE = "dates.yaml"
BARE_YEAR_RANGE = (1900, 2099)  # a bare "i 2026" outside this range is a number, not a year
WEEKDAY_REACH_DAYS = 183
"""Days from publication a printed weekday may move a year-less date to ("fredag den 7. februar" published 10
February 2025: 7 February 2025, not 2026); further off, a wrong weekday is likelier than news a year old or ahead."""
_LOOKAHEAD_YEARS = 8  # enough to reach the next 29 February (1900 and 2100 are not leap years)


@dataclass(frozen=True)
class DateMatch:
    """A date phrase found in a text.

    Attributes:
        start, end: character offsets of the phrase (cue, weekday and "den" included, e.g. "pr. 1. maj 2026",
            "lørdag den 26. juli") in the searched text; a following clock time is not part of it.
        cue: the normalised cue before the date, lower case ("pr.", "per", "fra", "fra og med",
            "med virkning fra", "med udgangen af", "siden", "i", "til", ...), else "primo"/"medio"/"ultimo",
            else "den" for "den"/"d.", else None. The outermost printed cue wins ("fra den 1. maj" -> "fra").
        day, month, year: the printed parts; ``year`` is None for a year-less date ("1. marts", "1/3");
            ``day`` is None for a month or year date ("marts 2026", "i 2026"), except that "primo"/"medio" set
            it to 1/15. Two-digit years are already expanded (26 -> 2026).
        precision: "day", "month" (also for "primo/medio/ultimo" and "med udgangen af marts") or "year".
        valid: False for an impossible date ("31. juni 2026", "30/2", "29. februar 2026").
        month_end: True for "med udgangen af marts 2026" / "ultimo marts" (the last day of the month) and for
            "udgangen af 2026" (31 December).
        weekday: the printed weekday, 0 = Monday … 6 = Sunday ("lørdag den 26. juli" -> 5), else None. With no
            day and month (:func:`find_relative_dates`: "på lørdag"), the weekday alone is the date.
        relative_days: days after the publication date for "i dag" (0), "i morgen" (1), "i overmorgen" (2),
            "i går" (-1) (:func:`find_relative_dates`), else None.
        last: True for a weekday told as past ("i fredags"): the last such day before the publication date; also
            for a year-less date a list's closing line tells in the past tense ("Alle tre startede 1. maj":
            :func:`navnenyt.segment.closing_line_date`), resolved as ``past``.
        this_year: True for the end of the publication's own year ("ved udgangen af året", "ved årets udgang"):
            31 December of the publication year, told in the past tense or not.
        new_year: True for the turn of a year named without a year ("fra nytår", "ved årsskiftet": ``year_start``
            of dates.yaml), read as 1 January.
        text: the matched phrase, ``text[start:end]`` of the searched text.
    """

    start: int
    end: int
    cue: str | None
    day: int | None
    month: int | None
    year: int | None
    precision: Precision
    valid: bool = True
    month_end: bool = False
    weekday: int | None = None
    text: str = ""
    relative_days: int | None = None
    last: bool = False
    this_year: bool = False
    new_year: bool = False

    def resolve(self, published: dt.date | None = None, *, past: bool = False) -> dt.date | None:
        """Return the calendar date of the phrase, or None when it is impossible.

        A month date gives its first day ("i okt. 2026" -> 2026-10-01; "medio" -> the 15th; "ultimo" and
        "med udgangen af" -> the last day); a year date gives 1 January (31 December for "udgangen af 2026").

        Args:
            published: publication date of the text (a datetime is reduced to its date); default: today.
                Used only for a year-less date and a day named from publication ("i morgen": the day after).
            past: False for start dates, birthdays, anniversaries: a year-less date (or a bare weekday)
                resolves to the first such date on or after ``published``. True for past events ("døde den 3.
                januar"): the latest such date on or before ``published``. A year-less month date compares by
                month ("i marts" published 15 March 2026 -> 2026-03-01). A year-less 29 February goes to the
                nearest leap year that way. Either way, a year-less day and month with a printed weekday
                ("fredag den 7. februar") goes to whichever of its nearest occurrences before and after
                ``published`` falls on that weekday, when exactly one does.

        Returns:
            The date, or None for an invalid match.
        """
        if not self.valid:
            return None
        if self.year is not None:
            return self._on_year(self.year)
        base = _as_date(published) if published is not None else dt.date.today()
        if self.this_year:
            return self._on_year(base.year)  # "ved udgangen af året": this year's, whatever the tense
        if self.relative_days is not None:
            return base + dt.timedelta(days=self.relative_days)
        printed = self._by_weekday(base)
        if printed is not None:  # "fredag den 7. februar" published 10 February 2025: the Friday, 7 February 2025
            return printed
        if self.month is None and self.weekday is not None and self.last:  # "i fredags": before publication
            return base - dt.timedelta(days=(base.weekday() - self.weekday) % 7 or 7)
        if self.month is None and self.weekday is not None:  # "på lørdag": the next Saturday (the last, if past)
            ahead = (self.weekday - base.weekday()) % 7
            return base - dt.timedelta(days=(7 - ahead) % 7) if past else base + dt.timedelta(days=ahead)
        past = past or self.last  # ("Alle tre startede 1. maj": told as past by its own line)
        step = -1 if past else 1
        for offset in range(_LOOKAHEAD_YEARS + 1):
            year = base.year + step * offset
            day = self._on_year(year)
            if day is None:
                continue
            if self.precision == "month":
                ok = (
                    (year, day.month) <= (base.year, base.month)
                    if past
                    else ((year, day.month) >= (base.year, base.month))
                )
            else:
                ok = day <= base if past else day >= base
            if ok:
                return day
        return None

    def _by_weekday(self, base: dt.date) -> dt.date | None:
        """The day of a year-less day-and-month date with a printed weekday ("fredag den 7. februar") when exactly one
        of its nearest occurrences, the first on or after ``base`` and the last on or before it, falls on that
        weekday, within :data:`WEEKDAY_REACH_DAYS` of ``base``; None without a weekday, day or month, or when neither
        or both do, or that one lies further away (a misprinted weekday: the usual rule decides)."""
        if self.weekday is None or self.day is None or self.month is None or self.month_end:
            return None
        plain = replace(self, weekday=None)
        days = {plain.resolve(base), plain.resolve(base, past=True)}
        fitting = [d for d in days if d is not None and d.weekday() == self.weekday]
        near = len(fitting) == 1 and abs((fitting[0] - base).days) <= WEEKDAY_REACH_DAYS
        return fitting[0] if near else None

    def _on_year(self, year: int) -> dt.date | None:
        """Return the date of this phrase in ``year``, or None when it does not exist in that year."""
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            return None
        month = self.month if self.month is not None else (12 if self.month_end else 1)
        last = _days_in_month(year, month)
        day = last if self.month_end else (self.day or 1)
        return dt.date(year, month, day) if day <= last else None


def find_cell_dates(text: str) -> list[DateMatch]:
    """The dates of a table's date cell: :func:`find_dates`, and when it finds none, the cell read after the day
    article (``day_article`` of dates.yaml: "1.4." alone, which in prose is a number, is "den 1.4." in a column
    "Tiltræder"). Offsets of the second reading index the article-prefixed text.

    Args:
        text: the cell's text.

    Returns:
        The matches in text order (possibly empty).

    Raises:
        DataError: ``data/da/dates.yaml`` is missing or malformed.
    """
    return find_dates(text) or find_dates(f"{_tables().article_cue} {text}")


def find_dates(text: str) -> list[DateMatch]:
    """Return every date phrase of ``text`` in text order, fixed-day holidays included ("fylder 60 år 1. juledag":
    ``holidays`` of dates.yaml, year-less).

    Args:
        text: a sentence (or any text; the scan is linear in its length).

    Returns:
        The matches (possibly empty), non-overlapping, ordered by ``start``. Invalid dates are included with
        ``valid=False``.

    Raises:
        DataError: ``data/da/dates.yaml`` is missing or malformed.
    """
    tables = _tables()
    found: list[DateMatch] = []
    for match in tables.pattern.finditer(text):
        date = _to_date(match, tables)
        if date is not None:
            found.append(date)
    for match in tables.year_end.finditer(text):  # "ved udgangen af året": 31 December, year-less
        if not any(d.start < match.end() and match.start() < d.end for d in found):
            cue = tables.year_end_cues[_norm(match.group("intro") or "")]  # "inden årets udgang": a deadline
            end = DateMatch(match.start(), match.end(), cue, None, None, None, "day", month_end=True, this_year=True)
            found.append(replace(end, text=match.group(0)))
    for match in tables.year_start.finditer(text):  # "fra nytår", "ved årsskiftet": 1 January, year-less
        if not any(d.start < match.end() and match.start() < d.end for d in found):
            cue = tables.year_start_cues[_norm(match.group("intro"))]
            start = DateMatch(match.start(), match.end(), cue, 1, 1, None, "day", text=match.group(0), new_year=True)
            found.append(start)
    low = text.lower()
    keyed = any(key in low for key in tables.holiday_keys)  # (the regex only where a holiday's word occurs: linear)
    for match in tables.holiday.finditer(text) if keyed else ():  # "fylder 60 år 1. juledag": 25 December
        before = text[max(0, match.start() - 20) : match.start()].split()[-1:]
        if before and before[0].lower() in tables.holiday_not_after:
            continue  # "den sankthansaften, hvor ...", "hver juleaften"
        if not any(d.start < match.end() and match.start() < d.end for d in found):
            day, month = tables.holidays[_norm(match.group("form"))]
            found.append(DateMatch(match.start(), match.end(), None, day, month, None, "day", text=match.group(0)))
    return sorted(found, key=lambda d: d.start)


def find_relative_dates(text: str) -> list[DateMatch]:
    """Return the days named relative to the publication date in ``text``: "i dag", "i morgen", "i overmorgen"
    (``relative_days`` of ``dates.yaml``) and weekdays printed without a date ("fylder 50 år søndag", "på
    lørdag"; not after "hver", "sidste", ...; "lørdag den 26. juli" is :func:`find_dates`' own).

    Args:
        text: a sentence (or any text; linear in its length).

    Returns:
        Day-precision matches in text order, with ``relative_days`` or a ``weekday`` and no day or month; they
        resolve against the publication date (:meth:`DateMatch.resolve`). A cue of ``cues`` printed before the
        day is part of the match and its ``cue`` ("med virkning fra i dag" -> "med virkning fra"), else None.

    Raises:
        DataError: ``data/da/dates.yaml`` is missing or malformed.
    """
    tables = _tables()
    out = []
    for match in tables.relative.finditer(text):
        word = _norm(match.group("word"))
        days = tables.relative_days.get(word)
        last = days is None and word not in tables.weekdays  # "i fredags"
        name = word[len(tables.past_intro) : -len(tables.past_suffix)].strip() if last else word  # "i fredags"
        weekday = None if days is not None else tables.weekdays[name]
        before = text[max(0, match.start() - 20) : match.start()].split()[-1:]
        if weekday is not None and before and before[0].lower() in tables.not_before_weekday:
            continue  # "hver onsdag", "sidste lørdag"
        cue = tables.cues[_norm(match.group("cue"))][0] if match.group("cue") else None  # "fra i dag"
        found = DateMatch(match.start(), match.end(), cue, None, None, None, "day", weekday=weekday)
        out.append(dataclasses.replace(found, text=match.group(), relative_days=days, last=last))
    return out


def _as_date(value: dt.date) -> dt.date:
    """Return ``value`` as a plain date (a datetime loses its time)."""
    return value.date() if isinstance(value, dt.datetime) else value


def _expand_year(digits: str) -> int:
    """Return the year of a printed year: 4 digits as is, 2 digits with pivot 70 (26 -> 2026, 85 -> 1985)."""
    value = int(digits)
    if len(digits) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _days_in_month(year: int, month: int) -> int:
    """Return the number of days of ``month`` (1-12) in ``year`` (Gregorian calendar)."""
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _is_valid(day: int | None, month: int | None, year: int | None) -> bool:
    """Return True when the printed year is 1-9999 and the day exists in the month (year-less: in a leap year)."""
    if year is not None and not dt.MINYEAR <= year <= dt.MAXYEAR:
        return False  # "0000-01-01"
    if day is None or month is None:
        return True
    return day <= _days_in_month(year if year is not None else 2000, month)


# ----------------------------------------------------------------------------------------------------------
# Tables and the pattern, built once from dates.yaml


@dataclass(frozen=True)
class _Tables:
    """Lookup tables and the compiled pattern, built once from ``dates.yaml``."""

    pattern: re.Pattern[str]
    months: dict[str, tuple[int, bool]]  # lower-case form without dot -> (month, is_abbreviation)
    weekdays: dict[str, int]
    cues: dict[str, tuple[str, bool]]  # normalised form -> (cue, month_end)
    article_cue: str
    parts: dict[str, int | None]  # primo -> 1, medio -> 15, ultimo -> None (last day)
    after_year: re.Pattern[str]
    fraction: re.Pattern[str]
    phrases: frozenset[str]
    relative: re.Pattern[str]  # "i morgen", "på lørdag", a bare weekday (group "word")
    relative_days: dict[str, int]  # normalised "i morgen" -> 1
    past_intro: str  # "i" of "i fredags"
    past_suffix: str  # "s" of "i fredags"
    not_before_weekday: frozenset[str]  # "hver", "sidste": no bare weekday after them
    year_end: re.Pattern[str]  # "ved udgangen af året", "ved årets udgang" (group "intro")
    year_end_cues: dict[str, str]  # normalised intro ("" for none) -> the cue reported
    year_start: re.Pattern[str]  # "fra nytår", "ved årsskiftet" (group "intro")
    year_start_cues: dict[str, str]  # normalised intro -> the cue reported
    holiday: re.Pattern[str]  # "1. juledag", "nytårsaftensdag" (group "form")
    holidays: dict[str, tuple[int, int]]  # normalised form -> (day, month)
    holiday_not_after: frozenset[str]  # "den", "hver": a kind of day, no date
    holiday_keys: tuple[str, ...]  # the longest word of each holiday form: one must occur for the regex to run


def _norm(form: str) -> str:
    """Return a cue form lower-cased with single spaces."""
    return " ".join(form.lower().split())


def _trie(forms: dict[str, str]) -> str:
    """Return a regex matching any literal form (case as compiled), factored as a trie so a failing position
    costs one character test per level instead of one per form.

    Args:
        forms: literal form -> regex tail appended when the form ends there (e.g. ``"(?!\\w)"``). A space in a
            form matches any run of whitespace. Longer forms are tried before their prefixes.
    """
    root: dict[str, Any] = {}
    for form, tail in forms.items():
        node = root
        for char in " ".join(form.split()):
            node = node.setdefault(char, {})
        node[""] = tail
    return _emit(root)


def _emit(node: dict[str, Any]) -> str:
    """Return the regex of one trie node (children first, then the tail of a form ending here)."""
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _emit(child) for char, child in sorted(node.items()) if char
    ]
    if "" in node:
        branches.append(node[""])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _words(forms: list[str]) -> str:
    """Return a trie of whole words: ``\\s+`` after each word form, ``\\s*`` after an abbreviation dot."""
    return _trie({form.lower(): (r"\s*" if form.endswith(".") else r"\s+") for form in forms})


def _build_pattern(months: str, weekdays: str, cues: str, articles: str, parts: str) -> re.Pattern[str]:
    """Compile the single date pattern; every quantifier is bounded or over a disjoint class (linear time)."""
    # Not followed by more of a number: "1/3-20261", "1.3.2026.5", "2026/27", "1.3.2026..": a run of digits,
    # dots and slashes holds at most one date (at its end), so such a run yields no flood of matches.
    end = r"(?![\d/])(?![.,:-][\d./])"

    def year4(name: str) -> str:
        return r"(?:,?\s+(?P<" + name + r">\d{4})" + end + ")?"

    core = "|".join(
        [
            r"(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)" + end,
            r"(?P<dot_d>\d{1,2})\.(?P<dot_m>\d{1,2})\.(?:(?P<dot_y>\d{4}|\d\d)|(?!\w))" + end,
            r"(?P<sl_d>\d{1,2})/(?P<sl_m>\d{1,2})(?:[-/](?P<sl_y>\d{4}|\d\d)|[ ](?P<sl_y4>\d{4}))?" + end,
            r"(?P<tx_d>\d{1,2})(?:\.\s*|\s+)(?P<tx_m>" + months + ")" + year4("tx_y"),
            r"(?:(?P<part>" + parts + r"))?(?P<mo_m>" + months + ")" + year4("mo_y"),
            r"(?P<yr>\d{4})" + end,
        ]
    )
    prefix = (
        r"(?=\w)(?<!\w)"  # fast rejection of positions that cannot start a phrase
        r"(?P<cue>" + cues + r")?"
        r"(?:(?P<wd>" + weekdays + r"),?\s+)?"
        r"(?P<art>" + articles + r")?"
    )
    return re.compile(prefix + r"(?<![\w/])(?<!\d[.,:-])(?:" + core + ")", re.IGNORECASE)


def _word_list(words: list[str]) -> re.Pattern[str]:
    """Return a pattern matching optional whitespace then one of ``words`` as a whole word."""
    return re.compile(r"\s*" + _trie(dict.fromkeys((w.lower() for w in words), r"(?!\w)")), re.IGNORECASE)


@functools.cache
def _tables() -> _Tables:
    """Load ``dates.yaml`` and build the tables and the pattern (once per process).

    Raises:
        DataError: the file is missing, or an entry lacks a key or has a wrong type.
    """
    data = load_yaml(DATA_FILE)
    try:
        return _tables_from(data)
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
        raise DataError(f"malformed data file {DATA_FILE}: {type(exc).__name__}: {exc}") from exc


def _tables_from(data: dict[str, Any]) -> _Tables:
    """Build the tables from the parsed YAML (see ``dates.yaml`` for its shape)."""
    months: dict[str, tuple[int, bool]] = {}
    for entry in data["months"]:
        number = int(entry["month"])
        months.update({name.lower(): (number, False) for name in entry["names"]})
        months.update({abbr.lower(): (number, True) for abbr in entry["abbreviations"]})
    weekdays = {name.lower(): int(e["weekday"]) for e in data["weekdays"] for name in e["names"]}
    cues = {_norm(f): (str(e["cue"]), bool(e.get("month_end", False))) for e in data["cues"] for f in e["forms"]}
    article = data["day_article"]
    parts = {str(e["word"]).lower(): None if e["day"] == "last" else int(e["day"]) for e in data["month_parts"]}
    not_dates = data["not_dates"]
    pattern = _build_pattern(
        _trie({form: r"(?:\.|(?!\w))" if abbr else r"(?!\w)" for form, (_, abbr) in months.items()}),
        _trie(dict.fromkeys(weekdays, r"(?!\w)")),
        _words(list(cues)),
        _words(list(article["forms"])),
        _words(list(parts)),
    )
    relative_days = {_norm(w): int(e["days"]) for e in data["relative_days"] for w in e["words"]}
    day_words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(relative_days, key=len, reverse=True))
    intros = "|".join(re.escape(w.lower()) for w in data["weekday_intros"]["words"])
    past = data["past_weekdays"]
    past_days = rf"{re.escape(past['intro'])}\s+{_trie(dict.fromkeys(weekdays, ''))}{re.escape(past['suffix'])}"
    relative = re.compile(  # not before a date: "lørdag den 26. juli", "mandag 16. marts" are find_dates' own
        rf"(?<![\w.-])(?:(?P<cue>{_words(list(cues))}))?(?:(?:{intros})\s+)?"
        rf"(?P<word>{day_words}|{past_days}|{_trie(dict.fromkeys(weekdays, ''))})"
        r"(?![\w-])(?!\s*,?\s*(?:den\s|d\.\s?)?\d{1,2}[./])",
        re.IGNORECASE,
    )
    ends, intros = (
        "|".join(re.escape(f.lower()).replace(r"\ ", r"\s+") for f in sorted(data["year_end"][key], key=len)[::-1])
        for key in ("forms", "intros")
    )
    year_end = re.compile(rf"(?<!\w)(?:(?P<intro>{intros})\s+)?(?:{ends})(?!\w)", re.IGNORECASE)
    year_end_cues = {_norm(intro): str(cue) for intro, cue in data["year_end"]["intros"].items()}
    starts, start_intros = (
        "|".join(re.escape(f.lower()).replace(r"\ ", r"\s+") for f in sorted(data["year_start"][key], key=len)[::-1])
        for key in ("forms", "intros")
    )
    year_start = re.compile(rf"(?<!\w)(?P<intro>{start_intros})\s+(?:{starts})(?!\w)", re.IGNORECASE)
    holidays = {_norm(form): (int(h["day"]), int(h["month"])) for h in data["holidays"] for form in h["forms"]}
    forms = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(holidays, key=len, reverse=True))
    return _Tables(
        holiday=re.compile(rf"(?<![\w.])(?P<form>{forms})(?!\w)", re.IGNORECASE),
        holidays=holidays,
        holiday_not_after=frozenset(w.lower() for w in data["holiday_not_after"]["words"]),
        holiday_keys=tuple(sorted({max(re.findall(r"[^\W\d_]+", form), key=len) for form in holidays})),
        year_end=year_end,
        year_end_cues={"": str(data["year_end"]["cue"]), **year_end_cues},
        year_start=year_start,
        year_start_cues={_norm(intro): str(cue) for intro, cue in data["year_start"]["intros"].items()},
        relative=relative,
        relative_days=relative_days,
        past_intro=str(past["intro"]),
        past_suffix=str(past["suffix"]),
        not_before_weekday=frozenset(w.lower() for w in data["bare_weekday_not_after"]["words"]),
        pattern=pattern,
        months=months,
        weekdays=weekdays,
        cues=cues,
        article_cue=str(article["cue"]),
        parts=parts,
        after_year=_word_list(not_dates["after_year"]["words"]),
        fraction=_word_list(not_dates["fraction_words"]["words"]),
        phrases=frozenset(not_dates["phrases"]["words"]),
    )


# ----------------------------------------------------------------------------------------------------------
# From a regex match to a DateMatch


class _Parts(NamedTuple):
    """The date parts read from one match before the checks."""

    day: int | None
    month: int | None
    year: int | None
    precision: Precision
    month_end: bool = False


def _to_date(match: re.Match[str], tables: _Tables) -> DateMatch | None:
    """Turn a pattern match into a DateMatch, or None when the match is not a date after all."""
    groups = match.groupdict()
    cue_text = groups["cue"]
    cue, cue_month_end = tables.cues[_norm(cue_text)] if cue_text else (None, False)
    part = groups["part"].strip().lower() if groups["part"] else None
    dated = cue is not None or bool(groups["art"] or groups["wd"])
    parts = _read_parts(match, groups, tables, has_cue=cue is not None, part=part, dated=dated)
    if parts is None:
        return None
    if cue is None:
        cue = part or (tables.article_cue if groups["art"] else None)
    weekday = groups["wd"]
    return DateMatch(
        start=match.start(),
        end=match.end(),
        cue=cue,
        day=parts.day,
        month=parts.month,
        year=parts.year,
        precision=parts.precision,
        valid=_is_valid(parts.day, parts.month, parts.year),
        month_end=parts.month_end or (cue_month_end and parts.day is None),
        weekday=tables.weekdays[weekday.lower()] if weekday else None,
        text=match.group(0),
    )


_YEAR_BEFORE = re.compile(r"\d{4}\s$")
"""A year and a space right before a match: "1994 til 2021" closes a period (searched in the last
:data:`_YEAR_REACH` characters)."""
_YEAR_REACH = 5


def _read_parts(
    match: re.Match[str],
    groups: dict[str, str | None],
    tables: _Tables,
    *,
    has_cue: bool,
    part: str | None,
    dated: bool = False,
) -> _Parts | None:
    """Read day/month/year from whichever core alternative matched; None when it is not a date. ``dated``: a cue,
    an article or a weekday stands before the match ("den 15.10.": a year-less "d.m." needs one)."""
    if groups["sl_d"]:
        return _slash(match, groups, tables)
    if groups["tx_d"]:
        return _textual(groups, tables)
    if groups["dot_d"]:
        day, month, year = groups["dot_d"] or "", groups["dot_m"] or "", groups["dot_y"] or ""
        if not year and not dated:
            return None  # "15.10." alone may be a price or a time ("kl. 14.30."); "den 15.10." is a date
        if len(year) == 2 and (len(day) < 2 or len(month) < 2) and not has_cue:
            return None  # "1.3.26" without a cue reads like a version number; "01.03.26" is a date
        return _numeric(day, month, year)
    if groups["iso_y"]:
        return _numeric(groups["iso_d"] or "", groups["iso_m"] or "", groups["iso_y"])
    if groups["mo_m"]:
        return _month_only(groups, tables, has_cue=has_cue, part=part)
    bare = int(groups["yr"] or 0)
    lo, hi = BARE_YEAR_RANGE
    if not has_cue or not lo <= bare <= hi or tables.after_year.match(match.string, match.end()):
        return None  # "2026" alone, "i 2000 kroner", "fra 1994 til 2021" (a period)
    if _YEAR_BEFORE.search(match.string, max(0, match.start() - _YEAR_REACH), match.start()):
        return None  # "... 1994 til 2021": the end of a period
    return _Parts(None, None, bare, "year")


def _numeric(day: str, month: str, year: str | None) -> _Parts | None:
    """Return the parts of an all-digit date; None when day or month is out of range (not a date)."""
    d, m = int(day), int(month)
    if not (1 <= d <= 31 and 1 <= m <= 12):
        return None
    return _Parts(d, m, _expand_year(year) if year else None, "day")


def _slash(match: re.Match[str], groups: dict[str, str | None], tables: _Tables) -> _Parts | None:
    """Read "d/m", "d/m-yyyy", "d/m-yy", "d/m yyyy"; fixed phrases ("24/7") and fractions are not dates."""
    day, month, year = groups["sl_d"] or "", groups["sl_m"] or "", groups["sl_y"] or groups["sl_y4"]
    if year is None:
        if f"{day}/{month}" in tables.phrases:
            return None
        if tables.fraction.match(match.string, match.end()):
            return None  # "2/3 af afdelingen"
    return _numeric(day, month, year)


def _textual(groups: dict[str, str | None], tables: _Tables) -> _Parts | None:
    """Read "1. marts", "1. sept. 2026", "3 juli 2026"; an abbreviation without dot needs a year."""
    month_text = groups["tx_m"] or ""
    month, abbreviation = tables.months[month_text.rstrip(".").lower()]
    year = groups["tx_y"]
    if abbreviation and not month_text.endswith(".") and year is None:
        return None  # "1. jan" could be "1. Jan Hansen"
    day = int(groups["tx_d"] or 0)
    if not 1 <= day <= 31:
        return None
    return _Parts(day, month, int(year) if year else None, "day")


def _month_only(groups: dict[str, str | None], tables: _Tables, *, has_cue: bool, part: str | None) -> _Parts | None:
    """Read "marts 2026", "i okt. 2026", "primo marts 2026", "fra marts"; a year-less month needs a cue."""
    month_text = groups["mo_m"] or ""
    month, abbreviation = tables.months[month_text.rstrip(".").lower()]
    year = groups["mo_y"]
    if year is None and (not (has_cue or part) or abbreviation or month_text != month_text.lower()):
        return None  # "maj" alone, "fra Maj Hansen", "i jan"
    day = tables.parts[part] if part else None
    month_end = part is not None and day is None  # "ultimo"
    return _Parts(day, month, int(year) if year else None, "month", month_end)
