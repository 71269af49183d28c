"""Parsing a ``POST /events`` body with bounded memory and bounded error lists.

The body is already capped (``Settings.max_events_body_bytes``) and the caller authenticated.
Parsing then goes in steps that each cost at most a small multiple of the body size:

1. ``json.loads`` (C): the smallest Python tree of the document; non-finite numbers (``NaN``,
   ``Infinity``, ``1e999``) are refused here, as JSON has none and PostgreSQL cannot store them;
2. the number of events is counted *before* any model is built: more than ``MAX_BATCH`` -> 413;
3. envelopes are validated one by one and validation stops at the first ``MAX_ERRORS`` problems;
   an event with more keys than the envelope has fields is refused without asking pydantic
   (extra keys would each cost an error object).

Validating the whole document with one pydantic call, as before, built an error object for every
element of a 200,000-element list before the error list was cut (gigabytes of RSS).
"""

from __future__ import annotations

import json
import math
from typing import Any

from pydantic import ValidationError

from agent_console.protocol import MAX_BATCH, EventEnvelope
from agent_console.server.services.errors import ServiceError

MAX_ERRORS = 50
"""Validation stops after this many problems: the answer names at most these."""
_ENVELOPE_KEYS = len(EventEnvelope.model_fields)


class _NotFinite(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _NotFinite(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotFinite(f"{text[:20]} is out of range for a 64-bit float")
    return value


def loads(body: bytes) -> Any:
    """Strict JSON (no NaN/Infinity, no float overflow), or ServiceError 422."""
    try:
        return json.loads(body, parse_constant=_no_constant, parse_float=_finite)
    except _NotFinite as exc:
        raise _invalid(["body"], str(exc), "finite_number") from None
    except RecursionError:
        raise _invalid(["body"], "JSON nested too deeply", "json_invalid") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, too many digits
        raise _invalid(["body"], f"JSON decode error: {str(exc)[:200]}", "json_invalid") from None


def parse_batch(body: bytes) -> list[EventEnvelope]:
    """The envelopes of an ``EventBatch`` body. 413 for more than ``MAX_BATCH`` events; 422 with
    at most ``MAX_ERRORS`` errors (FastAPI's list format) for anything else wrong."""
    doc = loads(body)
    if not isinstance(doc, dict):
        raise _invalid(["body"], "Input should be an object", "model_type")
    extra = [k for k in doc if k != "events"][:MAX_ERRORS]
    if extra:
        raise ServiceError(422, [{"loc": ["body", k], "msg": "Extra inputs are not permitted",
                                  "type": "extra_forbidden"} for k in extra])
    if "events" not in doc:
        raise _invalid(["body", "events"], "Field required", "missing")
    events = doc["events"]
    if not isinstance(events, list):
        raise _invalid(["body", "events"], "Input should be a valid list", "list_type")
    if len(events) > MAX_BATCH:
        raise ServiceError(413, f"batch of {len(events)} events; at most {MAX_BATCH} per request")
    out: list[EventEnvelope] = []
    errors: list[dict[str, Any]] = []
    for i, raw in enumerate(events):
        loc = ["body", "events", i]
        if isinstance(raw, dict) and len(raw) > _ENVELOPE_KEYS:
            errors.append({"loc": loc, "msg": f"an event has at most {_ENVELOPE_KEYS} fields",
                           "type": "too_many_fields"})
        else:
            try:
                out.append(EventEnvelope.model_validate(raw))
            except ValidationError as exc:
                errors.extend(
                    {"loc": [*loc, *e["loc"]], "msg": e["msg"], "type": e["type"]}
                    for e in exc.errors(include_url=False, include_input=False, include_context=False)
                )
        if len(errors) >= MAX_ERRORS:
            break
    if errors:
        raise ServiceError(422, errors[:MAX_ERRORS])
    return out


def _invalid(loc: list[Any], msg: str, type_: str) -> ServiceError:
    return ServiceError(422, [{"loc": loc, "msg": msg, "type": type_}])
