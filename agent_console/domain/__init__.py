"""The agent's world in pure Python: status rules, shift arithmetic, call notes.

No Qt, no pjsua2, no I/O. Time comes from an injected :class:`~agent_console.domain.clock.Clock`
so the rules can be tested (and replayed from the journal) deterministically.
"""
