"""Set up .venv from the lock files, then launch the app or run every check.

Usage (from the repository root, any OS, Python 3.11+):
    python3 scripts/dev.py run [APP ARGS...]   launch ConvoSphere Desktop
    python3 scripts/dev.py test [PYTEST ARGS...]  ruff, ruff format --check, mypy, pytest
    python3 scripts/dev.py lock               re-make requirements/*.txt (needs uv)

The environment is (re)built only when a lock file changed since the last install: a stamp
file in .venv records the hash of each lock installed. Only the standard library is used here,
so this works before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
LOCKS = {"app": ROOT / "requirements" / "app.txt", "dev": ROOT / "requirements" / "dev.txt"}


def venv_bin(name: str) -> Path:
    """Path of an executable inside .venv on this OS."""
    if os.name == "nt":
        return VENV / "Scripts" / (name + ".exe")
    return VENV / "bin" / name


def ensure_env(lock: str) -> None:
    """Create .venv and install the given lock (hash-checked) unless already installed."""
    lock_file = LOCKS[lock]
    digest = hashlib.sha256(lock_file.read_bytes()).hexdigest()
    stamp = VENV / f".installed-{lock}"
    if stamp.exists() and stamp.read_text() == digest:
        return
    if not venv_bin("python").exists():
        print(f"Creating {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    py = str(venv_bin("python"))
    print(f"Installing {lock_file.relative_to(ROOT)} into .venv ...", flush=True)
    pip = [py, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    subprocess.run([*pip, "--require-hashes", "--no-deps", "-r", str(lock_file)], check=True)
    # "compat" editable mode is a plain .pth path entry: no import hook taxing every import.
    editable = ["--no-deps", "--config-settings", "editable_mode=compat", "--editable", str(ROOT)]
    subprocess.run([*pip, *editable], check=True)
    stamp.write_text(digest)


def check_env() -> dict[str, str]:
    """Environment for checks: offscreen Qt, no telemetry, a private data dir per run."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["ORT_DISABLE_TELEMETRY"] = "1"
    env["ANONYMIZED_TELEMETRY"] = "False"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_checks(pytest_args: list[str]) -> int:
    """Lint, format check, type check, then the test suite; stop at the first failure."""
    env = check_env()
    steps = [
        [str(venv_bin("ruff")), "check", "."],
        [str(venv_bin("ruff")), "format", "--check", "."],
        [str(venv_bin("mypy"))],
        [str(venv_bin("python")), "-m", "pytest", *pytest_args],
    ]
    for step in steps:
        print("$ " + " ".join(Path(step[0]).name if i == 0 else a for i, a in enumerate(step)))
        rc = subprocess.run(step, cwd=ROOT, env=env).returncode
        if rc != 0:
            return rc
    return 0


def make_locks() -> None:
    """Re-resolve the universal, hash-pinned lock files from pyproject.toml."""
    base = ["uv", "pip", "compile", "--universal", "--generate-hashes", "--python-version", "3.11"]
    subprocess.run([*base, "pyproject.toml", "-o", str(LOCKS["app"])], cwd=ROOT, check=True)
    subprocess.run(
        [*base, "--extra", "dev", "pyproject.toml", "-o", str(LOCKS["dev"])], cwd=ROOT, check=True
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "lock"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "lock":
        make_locks()
        return 0
    if command == "run":
        ensure_env("app")
        env = dict(os.environ, ORT_DISABLE_TELEMETRY="1", ANONYMIZED_TELEMETRY="False")
        return subprocess.run([str(venv_bin("python")), "-m", "desktop", *rest], env=env).returncode
    ensure_env("dev")
    return run_checks(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
