"""Set up .venv from the lock files, then launch the app or run every check.

Usage (from the repository root, any OS, Python 3.11+):
    python3 scripts/dev.py run [APP ARGS...]   launch ConvoSphere Desktop
    python3 scripts/dev.py test [PYTEST ARGS...]  ruff, ruff format --check, mypy, pytest
    python3 scripts/dev.py lock               re-make requirements/*.txt (needs uv)
    python3 scripts/dev.py package [--test]   build the desktop bundle (scripts/package.py);
                                              --test then runs the bundle's own test

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
# The real OIDC provider of the single sign-on tests, in a venv of its own (its web stack is
# pinned apart from ours); tests/sync/server/identity_servers.py looks for it here.
IDP_VENV = ROOT / ".cache" / "idp-venv"
IDP_LOCK = ROOT / "requirements" / "idp.txt"


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


def ensure_idp_env() -> None:
    """Build .cache/idp-venv (nanoidp) unless the installed one matches requirements/idp.txt."""
    digest = hashlib.sha256(IDP_LOCK.read_bytes()).hexdigest()
    stamp = IDP_VENV / ".installed-idp"
    if stamp.exists() and stamp.read_text() == digest:
        return
    print(f"Installing {IDP_LOCK.relative_to(ROOT)} into {IDP_VENV.relative_to(ROOT)} ...")
    venv.EnvBuilder(with_pip=True, clear=True).create(IDP_VENV)
    bin_dir = "Scripts" if os.name == "nt" else "bin"
    py = str(IDP_VENV / bin_dir / ("python.exe" if os.name == "nt" else "python"))
    pip = [py, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    subprocess.run([*pip, "--no-deps", "-r", str(IDP_LOCK)], check=True)
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
    idp_lock = IDP_LOCK.relative_to(ROOT)  # relative: the lock's header names it so
    subprocess.run(
        [*base, str(idp_lock.with_suffix(".in")), "-o", str(idp_lock)], cwd=ROOT, check=True
    )


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "lock", "package"}:
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
    if command == "package":
        ensure_env("dev")  # PyInstaller is a dev tool
        sys.path.insert(0, str(ROOT / "scripts"))
        import package

        return package.main(venv_bin("python"), rest)
    ensure_env("dev")
    ensure_idp_env()
    return run_checks(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
