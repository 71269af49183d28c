"""Thin HTTP/WebSocket layer: parse, check role (via deps types), call a service, shape the reply."""
