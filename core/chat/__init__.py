"""Chat: model providers streaming typed events, and the services that keep every word.

Qt-free. Provider SDKs (openai, anthropic) are imported only when a provider is first made, so
importing this package costs nothing at startup.
"""
