"""Central server: accounts, provisioning, idempotent event ingest, live board for supervisors.

FastAPI + SQLAlchemy 2 + Alembic. SQLite (one process) out of the box, PostgreSQL in production
(several processes share the live feed through LISTEN/NOTIFY). See ``docs/server.md``.
"""
