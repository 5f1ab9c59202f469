"""The top layer: the ``mediabot`` command line (``cli``, ``catalog_cli``), the supervisor that starts
the whole system (``stack``, ``rasa_model``) and the benchmarks (``bench``).

It may import every other package; no other package imports it (tests/test_layers.py checks both).
"""
