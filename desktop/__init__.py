"""ConvoSphere Desktop: the PySide6 GUI and the command line, both clients of ``core``.

Importing this package imports no Qt: the CLI path stays light.
"""
