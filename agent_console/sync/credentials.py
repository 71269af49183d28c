"""Secrets of the sync client in the OS keyring, and only there.

Two secrets: the server's bearer token (so the agent does not type the password every shift) and
the SIP password that provisioning hands out. Both live in the keyring under the service name
``agent-console``. There is deliberately **no** plaintext fallback: a laptop without a usable
keyring (no D-Bus session, locked keyring, ``keyrings.alt`` plaintext backend) gets a clear
:class:`CredentialError` that the UI shows, and the agent signs in again next time.

The SIP password uses the same key as ``agent_console.app.secrets`` (``sip:EXT@REGISTRAR``) so the
phone set-up finds what provisioning stored. Nothing here ever logs a secret.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Protocol

SERVICE = "agent-console"

log = logging.getLogger(__name__)

def _tr(text: str) -> str:
    """Messages here reach the agent (``SyncService.error``); Qt's translate is thread-safe."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Sync", text)


def no_keyring_text() -> str:
    return _tr("No secure password store (keyring) is available on this computer, so Agent Console cannot "
               "keep your sign-in. It never stores passwords in a plain file. Start the desktop session's "
               "keyring (GNOME Keyring / KWallet) or ask IT; until then you must sign in at every start.")


def locked_text() -> str:
    return _tr("The keyring is locked. Unlock it (it usually asks for your computer password) and try again.")


def insecure_text(name: str) -> str:
    return _tr("The only password store available ({name}) keeps secrets in a plain file; Agent Console "
               "refuses to use it. Ask IT to enable the desktop keyring.").format(name=name)


def failed_text(detail: str) -> str:
    return _tr("The keyring refused to store or read a secret ({detail}). Sign in again or ask IT.").format(
        detail=detail)


def silent_text() -> str:
    return _tr("The keyring does not answer; your sign-in is kept for this run only.")


_INSECURE_MODULES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")


class CredentialError(Exception):
    """The keyring cannot be used; ``str(exc)`` is a message meant for the agent."""


@dataclass(frozen=True)
class StoredToken:
    """A server session remembered between starts (the password itself is never stored)."""

    username: str
    token: str = field(repr=False)
    expires_at_ms: int
    role: str = "agent"


class CredentialStore(Protocol):
    """What the sync engine needs from a secret store (:class:`Credentials`; tests may pass an
    in-memory stand-in when the keyring is not what they test)."""

    def save_token(self, token: StoredToken) -> None: ...
    def load_token(self) -> StoredToken | None: ...
    def delete_token(self) -> None: ...
    def save_sip_password(self, extension: str, registrar: str, password: str) -> None: ...


def token_key(server_url: str) -> str:
    return f"token:{server_url.rstrip('/')}"


def sip_key(extension: str, registrar: str) -> str:
    return f"sip:{extension}@{registrar}"


class Credentials:
    """Keyring access for one server. Every call may block on D-Bus: call it off the GUI thread
    (the sync service does) or accept a short wait (the login dialog's final store)."""

    def __init__(self, server_url: str, service: str = SERVICE) -> None:
        self.server_url = server_url.rstrip("/")
        self.service = service

    # -- token -----------------------------------------------------------------------------------

    def save_token(self, token: StoredToken) -> None:
        blob = json.dumps({"username": token.username, "token": token.token,
                           "expires_at_ms": token.expires_at_ms, "role": token.role})
        self._call("set_password", self.service, token_key(self.server_url), blob)
        log.info("server token for %s stored in the keyring", token.username)

    def load_token(self) -> StoredToken | None:
        blob = self._call("get_password", self.service, token_key(self.server_url))
        if not blob:
            return None
        try:
            data = json.loads(blob)
            return StoredToken(username=str(data["username"]), token=str(data["token"]),
                               expires_at_ms=int(data["expires_at_ms"]), role=str(data.get("role", "agent")))
        except (ValueError, KeyError, TypeError):
            log.warning("unreadable token entry in the keyring: ignored (sign in again)")
            return None

    def delete_token(self) -> None:
        self._delete(token_key(self.server_url))

    # -- SIP password ----------------------------------------------------------------------------

    def save_sip_password(self, extension: str, registrar: str, password: str) -> None:
        self._call("set_password", self.service, sip_key(extension, registrar), password)

    def load_sip_password(self, extension: str, registrar: str) -> str | None:
        value = self._call("get_password", self.service, sip_key(extension, registrar))
        return value or None

    def delete_sip_password(self, extension: str, registrar: str) -> None:
        self._delete(sip_key(extension, registrar))

    # -- internals -------------------------------------------------------------------------------

    def _delete(self, key: str) -> None:
        import keyring.errors

        try:
            self._call("delete_password", self.service, key)
        except CredentialError as exc:
            if isinstance(exc.__cause__, keyring.errors.PasswordDeleteError):
                return  # nothing stored: deleting is idempotent
            raise

    @staticmethod
    def _call(name: str, *args: str) -> Any:
        import keyring
        import keyring.errors

        check_backend()
        try:
            return getattr(keyring, name)(*args)
        except keyring.errors.NoKeyringError as exc:
            raise CredentialError(no_keyring_text()) from exc
        except keyring.errors.KeyringLocked as exc:
            raise CredentialError(locked_text()) from exc
        except keyring.errors.KeyringError as exc:
            raise CredentialError(failed_text(type(exc).__name__)) from exc
        except Exception as exc:  # D-Bus errors from SecretStorage/jeepney that keyring passes through
            raise CredentialError(failed_text(type(exc).__name__)) from exc


def check_backend() -> None:
    """Refuse keyring backends that are not secure stores (fail, null, keyrings.alt plaintext)."""
    import keyring

    backend = keyring.get_keyring()
    backends = list(getattr(backend, "backends", [backend]))  # ChainerBackend wraps several
    usable = [b for b in backends if not type(b).__module__.startswith(_INSECURE_MODULES)]
    if usable:
        return
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        raise CredentialError(insecure_text(type(backend).__name__))
    raise CredentialError(no_keyring_text())
