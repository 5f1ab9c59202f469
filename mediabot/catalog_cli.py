"""Catalog sub-commands of ``mediabot``: import, index, setup, gazetteer, recommend.

Each command is a small function taking ``(args, settings)`` and returning an exit code; heavy imports
happen inside them so ``mediabot --help`` and argument errors answer instantly.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from contract.constraints import SORT_ORDERS
from contract.settings import Settings
from mediabot import editorial_cli
from contract.vocabulary import AUDIENCES

EXIT_USAGE = 2
EXIT_DATA = 3

T = TypeVar("T")


def register(sub: argparse._SubParsersAction) -> None:
    """Add the catalog commands to ``mediabot``'s sub-parsers."""
    imp = sub.add_parser("import", help="import a catalog file (atomic upsert by source id)")
    imp.add_argument("path", type=Path)
    imp.add_argument("--format", choices=["netflix", "jsonl"], default=None,
                     help="file format (default: from the extension: .csv=netflix, .jsonl=jsonl)")
    imp.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the rest")
    imp.add_argument("--remove-missing", action="store_true",
                     help="remove titles that are in the catalog but not in this file (a full export)")
    imp.add_argument("--remove", action="append", default=[], metavar="ID",
                     help="remove this title (catalog id; repeatable)")
    imp.set_defaults(func=cmd_import)

    idx = sub.add_parser("index", help="compute (or reuse) item embeddings and build the index")
    idx.set_defaults(func=cmd_index)

    setup = sub.add_parser("setup", help="import the default catalog if the database is empty, then index")
    setup.set_defaults(func=cmd_setup)

    gaz = sub.add_parser("gazetteer", help="write titles/people/countries for the NLU component")
    gaz.add_argument("--out", type=Path, default=None)
    gaz.set_defaults(func=cmd_gazetteer)

    _register_recommend(sub)
    editorial_cli.register(sub)


def _register_recommend(sub: argparse._SubParsersAction) -> None:
    rec = sub.add_parser("recommend", help="recommend from the command line")
    rec.add_argument("--query", "-q", default=None, help="free text, e.g. 'office comedy'")
    rec.add_argument("--genre", action="append", default=[], help="canonical genre id (repeatable)")
    rec.add_argument("--exclude-genre", action="append", default=[])
    rec.add_argument("--exclude-topic", action="append", default=[],
                     help="leave out titles whose name, tags or synopsis name it, e.g. 'superhero' (repeatable)")
    rec.add_argument("--type", dest="media_type", action="append", default=[], help="movie, series, ...")
    rec.add_argument("--min-minutes", type=int)
    rec.add_argument("--max-minutes", type=int)
    rec.add_argument("--audience", choices=AUDIENCES)
    rec.add_argument("--year-min", type=int)
    rec.add_argument("--year-max", type=int)
    rec.add_argument("--country", action="append", default=[])
    rec.add_argument("--language", action="append", default=[])
    rec.add_argument("--actor", action="append", default=[])
    rec.add_argument("--director", action="append", default=[])
    rec.add_argument("--like", dest="similar_to", help="a title or id to find similar titles to")
    rec.add_argument("--mood", action="append", default=[])
    rec.add_argument("--sort", choices=SORT_ORDERS, help="start the list at that far end (runtime, seasons or year)")
    rec.add_argument("--user", default=None)
    rec.add_argument("--limit", type=int, default=5)
    rec.add_argument("--json", action="store_true", help="print the API's JSON answer")
    rec.set_defaults(func=cmd_recommend)


def _factory(settings: Settings) -> Any:
    """A session factory on the catalog database (SQLAlchemy is imported only here)."""
    from recommender.catalog.db import make_engine, session_factory

    return session_factory(make_engine(settings.database_url))


# --- catalog -------------------------------------------------------------------------------------

def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from recommender.catalog.importers import parse_file
    from recommender.catalog.records import UnknownFormat
    from recommender.catalog.store import upsert

    if not args.path.is_file():
        print(f"error: no such file: {args.path}", file=sys.stderr)
        return EXIT_USAGE
    fmt = args.format or {".csv": "netflix", ".jsonl": "jsonl", ".ndjson": "jsonl"}.get(args.path.suffix.lower())
    if fmt is None:
        print("error: cannot tell the format from the extension; pass --format netflix|jsonl", file=sys.stderr)
        return EXIT_USAGE
    try:
        result = parse_file(args.path, fmt)
    except (UnknownFormat, UnicodeDecodeError) as exc:
        print(f"error: {args.path}: {exc}", file=sys.stderr)
        return EXIT_DATA
    for err in result.errors:
        print(f"{args.path}: {err}", file=sys.stderr)
    if result.errors and not args.skip_invalid:
        print(f"error: {len(result.errors)} bad row(s); nothing was imported "
              "(fix them, or pass --skip-invalid to import the valid rows)", file=sys.stderr)
        return EXIT_DATA
    factory = _factory(settings)
    summary = _with_progress(lambda: upsert(factory, result.records), f"importing {len(result.records)} rows")
    removed = _remove(factory, args, {r.source_id for r in result.records})
    print(f"imported {args.path.name}: {summary.inserted} new, {summary.updated} updated, "
          f"{summary.unchanged} unchanged, {len(result.errors)} skipped, {removed} removed")
    if summary.inserted or summary.updated or removed:
        _announce(factory, settings)
    return 0


