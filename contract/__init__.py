"""The contract both runtimes share: settings, vocabulary, constraint schema, reply payloads, wording,
the plain-text renderer and gazetteer I/O.

This is the bottom layer. It imports nothing but the standard library (a test enforces it), because
the Rasa runtime (``.venv-rasa``, Python 3.10) and the gateway runtime (``.venv``, 3.11+) both install
it and share none of their other libraries.
"""
