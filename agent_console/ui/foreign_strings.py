# ruff: noqa: E501
"""Strings that other modules translate through a helper (``tr(text)`` / ``_tr(text)``).

lupdate only sees literal ``translate(context, text)`` calls, so these are listed here, marked with
QT_TRANSLATE_NOOP, to keep them in resources/translations/*.ts. Generated from the sources of the
phone, sync and audio modules; regenerate when their texts change (see docs/ui.md).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FOREIGN_STRINGS = (
    QT_TRANSLATE_NOOP("Phone", "Registering again"),
    QT_TRANSLATE_NOOP("Phone", "Network changed: restarting connections"),
    QT_TRANSLATE_NOOP("Phone", "None of the configured codecs is available; using G.711."),
    QT_TRANSLATE_NOOP("Phone", "Rejected while unavailable (%d)"),
    QT_TRANSLATE_NOOP("Phone", "Phone stopped"),
    QT_TRANSLATE_NOOP("Phone", "Registering with %s"),
    QT_TRANSLATE_NOOP("Phone", "Ready (direct, no PBX) on port %d"),
    QT_TRANSLATE_NOOP("Phone", "Registered (%s)"),
    QT_TRANSLATE_NOOP("Phone", "Not registered"),
    QT_TRANSLATE_NOOP("Phone", "Connection to the server lost; registering again"),
    QT_TRANSLATE_NOOP("Phone", "Network change handled; %d call(s) kept"),
    QT_TRANSLATE_NOOP("Phone", "No such call: %s"),
    QT_TRANSLATE_NOOP("Phone", "The phone could not start: %s"),
    QT_TRANSLATE_NOOP("Phone", "Server unreachable (%s); retrying in %d s"),
    QT_TRANSLATE_NOOP("Phone", "No audio from the other side for %d s: call ended"),
    QT_TRANSLATE_NOOP("Phone", "Signing out"),
    QT_TRANSLATE_NOOP("Phone", "Server certificate refused: %s"),
    QT_TRANSLATE_NOOP("Phone", "Wrong extension or password"),
    QT_TRANSLATE_NOOP("Phone", "Connection lost; registering again"),
    QT_TRANSLATE_NOOP("Phone", "Registration forbidden by the server (403)"),
    QT_TRANSLATE_NOOP("Phone", "Could not hold the other call: %s"),
    QT_TRANSLATE_NOOP("Sync", "Unknown command from {who}."),
    QT_TRANSLATE_NOOP("Sync", "Message from {who}: {text}"),
    QT_TRANSLATE_NOOP("Sync", "{who} changed your status."),
    QT_TRANSLATE_NOOP("Sync", "{who} signed you out."),
    QT_TRANSLATE_NOOP("Sync", "{who} asked for a status change, but no shift is running."),
    QT_TRANSLATE_NOOP("Sync", "{who} asked for a status change that could not be applied: {why}"),
    QT_TRANSLATE_NOOP("Sync", "{who} signed you out; the shift stays open: {why}"),
    QT_TRANSLATE_NOOP("Sync", "Everything you do is saved on this computer first and sent automatically."),
    QT_TRANSLATE_NOOP("Sync", "%n event(s) waiting"),
    QT_TRANSLATE_NOOP("Sync", "Sign-in needed"),
    QT_TRANSLATE_NOOP("Sync", "Connecting…"),
    QT_TRANSLATE_NOOP("Sync", "Synced"),
    QT_TRANSLATE_NOOP("Sync", "All your events have reached the server."),
    QT_TRANSLATE_NOOP("Sync", "Offline"),
    QT_TRANSLATE_NOOP("Sync", "Some events were refused by the server"),
    QT_TRANSLATE_NOOP("Sync", "They are kept on this computer and offered again later; IT can see why in the log."),
    QT_TRANSLATE_NOOP("Sync", "Sending to the server."),
    QT_TRANSLATE_NOOP("Sync", "Offline since {time}"),
    QT_TRANSLATE_NOOP("Sync", "The server cannot be reached."),
    QT_TRANSLATE_NOOP("Sync", "Click to sign in again."),
    QT_TRANSLATE_NOOP("Sync", "Sign in to the call-center server."),
    QT_TRANSLATE_NOOP("Sync", "Your sign-in has expired. Sign in again: everything you did meanwhile is saved on this computer and will be sent."),
    QT_TRANSLATE_NOOP("Sync", "You were signed out by a supervisor. Sign in again to continue."),
    QT_TRANSLATE_NOOP("Sync", "Wrong user name or password."),
    QT_TRANSLATE_NOOP("Sync", "The server cannot be reached. Check the address and your internet connection."),
    QT_TRANSLATE_NOOP("Sync", "Too many sign-in attempts. Wait a few minutes and try again."),
    QT_TRANSLATE_NOOP("Sync", "The server has a problem right now. Try again in a moment."),
    QT_TRANSLATE_NOOP("Sync", "The server refused the sign-in ({code})."),
    QT_TRANSLATE_NOOP("Sync", "Signing in…"),
    QT_TRANSLATE_NOOP("Sync", "Fill in the server, your user name and your password."),
)
