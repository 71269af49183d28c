"""commands: the agent's answer to a diagnostics request (accepted/declined, when, the upload)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("answer", sa.String(length=16)),
    ("answered_ms", sa.BigInteger()),
    ("upload_id", sa.String(length=40)),
)


def upgrade() -> None:
    with op.batch_alter_table("commands", schema=None) as batch_op:
        for name, type_ in _COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("commands", schema=None) as batch_op:
        for name, _type in reversed(_COLUMNS):
            batch_op.drop_column(name)
