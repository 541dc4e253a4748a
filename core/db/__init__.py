"""Local database: models, migrations and sessions (import submodules directly)."""
