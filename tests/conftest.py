"""Shared fixtures: one pipeline and extractor per test session (the spaCy pipeline loads once)."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings
from spacy.language import Language

from navnenyt.api import Extractor
from navnenyt.pipeline import load_pipeline

# CI (CI=true) runs the property tests with a fixed seed, so a red build always replays; locally they explore.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()
