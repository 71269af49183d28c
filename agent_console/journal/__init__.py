"""Crash-safe local journal (SQLite): domain events, the sync outbox, note drafts."""

from agent_console.journal.store import Draft, Journal, JournalError, StoredEvent, default_journal_path

__all__ = ["Draft", "Journal", "JournalError", "StoredEvent", "default_journal_path"]
