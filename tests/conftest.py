"""Shared fixtures: one pipeline and extractor per test session (the spaCy pipeline loads once)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from navnenyt.api import Extractor
from navnenyt.pipeline import load_pipeline


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
