"""The household door sign: the operator's status told to the household, with nothing personal.

Pure logic, no Qt: :mod:`.states` (four public states), :mod:`.lan` (which address to listen on),
:mod:`.server` (one page and a server-sent-events feed), :mod:`.mqtt` (a smart-home lamp through
Home Assistant's MQTT discovery). The console's composition is :mod:`agent_console.app.doorsign_wiring`.
"""
