"""Live feed: the in-process hub of WebSocket subscribers and the bus that feeds it (in-process
for SQLite, PostgreSQL LISTEN/NOTIFY across processes)."""
