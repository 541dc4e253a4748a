"""Documents, tags, tag analytics and bulk actions: the user's library of documents."""
