"""Wire schemas shared by the sync client and the central server (one module, one truth).

Every journal event travels as an :class:`EventEnvelope`. The envelope is immutable and carries
what the server needs to dedupe and order it without trusting the laptop's clock:
``event_id`` (UUIDv7, unique constraint on the server), ``device_id`` + ``seq`` (gap-free per
device), the laptop's wall time and monotonic time. The server adds its own receive time.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from agent_console.event_kinds import EventKind as EventKind  # re-exported; defined without pydantic

API_PREFIX = "/api/v1"
MAX_BATCH = 500
"""Largest event batch the server accepts in one POST /events (bigger -> 413)."""


INT64_MAX = 2**63 - 1
"""The servers store these integers as 64-bit columns: a bigger one is refused as invalid (422)."""


EVENT_ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
"""The only spelling of an event id the server accepts: a lower-case hyphenated UUID (``str(uuid)``).
Upper case, braces or no hyphens would be a second id for the same event and defeat the dedupe."""


class EventEnvelope(BaseModel):
    """One immutable journal event as stored locally and sent to the server.

    Strict like the payloads: ``"seq": "5"`` is refused, not converted (``kind`` alone is matched
    by its string value)."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, allow_inf_nan=False)

    event_id: str = Field(min_length=36, max_length=36, pattern=EVENT_ID_PATTERN,
                          description="UUIDv7, globally unique, lower-case hyphenated")
    device_id: str = Field(min_length=8, max_length=64)
    seq: int = Field(ge=1, le=INT64_MAX, description="Per-device sequence number, gap-free, starts at 1")
    agent: str = Field(min_length=1, max_length=64, description="Login name the event belongs to")
    kind: Annotated[EventKind, Field(strict=False)]
    at_ms: int = Field(ge=0, le=INT64_MAX, description="Laptop wall-clock time, Unix epoch milliseconds")
    mono_ns: int = Field(ge=0, le=INT64_MAX,
                         description="Laptop monotonic clock, nanoseconds (ordering within a boot)")
    payload: dict[str, Any] = Field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Event payloads, one strict model per kind. The server rejects a batch (422) when a payload
# does not match: unknown fields, missing fields or wrong JSON types ("5" is not an int).
# --------------------------------------------------------------------------------------------

AgentStatus = Literal["available", "dnd", "break", "offline", "ringing", "on_call", "wrap_up"]
StatusCause = Literal["agent", "call", "wrapup_timer", "supervisor", "system"]
CallId = Annotated[str, Field(min_length=1, max_length=64)]
ShortText = Annotated[str, Field(max_length=200)]


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True, allow_inf_nan=False)


class EmptyPayload(_Payload):
    """``shift_started`` / ``shift_ended``: the envelope says it all."""


class StatusChangedPayload(_Payload):
    status: AgentStatus
    reason: ShortText | None = None
    previous: AgentStatus
    cause: StatusCause
    # The agent's own choice and the one waiting for the call to end: they let a replay of the
    # journal restore exactly what the agent saw (the domain's state is a fold of its events).
    manual: AgentStatus | None = None
    manual_reason: ShortText | None = None
    pending: AgentStatus | None = None
    pending_reason: ShortText | None = None
    until_ms: int | None = Field(default=None, ge=0, description="End of wrap-up, epoch ms")
    call_id: CallId | None = Field(default=None, description="The call a wrap-up belongs to")


class CallOfferedPayload(_Payload):
    call_id: CallId
    direction: Literal["inbound"]
    number: ShortText
    name: ShortText | None = None


class CallRejectedPayload(_Payload):
    call_id: CallId
    number: ShortText
    name: ShortText | None = None
    code: int = Field(ge=100, le=699)
    status: AgentStatus


class CallIdPayload(_Payload):
    """``call_answered`` / ``call_held`` / ``call_resumed``."""

    call_id: CallId


class CallDialedPayload(_Payload):
    call_id: CallId
    number: ShortText
    name: ShortText | None = None


