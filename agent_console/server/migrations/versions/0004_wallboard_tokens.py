"""wallboard tokens and pairing codes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 19:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wallboard_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("teams", sa.JSON(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=True),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("changed_ms", sa.BigInteger(), nullable=False),
        sa.Column("revoked_ms", sa.BigInteger(), nullable=True),
        sa.Column("last_used_ms", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallboard_tokens")),
        sa.UniqueConstraint("name", name=op.f("uq_wallboard_tokens_name")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_wallboard_tokens_token_hash")),
    )
    with op.batch_alter_table("wallboard_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wallboard_tokens_changed_ms"), ["changed_ms"], unique=False)
    op.create_table(
        "wallboard_pairings",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("token_id", sa.Integer(), nullable=False),
        sa.Column("created_ms", sa.BigInteger(), nullable=False),
        sa.Column("expires_ms", sa.BigInteger(), nullable=False),
        sa.Column("used_ms", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["token_id"], ["wallboard_tokens.id"], name=op.f("fk_wallboard_pairings_token_id_wallboard_tokens"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_wallboard_pairings")),
    )
    with op.batch_alter_table("wallboard_pairings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wallboard_pairings_token_id"), ["token_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("wallboard_pairings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wallboard_pairings_token_id"))
    op.drop_table("wallboard_pairings")
    with op.batch_alter_table("wallboard_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wallboard_tokens_changed_ms"))
    op.drop_table("wallboard_tokens")
