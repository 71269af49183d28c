"""Secrets of the sync client in the OS keyring, and only there.

Two secrets: the server's bearer token (so the agent does not type the password every shift) and
the SIP password that provisioning hands out. Both live in the keyring under the service name
``agent-console``. There is deliberately **no** plaintext fallback: a laptop without a usable
keyring (no D-Bus session, locked keyring, ``keyrings.alt`` plaintext backend) gets a clear
:class:`CredentialError` that the UI shows, and the agent signs in again next time.

The SIP password uses the same key as ``agent_console.app.secrets`` (``sip:EXT@REGISTRAR``) so the
phone set-up finds what provisioning stored. Nothing here ever logs a secret.

The keyring library and what it loads (secretstorage, jeepney, cryptography with libcrypto: about
16 MB) never enter the console's own process: each call runs in a short-lived helper process
(:mod:`agent_console.sync.keyring_helper`) that answers over a pipe and exits, so the memory it
took is given back. :func:`call_in_process` is the call itself, run by that helper.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, field
from typing import Any, Protocol

from agent_console.diagnostics.redact import remember_secret

SERVICE = "agent-console"

log = logging.getLogger(__name__)

def _tr(text: str) -> str:
    """Messages here reach the agent (``SyncService.error``); Qt's translate is thread-safe.

    The keyring helper process has no Qt (and no translations): there the text stays English and
    only the error's kind and detail go back; the console builds the agent's message
    (:func:`credential_error`)."""
    if "PySide6.QtCore" not in sys.modules:
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Sync", text)


def no_keyring_text() -> str:
    return _tr("No secure password store (keyring) is available on this computer, so Agent Console cannot "
               "keep your sign-in. It never stores passwords in a plain file. Start the desktop session's "
               "keyring (GNOME Keyring / KWallet) or ask IT; until then you must sign in at every start.")


def locked_text() -> str:
    return _tr("Your keyring is locked, so your sign-in and SIP password cannot be read or kept. Unlock it "
               "(Passwords and Keys, with your computer password), then sign in again.")


def unlocking_text() -> str:
    return _tr("Your keyring is locked: unlock it in the window the system opened (it asks for your computer "
               "password). You can keep working meanwhile; the phone connects once it is unlocked.")


def insecure_text(name: str) -> str:
    return _tr("The only password store available ({name}) keeps secrets in a plain file; Agent Console "
               "refuses to use it. Ask IT to enable the desktop keyring.").format(name=name)


def failed_text(detail: str) -> str:
    return _tr("The keyring refused to store or read a secret ({detail}). Sign in again or ask IT.").format(
        detail=detail)


def silent_text() -> str:
    return _tr("The keyring (your desktop's password store) does not answer. You can keep working; the phone "
               "connects as soon as it answers. If this lasts, log out of the computer and back in, or call IT.")


def problem_text(kind: str) -> str:
    """The agent's message for a :attr:`CredentialError.kind` (what to do, not what broke)."""
    if kind == "unlocking":
        return unlocking_text()
    if kind == "locked":
        return locked_text()
    if kind == "silent":
        return silent_text()
    if kind == "no_keyring":
        return no_keyring_text()
    return failed_text(kind)


_INSECURE_MODULES = ("keyrings.alt", "keyring.backends.null", "keyring.backends.fail")


