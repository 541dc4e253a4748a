"""Where the app keeps its data: the OS's per-user data dir unless told otherwise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "ConvoSphere"
DATA_DIR_ENV = "CONVOSPHERE_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """Every file and folder the app writes, derived from one data dir.

    With an explicit data dir (``--data-dir`` or ``CONVOSPHERE_DATA_DIR``) the config lives inside
    it too, so a test or a portable install touches nothing else on the machine.
    """

    data_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "app.db"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def files_dir(self) -> Path:
        return self.data_dir / "files"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def device_settings(self) -> Path:
        return self.config_dir / "device-settings.json"

    def create(self) -> None:
        """Make the folders; a data dir that cannot be created raises a clear OSError."""
        for folder in (self.data_dir, self.config_dir, self.files_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The app's paths: the argument, else ``CONVOSPHERE_DATA_DIR``, else the OS default."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, config_dir=root / "config")
    import platformdirs  # only on the default path: an explicit dir needs none of it

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
