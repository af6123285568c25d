"""The packaged Danish data files (``src/navnenyt/data/da/*.yaml``): where they are and how they load.

Kept apart from :mod:`navnenyt.pipeline` so that the cheap-first scan (:mod:`navnenyt.lexicon`) can load its
tables without importing spaCy: a batch run reads and scans documents while spaCy is still being imported.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from navnenyt.errors import DataError

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader, the libyaml C version when installed (PyPI wheels include it)."""


def data_path(name: str) -> Path:
    """Return the path of a packaged Danish data file, e.g. ``data_path("cues.yaml")``."""
    return Path(str(resources.files("navnenyt") / "data" / "da" / name))


@functools.cache
def load_yaml(name: str) -> Any:
    """Load a packaged YAML data file (cached), with libyaml's C loader when PyYAML has it (5-10x faster).

    Args:
        name: the file name inside ``data/da``, e.g. ``"cues.yaml"``.

    Returns:
        the parsed YAML (dicts, lists, strings, numbers); shared between callers, so do not mutate it.

    Raises:
        DataError: the file is missing or not valid YAML.
    """
    try:
        with data_path(name).open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=SAFE_LOADER)  # a safe loader (C or Python)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"cannot read packaged data file {name}: {exc}") from exc
