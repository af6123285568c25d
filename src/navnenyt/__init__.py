"""navnenyt: Danish people-news ("Navnenyt") extraction as validated records.

>>> import navnenyt
>>> records = navnenyt.extract("Mads Krog er pr. 1. april 2026 ansat som indkøbschef i Lunde A/S.")

The names below load on first use (PEP 562), so ``import navnenyt.batch`` or ``import navnenyt.lexicon`` does not
import spaCy: a batch run starts reading and scanning documents while spaCy is still being imported.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from navnenyt.api import Extractor, extract
    from navnenyt.batch import extract_many
    from navnenyt.records import Education, Entry, EntryKind

__all__ = ["Education", "Entry", "EntryKind", "Extractor", "extract", "extract_many"]
__version__ = "0.1.0"

_HOMES = {
    "Education": "navnenyt.records",
    "Entry": "navnenyt.records",
    "EntryKind": "navnenyt.records",
    "Extractor": "navnenyt.api",
    "extract": "navnenyt.api",
    "extract_many": "navnenyt.batch",
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use (``navnenyt.extract`` -> ``navnenyt.api.extract``).

    Raises:
        AttributeError: ``name`` is not one of :data:`__all__`.
    """
    if name not in _HOMES:
        raise AttributeError(f"module 'navnenyt' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOMES[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the lazy public ones included."""
    return sorted({*globals(), *__all__})
