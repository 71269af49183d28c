"""Days and teams as the server sees them: every route that takes a day refuses one after the
server's today in the report time zone (the supervisor's or agent's own clock does not matter),
an agent's day carries its bounds in that time zone, and ``/supervisor/teams`` lists the caller's
teams whether or not they have agents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from .kit import Api, now_ms, status

SUP = "/api/v1/supervisor"
DAY_ROUTES = ("/api/v1/reports/day?day={}", "/api/v1/reports/day?format=csv&day={}",
              "/api/v1/agents/ann/notes?day={}", f"{SUP}/agents/ann/day?day={{}}", f"{SUP}/day-mix?day={{}}")


# Kiritimati (UTC+14) and Pago Pago (UTC-11) are each a calendar day off UTC for half of every
# UTC day: a check against the machine's date instead of the report time zone's fails in one of them.
@pytest.mark.parametrize("tz", ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_a_day_after_the_servers_today_is_refused_by_every_route(make_api: Callable[..., Api], tz: str) -> None:
    api = make_api(report_timezone=tz)
    h = api.setup_center()
    today = datetime.fromtimestamp(now_ms() / 1000, ZoneInfo(tz)).date()
    for route in DAY_ROUTES:
        for day in (today + timedelta(days=1), today + timedelta(days=2)):
            r = api.client.get(route.format(day.isoformat()), headers=h["sue"])
            assert r.status_code == 422, (route, day, r.text)
            assert r.json()["detail"] == "day is in the future"
        for day in (today, today - timedelta(days=1)):
            r = api.client.get(route.format(day.isoformat()), headers=h["sue"])
            assert r.status_code == 200, (route, day, r.text)
    assert api.client.get("/api/v1/reports/day?day=", headers=h["sue"]).json()["day"] == today.isoformat()
    # An agent asking for their own report is held to the same day.
    tomorrow = (today + timedelta(days=1)).isoformat()
    assert api.client.get(f"/api/v1/reports/day?day={tomorrow}", headers=h["ann"]).status_code == 422


@pytest.mark.parametrize("tz", ["Asia/Almaty", "Pacific/Pago_Pago"])
def test_an_agents_day_carries_its_bounds_in_the_report_time_zone(make_api: Callable[..., Api], tz: str) -> None:
    api = make_api(report_timezone=tz)
    h = api.setup_center()
    zone = ZoneInfo(tz)
    now = now_ms()
    today = datetime.fromtimestamp(now / 1000, zone).date()
    api.post_events(h["ann"], status("ann", "available", at_ms=now - 60_000))
    for day in (today, today - timedelta(days=3)):
        body = api.client.get(f"{SUP}/agents/ann/day?day={day.isoformat()}", headers=h["sue"]).json()
        start = int(datetime.combine(day, time(0), zone).timestamp() * 1000)
        end = int(datetime.combine(day + timedelta(days=1), time(0), zone).timestamp() * 1000)
        assert (body["day"], body["day_start_ms"], body["day_end_ms"]) == (day.isoformat(), start, end)
    assert api.client.get(f"{SUP}/agents/ann/day", headers=h["sue"]).json()["day"] == today.isoformat()


def test_the_teams_route_lists_the_callers_teams_with_or_without_agents(api: Api) -> None:
    h = api.setup_center()  # north: ann, bob; south: cat
    api.user("vic", "supervisor", ("east", "north"))  # east has no agents
    api.user("ivy", "supervisor", ("west",))  # nor has west
    h["vic"], h["ivy"] = api.login("vic"), api.login("ivy")

    def teams(who: str) -> list[str]:
        r = api.client.get(f"{SUP}/teams", headers=h[who])
        assert r.status_code == 200, r.text
        return list(r.json()["teams"])

    assert teams("sue") == ["north"]
    assert teams("vic") == ["east", "north"]
    assert teams("ivy") == ["west"]
    assert teams("ada") == ["east", "north", "south", "west"]  # admin: every team
    assert api.client.get(f"{SUP}/teams", headers=h["ann"]).status_code == 403
    assert api.client.get(f"{SUP}/teams").status_code == 401
    # A listed team's thresholds are the caller's to read, agents or not.
    assert api.client.get(f"{SUP}/teams/west/alert-policy", headers=h["ivy"]).status_code == 200
