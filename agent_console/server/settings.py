"""Server configuration (pydantic-settings): CLI flags override ``AGENT_CONSOLE_SERVER_*`` env vars.

Defaults are safe for one machine: loopback, SQLite in the user data directory, no browser Origin
allowed on the live feed.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_database_url() -> str:
    """SQLite file in the per-user data dir, so ``serve`` works with no configuration at all."""
    path = Path(user_data_dir("agent-console-server", appauthor=False)) / "server.db"
    return f"sqlite:///{path}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AGENT_CONSOLE_SERVER_", extra="ignore")

    database_url: str = Field(default_factory=default_database_url)
    token_ttl_s: int = Field(default=12 * 3600, ge=60, description="Bearer tokens expire after this")
    allowed_origins: list[str] = Field(
        default_factory=list,
        description="Browser Origins allowed on the live WebSocket; clients that send none are allowed",
    )
    heartbeat_interval_s: float = 2.0
    heartbeat_timeout_s: float = 10.0
    liveness_sweep_s: float = 1.0
    ws_auth_timeout_s: float = 5.0
    live_queue_max: int = 10_000
    max_future_skew_s: int = Field(default=3600, description="Events stamped later than now + this: 422")
    max_event_age_s: int = Field(default=30 * 86_400, description="Events older than this: 422")
    max_body_bytes: int = Field(
        default=256 * 1024,
        description="Largest POST /events body (413 above; the console halves its batch). Parsing costs "
        "up to ~30 times the body size in memory, so this bounds what one upload may cost",
    )
    max_small_body_bytes: int = Field(default=256 * 1024, description="Largest body of any other request")
    report_timezone: str = "UTC"
    log_format: str = Field(default="text", pattern="^(text|json)$",
                            description="text, or json: one JSON object per log line for log collectors")
    diagnostics_dir: str = Field(default="", description="Where uploaded diagnostics zips are kept "
                                 "(default: the user data directory's diagnostics/)")
    diagnostics_max_bytes: int = Field(default=16 * 1024 * 1024, description="Largest diagnostics upload (413 above)")
    diagnostics_per_user_per_hour: int = Field(default=3, description="Diagnostics uploads per user per hour (429)")
    command_ttl_s: int = Field(default=600, description="Undelivered commands older than this are dropped")
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65_536
    argon2_parallelism: int = 2
    forwarded_allow_ips: str = Field(
        default="",
        description="Comma-separated addresses/networks of reverse proxies whose X-Forwarded-For is "
        "trusted (uvicorn's FORWARDED_ALLOW_IPS, which is read too). Empty: the peer address is the client",
    )
    login_window_s: float = 300.0
    login_max_per_pair: int = 5
    login_max_per_address: int = 30
    login_max_per_user: int = 20
    db_pool_size: int = 10
    db_connect_timeout_s: int = Field(default=2, ge=2, description="PostgreSQL: opening a connection (libpq minimum 2)")
    db_pool_timeout_s: float = Field(default=2.0, description="Waiting for a free pooled connection: 503 after")
    db_statement_timeout_s: float = Field(
        default=30.0, description="PostgreSQL statement_timeout: a statement running longer is cancelled (503)")
    db_probe_s: float = Field(default=0.5, description="PostgreSQL: how often each process checks that it answers")
    db_probe_timeout_s: float = Field(
        default=1.0, description="A probe not answered within this marks the database unreachable: 503 at once")
    bulk_concurrency: int = Field(
        default=2,
        description="Outbox-drain batches parsed and validated at once per process; the rest wait in "
        "the event loop without holding a worker thread, so live events always find one",
    )
    bulk_in_flight: int = Field(
        default=8,
        description="Outbox-drain batches admitted at once per process (parsing, queued for the group "
        "committer or being stored); bounds the memory that waiting drains hold",
    )
    auth_cache_s: float = Field(
        default=300.0,
        description="Token checks are cached this long. Revocations (logout, disable, password change, forced "
        "logout) evict at once through the live bus and, from any writer including the CLI, within "
        "revocation_sweep_s; a team newly assigned from the CLI shows within this delay",
    )
    revocation_sweep_s: float = Field(
        default=1.0, description="Each process polls the token table for recent revocations this often"
    )
