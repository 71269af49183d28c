"""Password hashing (argon2id), opaque bearer tokens and the login rate limiter."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


class Passwords:
    """argon2id with tunable cost (tests and benchmarks lower it; production keeps defaults)."""

    def __init__(self, time_cost: int = 3, memory_kib: int = 65_536, parallelism: int = 2) -> None:
        self._ph = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=parallelism)
        # Verified when the user does not exist, so "unknown user" costs as much as "bad password"
        # and timing does not reveal which user names exist.
        self._dummy = self._ph.hash(secrets.token_urlsafe(16))

    def hash(self, password: str) -> str:
        return self._ph.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        try:
            return self._ph.verify(stored or self._dummy, password) and stored is not None
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """What the database stores: SHA-256 is enough for 256-bit random tokens (no dictionary)."""
    return hashlib.sha256(token.encode()).hexdigest()


class LoginLimiter:
    """Counts *failed* logins in a sliding window, three ways:

    - per (user, address): a guesser at one address is stopped quickly;
    - per address: one address spraying many user names is stopped;
    - per user across addresses: a distributed guesser is stopped.

    The per-address and per-user limits do not apply from addresses where that user already
    logged in successfully (here, or in any process: ``services.auth`` asks the token table) —
    so an attacker can slow an account down but cannot lock its owner out of their usual
    machine, nor everyone behind one NAT or proxy address (ASVS 6.1.1 / 2.4.1).

    In-memory per process: with N processes an attacker gets at most N times the budget.
    """

    def __init__(
        self,
        window_s: float = 300.0,
        per_pair: int = 5,
        per_address: int = 30,
        per_user: int = 20,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 100_000,
    ) -> None:
        self.window_s = window_s
        self.limits = {"pair": per_pair, "address": per_address, "user": per_user}
        self._clock = clock
        self._fails: dict[tuple[str, str], deque[float]] = {}
        self._trusted: dict[str, dict[str, float]] = {}
        self._lock = threading.Lock()
        self._max_keys = max_keys

    def _count(self, key: tuple[str, str], now: float) -> int:
        q = self._fails.get(key)
        if not q:
            return 0
        while q and q[0] <= now - self.window_s:
            q.popleft()
        if not q:
            del self._fails[key]
            return 0
        return len(q)

    def _keys(self, user: str, address: str) -> dict[str, tuple[str, str]]:
        return {"pair": ("pair", f"{user}\0{address}"), "address": ("address", address), "user": ("user", user)}

    def retry_after(self, user: str, address: str, known_address: bool = False) -> float | None:
        """Seconds to wait if this attempt must be refused now, else ``None``. From an address
        the user has logged in from before (``known_address``, or a success seen by this process)
        only the per-(user, address) limit applies: others' failures there cannot lock them out."""
        user = user.lower()
        now = self._clock()
        with self._lock:
            known = known_address or address in self._trusted.get(user, {})
            for name, key in self._keys(user, address).items():
                if name in ("user", "address") and known:
                    continue
                if self._count(key, now) >= self.limits[name]:
                    q = self._fails[key]
                    return max(1.0, q[0] + self.window_s - now)
        return None

    def failed(self, user: str, address: str) -> None:
        user = user.lower()
        now = self._clock()
        with self._lock:
            if len(self._fails) > self._max_keys:  # memory bound under a flood of names
                for k in list(self._fails)[: self._max_keys // 10]:
                    del self._fails[k]
            for key in self._keys(user, address).values():
                self._fails.setdefault(key, deque()).append(now)

    def succeeded(self, user: str, address: str) -> None:
        user = user.lower()
        with self._lock:
            self._fails.pop(("pair", f"{user}\0{address}"), None)
            trusted = self._trusted.setdefault(user, {})
            trusted[address] = self._clock()
            if len(trusted) > 20:
                oldest = min(trusted, key=lambda a: trusted[a])
                del trusted[oldest]


class PrincipalCache:
    """token digest -> (principal, cached at): spares the token/user/teams queries on every
    request. Entries die after ``ttl_s`` and are evicted at once by logout, disable and forced
    logout (directly in this process, through the live bus in the others)."""

    def __init__(self, ttl_s: float, clock: Callable[[], float] = time.monotonic, max_entries: int = 50_000) -> None:
        self.ttl_s = ttl_s
        self._clock = clock
        self._max = max_entries
        self._entries: dict[str, tuple[Any, float]] = {}

    def get(self, digest: str) -> Any:
        entry = self._entries.get(digest)
        if entry is None:
            return None
        if self._clock() - entry[1] > self.ttl_s:
            self._entries.pop(digest, None)
            return None
        return entry[0]

    def put(self, digest: str, principal: Any) -> None:
        if self.ttl_s <= 0:
            return
        if len(self._entries) >= self._max:
            self._entries.clear()
        self._entries[digest] = (principal, self._clock())

    def drop_where(self, pred: Callable[[Any], bool]) -> None:
        for digest, (principal, _t) in list(self._entries.items()):
            if pred(principal):
                self._entries.pop(digest, None)

    def drop_user(self, username: str) -> None:
        self.drop_where(lambda p: p.username == username)

    def drop_token(self, token_id: int) -> None:
        self.drop_where(lambda p: p.token_id == token_id)

    def on_live(self, msg: dict[str, Any]) -> None:
        """Hub listener: evict on kicks and forced logouts announced by any process."""
        kind = msg.get("k")
        if kind == "kick":
            if msg.get("user"):
                self.drop_user(msg["user"])
            if msg.get("token"):
                self.drop_token(msg["token"])
        elif kind == "cmd" and msg.get("command", {}).get("type") == "force_logout":
            self.drop_user(msg["user"])
