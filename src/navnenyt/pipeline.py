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
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.symbols import ORTH
from spacy.tokens import Doc, Span

from navnenyt.data_files import load_yaml
from navnenyt.errors import ModelError

MODEL_NAME = "da_navnenyt_ner"
CUES_KEY = "navnenyt_cues"
CUE_RULER = "navnenyt_cues"


def add_special_cases(nlp: Language) -> Language:
    """Add the tokenizer special cases of ``data/da/tokenizer_exceptions.yaml`` to ``nlp`` (in place).

    A form without a final full stop also gets "FORM." and "FORM," split as [FORM, "."] / [FORM, ","], so a company
    form before a full stop or comma stays whole; a form ending in "s" also gets the genitive "FORM'" (Danish writes
    "P/S' skatteafdeling"). Returns ``nlp``.
    """
    tokenizer: Any = nlp.tokenizer
    for item in load_yaml("tokenizer_exceptions.yaml")["keep_whole"]:
        form = item["form"]
        tokenizer.add_special_case(form, [{ORTH: form}])
        if not form.endswith("."):
            tokenizer.add_special_case(form + ".", [{ORTH: form}, {ORTH: "."}])
            tokenizer.add_special_case(form + ",", [{ORTH: form}, {ORTH: ","}])
        if form.endswith(("S", "s")):  # genitive "Bjerre & Kolding P/S' skatteafdeling"
            tokenizer.add_special_case(form + "'", [{ORTH: form}, {ORTH: "'"}])
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
            # The model's saved tokenizer is spaCy's Danish one plus the special cases added below; building it
            # from the config instead of also reading it from disk saves a second load of every exception.
            nlp = spacy.load(path, exclude=["tokenizer"])
        except Exception as exc:  # spaCy raises many types on a broken model directory
            raise ModelError(f"cannot load the NER model at {path}: {exc}") from exc
    add_special_cases(nlp)
    if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    ruler = nlp.add_pipe(CUE_RULER, name=CUE_RULER)
    ruler.add_patterns(cue_patterns())  # type: ignore[attr-defined]
    return nlp


@Language.factory(CUE_RULER)
def make_cue_ruler(nlp: Language, name: str) -> CueRuler:
    """spaCy factory of :class:`CueRuler` (``nlp.add_pipe("navnenyt_cues")``)."""
    return CueRuler(nlp)


class CueRuler:
    """Pipeline component: the trigger phrases of ``data/da/cues.yaml`` as labelled Spans in ``doc.spans[CUES_KEY]``.

    It gives what spaCy's ``SpanRuler`` gives with the same patterns (``phrase_matcher_attr="LOWER"``; a test
    compares the two), through the same spaCy ``PhraseMatcher`` and ``Matcher``, at a third of the cost per
    entry (measured: about 17 us -> 5 us for a 20-token entry). The SpanRuler runs its ``Matcher`` on every Doc,
    which creates a Token object per token even for three patterns, and enters a ``warnings`` context per
    call. Here the ``Matcher`` (patterns with "#" or "*") runs only when the PhraseMatcher has found every
    literal word of one of its patterns.

    Args:
        nlp: the pipeline; its tokenizer turns phrase patterns into Docs.
    """

    def __init__(self, nlp: Language) -> None:
        self.make_doc = nlp.make_doc
        self.strings = nlp.vocab.strings
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.labels: dict[int, tuple[str, str]] = {}  # match id -> (label, pattern id)
        self.anchors: set[int] = set()  # match ids of the literal words of the token patterns
        self.needs: list[frozenset[int]] = []  # per token pattern: the anchor ids that must all be present

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Add SpanRuler-style patterns: ``{"label", "id", "pattern"}``, the pattern a phrase (matched on
        LOWER) or a list of token dicts.

        Raises:
            ValueError: a token pattern has no ``LOWER`` word (it could match any Doc), or one of its words is not
                one token on its own.
        """
        for pattern in patterns:
            key = f"{pattern['label']}|{pattern['id']}"
            self.labels[self.strings.add(key)] = (pattern["label"], pattern["id"])
            if isinstance(pattern["pattern"], str):
                self.phrase_matcher.add(key, [self.make_doc(pattern["pattern"])])
                continue
            words = [tok["LOWER"] for tok in pattern["pattern"] if "LOWER" in tok]
            if not words:
                raise ValueError(f"token pattern {pattern['id']!r} has no LOWER word to look for")
            needed = set()
            for word in words:
                anchor_doc = self.make_doc(word)
                if len(anchor_doc) != 1:
                    raise ValueError(f"token pattern {pattern['id']!r}: its word {word!r} is not one token")
                anchor = f"anchor|{word}"
                anchor_id = self.strings.add(anchor)
                if anchor_id not in self.anchors:
                    self.anchors.add(anchor_id)
                    self.phrase_matcher.add(anchor, [anchor_doc])
                needed.add(anchor_id)
            self.matcher.add(key, [pattern["pattern"]])
            self.needs.append(frozenset(needed))

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.spans[CUES_KEY]`` to the cue spans of ``doc``, sorted and without duplicates; returns ``doc``."""
        matches = self.phrase_matcher(doc)
        present = {match_id for match_id, _, _ in matches if match_id in self.anchors}
        if present and any(needed <= present for needed in self.needs):
            matches += self.matcher(doc)
        found = {
            Span(doc, start, end, label=self.labels[match_id][0], span_id=self.labels[match_id][1])
            for match_id, start, end in matches
            if match_id not in self.anchors and start != end
        }
        doc.spans[CUES_KEY] = sorted(found)
        return doc


WILDCARDS = frozenset({"#", "*", "^"})
"""The wildcards of the cue phrase syntax: a number, any token, a capitalised word."""


def phrase_to_pattern(phrase: str) -> list[dict[str, Any]]:
    """Turn a cue phrase of ``cues.yaml`` into a spaCy token pattern ("#" = number, "*" = any token, "^" = a
    capitalised word)."""
    out: list[dict[str, Any]] = []
    for word in phrase.split():
        if word == "#":
            out.append({"LIKE_NUM": True})
        elif word == "*":
            out.append({})
        elif word == "^":
            out.append({"IS_TITLE": True})
        else:
            out.append({"LOWER": word})
    return out


def cue_patterns() -> list[dict[str, Any]]:
    """SpanRuler-style patterns for every cue of ``data/da/cues.yaml`` (:class:`CueRuler` takes them; so would
    spaCy's ``SpanRuler``): label = cue role, id = cue id.

    Plain phrases become phrase patterns (a PhraseMatcher on LOWER: fast); phrases with "#", "*" or "^" token
    patterns.
    """
    from navnenyt.lexicon import load_lexicon

    out: list[dict[str, Any]] = []
    for cue in load_lexicon().cues:
        words = cue.phrase.split()
        plain = not WILDCARDS.intersection(words)
        pattern: Any = cue.phrase if plain else phrase_to_pattern(cue.phrase)
        out.append({"label": cue.cue, "id": cue.id, "pattern": pattern})
    return out
