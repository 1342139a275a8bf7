"""Run the command line: ``python -m newsnorm``."""

import sys

from newsnorm.cli import main

if __name__ == "__main__":
    sys.exit(main())
