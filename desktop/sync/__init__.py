"""The GUI of sync: the status bar indicator, the workspace switcher, conflict versions."""
