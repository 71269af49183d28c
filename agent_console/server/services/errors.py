"""One exception type the routers turn into a clear 4xx (status + reason)."""

from __future__ import annotations


class ServiceError(Exception):
    def __init__(self, status: int, detail: object, headers: dict[str, str] | None = None) -> None:
        super().__init__(str(detail))
        self.status = status
        self.detail = detail
        self.headers = headers


def not_found(what: str) -> ServiceError:
    return ServiceError(404, f"{what} not found")


def forbidden(why: str = "not allowed for your role or teams") -> ServiceError:
    return ServiceError(403, why)
