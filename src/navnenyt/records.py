"""The output contract: pydantic v2 models of one people-news record.

Records are serialised only through ``Entry.model_dump(mode="json")``.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field


class EntryKind(str, Enum):
    """Kind of a people-news entry."""

    new_job = "new_job"
    promotion = "promotion"
    completed_education = "completed_education"
    board_appointment = "board_appointment"
    anniversary = "anniversary"
    birthday = "birthday"
    retirement = "retirement"
    departure = "departure"
    obituary = "obituary"
    award = "award"
    other = "other"


class DatePrecision(str, Enum):
    """How much of ``Entry.date`` was printed: a day, only a month (day set to 1 or month end), or a year."""

    day = "day"
    month = "month"
    year = "year"


class Education(BaseModel):
    """A completed programme: "fuldført uddannelsen PROGRAMME, linjen i SPECIALISATION på INSTITUTION via VIA"."""

    model_config = ConfigDict(extra="forbid")

    programme: str | None = None
    specialisation: str | None = None
    institution: str | None = None
    via: str | None = None


class Entry(BaseModel):
    """One people-news record: one person, one event.

    Strings are as written in the source, trimmed, without trailing punctuation (the line break of a hard-wrapped
    line inside one reads as a space); absent slots are ``None``.
    ``text == input[start:end]`` where ``input`` is the decoded text given to :func:`navnenyt.extract`
    (character offsets, not bytes).
    """

    model_config = ConfigDict(extra="forbid")

    kind: EntryKind
    label: str | None = Field(None, description='Category word printed with the entry, e.g. "Nyt job".')
    person: str
    organisation: str | None = None
    role: str | None = None
    date: dt.date | None = Field(None, description="Effective date (ISO 8601).")
    date_precision: DatePrecision | None = None
    previous_role: str | None = None
    previous_organisation: str | None = None
    education: Education | None = None
    years: int | None = Field(None, description="Anniversary: years of service.")
    age: int | None = Field(None, description="Birthday or obituary: age in years.")
    award: str | None = Field(None, description="Award: the prize's name as written.")
    text: str = Field(description="The entry's source text.")
    start: int = Field(ge=0, description="Character offset of the entry in the input.")
    end: int = Field(ge=0, description="Character offset just past the entry in the input.")
