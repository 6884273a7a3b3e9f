"""Allow `python -m generator`, the same as the `snippetgen` command."""

from .cli import main

main()
