"""Synthetic people-news sentences for NER training ("domain help" of issue 3).

Templates and word lists: ``data/da/synthetic_templates.yaml`` (written for navnenyt; no name or sentence of the
evaluation corpus). Person names: the Danmarks Statistik 2023 first-name and surname lists
(:mod:`navnenyt.training.names`), sampled in proportion to the square root of their counts so that rarer names
also appear. Municipality names: ``dk_municipalities/kommunerne.json`` in the data directory (MIT), when present.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from navnenyt.data_files import load_yaml
from navnenyt.training.corpus import Sentence
from navnenyt.training.names import NameLists

TEMPLATES_FILE = "synthetic_templates.yaml"
SLOT = re.compile(r"\{(\w+)\}")
ENTITY_SLOTS = {"per": "PER", "per2": "PER", "org": "ORG", "org2": "ORG", "institution": "ORG", "town": "LOC"}
FALLBACK_TOWNS = ["Aarhus", "Odense", "Aalborg", "Esbjerg", "Randers", "Kolding", "Horsens", "Vejle", "Roskilde"]


@dataclass(frozen=True)
class Example:
    """A generated sentence.

    Attributes:
        text: the sentence.
        spans: ``(start, end, label)`` character offsets of its entities (PER, ORG, LOC).
    """

    text: str
    spans: list[tuple[int, int, str]]


class Generator:
    """Fill the templates of ``synthetic_templates.yaml`` with random names (seeded, reproducible).

    Args:
        names: the DST name lists (title-cased).
        seed: random seed.
        towns: municipality names for ``{town}`` and "X Kommune"; a small built-in list when None.
        min_count: only names carried by at least this many people are used.
    """

    def __init__(self, names: NameLists, seed: int = 0, towns: list[str] | None = None, min_count: int = 20):
        self.data: dict[str, Any] = load_yaml(TEMPLATES_FILE)
        self.rng = random.Random(seed)
        skip = set(self.data["skip_names"])
        self.pools = {
            key: _weighted([(n, c) for n, c in pool if c >= min_count and n not in skip])
            for key, pool in (("male", names.male), ("female", names.female), ("surname", names.surnames))
        }
        org = self.data["org"]
        self.stems = [p + s for p in org["stem_prefixes"] for s in org["stem_suffixes"]]
        self.towns = towns or FALLBACK_TOWNS

    def _pick(self, key: str) -> str:
        """Draw a name from a weighted pool."""
        names, weights = self.pools[key]
        return self.rng.choices(names, cum_weights=weights, k=1)[0]

    def person(self) -> tuple[str, str]:
        """Return ``(full name, gender)`` with gender ``male``/``female``; 1-2 first names, 1-2 surnames."""
        gender = self.rng.choice(("male", "female"))
        parts = [self._pick(gender)]
        roll = self.rng.random()
        if roll < 0.15:
            parts.append(self._pick(gender))
        elif roll < 0.5:
            parts.append(self._pick("surname"))
        surname = self._pick("surname")
        if self.rng.random() < 0.04:
            surname = f"{self.rng.choice(self.data['particles'])} {surname}"
        elif self.rng.random() < 0.08:
            surname = f"{surname}-{self._pick('surname')}"
        parts.append(surname)
        return " ".join(parts), gender

    def organisation(self) -> str:
        """Return a generated organisation name (company, public body or person-named firm)."""
        org = self.data["org"]
        kinds = list(org["kind_weights"])
        kind = self.rng.choices(kinds, weights=[org["kind_weights"][k] for k in kinds], k=1)[0]
        if kind == "public":
            return self._fill_simple(self.rng.choice(org["public"]))
        if kind == "person":
            return self._fill_simple(self.rng.choice(org["person_patterns"]))
        words = [self.rng.choice(self.stems)]
        if self.rng.random() < 0.85:
            words.append(self.rng.choice(org["sectors"]))
        if self.rng.random() < 0.15:
            words.append(self.rng.choice(org["sectors"]))
        if self.rng.random() < org["form_rate"]:
            words.append(self.rng.choice(org["forms"]))
        return " ".join(words)

    def _fill_simple(self, pattern: str) -> str:
        """Fill the name slots of an organisation or institution pattern."""
        values = {
            "stem": self.rng.choice(self.stems),
            "town": self.rng.choice(self.towns),
            "region": self.rng.choice(self.data["org"]["regions"]),
            "surname": self._pick("surname"),
            "surname2": self._pick("surname"),
            "first": self._pick(self.rng.choice(("male", "female"))),
            "sector": self.rng.choice(self.data["org"]["sectors"]),
            "field": self.rng.choice(self.data["org"]["fields"]),
        }
        return SLOT.sub(lambda m: values[m.group(1)], pattern)

    def date(self) -> str:
        """Return a Danish date in one of the notice styles ("1. marts 2026", "1/3", "01.03.2026")."""
        day, month, year = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.randint(2019, 2027)
        style = self.rng.randrange(4)
        if style == 0:
            return f"{day}. {self.data['months'][month - 1]} {year}"
        if style == 1:
            return f"{day}. {self.data['months'][month - 1]}"
        if style == 2:
            return f"{day}/{month}"
        return f"{day:02d}.{month:02d}.{year}"

    def sentence(self, template: str | None = None) -> Example:
        """Fill ``template`` (a random one when None) and return the text with its entity spans."""
        template = template or self.rng.choice(self.data["templates"])
        person, gender = self.person()
        d = self.data
        values: dict[str, str] = {
            "per": person,
            "per2": self.person()[0],
            "org": self.organisation(),
            "org2": self.organisation(),
            "institution": self._fill_simple(self.rng.choice(d["institutions"])),
            "town": self.rng.choice(self.towns),
            "Pron": "Han" if gender == "male" else "Hun",
            "pron": "han" if gender == "male" else "hun",
            "role": (role := self.rng.choice(d["roles"])),
            "Role": role[:1].upper() + role[1:],
            "role2": self.rng.choice(d["roles"]),
            "unit": self.rng.choice(d["units"]),
            "programme": self.rng.choice(d["programmes"]),
            "degree": self.rng.choice(d["degrees"]),
            "award": self.rng.choice(d["awards"]),
            "label": self.rng.choice(d["labels"]),
            "month": f"{self.rng.choice(d['months'])} {self.rng.randint(2020, 2027)}",
            "weekday": self.rng.choice(d["weekdays"]),
            "date": self.date(),
            "day": self.date().rsplit(" ", 1)[0] if self.rng.random() < 0.5 else self.date(),
            "age": str(self.rng.choice([30, 40, 50, 60, 70, 75, 80, 85, 90, self.rng.randint(25, 95)])),
            "years": str(self.rng.choice([10, 12, 25, 30, 40, self.rng.randint(5, 45)])),
            "year": str(self.rng.randint(1995, 2025)),
        }
        return fill(template, values)

    def document(self, max_sentences: int = 4) -> Example:
        """Return 1-``max_sentences`` sentences joined by line breaks, sometimes under a heading line."""
        parts = [self.sentence() for _ in range(self.rng.randint(1, max_sentences))]
        if self.rng.random() < 0.4:
            parts.insert(0, Example(self.rng.choice(self.data["headings"]), []))
        if self.rng.random() < 0.2:
            parts.append(Example(self.rng.choice(self.data["headings"]), []))
        return join(parts, [self.rng.choice(self.data["separators"]) for _ in parts[1:]])


def join(parts: list[Example], separators: list[str]) -> Example:
    """Concatenate examples with ``separators[i]`` between part i and i+1, shifting their spans."""
    text = parts[0].text
    spans = list(parts[0].spans)
    for sep, part in zip(separators, parts[1:], strict=True):
        offset = len(text) + len(sep)
        text += sep + part.text
        spans += [(start + offset, end + offset, label) for start, end, label in part.spans]
    return Example(text, spans)


def fill(template: str, values: dict[str, str]) -> Example:
    """Substitute ``{slot}`` values into ``template`` and record the entity slots' character spans.

    Args:
        template: text with ``{slot}`` markers.
        values: a value for every slot of the template.

    Returns:
        the filled :class:`Example`; spans of ``ENTITY_SLOTS`` slots in text order.

    Raises:
        KeyError: a slot has no value.
    """
    out: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = length = 0
    for match in SLOT.finditer(template):
        literal = template[pos : match.start()]
        out.append(literal)
        length += len(literal)
        value = values[match.group(1)]
        if match.group(1) in ENTITY_SLOTS:
            spans.append((length, length + len(value), ENTITY_SLOTS[match.group(1)]))
        out.append(value)
        length += len(value)
        pos = match.end()
    out.append(template[pos:])
    return Example("".join(out), spans)


def _weighted(pool: list[tuple[str, int]]) -> tuple[list[str], list[float]]:
    """Names and cumulative square-root weights for ``random.choices``."""
    names, weights, total = [], [], 0.0
    for name, count in pool:
        total += count**0.5
        names.append(name)
        weights.append(total)
    return names, weights


def load_towns(data_dir: Path) -> list[str]:
    """Return Danish municipality names from ``dk_municipalities/kommunerne.json`` (+ Helsingør, Aarhus).

    SOURCE.md of that folder: 97 of 98 municipalities, Aarhus spelled "Århus"; both are fixed here.
    Returns an empty list when the file is missing.
    """
    path = data_dir / "dk_municipalities" / "kommunerne.json"
    if not path.is_file():
        return []
    towns = list(json.loads(path.read_text(encoding="utf-8")))
    return sorted({"Aarhus" if t == "Århus" else t for t in towns} | {"Helsingør"})


def to_doc(nlp: Language, example: Example) -> Doc | None:
    """Tokenize ``example`` with ``nlp``'s tokenizer and set its entities; None if a span cuts a token."""
    doc = nlp.make_doc(example.text)
    ents = []
    for start, end, label in example.spans:
        span = doc.char_span(start, end, label=label)
        if span is None:
            return None
        ents.append(span)
    try:
        doc.ents = ents
    except ValueError:  # overlapping spans cannot happen with distinct slots, but stay safe
        return None
    return doc


