"""Rule-based constraint extraction for mediabot's NLU (contracts §5 entities).

Public surface: ``extract_entities(text, today, gazetteer)`` and the reusable ``Extractor``.
One concept per module: durations, years, ratings, audience, positions, genres, moods, media, geo,
names (titles/people), typos, negation; lexicon/lexmatch/spans/utterance hold the shared machinery.
"""

from .extractor import Extractor, extract_entities, get_extractor

__all__ = ["Extractor", "extract_entities", "get_extractor"]