class CallEndedPayload(_Payload):
    call_id: CallId
    reason: ShortText
    answered: bool


class CallQualityPayload(_Payload):
    call_id: CallId
    rtt_ms: float = Field(ge=0)
    jitter_ms: float = Field(ge=0)
    loss_pct: float = Field(ge=0, le=100)
    mos: float = Field(ge=0, le=5)


class NoteSavedPayload(_Payload):
    call_id: CallId
    version: int = Field(ge=1)
    disposition: ShortText
    text: str = Field(max_length=20_000)


PAYLOAD_MODELS: dict[EventKind, type[BaseModel]] = {
    EventKind.SHIFT_STARTED: EmptyPayload,
    EventKind.SHIFT_ENDED: EmptyPayload,
    EventKind.STATUS_CHANGED: StatusChangedPayload,
    EventKind.CALL_OFFERED: CallOfferedPayload,
    EventKind.CALL_REJECTED: CallRejectedPayload,
    EventKind.CALL_ANSWERED: CallIdPayload,
    EventKind.CALL_DIALED: CallDialedPayload,
    EventKind.CALL_HELD: CallIdPayload,
    EventKind.CALL_RESUMED: CallIdPayload,
    EventKind.CALL_ENDED: CallEndedPayload,
    EventKind.CALL_QUALITY: CallQualityPayload,
    EventKind.NOTE_SAVED: NoteSavedPayload,
}
"""Which payload model validates which event kind (server side and, optionally, client tests)."""


def validate_payload(kind: EventKind, payload: dict[str, Any]) -> BaseModel:
    """Validate ``payload`` against its kind's model; raises ``pydantic.ValidationError``."""
    return PAYLOAD_MODELS[kind].model_validate(payload)


# --------------------------------------------------------------------------------------------
# REST API bodies (all under API_PREFIX)
# --------------------------------------------------------------------------------------------

Role = Literal["agent", "supervisor", "admin"]


class _Api(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class LoginRequest(_Api):
    """``POST /auth/login`` (JSON body; a password never travels in a URL)."""

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)


