"""The Settings page and the first-run provider dialog."""
