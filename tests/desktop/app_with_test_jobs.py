"""Runs the real desktop app with the test job kinds installed (for the kill test)."""

from __future__ import annotations

import sys

import core.services
from desktop.app import run_app

if __name__ == "__main__":
    core.services.FEATURE_JOB_MODULES = ("tests.desktop.job_kinds",)
    sys.exit(run_app(sys.argv[1]))
