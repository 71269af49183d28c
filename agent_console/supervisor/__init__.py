"""The supervisor's domain: pure rules and state without Qt or HTTP.

- :mod:`.alerts` decides which agents are in alert (run by the server, so every supervisor of a
  team sees the same alerts);
- :mod:`.grid` folds the live feed (snapshot, then one-row deltas) into the rows a grid shows;
- :mod:`.day_mix` turns a day of status changes into the status mix per 15 minutes.
"""
