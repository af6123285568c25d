"""Records as plain tuples, for tests that compare whole outputs of :func:`navnenyt.extract` with expected lists."""

from __future__ import annotations

import datetime as dt

import navnenyt

Move = tuple[str, str, str | None, str | None, str | None, str | None, str | None]
"""(kind, person, role, organisation, ISO 8601 date, previous role, previous organisation) of one record."""


def moves(text: str, published: dt.date) -> list[Move]:
    """The :data:`Move` of each record :func:`navnenyt.extract` gives for ``text`` published on ``published``."""
    return [
        (
            r.kind.value,
            r.person,
            r.role,
            r.organisation,
            r.date.isoformat() if r.date else None,
            r.previous_role,
            r.previous_organisation,
        )
        for r in navnenyt.extract(text, published=published)
    ]
