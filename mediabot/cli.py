"""The ``mediabot`` command line: the entry point, the services (serve, up) and the benchmarks.

The catalog commands (import, index, setup, gazetteer, recommend) are in ``mediabot.catalog_cli``;
gateway modules contribute theirs through ``mediabot.commands``. Heavy imports happen inside the
commands so ``mediabot --help`` and argument errors answer instantly.
"""

from __future__ import annotations

import argparse
import os
import sys

from contract import settings as settings_mod
from contract.settings import Settings
from mediabot import catalog_cli
from mediabot.logging import setup_logging

# One recommendation is a single small matrix-vector product: extra BLAS/OpenMP threads only spin and
# steal the second core from the event loop. Bulk encoding raises torch's own thread count itself.
SINGLE_THREADED_MATH = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def main(argv: list[str] | None = None) -> int:
    for name, value in SINGLE_THREADED_MATH.items():
        os.environ.setdefault(name, value)
    parser = _parser()
    args = parser.parse_args(argv)
    settings = settings_mod.load()
    setup_logging(settings.log_level)
    try:
        return args.func(args, settings)
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="mediabot", description="Conversational media discovery.")
    sub = p.add_subparsers(dest="command", required=True)
    catalog_cli.register(sub)

    serve = sub.add_parser("serve", help="start the gateway (web chat, API, webhooks)")
    serve.add_argument("--port", type=int, default=None)
    serve.set_defaults(func=cmd_serve)

    up = sub.add_parser("up", help="set up what is missing, then start actions, Rasa and the gateway")
    up.set_defaults(func=cmd_up)

    bench = sub.add_parser("bench", help="benchmarks that print p50/p95 latency and memory")
    bench.add_argument("target", choices=["recommender", "dialogue", "similarity"])
    bench.add_argument("--items", type=int, default=1_000_000, help="synthetic catalog size (recommender)")
    bench.add_argument("--requests", type=int, default=300)
    bench.add_argument("--skip-synthetic", action="store_true")
    bench.add_argument("--url", default=None, help="gateway URL (dialogue; default: settings)")
    bench.set_defaults(func=cmd_bench)

    evaluate = sub.add_parser("eval", help="evaluations of a running stack against independent sets")
    evaluate.add_argument("target", choices=["dialogue"])
    evaluate.add_argument("--url", default=None, help="gateway URL (default: settings)")
    evaluate.add_argument("--set", default=None, help="conversations JSONL (default: tests/dialogue/eval/)")
    evaluate.add_argument("--catalog", default=None, help="raw catalog CSV to judge against (default: bundled)")
    evaluate.add_argument("--out", default=None, help="write the full report (figures, failures) as JSON")
    evaluate.set_defaults(func=cmd_eval)

    _register_extensions(sub)
    return p


def _register_extensions(sub: argparse._SubParsersAction) -> None:
    """Sub-commands owned by gateway modules (agent accounts, Telegram polling)."""
    from mediabot import commands

    for register in commands.EXTENSIONS:
        register(sub)


# --- services ------------------------------------------------------------------------------------

def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from aiohttp import web

    from bot.app import create_app

    port = args.port or settings.port
    web.run_app(create_app(settings), host=settings.host, port=port, print=None,
                access_log=None, handle_signals=True)
    return 0


def cmd_up(args: argparse.Namespace, settings: Settings) -> int:
    """Set up, then run actions, Rasa and the gateway where the settings say, restarting any that dies."""
    import signal
    import time

    from mediabot import rasa_model, stack
    from mediabot.supervisor import Supervisor

    code = catalog_cli.cmd_setup(args, settings)
    if code:
        return code
    model = rasa_model.ensure_model()
    plan = stack.Plan.from_settings(settings)
    for note in plan.elsewhere():
        print(f"note: {note}", file=sys.stderr)
    log_dir = settings.var_dir / "logs"
    # SIGTERM (systemd, `kill`) must stop the children too, exactly like Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    print("starting the action server, Rasa and the gateway…", file=sys.stderr)
    with stack.launch(model, plan, log_dir=log_dir) as running:
        print(f"\nmediabot is running: web chat at http://localhost:{settings.port}  "
              f"(agent console: /agent, API: /api/recommendations; logs in {log_dir}). Ctrl-C stops.\n")
        supervisor = Supervisor(running)
        try:
            while True:
                supervisor.tick()
                time.sleep(1)
        except KeyboardInterrupt:
            return 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    if args.target == "recommender":
        from mediabot.bench import recommender

        return recommender.run(settings, items=args.items, requests=args.requests, synthetic=not args.skip_synthetic)
    if args.target == "similarity":
        from mediabot.bench import similarity

        return similarity.run(settings)
    from mediabot.bench import dialogue

    return dialogue.run(settings, url=args.url, requests=args.requests)


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from mediabot.eval import dialogue

    return dialogue.run(settings, url=args.url, set_path=args.set, out=args.out, catalog_path=args.catalog)


if __name__ == "__main__":
    sys.exit(main())