class CredentialError(Exception):
    """The keyring cannot be used; ``str(exc)`` is a message meant for the agent.

    ``kind`` says why, for callers that act on it: ``"no_keyring"`` (no Secret Service, no D-Bus,
    only a plaintext store), ``"locked"`` (locked, and the unlock prompt was dismissed or already
    shown once), ``"unlocking"`` (the unlock prompt is open and waits for the agent),
    ``"silent"`` (the keyring does not answer in time) or ``"failed"`` (it answered with an error).
    ``detail`` is what the message quotes: the refused plaintext store's name (``"no_keyring"``) or
    the error's type name (``"failed"``); never a secret."""

    def __init__(self, message: str, kind: str = "failed", detail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.detail = detail


def credential_error(kind: str, detail: str = "") -> CredentialError:
    """The agent's message for a failure the keyring helper reported as ``kind`` and ``detail``."""
    if kind == "no_keyring":
        return CredentialError(insecure_text(detail) if detail else no_keyring_text(), kind, detail)
    if kind == "locked":
        return CredentialError(locked_text(), kind)
    return CredentialError(failed_text(detail or kind), "failed", detail)


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


class SessionCredentials:
    """Secrets kept in memory for this run only, never in the OS keyring.

    For the demo's throwaway account on its own local server: remembering it is pointless, and
    asking the keyring for it raised the desktop's "choose a password for the new keyring" prompt
    (or waited on a keyring that does not answer) for nothing."""

    def __init__(self) -> None:
        self._token: StoredToken | None = None
        self._sip: dict[str, str] = {}

    def save_token(self, token: StoredToken) -> None:
        self._token = token

    def load_token(self) -> StoredToken | None:
        return self._token

    def delete_token(self) -> None:
        self._token = None

    def save_sip_password(self, extension: str, registrar: str, password: str) -> None:
        self._sip[sip_key(extension, registrar)] = password

    def load_sip_password(self, extension: str, registrar: str) -> str | None:
        return self._sip.get(sip_key(extension, registrar))


def token_key(server_url: str) -> str:
    return f"token:{server_url.rstrip('/')}"


def sip_key(extension: str, registrar: str) -> str:
    return f"sip:{extension}@{registrar}"


class Credentials:
    """Keyring access for one server. Every call may block on D-Bus for ever (a frozen daemon, an
    unlock prompt left open): call it only on the keyring worker (:mod:`.keyring_worker`), never
    on the GUI thread."""

    def __init__(self, server_url: str, service: str = SERVICE) -> None:
        self.server_url = server_url.rstrip("/")
        self.service = service

    # -- token -----------------------------------------------------------------------------------

    def save_token(self, token: StoredToken) -> None:
        remember_secret(token.token)
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
            remember_secret(str(data.get("token", "")))
            return StoredToken(username=str(data["username"]), token=str(data["token"]),
                               expires_at_ms=int(data["expires_at_ms"]), role=str(data.get("role", "agent")))
        except (ValueError, KeyError, TypeError):
            log.warning("unreadable token entry in the keyring: ignored (sign in again)")
            return None

    def delete_token(self) -> None:
        self._delete(token_key(self.server_url))

    # -- SIP password ----------------------------------------------------------------------------

    def save_sip_password(self, extension: str, registrar: str, password: str) -> None:
        remember_secret(password)
        self._call("set_password", self.service, sip_key(extension, registrar), password)

    def load_sip_password(self, extension: str, registrar: str) -> str | None:
        value = self._call("get_password", self.service, sip_key(extension, registrar))
        remember_secret(value)
        return value or None

    def delete_sip_password(self, extension: str, registrar: str) -> None:
        self._delete(sip_key(extension, registrar))

    # -- internals -------------------------------------------------------------------------------

    def _delete(self, key: str) -> None:
        self._call("delete_password", self.service, key)  # nothing stored: deleting is idempotent

    @staticmethod
    def _call(name: str, *args: str) -> Any:
        """One blocking keyring call: only on the keyring worker (``keyring_worker.worker()``).

        It runs in the keyring helper process (the secret goes there and back over a pipe), or here
        when :data:`IN_PROCESS` is set."""
        if IN_PROCESS:
            return call_in_process(name, *args)
        from agent_console.sync.keyring_helper import call_in_helper

        return call_in_helper(name, *args)


IN_PROCESS = False
"""Call the keyring in this process instead of the helper (tests that give keyring an in-process backend)."""


def call_in_process(name: str, *args: str, state: Any = None) -> Any:
    """``keyring.<name>(*args)`` in this process, after refusing insecure stores and unlocking a
    locked keyring once per run (``state``: see :func:`unlock_once`). Raises :class:`CredentialError`.

    Deleting what is not stored succeeds (``PasswordDeleteError`` is swallowed)."""
    import keyring
    import keyring.errors

    try:
        usable = check_backend()
        unlock_once(usable, state)
        return getattr(keyring, name)(*args)
    except CredentialError:
        raise
    except keyring.errors.PasswordDeleteError as exc:
        if name == "delete_password":
            return None
        raise CredentialError(failed_text(type(exc).__name__), "failed", type(exc).__name__) from exc
    except keyring.errors.NoKeyringError as exc:
        raise CredentialError(no_keyring_text(), "no_keyring") from exc
    except keyring.errors.KeyringLocked as exc:
        raise CredentialError(locked_text(), "locked") from exc
    except keyring.errors.KeyringError as exc:
        raise CredentialError(failed_text(type(exc).__name__), "failed", type(exc).__name__) from exc
    except Exception as exc:  # D-Bus errors from SecretStorage/jeepney that keyring passes through
        raise CredentialError(failed_text(type(exc).__name__), "failed", type(exc).__name__) from exc


def check_backend() -> list[Any]:
    """Refuse keyring backends that are not secure stores (fail, null, keyrings.alt plaintext);
    return the usable ones."""
    import keyring

    backend = keyring.get_keyring()
    backends = list(getattr(backend, "backends", [backend]))  # ChainerBackend wraps several
    usable = [b for b in backends if not type(b).__module__.startswith(_INSECURE_MODULES)]
    if usable:
        return usable
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        raise CredentialError(insecure_text(type(backend).__name__), "no_keyring", type(backend).__name__)
    raise CredentialError(no_keyring_text(), "no_keyring")


def unlock_once(backends: list[Any], state: Any = None) -> None:
    """A locked Secret Service collection opens the system's unlock prompt once per run, not at every call.

    keyring's SecretService backend asks to unlock (or to create the login keyring) inside every
    call; after the agent dismissed that prompt, every sign-in opened it again. Here the lock is
    checked first (a cheap D-Bus property read, no prompt): the first call of the run may prompt
    (:attr:`KeyringWorker.prompting` is set meanwhile, so a caller that gives up waiting can say
    "unlock it in the window the system opened"), later ones fail at once with ``KeyringLocked``
    until the agent unlocks the keyring some other way.

    ``state`` keeps ``unlock_asked`` and ``prompting`` for the run: the keyring worker
    (the default), or in the keyring helper process a stand-in that reports both to the console."""
    if not any(type(b).__module__ == "keyring.backends.SecretService" for b in backends):
        return
    import secretstorage
    from keyring.errors import KeyringLocked
    from secretstorage.collection import DEFAULT_COLLECTION
    from secretstorage.exceptions import ItemNotFoundException, PromptDismissedException

    service = next(b for b in backends if type(b).__module__ == "keyring.backends.SecretService")
    conn = secretstorage.dbus_init()
    try:
        try:
            collection: Any = secretstorage.Collection(conn, getattr(service, "preferred_collection",
                                                                     DEFAULT_COLLECTION))
        except ItemNotFoundException:
            collection = None  # no login keyring yet: creating one prompts for its password
        if collection is not None and not collection.is_locked():
            return
        if state is None:
            from agent_console.sync.keyring_worker import worker

            state = worker()
        if state.unlock_asked:
            raise KeyringLocked("the keyring is locked; its unlock prompt was already shown in this run")
        state.unlock_asked = True
        state.prompting = True
        log.info("the keyring is locked: the system asks the agent to unlock it (once per run)")
        try:
            if collection is None:
                secretstorage.get_default_collection(conn)
                return
            collection.unlock()
        except PromptDismissedException as exc:
            raise KeyringLocked("the unlock prompt was dismissed") from exc
        finally:
            state.prompting = False
        if collection.is_locked():
            raise KeyringLocked("the unlock prompt was dismissed")
    finally:
        conn.close()
