"""Entry point of the PyInstaller build: the `handbook` command; with no arguments, the app."""

import sys

from handbook.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["gui"]))
