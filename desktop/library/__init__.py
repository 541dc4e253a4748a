"""Tags and bulk actions on documents, as widgets the Knowledge page uses."""
