"""The SIP password lives only in the OS keyring. No keyring, no silent plaintext fallback."""

from __future__ import annotations

SERVICE = "agent-console"


class SecretStoreError(Exception):
    """The keyring is unavailable or refused; the message is meant for the agent."""


def _key(extension: str, registrar: str) -> str:
    return f"sip:{extension}@{registrar}"


def get_sip_password(extension: str, registrar: str) -> str:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, _key(extension, registrar)) or ""
    except KeyringError as exc:
        raise SecretStoreError(str(exc)) from exc


def set_sip_password(extension: str, registrar: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, _key(extension, registrar), password)
    except KeyringError as exc:
        raise SecretStoreError(str(exc)) from exc
