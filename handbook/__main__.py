"""``python -m handbook`` is the same as the ``handbook`` command."""

from handbook.cli import main

raise SystemExit(main())
