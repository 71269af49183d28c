"""Generated form classes (see scripts/build_resources.py)."""
