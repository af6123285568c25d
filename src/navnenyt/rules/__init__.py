"""Pure rules over spaCy ``Doc``/``Span`` objects: token runs, kinds and slots of people-news entries."""
