"""agent_state: phone reachability, the current call's latest quality, break time used today

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 20:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ("phone", sa.String(length=16)),
    ("phone_since_ms", sa.BigInteger()),
    ("quality_call_id", sa.String(length=64)),
    ("q_mos", sa.Float()),
    ("q_loss", sa.Float()),
    ("q_at_ms", sa.BigInteger()),
    ("break_day", sa.String(length=10)),
    ("break_used_ms", sa.BigInteger()),
)


def upgrade() -> None:
    with op.batch_alter_table("agent_state", schema=None) as batch_op:
        for name, type_ in _COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agent_state", schema=None) as batch_op:
        for name, _type in reversed(_COLUMNS):
            batch_op.drop_column(name)
