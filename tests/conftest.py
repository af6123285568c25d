"""Shared fixtures: one pipeline and extractor per test session (the spaCy pipeline loads once)."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings
from spacy.language import Language

from navnenyt.api import Extractor
from navnenyt.pipeline import load_pipeline

# The property tests run with a fixed seed, so every run (CI, README test command) replays the same examples and
# a red build always reproduces. NAVNENYT_EXPLORE=1 lets Hypothesis explore new examples instead.
settings.register_profile("fixed", derandomize=True, print_blob=True)
if not os.environ.get("NAVNENYT_EXPLORE"):
    settings.load_profile("fixed")


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
