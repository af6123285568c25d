"""Error hierarchy of navnenyt.

The CLI maps these to exit code 2 with a one-line message; batch runs turn them into error records.
"""

from __future__ import annotations


class NavnenytError(Exception):
    """Base class of every error navnenyt raises on purpose."""


class InputError(NavnenytError):
    """Input that cannot be read as text: missing path, directory, binary file, undecodable bytes, bomb."""


class ModelError(NavnenytError):
    """The bundled spaCy NER model is missing or cannot be loaded."""


class DataError(NavnenytError):
    """A packaged Danish data file (``navnenyt/data/da``) is missing or malformed."""
