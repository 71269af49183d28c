"""What the agent (and, through the journal, the supervisors) learn when the phone meets a fault."""

from __future__ import annotations

from PySide6.QtCore import Qt

from agent_console.phone.api import CallQuality
from agent_console.protocol import EventKind


def _answer_a_call(window, fake_phone, qtbot):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    call = fake_phone.ring("+77015550101", "Айгерім Сапарова")
    qtbot.mouseClick(window.ringing_panel.ui.answerButton, Qt.MouseButton.LeftButton)
    return call


def _quality_events(console):  # type: ignore[no-untyped-def]
    return [e.payload for e in console.journal.events("aigerim") if e.kind == EventKind.CALL_QUALITY]


def test_no_audio_is_shown_and_journaled_at_once(window, console, fake_phone, qtbot, clock):  # type: ignore[no-untyped-def]
    call = _answer_a_call(window, fake_phone, qtbot)
    ic = window.incall_panel.ui
    fake_phone.emit_quality(call.call_id, CallQuality(rtt_ms=20, jitter_ms=1, loss_pct=0.0, mos=4.4))
    assert "Good line" in ic.qualityLabel.text()
    clock.advance(3_000)       # well inside the journal's 20 s quality interval
    fake_phone.emit_quality(call.call_id, CallQuality(rtt_ms=20, jitter_ms=1, loss_pct=100.0, mos=1.0,
                                                      no_audio=True))
    assert "No audio" in ic.qualityLabel.text()
    assert "No sound is arriving" in ic.qualityLabel.toolTip()
    logged = _quality_events(console)
    assert [q["mos"] for q in logged] == [4.4, 1.0] and logged[-1]["loss_pct"] == 100.0
    clock.advance(3_000)       # the sound comes back: said at once as well
    fake_phone.emit_quality(call.call_id, CallQuality(rtt_ms=20, jitter_ms=1, loss_pct=0.0, mos=4.4))
    assert [q["mos"] for q in _quality_events(console)] == [4.4, 1.0, 4.4]


def test_a_call_refused_for_lack_of_encryption_is_recorded_with_its_reason(window, console, fake_phone, qtbot):  # type: ignore[no-untyped-def]
    from agent_console.phone.api import CallInfo, CallState

    qtbot.mouseClick(window.status_control.ui.availableButton, Qt.MouseButton.LeftButton)
    messages = []
    console.controller.message.connect(lambda kind, text: messages.append((kind, text)))
    reason = "Refused: the caller's phone cannot encrypt the call (encryption is required)"
    fake_phone.call_rejected_unavailable.emit(CallInfo(
        call_id="c9", direction="inbound", remote_number="+77015550199", remote_name="Ерлан",
        state=CallState.ENDED, reason=reason, status_code=488))
    rejected = [e.payload for e in console.journal.events("aigerim") if e.kind == EventKind.CALL_REJECTED]
    assert rejected and rejected[-1]["code"] == 488 and rejected[-1]["number"] == "+77015550199"
    assert console.session.summary.rejected == 1
    assert messages[-1][0] == "warning" and "cannot encrypt" in messages[-1][1] and "Ерлан" in messages[-1][1]
    assert "not available" not in window.ui.statusbar.currentMessage()
