"""Fake servers that speak real wire formats, for tests and benchmarks (no mocks of SDKs)."""
