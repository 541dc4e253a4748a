"""The Knowledge page: documents, search, imports and the document viewer."""
