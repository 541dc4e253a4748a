"""The window frame: the main window, its status bar, the quick switcher."""
