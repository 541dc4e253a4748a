"""Runs the real desktop app with the test job kinds installed (for the kill test)."""

from __future__ import annotations

import sys

from desktop.app import run_app
from tests.desktop.job_kinds import install_jobs

if __name__ == "__main__":
    sys.exit(run_app(sys.argv[1], extensions=[install_jobs]))
