"""Read the DaN+ NER annotation of the Danish Dependency Treebank into spaCy documents.

Sources (see each folder's SOURCE.md under the data directory):
    ``uner_danish_ddt/da_ddt-ud-{train,dev,test}.iob2``: UNER release of DaN+ (CC BY-SA 4.0), with ``# text``
    lines; column 4 holds the full DaN+ tag ``LAYER1#LAYER2``. Only layer 1 (outer entities) is used.
    ``danplus/da_{arto,twitter}_{dev,test}.tsv``: DaN+ out-of-domain sets (MIT), ``token<TAB>layer1<TAB>layer2``,
    no raw text (tokens are joined with single spaces).

Tag rules (Plank et al. 2020 conventions, issue 3): ``-part`` is folded into its type (``B-ORGpart`` ->
``B-ORG``), ``-deriv`` becomes ``O`` (derived adjectives such as "russiske" are not names), and an ``I-`` tag that
does not continue an entity of the same type becomes ``B-`` (8 annotation glitches in the news files).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from navnenyt.errors import DataError

LABELS = ("PER", "ORG", "LOC", "MISC")
UNER_DIR = "uner_danish_ddt"
DANPLUS_DIR = "danplus"
UNER_FILES = {split: f"da_ddt-ud-{split}.iob2" for split in ("train", "dev", "test")}
OOD_FILES = {f"{dom}_{split}": f"da_{dom}_{split}.tsv" for dom in ("arto", "twitter") for split in ("dev", "test")}


@dataclass(frozen=True)
class Sentence:
    """One annotated sentence.

    Attributes:
        words: the treebank tokens.
        spaces: whether each token is followed by a space in the raw text (same length as ``words``).
        tags: normalised BIO tags (``O``, ``B-PER``, ``I-ORG``, ...), same length as ``words``.
        sent_id: the ``# sent_id`` of the file, or ``"<file>:<n>"`` when the file has none.
    """

    words: list[str]
    spaces: list[bool]
    tags: list[str]
    sent_id: str


def normalise_tag(raw: str) -> str:
    """Map one DaN+ layer-1 tag to the model's tag set.

    Args:
        raw: a DaN+ tag such as ``O``, ``B-PER``, ``I-ORGpart``, ``B-LOCderiv`` (for the UNER column 4 value
            ``B-ORG#O`` pass only the part before ``#``).

    Returns:
        ``O`` or ``B-``/``I-`` + one of PER, ORG, LOC, MISC.

    Raises:
        DataError: the tag has an unknown shape or type.
    """
    if raw == "O":
        return "O"
    prefix, _, kind = raw.partition("-")
    if prefix not in ("B", "I") or not kind:
        raise DataError(f"unknown NER tag {raw!r}")
    if kind.endswith("deriv"):
        return "O"
    kind = kind.removesuffix("part")
    if kind not in LABELS:
        raise DataError(f"unknown NER type in tag {raw!r}")
    return f"{prefix}-{kind}"


def repair_orphans(tags: list[str]) -> list[str]:
    """Turn every ``I-X`` that does not follow ``B-X``/``I-X`` into ``B-X``.

    Args:
        tags: normalised BIO tags of one sentence.

    Returns:
        a new list of the same length.
    """
    fixed: list[str] = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        previous = tag
    return fixed


def spaces_from_text(words: list[str], text: str) -> list[bool]:
    """Recover ``SpaceAfter`` for each token by aligning the tokens left to right in the raw text.

    Args:
        words: the sentence tokens.
        text: the ``# text`` line.

    Returns:
        one bool per token: True when a whitespace character follows it in ``text``.

    Raises:
        DataError: a token cannot be found in the text at or after the previous token.
    """
    spaces: list[bool] = []
    pos = 0
    for word in words:
        start = text.find(word, pos)
        if start < 0:
            raise DataError(f"token {word!r} not found in text {text!r}")
        pos = start + len(word)
        spaces.append(pos < len(text) and text[pos].isspace())
    return spaces


def read_uner(path: Path) -> list[Sentence]:
    """Read a UNER ``.iob2`` file (5 TAB-separated columns, ``# sent_id``/``# text`` comments).

    Args:
        path: the file.

    Returns:
        the sentences in file order, tags normalised and orphans repaired.

    Raises:
        DataError: the file is missing or malformed.
    """
    sentences: list[Sentence] = []
    for block in _blocks(path):
        meta = {k: v for k, _, v in (line[2:].partition(" = ") for line in block if line.startswith("# "))}
        rows = [line.split("\t") for line in block if not line.startswith("#")]
        if any(len(row) < 4 for row in rows) or "text" not in meta:
            raise DataError(f"{path}: malformed sentence {meta.get('sent_id', '?')}")
        words = [row[1] for row in rows]
        tags = repair_orphans([normalise_tag(row[3].split("#")[0]) for row in rows])
        sentences.append(Sentence(words, spaces_from_text(words, meta["text"]), tags, meta.get("sent_id", "")))
    return sentences


def read_danplus(path: Path) -> list[Sentence]:
    """Read a DaN+ ``.tsv`` file (``token<TAB>layer1<TAB>layer2``, blank line between sentences).

    Tokens get a following space each (the files carry no raw text).

    Raises:
        DataError: the file is missing or malformed.
    """
    sentences: list[Sentence] = []
    for n, block in enumerate(_blocks(path)):
        rows = [line.split("\t") for line in block]
        if any(len(row) < 2 for row in rows):
            raise DataError(f"{path}: malformed sentence {n}")
        tags = repair_orphans([normalise_tag(row[1]) for row in rows])
        sentences.append(Sentence([r[0] for r in rows], [True] * len(rows), tags, f"{path.name}:{n}"))
    return sentences


def _blocks(path: Path) -> Iterator[list[str]]:
    """Yield the non-empty line blocks of a CoNLL-style file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc}") from exc
    block: list[str] = []
    for line in text.splitlines():
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def to_doc(vocab: Vocab, sentence: Sentence) -> Doc:
    """Build a spaCy ``Doc`` with the sentence's tokens, whitespace and entities (``doc.ents``)."""
    return Doc(vocab, words=sentence.words, spaces=sentence.spaces, ents=sentence.tags)


def load_split(data_dir: Path, name: str) -> list[Sentence]:
    """Load one named split from the data directory.

    Args:
        data_dir: the folder holding ``uner_danish_ddt/`` and ``danplus/`` (e.g. ``../shared/data``).
        name: ``train``, ``dev``, ``test`` (news, UNER files) or ``arto_dev``, ``arto_test``, ``twitter_dev``,
            ``twitter_test`` (DaN+ out-of-domain files).

    Raises:
        DataError: unknown name, or the file is missing/malformed.
    """
    if name in UNER_FILES:
        return read_uner(data_dir / UNER_DIR / UNER_FILES[name])
    if name in OOD_FILES:
        return read_danplus(data_dir / DANPLUS_DIR / OOD_FILES[name])
    raise DataError(f"unknown split {name!r}; choose one of {sorted([*UNER_FILES, *OOD_FILES])}")


def write_docbin(docs: Iterable[Doc], path: Path) -> int:
    """Save ``docs`` as a ``.spacy`` file (``DocBin``); return the number of documents written."""
    db = DocBin(store_user_data=False)
    count = 0
    for doc in docs:
        db.add(doc)
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return count
