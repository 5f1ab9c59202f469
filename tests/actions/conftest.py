"""One real recommender for every action test (``real_recommender.recommender_url``, session scope) and the
actions pointed at it (``api``)."""

from real_recommender import api, recommender_url  # noqa: F401  (registers the fixtures once for the folder)
