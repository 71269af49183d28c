"""Agent Console: softphone and agent console for home-working call-center operators.

Layers (dependencies point inward):
    ui/ -> app/ -> domain/
    phone/, audio/, journal/, sync/ are adapters around the domain;
    server/ is the central server (optional dependency group ``server``);
    protocol.py holds the wire schemas shared by the sync client and the server.
"""

__version__ = "0.1.0"
