"""Benchmarks (``mediabot bench recommender|dialogue``, ``make bench``).

They sit in the top layer because they drive whole systems: the recommender benchmark serves the
gateway's API in-process, the dialogue benchmark talks to a running stack. No library package imports
them.
"""
