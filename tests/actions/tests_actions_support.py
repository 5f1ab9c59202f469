"""Re-exports for the action tests (test modules import helpers from one place)."""

from conversation import Conversation, ent  # noqa: F401
from fake_recommender import FakeRecommender, running_fake  # noqa: F401
