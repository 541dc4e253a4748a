"""The offline knowledge base: import documents, chunk, embed, search them, cite them in chat.

Start from ``core.knowledge.jobs.services.knowledge`` (a ``KnowledgeBase``): its
``import_paths``, ``search`` and ``document_text``; ``KnowledgeRetriever`` answers chat.
Modules: ``formats``/``readers``/``pdf_reader``/``html_reader`` read files, ``chunker`` cuts
passages, ``embedder`` makes vectors, ``vectors`` (Chroma) and ``keyword`` (FTS5) store and find
them, ``indexing`` writes them, ``search`` fuses both rankings, ``jobs`` runs imports,
``maintenance`` purges and checks. Heavy libraries load on first use, never at import.
"""
