"""Where the Rasa server keeps conversations: tracker stores that stay fast however long a conversation gets.

Rasa's own stores rebuild a conversation from every event of its session on each turn, and each rebuilt
event looks its class up by scanning all ``Event`` subclasses; the Redis store also re-reads and merges
the stored copy on every save. That made a turn slower with each message (64 → 217 ms over 60 turns) and
cost about a third of the Rasa process's CPU under load. These stores (loaded by Rasa from the
``tracker_store.type`` of endpoints.yml) decode events through a cached table, keep one session, and
compact a session that grew past ``MEDIABOT_CONVERSATION_MAX_EVENTS`` to its slots plus its latest turns.

Runs in the Rasa runtime (.venv-rasa): imports only rasa and ``contract``.
"""