class TokenResponse(_Api):
    """Bearer token: opaque, random, stored hashed on the server, revoked by ``POST /auth/logout``."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at_ms: int
    username: str
    role: Role
    team: str | None
    server_ms: int = Field(description="Server wall clock at issue time (clock-skew estimate)")


class Me(_Api):
    """``GET /me``."""

    username: str
    display_name: str
    role: Role
    team: str | None
    teams: list[str] = Field(description="Teams this user may see (a supervisor's teams; own team)")


class CreateUserRequest(_Api):
    """``POST /admin/users`` (admin). A supervisor may watch several teams (first = own team)."""

    username: str = Field(min_length=1, max_length=64)
    display_name: str | None = Field(default=None, max_length=200)
    role: Role
    teams: list[str] = Field(default_factory=list, max_length=50)
    password: str = Field(min_length=8, max_length=1024)


class SipAccount(_Api):
    registrar: str
    transport: Literal["udp", "tcp", "tls"]
    extension: str
    password: str
    display_name: str | None = None


class PolicyValues(_Api):
    """Policy knobs as layered by the server (global -> team -> agent). Field names match
    ``agent_console.domain.policy.Policy``; ``None`` means "not set at this layer"."""

    break_reasons: list[str] | None = None
    dispositions: list[str] | None = None
    wrapup_s: int | None = Field(default=None, ge=0, le=3600)
    break_budget_s: int | None = Field(default=None, ge=0, le=86_400)
    require_disposition: bool | None = None
    reject_code: int | None = Field(default=None, ge=400, le=699)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] | None = Field(
        default=None, description="The console's log file level (applied at once; a machine policy that "
                                  "locks it and --debug win)")
    locked: list[str] | None = Field(
        default=None, description="Names of the fields above the agent may not change in the console"
    )


class Provisioning(_Api):
    """``GET /me/provisioning``: what the console needs to work. ``sip`` is null until IT sets it."""

    username: str
    team: str | None
    sip: SipAccount | None
    policy: PolicyValues
    locked: list[str]
    heartbeat_interval_s: float
    heartbeat_timeout_s: float
    console_minimum: str | None = Field(
        default=None, description="Oldest console version IT supports: older ones show a 'contact IT' banner")
    console_latest: str | None = Field(
        default=None, description="Newest console version released: older ones show a quiet update notice")


class EventBatch(_Api):
    """``POST /events`` body: at most ``MAX_BATCH`` events of the logged-in agent (else 413)."""

    events: list[EventEnvelope]


class BatchAck(_Api):
    """``POST /events`` answer. Every event id of the batch is in exactly one list; both mean
    "stored, drop it from the outbox"."""

    accepted: list[str]
    duplicates: list[str]
    server_ms: int


class CurrentCall(_Api):
    call_id: str
    direction: Literal["inbound", "outbound"]
    number: str | None
    state: Literal["ringing", "talking", "held"]
    since_ms: int
    duration_s: float


class DayCounters(_Api):
    offered: int = 0
    answered: int = 0
    missed: int = 0
    rejected: int = 0
    made: int = 0
    talk_s: float = 0.0


PhoneState = Literal["registered", "unreachable", "not_configured"]
"""What an agent's console says of its phone: registered with the PBX, the PBX not reachable
(registration failed or the liveness probe lost it), or no SIP account set up."""


class CallQualityNow(_Api):
    """The latest quality report of the call in progress (``CALL_QUALITY``). No audio received
    reads as loss 100 % and MOS 1.0."""

    mos: float
    loss_pct: float
    at_ms: int


class BoardRow(_Api):
    """One agent on the supervisors' board (``GET /agents``, live feed)."""

    username: str
    display_name: str
    team: str | None
    status: AgentStatus
    reason: str | None
    since_ms: int | None
    unreachable: bool
    call: CurrentCall | None
    today: DayCounters
    updated_ms: int
    console_version: str | None = Field(
        default=None, description="Console version the agent last fetched provisioning with")
    phone: PhoneState | None = Field(
        default=None, description="The agent's phone as its console last reported it (null: never reported)")
    phone_since_ms: int | None = Field(default=None, description="Server time the phone entered that state")
    quality: CallQualityNow | None = Field(default=None, description="Latest quality of the current call")
    break_before_s: float | None = Field(
        default=None, description="Break time today before the current status began (a break in progress "
                                  "adds now - since_ms: the row does not change as time passes)")
    break_budget_s: float | None = Field(default=None, description="Daily break budget (policy); null: none")


class BoardSummary(_Api):
    total: int
    by_status: dict[str, int]
    available: int = Field(description="Agents available and reachable (unreachable ones excluded)")
    unreachable: int


class Board(_Api):
    agents: list[BoardRow]
    summary: BoardSummary
    server_ms: int


CommandType = Literal["message", "force_status", "force_logout", "diagnostics"]
"""``diagnostics``: the supervisor asks the agent's console for a diagnostics upload; the agent
accepts (the console uploads, then answers with the upload's id) or declines."""
CommandAnswerKind = Literal["accepted", "declined"]


class CommandRequest(_Api):
    """``POST /agents/{username}/commands`` (supervisor in the agent's team, or admin)."""

    type: CommandType
    text: str | None = Field(default=None, max_length=2000, pattern=r"\S",
                             description="Required for a message: some visible text")
    status: Literal["available", "dnd", "break", "offline"] | None = None
    reason: ShortText | None = None


class Command(_Api):
    id: str
    agent: str
    type: CommandType
    text: str | None
    status: str | None
    reason: str | None
    issued_by: str
    created_ms: int
    # The answer's fields are left out while empty: a console that predates them still reads every
    # message, forced status and logout (the wire models refuse unknown fields).
    answer: CommandAnswerKind | None = Field(default=None, exclude_if=lambda v: v is None,
                                             description="The agent's answer (diagnostics requests)")
    answered_ms: int | None = Field(default=None, exclude_if=lambda v: v is None)
    upload_id: str | None = Field(default=None, exclude_if=lambda v: v is None,
                                  description="The diagnostics upload an accepted request produced")


