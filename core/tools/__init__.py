"""Tools the model can call: built-in ones and any MCP server's, validated, approved, logged."""