def _remove(factory: Any, args: argparse.Namespace, imported: set[str]) -> int:
    """``--remove ID`` and ``--remove-missing``: titles taken out of the catalog with this import."""
    from recommender import live

    ids = list(dict.fromkeys(getattr(args, "remove", None) or []))
    if getattr(args, "remove_missing", False):
        ids += live.missing_ids(factory, imported)
    return live.remove_items(factory, ids) if ids else 0


def _announce(factory: Any, settings: Settings) -> None:
    """The catalog changed: rewrite the gazetteer (the NLU and the actions re-read a changed file) and bump
    the catalog version, which running gateways poll and then swap in (``bot.catalog_watch``)."""
    from recommender import live

    cmd_gazetteer(argparse.Namespace(out=None), settings)
    live.bump_catalog(factory)
    print(f"running gateways will serve it within {settings.reload_poll_s:g} s (MEDIABOT_RELOAD_POLL_S)")


def _with_progress(fn: Callable[[], T], label: str) -> T:
    from tqdm import tqdm

    with tqdm(total=1, desc=label, disable=not sys.stderr.isatty()) as bar:
        out = fn()
        bar.update(1)
    return out


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from recommender.service import Recommender

    started = time.perf_counter()
    rec = Recommender.load(settings.database_url, settings.embedding_model, settings.cache_dir,
                           settings.embedding_batch, progress=sys.stderr.isatty(),
                           query_encoder=settings.query_encoder)
    if len(rec.snapshot) == 0:
        print("error: the catalog is empty; run `mediabot import PATH` first", file=sys.stderr)
        return EXIT_DATA
    print(f"index ready: {len(rec.snapshot)} items, {rec.index.kind}, "
          f"{time.perf_counter() - started:.1f}s")
    return 0


def cmd_setup(args: argparse.Namespace, settings: Settings) -> int:
    """Import the default catalog into an empty database, index it, write the gazetteer: each step
    only when needed, so a second `make run` goes straight to starting the servers."""
    from recommender.catalog.store import count_items

    if count_items(_factory(settings)) == 0:
        code = cmd_import(argparse.Namespace(path=settings.catalog_path, format=None, skip_invalid=False), settings)
        if code:
            return code
    _export_query_encoder(settings)
    if _vectors_cached(settings):
        print("index ready: item embeddings already cached for this catalog")
        code = 0
    else:
        code = cmd_index(args, settings)
    return code or cmd_gazetteer(argparse.Namespace(out=None), settings)


def _export_query_encoder(settings: Settings) -> None:
    """Export the query encoder to ONNX once (its file name is keyed by the model's files); without it
    the recommender encodes queries through torch, about three times slower."""
    from recommender import encoder

    path = encoder.ensure(settings.embedding_model, settings.cache_dir, settings.query_encoder)
    print(f"query encoder: {path.name if path else 'torch'}")


def _vectors_cached(settings: Settings) -> bool:
    """True when the embedding cache matches the catalog: then setup need not load the model at all
    (the gateway loads it once when it starts)."""
    from recommender.embeddings import cache_path
    from recommender.snapshot import load_snapshot

    snapshot = load_snapshot(_factory(settings))
    return len(snapshot) > 0 and cache_path(settings.embedding_model, snapshot.texts, settings.cache_dir).exists()


def cmd_gazetteer(args: argparse.Namespace, settings: Settings) -> int:
    from recommender.gazetteer import write_gazetteer

    out = args.out or settings.gazetteer_path
    counts = write_gazetteer(_factory(settings), out)
    print(f"gazetteer written to {out}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


# --- recommend -----------------------------------------------------------------------------------

def cmd_recommend(args: argparse.Namespace, settings: Settings) -> int:
    from pydantic import ValidationError

    from bot.http import validation_error
    from recommender.constraints import RecommendationRequest
    from recommender.service import Recommender

    body: dict[str, Any] = {
        "query": args.query, "user_id": args.user, "limit": args.limit,
        "constraints": {k: v for k, v in {
            "genres": args.genre, "exclude_genres": args.exclude_genre, "exclude_topics": args.exclude_topic,
            "media_type": args.media_type,
            "min_minutes": args.min_minutes, "max_minutes": args.max_minutes, "audience": args.audience,
            "year_min": args.year_min, "year_max": args.year_max, "countries": args.country,
            "languages": args.language, "actors": args.actor, "directors": args.director,
            "similar_to": args.similar_to, "mood": args.mood, "sort": args.sort}.items() if v not in (None, [])},
    }
    try:
        request = RecommendationRequest.model_validate(body)
    except ValidationError as exc:
        print(f"error: {validation_error(exc).message}", file=sys.stderr)
        return EXIT_USAGE
    rec = Recommender.load(settings.database_url, settings.embedding_model, settings.cache_dir,
                           settings.embedding_batch, progress=sys.stderr.isatty(),
                           query_encoder=settings.query_encoder)
    answer = rec.recommend(request)
    if args.json:
        print(json.dumps(answer, indent=2, ensure_ascii=False))
        return 0
    print(render_text(answer))
    return 0


def render_text(answer: dict[str, Any]) -> str:
    if not answer["items"]:
        return answer.get("message") or "Nothing matches."
    lines = [f"{answer['total_matches']} titles match; the best {len(answer['items'])}:"]
    for i, it in enumerate(answer["items"], 1):
        lines.append(f"{i}. {it['title']} ({it['year']}) [{it['id']}] — {it['reason']}")
    return "\n".join(lines)
