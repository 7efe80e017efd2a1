"""The handbook as the start-up benchmark (``handbook/bench/startup.py``) starts it behind the first-paint
hook: ``handbook`` with the arguments given, as a script (the hook must run before anything else)."""

import sys

from handbook.cli import main

sys.exit(main(sys.argv[1:]))
