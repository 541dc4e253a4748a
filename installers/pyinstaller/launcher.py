"""Entry point of the frozen app (PyInstaller): the same ``main`` as ``python -m desktop``."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    # Code that relaunches the app runs ``sys.executable -m desktop …``; frozen, sys.executable
    # is the app itself, which takes the arguments without the ``-m desktop``.
    if sys.argv[1:3] == ["-m", "desktop"]:
        del sys.argv[1:3]
    from desktop.__main__ import main

    sys.exit(main())
