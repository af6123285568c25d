"""Training and evaluation of navnenyt's own Danish NER model (``models/da_navnenyt_ner``).

Modules:
    corpus: DaN+ / UNER CoNLL files -> spaCy ``Doc``/``DocBin`` (tag folding rules of the model card).
    names: Danish first-name and surname lists (Danmarks Statistik 2023 counts) with damaged-row handling.
    synthetic: people-news sentences built from templates (``data/da/synthetic_*.yaml``) and the name lists.
    gazetteer: name-list membership as a static-vector table (gazetteer features for the tok2vec).
    callbacks: spaCy registry functions used by the training config (tokenizer special cases, gazetteer).
    train: the training driver behind ``navnenyt train``.
    evaluate: per-label scores on DaN+ and the out-of-domain sets, person/organisation span F1 on dev.json.

Nothing here is imported by the extraction pipeline; the trained model loads with plain ``spacy.load``.
"""

SHIPPED_SEED = 1
"""Training seed of the shipped model (chosen by dev F1 among three seeds; see models/da_navnenyt_ner/README.md)."""
