"""Tests of navnenyt.dates: the Danish notice-date normaliser and its data file ``data/da/dates.yaml``."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from typing import Any

import dateparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adversarial_cases import date_lines
from navnenyt import dates
from navnenyt.data_files import load_yaml
from navnenyt.dates import DateMatch, find_dates, find_relative_dates
from navnenyt.errors import DataError

PUBLISHED = dt.date(2026, 2, 10)


def only(text: str) -> DateMatch:
    """The single date phrase of ``text`` (fails when there are none or several)."""
    found = find_dates(text)
    assert len(found) == 1, f"{text!r}: {found}"
    return found[0]


# ---------------------------------------------------------------------------------------------------------
# Every form of the issue: (sentence, phrase found, ISO date resolved against PUBLISHED, precision, cue)

FORMS = [
    ("Hun tiltræder pr. 28. januar 2026.", "pr. 28. januar 2026", "2026-01-28", "day", "pr."),
    ("Han starter pr. 1/3 som it-chef.", "pr. 1/3", "2026-03-01", "day", "pr."),
    ("Hun tiltræder 1/3-2026.", "1/3-2026", "2026-03-01", "day", None),
    ("Han tiltræder 1.3.2026 som chef.", "1.3.2026", "2026-03-01", "day", None),
    ("Hun tiltræder 01.03.26 i afdelingen.", "01.03.26", "2026-03-01", "day", None),
    ("Lyngbakke A/S har pr. 01.12.2025 ansat Gitte.", "pr. 01.12.2025", "2025-12-01", "day", "pr."),
    ("Hun er ny direktør fra 1. marts.", "fra 1. marts", "2026-03-01", "day", "fra"),
    ("Han er ansat fra 22.06.2026.", "fra 22.06.2026", "2026-06-22", "day", "fra"),
    ("Med virkning fra 1. april er hun partner.", "Med virkning fra 1. april", "2026-04-01", "day", "med virkning fra"),
    (
        "Hun går på pension med udgangen af marts 2026.",
        "med udgangen af marts 2026",
        "2026-03-31",
        "month",
        "med udgangen af",
    ),
    ("Han fratræder ved udgangen af juni 2026.", "ved udgangen af juni 2026", "2026-06-30", "month", "med udgangen af"),
    (
        "Hun stopper udgangen af november 2026 efter 32 år.",
        "udgangen af november 2026",
        "2026-11-30",
        "month",
        "med udgangen af",
    ),
    ("Hun tiltræder primo marts 2026.", "primo marts 2026", "2026-03-01", "month", "primo"),
    ("Han starter medio marts 2026.", "medio marts 2026", "2026-03-15", "month", "medio"),
    ("Hun går på pension ultimo februar 2028.", "ultimo februar 2028", "2028-02-29", "month", "ultimo"),
    ("Han tiltræder 1. sept. 2026.", "1. sept. 2026", "2026-09-01", "day", None),
    ("Hun begynder i okt. 2026 som teamleder.", "i okt. 2026", "2026-10-01", "month", "i"),
    ("Systemet blev taget i brug marts 2026.", "marts 2026", "2026-03-01", "month", None),
    ("Karen Grønbæk døde den 3. juli, 90 år gammel.", "den 3. juli", "2026-07-03", "day", "den"),
    ("Hun kan søndag den 26. juli fejre 25 års jubilæum.", "søndag den 26. juli", "2026-07-26", "day", "den"),
    ("Hun fylder 60 år onsdag den 1. juli.", "onsdag den 1. juli", "2026-07-01", "day", "den"),
    ("Han er pr. 12/3-2025 ansat som CFO.", "pr. 12/3-2025", "2025-03-12", "day", "pr."),
    ("Hun har pr. 26/11-2026 fuldført uddannelsen.", "pr. 26/11-2026", "2026-11-26", "day", "pr."),
    ("Bruun kan den 1/10 fejre 25 års jubilæum.", "den 1/10", "2026-10-01", "day", "den"),
    ("Han tiltræder 1/7-2025 og kommer fra Vestbo.", "1/7-2025", "2025-07-01", "day", None),
    ("Han tiltræder 1/12 og kommer fra Vestbo.", "1/12", "2026-12-01", "day", None),
    ("Han tiltræder d. 1. maj som salgsdirektør.", "d. 1. maj", "2026-05-01", "day", "den"),
    ("Han er per 1. maj 2026 ansat som it-chef.", "per 1. maj 2026", "2026-05-01", "day", "per"),
    ("Hun er fra og med 1. maj direktør.", "fra og med 1. maj", "2026-05-01", "day", "fra og med"),
    ("Ændringen gælder fra 2026-05-01.", "fra 2026-05-01", "2026-05-01", "day", "fra"),
    ("Ændringen blev offentliggjort 2026-05-01.", "2026-05-01", "2026-05-01", "day", None),
    ("Han fylder 60 år i 2026.", "i 2026", "2026-01-01", "year", "i"),
    ("Hun har siden 2019 været kontorchef.", "siden 2019", "2019-01-01", "year", "siden"),
    ("Han går på pension pr. 2027.", "pr. 2027", "2027-01-01", "year", "pr."),
    ("Systemet skal køre inden udgangen af 2026.", "inden udgangen af 2026", "2026-12-31", "year", "inden udgangen af"),
    ("Der er reception 1. januar 2026 kl. 14.30 i kantinen.", "1. januar 2026", "2026-01-01", "day", None),
    ("Receptionen er fredag den 6. marts kl. 13:00.", "fredag den 6. marts", "2026-03-06", "day", "den"),
    ("Han starter Pr. 1/10 i Krarup.", "Pr. 1/10", "2026-10-01", "day", "pr."),
    ("Hun er ansat pr.1/3.", "pr.1/3", "2026-03-01", "day", "pr."),
    ("Hun er ansat f.o.m. 1. august 2026.", "f.o.m. 1. august 2026", "2026-08-01", "day", "fra og med"),
    ("Han er med virkning pr. 1. juni udnævnt.", "med virkning pr. 1. juni", "2026-06-01", "day", "med virkning fra"),
    ("Hun tiltræder fra den 1. maj.", "fra den 1. maj", "2026-05-01", "day", "fra"),
    ("Han skifter fra primo maj til Krarup.", "fra primo maj", "2026-05-01", "month", "fra"),
    ("Hun tiltræder i marts.", "i marts", "2026-03-01", "month", "i"),
    ("Han begynder 1. JUNI 2026.", "1. JUNI 2026", "2026-06-01", "day", None),
    ("Hun starter 3 juli 2026.", "3 juli 2026", "2026-07-03", "day", None),
    ("Han tiltræder 15. apr. 2026.", "15. apr. 2026", "2026-04-15", "day", None),
    ("Hun starter 1. jan 2027.", "1. jan 2027", "2027-01-01", "day", None),
    ("Han er konstitueret frem til 31. december 2026.", "frem til 31. december 2026", "2026-12-31", "day", "til"),
    ("Hun tiltræder pr. 1/3 2026.", "pr. 1/3 2026", "2026-03-01", "day", "pr."),
    ("Hun tiltræder 1. januar, 2027.", "1. januar, 2027", "2027-01-01", "day", None),
]


@pytest.mark.parametrize(("sentence", "phrase", "iso", "precision", "cue"), FORMS)
def test_form(sentence: str, phrase: str, iso: str, precision: str, cue: str | None) -> None:
    match = only(sentence)
    assert (match.text, sentence[match.start : match.end]) == (phrase, phrase)
    assert match.resolve(PUBLISHED) == dt.date.fromisoformat(iso)
    assert (match.precision, match.cue, match.valid) == (precision, cue, True)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("pr. 1/3", (1, 3, None, False)),
        ("01.03.26", (1, 3, 2026, False)),
        ("med udgangen af marts 2026", (None, 3, 2026, True)),
        ("ultimo marts", (None, 3, None, True)),
        ("medio maj 2026", (15, 5, 2026, False)),
        ("i 2026", (None, None, 2026, False)),
        ("inden udgangen af 2026", (None, None, 2026, True)),
        ("marts 2026", (None, 3, 2026, False)),
    ],
)
def test_printed_parts(text: str, parts: tuple[int | None, int | None, int | None, bool]) -> None:
    match = only(text)
    assert (match.day, match.month, match.year, match.month_end) == parts


@pytest.mark.parametrize(
    ("text", "weekday"), [("lørdag den 26. juli", 5), ("Onsdag, den 1. juli", 2), ("den 1. juli", None)]
)
def test_weekday(text: str, weekday: int | None) -> None:
    assert only(text).weekday == weekday


def test_several_dates_in_text_order_with_offsets() -> None:
    text = "Hun har siden 2019 været chef og tiltræder pr. 1/3-2026; reception fredag den 6. marts kl. 14.30."
    found = find_dates(text)
    assert [(m.text, m.cue) for m in found] == [
        ("siden 2019", "siden"),
        ("pr. 1/3-2026", "pr."),
        ("fredag den 6. marts", "den"),
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


# ---------------------------------------------------------------------------------------------------------
# Two-digit years, impossible dates


@pytest.mark.parametrize(
    ("text", "year"),
    [("01.03.26", 2026), ("1/3-00", 2000), ("1/3-69", 2069), ("1/3-70", 1970), ("31.12.99", 1999)],
)
def test_two_digit_year_pivot(text: str, year: int) -> None:
    assert only(text).year == year


@pytest.mark.parametrize(
    "text",
    [
        "31. juni 2026",
        "30/2",
        "pr. 30/2",
        "29. februar 2026",
        "31.04.2026",
        "31/9-2026",
        "2026-02-30",
        "den 31. november",
        "0000-01-01",
    ],
)
def test_impossible_date_is_invalid(text: str) -> None:
    match = only(text)
    assert match.valid is False
    assert match.resolve(PUBLISHED) is None
    assert match.resolve(PUBLISHED, past=True) is None


def test_leap_day_with_year_is_valid() -> None:
    assert only("29. februar 2028").resolve() == dt.date(2028, 2, 29)


# ---------------------------------------------------------------------------------------------------------
# Not dates: ages, durations, money, counts, clock times, bare numbers, version-like numbers


@pytest.mark.parametrize(
    "text",
    [
        "Han fylder 60 år.",
        "Hun har været i firmaet i 12 år.",
        "Gry Grønbæk, 45 år, er ansat.",
        "Han går på pension efter 32 år i virksomheden.",
        "Åse Brink Hvidbjerg (62) bliver Business Controller.",
        "Prisen er på 50.000 kr.",
        "Projektet har et budget på 114 millioner kroner.",
        "Vi når 80.000 it-professionelle.",
        "Hun kan fejre 25 års jubilæum.",
        "Mødet starter kl. 14.30.",
        "Prisen er 15.10. Det er billigt.",
        "Orkestret, som han ledede fra 1994 til 2021, har fået ny direktør.",
        "Mødet starter kl. 13:00.",
        "Firmaet blev stiftet 2019 i Aarhus.",
        "Han har 2026 kunder.",
        "Firmaet investerer i 2000 medarbejdere.",
        "Det koster pr. 1000 kr.",
        "Vi tilbyder support 24/7.",
        "Hun leder nu 2/3 af afdelingen.",
        "Opdater til version 1.3.26 i dag.",
        "Han kommer fra Maj Hansens team.",
        "Han har talt med Jan Hansen.",
        "Hun arbejdede på projektet 1. Jan Hansen var med.",
        "Beløbet er 1.000.000 kr. og 12.500.000 kr.",
        "Sæsonen 2026/27 starter snart.",
        "Hun har telefon 12 34 56 78 og 1/13 er ikke en dato.",
        "Han fylder 50 år torsdag.",
        "Den er 32. i rækken, 0/3 er 0.",
        "© 2026 Mediehuset Fjordpressen",
    ],
)
def test_not_a_date(text: str) -> None:
    assert find_dates(text) == []


def test_year_less_day_month_with_a_full_stop_needs_an_article_or_cue() -> None:
    match = only("Han tiltræder den 15.10. som indkøbsdirektør.")
    assert (match.text, match.resolve(PUBLISHED)) == ("den 15.10.", dt.date(2026, 10, 15))
    assert only("Hun starter pr. 1.9. i afdelingen.").resolve(PUBLISHED) == dt.date(2026, 9, 1)


def test_clock_time_is_not_part_of_the_date() -> None:
    match = only("Receptionen holdes 1. januar 2026 kl. 14.30.")
    assert match.text == "1. januar 2026"
    assert match.resolve(PUBLISHED) == dt.date(2026, 1, 1)
    assert type(match.resolve(PUBLISHED)) is dt.date  # a date, never a datetime


# ---------------------------------------------------------------------------------------------------------
# Year-less dates resolve against the publication date


@pytest.mark.parametrize(
    ("text", "published", "past", "iso"),
    [
        ("pr. 1/2", "2026-11-20", False, "2027-02-01"),  # year rollover forward
        ("døde den 28. december", "2026-01-05", True, "2025-12-28"),  # year rollover backward
        ("pr. 1/3", "2026-02-10", False, "2026-03-01"),
        ("pr. 1/3", "2026-03-01", False, "2026-03-01"),  # on the publication day itself
        ("døde den 3. januar", "2026-01-03", True, "2026-01-03"),
        ("døde den 3. januar", "2026-01-02", True, "2025-01-03"),
        ("fra 1. marts", "2026-03-02", False, "2027-03-01"),
        ("fylder 50 år den 3. marts", "2026-02-20", False, "2026-03-03"),
        ("med udgangen af marts", "2026-02-10", False, "2026-03-31"),
        ("med udgangen af marts", "2026-04-01", False, "2027-03-31"),
        ("med udgangen af februar", "2027-02-01", False, "2027-02-28"),
        ("i marts", "2026-03-15", False, "2026-03-01"),  # month dates compare by month
        ("i marts", "2026-04-15", False, "2027-03-01"),
        ("i december", "2026-01-15", True, "2025-12-01"),
        ("ultimo marts", "2026-03-20", True, "2026-03-31"),
        ("pr. 29/2", "2026-03-01", False, "2028-02-29"),  # next year that has 29 February
        ("døde den 29. februar", "2026-03-01", True, "2024-02-29"),
        ("pr. 29/2", "2028-02-29", False, "2028-02-29"),
        ("pr. 29/2", "2096-03-01", False, "2104-02-29"),  # 2100 is not a leap year
    ],
)
def test_year_less_resolution(text: str, published: str, past: bool, iso: str) -> None:
    match = only(text)
    assert match.year is None
    assert match.resolve(dt.date.fromisoformat(published), past=past) == dt.date.fromisoformat(iso)


def test_year_does_not_depend_on_published() -> None:
    match = only("pr. 1. maj 2025")
    assert match.resolve(dt.date(2026, 11, 20)) == match.resolve(dt.date(2020, 1, 1), past=True)


def test_published_datetime_and_default_today() -> None:
    match = only("pr. 1/2")
    assert match.resolve(dt.datetime(2026, 11, 20, 23, 59)) == dt.date(2027, 2, 1)
    today = dt.date.today()
    resolved = match.resolve()
    assert resolved is not None and today <= resolved < today.replace(day=1) + dt.timedelta(days=400)


# ---------------------------------------------------------------------------------------------------------
# Independent check: dateparser (languages=["da"], DMY) agrees on phrases its Danish data covers


@pytest.mark.parametrize(
    "phrase",
    [
        "28. januar 2026",
        "1.3.2026",
        "01.03.26",
        "22.06.2026",
        "2026-05-01",
        "1. Sep 2026",
        "12. dec. 2026",
        "1/3-2026",
        "12/3-2025",
        "01.12.2025",
        "3. juli 2026",
    ],
)
def test_agrees_with_dateparser(phrase: str) -> None:
    base = dt.datetime(2026, 2, 10)
    options: Any = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": base,
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    parsed = dateparser.parse(phrase, languages=["da"], settings=options)
    assert parsed is not None
    assert only(phrase).resolve(base.date()) == parsed.date()


# ---------------------------------------------------------------------------------------------------------
# Properties (hypothesis): every printed form of a valid date is found and resolves to it


FORMATS = [
    "pr. {d}. {name} {y}",
    "{d}/{m}-{y}",
    "{d:02}.{m:02}.{y}",
    "{d:02}.{m:02}.{yy:02}",
    "{y}-{m:02}-{d:02}",
    "den {d}/{m} {y}",
]
MONTH_NAMES = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2069, 12, 31)), st.sampled_from(FORMATS))
def test_every_format_round_trips(day: dt.date, fmt: str) -> None:
    text = (
        "Hun tiltræder "
        + fmt.format(d=day.day, m=day.month, y=day.year, yy=day.year % 100, name=MONTH_NAMES[day.month - 1])
        + " som chef."
    )
    assert only(text).resolve(dt.date(2000, 1, 1)) == day


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789./-: prdenmajuli", max_size=60))
def test_matches_are_ordered_disjoint_and_exact(text: str) -> None:
    found = find_dates(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert all(text[m.start : m.end] == m.text and m.start < m.end for m in found)
    for m in found:  # resolving never raises, whatever the parts
        m.resolve(dt.date(2026, 2, 10))
        m.resolve(dt.date(2026, 2, 10), past=True)


# ---------------------------------------------------------------------------------------------------------
# Safety bound: linear time on adversarial 1 MB lines of digits, dots and slashes


@pytest.mark.timeout(60)  # a hang guard (about 50 times the usual time); figures: benchmarks/adversarial_speed.py
@pytest.mark.parametrize(("name", "line"), list(date_lines()), ids=lambda v: v if len(v) < 20 else "")
def test_adversarial_line_holds_at_most_one_date(name: str, line: str) -> None:
    assert len(find_dates(line)) <= 1, name  # a run of digits, dots and slashes holds at most one date (at its end)


# ---------------------------------------------------------------------------------------------------------
# The data file: well-formed, and every example sentence does what its entry says


def data() -> dict[str, Any]:
    loaded: dict[str, Any] = load_yaml(dates.DATA_FILE)
    return loaded


def test_data_covers_every_month_and_weekday_once() -> None:
    assert sorted(e["month"] for e in data()["months"]) == list(range(1, 13))
    assert sorted(e["weekday"] for e in data()["weekdays"]) == list(range(7))
    forms = [f.lower() for e in data()["months"] for f in e["names"] + e["abbreviations"]]
    assert len(forms) == len(set(forms))
    cue_forms = [f.lower() for e in data()["cues"] for f in e["forms"]]
    assert len(cue_forms) == len(set(cue_forms))


def test_year_end_intros_report_known_cues() -> None:
    known = {e["cue"] for e in data()["cues"]}
    year_end = data()["year_end"]
    assert {year_end["cue"], *year_end["intros"].values()} <= known
    assert set(data()["year_start"]["intros"].values()) <= known


@pytest.mark.parametrize(
    ("sentence", "published", "iso"),
    [
        ("Fredag den 7. februar havde vi stor dag i kantinen.", "2025-02-10", "2025-02-07"),  # a Friday in 2025
        ("Ved sommerafslutningen fredag den 26. juni tog vi afsked.", "2026-06-29", "2026-06-26"),
        ("Hun fylder 60 år onsdag den 1. juli.", "2026-06-29", "2026-07-01"),
        ("Hun fylder 60 år lørdag den 30. februar.", "2026-06-29", None),  # (no such day)
    ],
)
def test_printed_weekday_picks_the_year(sentence: str, published: str, iso: str | None) -> None:
    (match,) = find_dates(sentence)
    day = match.resolve(dt.date.fromisoformat(published))
    assert (day.isoformat() if day else None) == iso


def test_year_start_needs_an_intro() -> None:
    assert find_dates("Vi ønsker alle et godt nytår.") == []
    (start,) = find_dates("Hun tiltræder pr. årsskiftet.")
    assert (start.cue, start.text, start.resolve(dt.date(2025, 12, 1))) == (
        "pr.",
        "pr. årsskiftet",
        dt.date(2026, 1, 1),
    )


def example_cases() -> Iterator[tuple[str, str, Any]]:
    """(section, example sentence, expected value) for every entry example of dates.yaml."""
    yaml_data = data()
    for entry in yaml_data["months"]:
        yield from (("month", ex, entry["month"]) for ex in entry["examples"])
    for entry in yaml_data["weekdays"]:
        yield from (("weekday", ex, entry["weekday"]) for ex in entry["examples"])
    for entry in yaml_data["cues"]:
        yield from (("cue", ex, entry["cue"]) for ex in entry["examples"])
    yield from (("cue", ex, yaml_data["day_article"]["cue"]) for ex in yaml_data["day_article"]["examples"])
    for entry in yaml_data["month_parts"]:
        yield from (("part", ex, entry) for ex in entry["examples"])
    for name, entry in yaml_data["not_dates"].items():
        yield from ((f"not_dates.{name}", ex, None) for ex in entry["examples"])
    for entry in yaml_data["relative_days"]:
        yield from (("relative", ex, entry["days"]) for ex in entry["examples"])
    yield from (("not_weekday", ex, None) for ex in yaml_data["bare_weekday_not_after"]["examples"])
    yield from (("weekday_intro", ex, None) for ex in yaml_data["weekday_intros"]["examples"])
    yield from (("year_end", ex, None) for ex in yaml_data["year_end"]["examples"])
    yield from (("year_start", ex, None) for ex in yaml_data["year_start"]["examples"])
    yield from (("past_weekday", ex, None) for ex in yaml_data["past_weekdays"]["examples"])
    yield from (("not_holiday", ex, None) for ex in yaml_data["holiday_not_after"]["examples"])
    for entry in yaml_data["holidays"]:
        yield from (("holiday", ex, entry) for ex in entry["examples"])


@pytest.mark.parametrize(("section", "example", "expected"), list(example_cases()))
def test_data_example(section: str, example: str, expected: Any) -> None:
    if section == "weekday_intro":  # the intro word is part of the day phrase
        (day,) = find_relative_dates(example)
        intros = data()["weekday_intros"]["words"]
        assert day.weekday is not None and day.text.split()[0].lower() in intros
        return
    if section == "past_weekday":  # "i fredags" published on Tuesday 10 February 2026: Friday 6 February
        (day,) = find_relative_dates(example)
        assert day.last and day.resolve(dt.date(2026, 2, 10)) == dt.date(2026, 2, 6)
        assert day.resolve(dt.date(2026, 2, 6)) == dt.date(2026, 1, 30)  # on a Friday: the Friday before
        return
    if section in {"relative", "not_weekday"}:
        relative = find_relative_dates(example)
        assert [m.relative_days for m in relative] == ([expected] if section == "relative" else [])
        return
    found = find_dates(example)
    if section == "year_end":  # 31 December of the publication year
        assert [m.resolve(dt.date(2025, 9, 23)) for m in found] == [dt.date(2025, 12, 31)]
        return
    if section == "year_start":  # the next 1 January; the last one before publication for a past event
        assert [m.resolve(dt.date(2025, 9, 23)) for m in found] == [dt.date(2026, 1, 1)]
        assert [m.resolve(dt.date(2026, 2, 3), past=True) for m in found] == [dt.date(2026, 1, 1)]
        return
    if section == "not_holiday":
        assert found == []
        return
    if section == "holiday":  # its day and month, the next one on or after publication
        assert [(m.day, m.month, m.resolve(dt.date(2025, 9, 23)).month) for m in found] == [
            (expected["day"], expected["month"], expected["month"])
        ]
        return
    if section.startswith("not_dates"):
        assert found == []
        return
    assert found, f"no date in {example!r}"
    assert all(m.valid for m in found)
    if section == "month":
        assert expected in {m.month for m in found}
    elif section == "weekday":
        assert expected in {m.weekday for m in found}
    elif section == "cue":
        assert expected in {m.cue for m in found}
    else:
        day = 31 if expected["day"] == "last" else expected["day"]
        assert any(m.cue == expected["word"] and (m.resolve() or dt.date.min).day == day for m in found)


def test_malformed_data_raises_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "load_yaml", lambda name: {"months": [{"month": 1}]})
    dates._tables.cache_clear()
    try:
        with pytest.raises(DataError, match=r"dates\.yaml"):
            find_dates("pr. 1/3")
    finally:
        monkeypatch.undo()
        dates._tables.cache_clear()
    assert only("pr. 1/3").month == 3


@pytest.mark.parametrize(
    ("text", "past", "expected"),
    [
        ("Poul Vindahl fylder 70 år på lørdag.", False, dt.date(2026, 3, 14)),  # published Thursday 12 March
        ("Anja Gram fylder 50 år søndag.", False, dt.date(2026, 3, 15)),
        ("Det er på mandag 25 år siden, at hun blev ansat.", False, dt.date(2026, 3, 16)),
        ("Han fylder 60 år torsdag.", False, dt.date(2026, 3, 12)),  # the publication day itself
        ("Hun blev fredag aften kåret som årets ildsjæl.", True, dt.date(2026, 3, 6)),
        ("I morgen fylder Inge Bundgaard 90 år.", False, dt.date(2026, 3, 13)),
        ("Ole Holm fylder i dag 80 år.", False, dt.date(2026, 3, 12)),
    ],
)
def test_relative_dates_resolve_from_the_publication_date(text: str, past: bool, expected: dt.date) -> None:
    (found,) = find_relative_dates(text)
    assert found.resolve(dt.date(2026, 3, 12), past=past) == expected
    assert found.precision == "day" and text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text",
    ["Hun fylder 50 år lørdag den 14. marts.", "mandag 16. marts", "Han træner hver onsdag.", "sidste lørdag",
     "i dagene efter", "fredag-lørdag"],
)  # fmt: skip
def test_weekdays_of_full_dates_and_habits_are_no_relative_dates(text: str) -> None:
    assert find_relative_dates(text) == []
