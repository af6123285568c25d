"""Build the spaCy ``Language`` once: Danish tokenizer with special cases, the bundled NER model, components.

The NER model is ``models/da_navnenyt_ner`` (trained by ``navnenyt train``, CC BY-SA 4.0 data); when it is
not installed the pipeline runs with rules only.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
import yaml
from spacy.language import Language
from spacy.symbols import ORTH

from navnenyt.errors import DataError, ModelError

MODEL_NAME = "da_navnenyt_ner"
CUES_KEY = "navnenyt_cues"


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader, the libyaml C version when installed (PyPI wheels include it)."""


def data_path(name: str) -> Path:
    """Return the path of a packaged Danish data file, e.g. ``data_path("triggers.yaml")``."""
    return Path(str(resources.files("navnenyt") / "data" / "da" / name))


@functools.cache
def load_yaml(name: str) -> Any:
    """Load a packaged YAML data file (cached), with libyaml's C loader when PyYAML has it (5-10x faster).

    Raises:
        DataError: the file is missing or not valid YAML.
    """
    try:
        with data_path(name).open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=SAFE_LOADER)  # a safe loader (C or Python)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"cannot read packaged data file {name}: {exc}") from exc


def add_special_cases(nlp: Language) -> Language:
    """Add the tokenizer special cases of ``data/da/tokenizer_exceptions.yaml`` to ``nlp`` (in place).

    A form without a final full stop also gets "FORM." split as [FORM, "."], so a sentence-final company form
    stays whole. Returns ``nlp``.
    """
    tokenizer: Any = nlp.tokenizer
    for item in load_yaml("tokenizer_exceptions.yaml")["keep_whole"]:
        form = item["form"]
        tokenizer.add_special_case(form, [{ORTH: form}])
        if not form.endswith("."):
            tokenizer.add_special_case(form + ".", [{ORTH: form}, {ORTH: "."}])
    return nlp


def model_path() -> Path | None:
    """Return the directory of the bundled NER model, or None when it is not installed.

    Looks in the installed package (``navnenyt/models/``) first, then in the source checkout's ``models/``.
    """
    candidates = [
        Path(str(resources.files("navnenyt") / "models" / MODEL_NAME)),
        Path(__file__).resolve().parents[2] / "models" / MODEL_NAME,
    ]
    for path in candidates:
        if (path / "meta.json").is_file():
            return path
    return None


@functools.cache
def load_pipeline(use_model: bool = True) -> Language:
    """Return the shared spaCy pipeline (built once per process).

    Args:
        use_model: load the bundled NER model when it is installed; False gives a blank Danish tokenizer.

    Raises:
        ModelError: the model directory exists but cannot be loaded.
    """
    path = model_path() if use_model else None
    if path is None:
        nlp = spacy.blank("da")
    else:
        try:
            nlp = spacy.load(path)
        except Exception as exc:  # spaCy raises many types on a broken model directory
            raise ModelError(f"cannot load the NER model at {path}: {exc}") from exc
    add_special_cases(nlp)
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    config = {"spans_key": CUES_KEY, "validate": True, "phrase_matcher_attr": "LOWER"}
    ruler = nlp.add_pipe("span_ruler", name="navnenyt_cues", config=config)
    ruler.add_patterns(cue_patterns())  # type: ignore[attr-defined]
    return nlp


def phrase_to_pattern(phrase: str) -> list[dict[str, Any]]:
    """Turn a cue phrase of ``cues.yaml`` into a spaCy token pattern ("#" = number, "*" = any token)."""
    out: list[dict[str, Any]] = []
    for word in phrase.split():
        if word == "#":
            out.append({"LIKE_NUM": True})
        elif word == "*":
            out.append({})
        else:
            out.append({"LOWER": word})
    return out


def cue_patterns() -> list[dict[str, Any]]:
    """SpanRuler patterns for every cue of ``data/da/cues.yaml``: label = cue role, id = cue id.

    Plain phrases become phrase patterns (a PhraseMatcher on LOWER: fast); phrases with "#" or "*" token patterns.
    """
    from navnenyt.lexicon import load_lexicon

    out: list[dict[str, Any]] = []
    for cue in load_lexicon().cues:
        words = cue.phrase.split()
        plain = "#" not in words and "*" not in words
        pattern: Any = cue.phrase if plain else phrase_to_pattern(cue.phrase)
        out.append({"label": cue.cue, "id": cue.id, "pattern": pattern})
    return out
