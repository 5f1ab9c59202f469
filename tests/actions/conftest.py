"""One real recommender for every action test (``real_recommender.recommender_url``, session scope)."""

from real_recommender import recommender_url  # noqa: F401  (registers the fixture once for the folder)
