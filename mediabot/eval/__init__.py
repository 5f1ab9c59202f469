"""Evaluations of the whole product against independent, hand-written sets (``mediabot eval ...``).

Like the benchmarks they drive a running stack from the outside, so they sit in the top layer.
"""