class CommandAnswer(_Api):
    """``POST /diagnostics/requests/{command_id}/answer``: the agent's answer to a diagnostics
    request (``upload_id`` required when accepted: the upload the console just made)."""

    answer: CommandAnswerKind
    upload_id: str | None = Field(default=None, max_length=40)


class DiagnosticsUploadInfo(_Api):
    """``POST /diagnostics`` answer and ``GET /diagnostics`` rows."""

    id: str
    user_id: int
    username: str
    at_ms: int
    size: int


class Note(_Api):
    """Latest version of a call note (``GET /agents/{username}/notes``)."""

    call_id: str
    version: int
    disposition: str
    text: str
    at_ms: int


class DayReportRow(_Api):
    """``GET /reports/day`` rows (JSON, or CSV with the same columns flattened)."""

    username: str
    team: str | None
    day: str
    shift_start_ms: int | None
    shift_end_ms: int | None
    shift_s: float
    status_s: dict[str, float]
    calls_offered: int
    calls_answered: int
    calls_missed: int
    calls_rejected: int
    calls_made: int
    calls_handled: int = Field(description="Answered inbound + connected outbound (AHT divisor)")
    talk_s: float
    hold_s: float
    wrapup_s: float
    aht_s: float | None
    break_s: float
    break_budget_s: float
    break_overrun_s: float


class DayReport(_Api):
    day: str
    timezone: str
    agents: list[DayReportRow]
    team_totals: list[DayReportRow] = Field(description="One row per team; username = '*'")


# --------------------------------------------------------------------------------------------
# Live feed (WebSocket ``API_PREFIX + /live``): JSON text frames with a ``type`` discriminator.
# Auth: ``Authorization: Bearer`` header on the upgrade, or a first ``auth`` message within
# 5 s. Never a token in the URL.
# --------------------------------------------------------------------------------------------


class LiveAuth(_Api):
    type: Literal["auth"] = "auth"
    token: str


class LiveHeartbeat(_Api):
    """Console -> server, every ``heartbeat_interval_s`` (provisioning). 10 s without one marks
    the agent unreachable on the board; the next one restores it."""

    type: Literal["heartbeat"] = "heartbeat"
    sent_ms: int | None = Field(default=None, description="Console wall clock (echoed for skew)")


class LiveHeartbeatAck(_Api):
    type: Literal["heartbeat_ack"] = "heartbeat_ack"
    sent_ms: int | None
    server_ms: int


class LiveSnapshot(_Api):
    """First server message after auth: the board as this user may see it (an agent: itself),
    plus the undelivered commands addressed to an agent."""

    type: Literal["snapshot"] = "snapshot"
    board: Board
    commands: list[Command] = Field(default_factory=list)


class LiveAgentUpdate(_Api):
    """Delta: one agent's board row changed (status, call, counters, reachability)."""

    type: Literal["agent"] = "agent"
    agent: BoardRow


class LiveCommand(_Api):
    """A supervisor command for the connected agent. After ``force_logout`` the server closes the
    socket (code 4001) and the agent's tokens are revoked."""

    type: Literal["command"] = "command"
    command: Command


class LiveError(_Api):
    type: Literal["error"] = "error"
    detail: str


class LiveCommandAnswer(_Api):
    """Server -> the supervisors of the agent's team (and admins): an agent answered a request
    for diagnostics (``command.answer``: accepted, with the upload's id, or declined)."""

    type: Literal["command_answer"] = "command_answer"
    command: Command


class LivePhone(_Api):
    """Console -> server, after connecting and whenever it changes: the phone's reachability, put
    on the board row. A separate message rather than a heartbeat field: a server that does not
    know it answers with an error and still counts the heartbeats."""

    type: Literal["phone"] = "phone"
    state: PhoneState


