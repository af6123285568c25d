"""spaCy registry functions referenced by the training config ``models/da_navnenyt_ner.cfg``.

Import this module (``spacy train --code src/navnenyt/training/callbacks.py`` or ``navnenyt train``) before
training. The trained model does not need it at load time: the tokenizer special cases and the gazetteer table
are saved inside the model directory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.util import registry

from navnenyt.pipeline import add_special_cases


@registry.callbacks("navnenyt.before_init.v1")
def make_before_init(names_dir: str | None = None, min_count: int = 3) -> Callable[[Language], Language]:
    """Return the ``[initialize.before_init]`` callback.

    Args:
        names_dir: the data folder holding ``danish_names_dst2023/`` (and ``dk_municipalities/``); when empty
            or None no gazetteer table is built (use a config with ``include_static_vectors = false``).
        min_count: names carried by fewer people are left out of the gazetteer.

    Returns:
        a function that adds navnenyt's tokenizer special cases and the gazetteer vectors to ``nlp``.
    """

    def before_init(nlp: Language) -> Language:
        add_special_cases(nlp)
        if names_dir:
            from navnenyt.training.gazetteer import gazetteer_vectors

            nlp.vocab.vectors = gazetteer_vectors(Path(names_dir), min_count)
        return nlp

    return before_init
