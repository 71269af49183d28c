"""Support from afar: the console's log files, crash reports and the diagnostics zip IT asks for.

Everything written here passes :func:`.redact.redact` first, so the SIP password, server tokens and
authentication headers never reach a file an operator may send away.
"""