LiveClientMessage = Annotated[LiveAuth | LiveHeartbeat | LivePhone, Field(discriminator="type")]



# --------------------------------------------------------------------------------------------
# Supervisor console (``API_PREFIX + /supervisor``): alerts decided by the server, so every
# supervisor of a team sees the same alerts with the same start times and acknowledgements.
# --------------------------------------------------------------------------------------------

AlertKind = Literal["break_over_budget", "wrapup_long", "call_long", "unreachable", "dnd_long", "phone_unreachable"]


class AlertPolicy(_Api):
    """Alert thresholds of one team (``GET/PUT /supervisor/teams/{team}/alert-policy``). The break
    budget itself is the agent's policy (``PolicyValues.break_budget_s``); ``None`` turns a rule off."""

    break_over_budget: bool = True
    wrapup_max_s: int | None = Field(default=120, ge=1, le=86_400)
    call_max_s: int | None = Field(default=900, ge=1, le=86_400)
    dnd_max_s: int | None = Field(default=600, ge=1, le=86_400)
    unreachable: bool = True
    phone_unreachable_s: int | None = Field(default=60, ge=1, le=86_400,
                                            description="A console online whose phone cannot reach the PBX")


class Alert(_Api):
    """One active alert. ``key`` is stable while the condition lasts (kind, agent, start of the
    status/call it is about), so an acknowledgement sticks to this occurrence only."""

    key: str
    kind: AlertKind
    username: str
    display_name: str
    team: str | None
    began_ms: int = Field(description="When the threshold was crossed (server clock)")
    limit_s: float | None = Field(description="The threshold that was crossed (break: the budget)")
    acked_by: str | None = None
    acked_ms: int | None = None


class AlertList(_Api):
    alerts: list[Alert]
    server_ms: int


class AlertAckRequest(_Api):
    key: str = Field(min_length=1, max_length=200)


class LiveAlerts(_Api):
    """Server -> supervisor: the complete set of active alerts of ``team`` (sent when it changes
    and once after connecting), so a missed message never leaves a stale alert behind."""

    type: Literal["alerts"] = "alerts"
    team: str | None
    alerts: list[Alert]
    server_ms: int


class ActionRequest(_Api):
    """``POST /supervisor/agents/{username}/actions``: a command with the supervisor's reason
    (required to force a status; shown to the agent)."""

    type: CommandType
    text: str | None = Field(default=None, max_length=2000)
    status: Literal["available", "dnd", "break", "offline"] | None = None
    reason: ShortText | None = None


class NoteVersion(_Api):
    """One version of a call note: the agent's own saves and supervisors' annotations."""

    call_id: str
    version: int
    disposition: str
    text: str
    at_ms: int
    author: str
    by_supervisor: bool = False


class AnnotationRequest(_Api):
    text: str = Field(min_length=1, max_length=20_000)


class AgentDay(_Api):
    """``GET /supervisor/agents/{username}/day``: the drill-down of one agent's day."""

    username: str
    display_name: str
    team: str | None
    day: str
    statuses: list[tuple[int, AgentStatus]] = Field(description="(at_ms, status) changes of the day, in order")
    calls: list[dict[str, Any]]
    notes: list[NoteVersion]
    actions: list[Command]
    server_ms: int
    day_start_ms: int = Field(description="Start of the day in the report time zone (epoch ms)")
    day_end_ms: int = Field(description="End of the day in the report time zone (epoch ms, exclusive; "
                                        "23 or 25 hours after the start on DST days)")


class TeamList(_Api):
    """``GET /supervisor/teams``: the teams whose alerts and thresholds the caller looks after (a
    supervisor's own teams, an admin's every team), whether or not they have agents yet."""

    teams: list[str]


class DayMix(_Api):
    """``GET /supervisor/day-mix``: agent-minutes per status in each slot of the day so far."""

    team: str | None
    day: str
    start_ms: int
    slot_ms: int
    slots: list[dict[str, float]]


