"""Career-move lines "NAME: R1, O1 → R2, O2" (navnenyt.rules.moves), through navnenyt.extract."""

from __future__ import annotations

import datetime as dt

import pytest

import navnenyt

PAGE = (
    "Skift i branchen denne uge\n"
    "• Lotte Fabricius: Sales Director, Gadeberg Medical → VP Sales Nordics, Gadeberg Medical\n"
    "• Henrik Storm Aagesen: Produktchef, Vitalink ApS → Marketingchef, Orbion Diagnostics\n"
    "• Dorthe Kamp: Kvalitetschef, Sterimed A/S → pension\n"
)


def fields(text: str) -> list[tuple[str | None, ...]]:
    return [
        (r.kind.value, r.person, r.role, r.organisation, r.date.isoformat() if r.date else None, r.previous_role,
         r.previous_organisation)
        for r in navnenyt.extract(text, published=dt.date(2026, 11, 17))
    ]  # fmt: skip


def test_a_list_of_moves() -> None:
    assert fields(PAGE) == [
        ("promotion", "Lotte Fabricius", "VP Sales Nordics", "Gadeberg Medical", None, "Sales Director", None),
        ("new_job", "Henrik Storm Aagesen", "Marketingchef", "Orbion Diagnostics", None, "Produktchef",
         "Vitalink ApS"),
        ("retirement", "Dorthe Kamp", "Kvalitetschef", "Sterimed A/S", None, None, None),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Henrik Aagesen: Produktchef i Vitalink ApS → Marketingchef i Orbion Diagnostics (1. december)",
         [("new_job", "Henrik Aagesen", "Marketingchef", "Orbion Diagnostics", "2026-12-01", "Produktchef",
           "Vitalink ApS")]),
        ("Dorthe Kamp: Kvalitetschef, Sterimed A/S → pension pr. 31. december",
         [("retirement", "Dorthe Kamp", "Kvalitetschef", "Sterimed A/S", "2026-12-31", None, None)]),
        ("Mødet: kl. 10 → kl. 12 den 1. december", []),
    ],
)  # fmt: skip
def test_one_line(text: str, expected: list[tuple[str | None, ...]]) -> None:
    assert fields(text) == expected
