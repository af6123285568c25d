"""navnenyt: Danish people-news ("Navnenyt") extraction as validated records.

>>> import navnenyt
>>> records = navnenyt.extract("Mads Krog er pr. 1. april 2026 ansat som indkøbschef i Lunde A/S.")
"""

from navnenyt.api import Extractor, extract
from navnenyt.batch import extract_many
from navnenyt.records import Education, Entry, EntryKind

__all__ = ["Education", "Entry", "EntryKind", "Extractor", "extract", "extract_many"]
__version__ = "0.1.0"
