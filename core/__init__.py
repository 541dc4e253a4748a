"""ConvoSphere core: the Qt-free domain library that the app, the CLI and the server build on."""

__version__ = "0.1.0"
