"""What the alert feed puts on supervisors' sockets tick by tick (no server, no clock): only
changes of a team's alert list, and a new subscriber's non-empty teams once."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from agent_console.protocol import Alert
from agent_console.server.live.alert_feed import AlertFeed
from agent_console.server.live.hub import Subscriber


class _Hub:
    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def _put(self, sub: Subscriber, text: str) -> None:
        self.sent.append((sub.username, json.loads(text)))


def _feed() -> tuple[AlertFeed, _Hub]:
    hub = _Hub()
    return AlertFeed(SimpleNamespace(hub=hub, clock=lambda: 1_000)), hub  # type: ignore[arg-type]


def _sub(name: str, teams: set[str]) -> Subscriber:
    return Subscriber(user_id=1, username=name, role="supervisor", teams=frozenset(teams), token_id=1,
                      expires_ms=2**62)


def _alert(user: str, team: str) -> Alert:
    return Alert(key=f"wrapup_long:{user}:1", kind="wrapup_long", username=user, display_name=user, team=team,
                 began_ms=500, limit_s=120.0)


def test_a_team_without_alerts_is_not_announced_to_a_new_supervisor() -> None:
    feed, hub = _feed()
    sue = _sub("sue", {"north"})
    feed.send([sue], [], {"north"})
    feed.send([sue], [], {"north"})
    assert hub.sent == []  # an empty list first would be read as "the alert cleared"


def test_alerts_arrive_change_and_clear_once_each() -> None:
    feed, hub = _feed()
    sue, sam = _sub("sue", {"north"}), _sub("sam", {"south"})
    feed.send([sue, sam], [], {"north", "south"})
    feed.send([sue, sam], [_alert("ann", "north")], {"north", "south"})
    feed.send([sue, sam], [_alert("ann", "north")], {"north", "south"})
    assert [(who, m["team"], [a["username"] for a in m["alerts"]]) for who, m in hub.sent] == [
        ("sue", "north", ["ann"])]
    hub.sent.clear()
    feed.send([sue, sam], [], {"north", "south"})
    assert [(who, m["team"], m["alerts"]) for who, m in hub.sent] == [("sue", "north", [])]


def test_a_supervisor_connecting_later_gets_the_current_alerts_once() -> None:
    feed, hub = _feed()
    sue = _sub("sue", {"north"})
    feed.send([sue], [_alert("ann", "north")], {"north"})
    hub.sent.clear()
    ada = _sub("ada", {"north"})
    feed.send([sue, ada], [_alert("ann", "north")], {"north"})
    feed.send([sue, ada], [_alert("ann", "north")], {"north"})
    assert [(who, [a["username"] for a in m["alerts"]]) for who, m in hub.sent] == [("ada", ["ann"])]
