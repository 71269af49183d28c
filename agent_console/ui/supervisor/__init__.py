"""The supervisor's window: the live grid (model, filter/sort proxy), counters, alerts panel,
actions, the day chart and an agent's drill-down. Widgets only show and forward; the state is
folded by :mod:`agent_console.supervisor` and fetched by :mod:`agent_console.app.supervisor`."""