LiveServerMessage = Annotated[
    LiveSnapshot | LiveAgentUpdate | LiveCommand | LiveHeartbeatAck | LiveError | LiveAlerts | LiveCommandAnswer,
    Field(discriminator="type"),
]


# --------------------------------------------------------------------------------------------
# Wallboard (``GET /wallboard`` page, ``WS API_PREFIX + /wallboard/live``): a read-only view for
# a wall screen. Rows carry no numbers dialled, no reasons, no notes and no call ids.
# --------------------------------------------------------------------------------------------


class WallboardPairRequest(_Api):
    """``POST /wallboard/pair``: the one-time code printed by ``create-wallboard-token``."""

    code: str = Field(min_length=4, max_length=32)


class WallboardPairResponse(_Api):
    """The wallboard's secret, returned once; the page keeps it in the browser's storage."""

    token: str
    name: str
    teams: list[str]


class WallboardTeamDay(_Api):
    """Today's calls of one team: answered inbound, missed, and handled (answered and ended, in or
    out) with their talk time including hold: AHT = talk_s / handled."""

    team: str | None
    answered: int
    missed: int
    handled: int
    talk_s: float


class WallboardAlert(_Api):
    kind: str
    username: str
    name: str
    team: str | None
    began_ms: int


class WallboardScope(_Api):
    kind: Literal["wallboard", "supervisor", "admin"]
    name: str
    teams: list[str] | None = Field(description="null: every team (admin)")


WallboardCategory = Literal["available", "on_call", "wrap_up", "dnd", "break", "offline", "unreachable"]
"""What a wallboard counts: an agent flagged unreachable counts only as unreachable (unless
offline), and ringing counts as on call."""


class WallboardTeamCounts(_Api):
    """One team's agents by category and its longest answered call in progress."""

    team: str | None
    counts: dict[WallboardCategory, int]
    call_since_ms: int | None = Field(description="Start of the team's longest answered call in progress")


class WallboardSnapshot(_Api):
    """First message after auth, and again after every reconnect: every team in scope."""

    type: Literal["snapshot"] = "snapshot"
    scope: WallboardScope
    teams: list[WallboardTeamCounts]
    server_ms: int


class WallboardCounts(_Api):
    """The teams whose numbers changed, at most every ``COUNTS_EVERY_S`` (the board's deltas,
    folded on the server: a wall never receives agents' rows)."""

    type: Literal["counts"] = "counts"
    teams: list[WallboardTeamCounts]
    changes_ms: list[int] = Field(
        description="Server time of each change folded into this message (the page measures its latency from them)")
    server_ms: int


class WallboardStats(_Api):
    """Every two seconds: today's calls per team (also the feed's keep-alive: a page that hears
    nothing for a few of them shows the feed as lost)."""

    type: Literal["stats"] = "stats"
    teams: list[WallboardTeamDay]
    server_ms: int


class WallboardAlerts(_Api):
    """The agents in alert in one team, whole (the supervisors' ``LiveAlerts`` without keys or
    acknowledgements): sent once after connecting if any, then whenever the team's set changes."""

    type: Literal["alerts"] = "alerts"
    team: str | None
    alerts: list[WallboardAlert]
    server_ms: int


# --------------------------------------------------------------------------------------------
# Error answers (every 4xx/5xx): ``{"detail": ...}``. What ``detail`` holds depends on the check
# that failed, so the schema says all three shapes.
# --------------------------------------------------------------------------------------------


class ValidationIssue(_Api):
    """One problem of a request that could not be read (FastAPI's shape, minus the input)."""

    loc: list[str | int]
    msg: str
    type: str


class BatchRejection(_Api):
    """``POST /events`` 422/409: the events refused, by id; nothing of the batch was stored."""

    message: str
    errors: list[dict[str, Any]] = Field(description="{event_id, problems[, index, kind]} per refused event")
    count: int


class Problem(_Api):
    """The body of every error answer."""

    detail: str | list[ValidationIssue] | BatchRejection
