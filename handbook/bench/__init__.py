"""Benchmarks (run as scripts, not as timed tests)."""
