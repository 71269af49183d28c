"""Business logic below the thin routers: plain functions over a SQLAlchemy session."""
