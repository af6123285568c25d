"""Training driver behind ``navnenyt train``: write the corpora, run spaCy's trainer, install the model.

Steps: DaN+ news train/dev/test (+ out-of-domain sets) -> ``.spacy`` files in a work folder, synthetic
people-news sentences appended to train (:mod:`navnenyt.training.synthetic`), ``spacy train`` with
``models/da_navnenyt_ner.cfg`` (fixed seed), then ``model-best`` is copied to the output folder with its meta
filled in; a ``README.md`` model card already in the output folder is kept.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import spacy

from navnenyt.errors import DataError
from navnenyt.pipeline import add_special_cases
from navnenyt.training import SHIPPED_SEED, corpus
from navnenyt.training.names import load_names
from navnenyt.training.synthetic import generate_docs, load_towns, swap_persons

DEFAULT_CONFIG = Path(__file__).resolve().parents[3] / "models" / "da_navnenyt_ner.cfg"
EVAL_SPLITS = ("dev", "test", "arto_dev", "arto_test", "twitter_dev", "twitter_test")
META = {
    "name": "navnenyt_ner",
    "version": "0.1.0",
    "description": "Danish NER (PER, ORG, LOC, MISC) for navnenyt, trained on DaN+ (DDT news) + synthetic "
    "people-news sentences; tok2vec + ner, CPU, no pretrained vectors.",
    "license": "CC BY-SA 4.0",
    "author": "navnenyt",
    "sources": [
        {"name": "UNER_Danish-DDT / DaN+", "url": "github.com/UniversalNER/UNER_Danish-DDT", "license": "CC BY-SA 4.0"},
        {"name": "Danish name lists 2023 (Danmarks Statistik)", "license": "Apache-2.0 (collection)"},
    ],
}


def prepare_corpora(
    data_dir: Path,
    work_dir: Path,
    *,
    synthetic: int = 1500,
    person_swaps: bool = True,
    include_dev: bool = False,
    seed: int = 0,
    limit: int = 0,
) -> dict[str, Path]:
    """Write ``train.spacy`` (news train + synthetic), ``dev.spacy`` and the evaluation sets into ``work_dir``.

    Args:
        data_dir: folder with ``uner_danish_ddt/``, ``danish_names_dst2023/`` (and optionally ``danplus/``,
            ``dk_municipalities/``).
        work_dir: output folder (created).
        synthetic: number of synthetic sentences added to train.
        person_swaps: also add a copy of every train sentence with a person, the persons replaced by
            generated names (:func:`navnenyt.training.synthetic.swap_persons`).
        include_dev: also train on the news dev sentences (final model; dev scores are then not held out).
        seed: random seed of the generator.
        limit: when > 0, keep only the first ``limit`` sentences of each news split (smoke tests).

    Returns:
        ``{split name: path}`` for every file written (out-of-domain sets only when their files exist).

    Raises:
        DataError: a required file is missing or malformed.
    """
    nlp = add_special_cases(spacy.blank("da"))
    paths: dict[str, Path] = {}
    for split in ("train", *EVAL_SPLITS):
        if split in corpus.OOD_FILES and not (data_dir / corpus.DANPLUS_DIR / corpus.OOD_FILES[split]).is_file():
            continue
        sentences = corpus.load_split(data_dir, split)
        if limit:
            sentences = sentences[:limit]
        if split == "train" and include_dev:
            dev = corpus.load_split(data_dir, "dev")
            sentences = sentences + (dev[:limit] if limit else dev)
        if split == "train" and person_swaps:
            sentences = sentences + swap_persons(sentences, load_names(data_dir), seed=seed)
        docs = [corpus.to_doc(nlp.vocab, s) for s in sentences]
        if split == "train" and synthetic:
            names = load_names(data_dir)
            docs += generate_docs(nlp, names, synthetic, seed=seed, towns=load_towns(data_dir))
        paths[split] = work_dir / f"{split}.spacy"
        corpus.write_docbin(docs, paths[split])
    return paths


def train(
    data_dir: Path,
    output: Path,
    *,
    config: Path | None = None,
    seed: int = SHIPPED_SEED,
    max_steps: int | None = None,
    synthetic: int = 1500,
    person_swaps: bool = True,
    include_dev: bool = False,
    work_dir: Path | None = None,
    limit: int = 0,
    overrides: dict[str, Any] | None = None,
) -> Path:
    """Train the NER model and install it in ``output``.

    Args:
        data_dir: the data folder (see :func:`prepare_corpora`).
        output: model folder to (re)write, e.g. ``models/da_navnenyt_ner``; its ``README.md`` is kept.
        config: spaCy training config; default :func:`default_config`.
        seed: random seed (spaCy, thinc, numpy and the synthetic generator); the default,
            :data:`navnenyt.training.SHIPPED_SEED`, gives the shipped model.
        max_steps: stop after this many updates (default: the config's ``training.max_steps``).
        synthetic: number of synthetic sentences mixed into train.
        person_swaps: add person-swapped copies of the train sentences with a person.
        include_dev: train on news train + dev for a fixed number of steps (no early stopping) and install
            the last model instead of the best-on-dev one.
        work_dir: folder for corpora and spaCy's checkpoints (default: a temporary folder, removed after).
        limit: keep only the first ``limit`` sentences per news split (smoke tests).
        overrides: extra spaCy config overrides, e.g. ``{"training.eval_frequency": 5}``.

    Returns:
        ``output``.

    Raises:
        DataError: the data or the config is missing or malformed.
    """
    from spacy.cli.train import train as spacy_train

    import navnenyt.training.callbacks  # noqa: F401  (registers navnenyt.before_init.v1)

    config = config or default_config()
    if not config.is_file():
        raise DataError(f"training config not found: {config} (pass --config)")
    if not (data_dir / corpus.UNER_DIR).is_dir():
        raise DataError(f"{data_dir} has no {corpus.UNER_DIR}/ folder (pass the shared data folder)")
    tmp = None if work_dir else tempfile.TemporaryDirectory(prefix="navnenyt-train-")
    work = Path(tmp.name) if tmp else Path(work_dir or ".")
    try:
        paths = prepare_corpora(
            data_dir,
            work,
            synthetic=synthetic,
            person_swaps=person_swaps,
            include_dev=include_dev,
            seed=seed,
            limit=limit,
        )
        settings: dict[str, Any] = {
            "paths.train": str(paths["train"]),
            "paths.dev": str(paths["dev"]),
            "paths.names": str(data_dir),
            "system.seed": seed,
        }
        if max_steps is not None:
            settings["training.max_steps"] = max_steps
        if include_dev:
            settings["training.patience"] = 0
        settings.update(overrides or {})
        spacy_train(config, work / "training", overrides=settings, use_gpu=-1)
        best = work / "training" / "model-best"
        use_best = best.is_dir() and not include_dev
        install_model(best if use_best else work / "training" / "model-last", output)
    finally:
        if tmp:
            tmp.cleanup()
    return output


def default_config() -> Path:
    """The training config: ``models/da_navnenyt_ner.cfg`` of the source checkout, else the installed model's
    own ``config.cfg`` (the same settings, saved by spaCy with the model)."""
    if DEFAULT_CONFIG.is_file():
        return DEFAULT_CONFIG
    from navnenyt.pipeline import model_path

    installed = model_path()
    return installed / "config.cfg" if installed else DEFAULT_CONFIG


def install_model(source: Path, output: Path) -> None:
    """Copy a trained spaCy pipeline to ``output`` (keeping its ``README.md``) and fill in ``meta.json``.

    The data paths in the copied ``config.cfg`` are reset to null (they point into a temporary folder).
    """
    card = (output / "README.md").read_text(encoding="utf-8") if (output / "README.md").is_file() else None
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(source, output)
    config = spacy.util.load_config(output / "config.cfg")
    for key in ("train", "dev", "names"):  # machine-specific; filled in again by `navnenyt train`
        config["paths"][key] = None
    config.to_disk(output / "config.cfg")
    meta_path = output / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(META)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if card is not None:
        (output / "README.md").write_text(card, encoding="utf-8")
