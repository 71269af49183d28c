"""Composition of the supervisor's console: the server's supervisor API, the live feed with
reconnects, and the window. The rules live in :mod:`agent_console.supervisor`, the widgets in
:mod:`agent_console.ui.supervisor`."""
