"""supervisor console: alert policy per team, alert acknowledgements, note annotations

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 19:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alert_policies",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("values", sa.JSON(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("updated_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["teams.id"], name=op.f("fk_alert_policies_team_id_teams"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"], name=op.f("fk_alert_policies_updated_by_users")),
        sa.PrimaryKeyConstraint("team_id", name=op.f("pk_alert_policies")),
    )
    op.create_table(
        "alert_acks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("alert_key", sa.String(length=200), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("acked_by", sa.Integer(), nullable=False),
        sa.Column("acked_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_alert_acks_user_id_users"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["acked_by"], ["users.id"], name=op.f("fk_alert_acks_acked_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alert_acks")),
        sa.UniqueConstraint("alert_key", name=op.f("uq_alert_acks_alert_key")),
    )
    op.create_index(op.f("ix_alert_acks_user_id"), "alert_acks", ["user_id"], unique=False)
    op.create_table(
        "note_annotations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.String(length=64), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at_ms", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_note_annotations_user_id_users"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"], name=op.f("fk_note_annotations_author_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_annotations")),
    )
    op.create_index("ix_note_annotations_user_call", "note_annotations", ["user_id", "call_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_note_annotations_user_call", table_name="note_annotations")
    op.drop_table("note_annotations")
    op.drop_index(op.f("ix_alert_acks_user_id"), table_name="alert_acks")
    op.drop_table("alert_acks")
    op.drop_table("alert_policies")
