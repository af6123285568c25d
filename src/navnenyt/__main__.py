"""``python -m navnenyt``: the same as the ``navnenyt`` command."""

from navnenyt.cli import main

main()
