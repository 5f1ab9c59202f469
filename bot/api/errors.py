"""JSON error answers: every bad input gets a 4xx with a code, a human sentence and details."""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import ValidationError

from recommender.constraints import InvalidValue


def error_response(status: int, code: str, message: str, details: dict[str, Any] | None = None) -> web.Response:
    body: dict[str, Any] = {"error": code, "message": message}
    if details:
        body["details"] = details
    return web.json_response(body, status=status)


def validation_error_body(exc: ValidationError) -> dict[str, Any]:
    """Turn pydantic's errors into one precise sentence plus machine-readable details."""
    problems = []
    details: dict[str, Any] = {"errors": []}
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"]) or "body"
        cause = err.get("ctx", {}).get("error")
        if isinstance(cause, InvalidValue):
            problems.append(f"{where}: unknown value(s) {', '.join(cause.bad)}; valid: {', '.join(cause.valid)}")
            details["valid"] = cause.valid
            details["invalid"] = cause.bad
            details["field"] = cause.field
        elif err["type"] == "extra_forbidden":
            problems.append(f"{where}: unknown field")
        else:
            problems.append(f"{where}: {err['msg']}")
        details["errors"].append({"field": where, "problem": problems[-1]})
    return {"error": "invalid_request", "message": "; ".join(problems), "details": details}