def generate_docs(
    nlp: Language,
    names: NameLists,
    n: int,
    seed: int = 0,
    towns: list[str] | None = None,
    multi_rate: float = 0.35,
) -> list[Doc]:
    """Generate ``n`` synthetic annotated documents (sentences that cannot be aligned are replaced).

    Args:
        nlp: a pipeline whose tokenizer has navnenyt's special cases.
        names: the DST name lists.
        n: number of documents.
        seed: random seed.
        towns: municipality names (see :func:`load_towns`).
        multi_rate: share of documents made of several sentences and headings joined by line breaks.

    Returns:
        ``n`` Docs with ``doc.ents`` set and every other token marked outside an entity.
    """
    gen = Generator(names, seed=seed, towns=towns)
    docs: list[Doc] = []
    while len(docs) < n:
        doc = to_doc(nlp, gen.document() if gen.rng.random() < multi_rate else gen.sentence())
        if doc is not None:
            docs.append(doc)
    return docs


def swap_persons(sentences: list[Sentence], names: NameLists, seed: int = 0) -> list[Sentence]:
    """Copies of the sentences that hold a PER entity, each PER replaced by a generated Danish name.

    Gives the model more name variety than the treebank's ~1,200 persons (entity-replacement augmentation).

    Args:
        sentences: annotated treebank sentences (normalised tags).
        names: the DST name lists.
        seed: random seed.

    Returns:
        one new sentence per input sentence with at least one PER entity (sent_id suffixed ``-swap``).
    """
    gen = Generator(names, seed=seed)
    out: list[Sentence] = []
    for sent in sentences:
        if "B-PER" not in sent.tags:
            continue
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        i = 0
        while i < len(sent.words):
            if sent.tags[i] != "B-PER":
                words.append(sent.words[i])
                spaces.append(sent.spaces[i])
                tags.append(sent.tags[i])
                i += 1
                continue
            end = i + 1
            while end < len(sent.words) and sent.tags[end] == "I-PER":
                end += 1
            parts = gen.person()[0].split(" ")
            if sent.words[end - 1].endswith(("s", "'")):  # genitive ("Nyrups"): keep the original name
                parts = sent.words[i:end]
            elif end - i == 1:  # a lone surname or first name stays one word
                parts = parts[-1:]
            words += parts
            spaces += [True] * (len(parts) - 1) + [sent.spaces[end - 1]]
            tags += ["B-PER"] + ["I-PER"] * (len(parts) - 1)
            i = end
        out.append(Sentence(words, spaces, tags, sent.sent_id + "-swap"))
    return out
