"""``python -m newsdoc``: the command line."""

from newsdoc.cli import main

raise SystemExit(main())
