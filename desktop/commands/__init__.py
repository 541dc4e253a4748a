"""CLI subcommands, one module per command group.

Each module defines ``register(commands, common)``, which adds its parsers and sets
``handler=run`` (or another function) as a default; a handler takes ``(args, services)`` and
returns the exit status. Modules must import nothing heavy at module level: the parser is built
on every start, the GUI's included.

Text is in the user's language (``core.i18n.translate``; the language is chosen before the parser
is built); ``words`` holds argparse's own messages and the stored states' words.
"""
