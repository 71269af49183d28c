"""Runs the pre-shift check on a worker thread for the window: one signal per line, a pause on the
lines that ask a person ("did you hear it?"), cancellable at any time.

Why a plain thread and not the GUI thread: the audio lines block for about a second each and the
network lines up to their timeouts; the window must stay responsive and closable meanwhile. Signals
cross to the GUI thread queued (this object lives there). A cancelled run stops between steps and
stops waiting for an answer; the window never waits for the thread.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from agent_console.diagnostics.precheck import CheckPlan, answered, steps
from agent_console.diagnostics.precheck_lines import CheckLine
from agent_console.diagnostics.precheck_result import save_result

log = logging.getLogger(__name__)


class CheckRunner(QObject):
    step_started = Signal(str)          # step name ("microphone", ...)
    line_ready = Signal(int, object)    # index, CheckLine (a line is sent again once answered)
    question = Signal(int, str)         # index of the line, the question to ask
    finished = Signal(bool)             # True when every step ran (False: cancelled)

    def __init__(self, plan: CheckPlan, log_dir: Path | None = None, answer_timeout_s: float = 300.0) -> None:
        super().__init__()
        self.plan = plan
        self.log_dir = log_dir
        self.answer_timeout_s = answer_timeout_s
        self.lines: list[CheckLine] = []
        self._cancel = threading.Event()
        self._answered = threading.Event()
        self._answer = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="setup-check", daemon=True)
        self._thread.start()

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def answer(self, yes: bool) -> None:
        """The operator's answer to the pending question (GUI thread)."""
        self._answer = yes
        self._answered.set()

    def cancel(self) -> None:
        self._cancel.set()
        self._answered.set()

    def wait(self, timeout: float) -> bool:
        """For tests and shutdown: True once the thread has ended."""
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running()

    def _run(self) -> None:
        try:
            for name, run in steps(self.plan):
                if self._cancel.is_set():
                    break
                self.step_started.emit(name)
                for line in run(self._cancel):
                    index = len(self.lines)
                    self.lines.append(line)
                    self.line_ready.emit(index, line)
                    if line.ask and not self._cancel.is_set():
                        self.lines[index] = self._ask(index, line)
                        self.line_ready.emit(index, self.lines[index])
        except Exception:      # a bug in one check must not leave the window waiting forever
            log.exception("setup check failed")
        done = not self._cancel.is_set()
        if self.lines:
            save_result(self.log_dir or _default_log_dir(), self.lines, "window")
        self.finished.emit(done)

    def _ask(self, index: int, line: CheckLine) -> CheckLine:
        echo = None
        if line.name == "loopback":     # the echo test runs while the question is shown
            from agent_console.diagnostics.precheck_audio import EchoSession

            try:
                echo = EchoSession(self.plan.microphone, self.plan.speaker)
            except Exception:
                log.exception("setup check: echo test could not start")
        self._answered.clear()
        self.question.emit(index, line.ask)
        try:
            got = self._answered.wait(self.answer_timeout_s)
        finally:
            if echo is not None:
                echo.stop()
        if not got or self._cancel.is_set():
            return line              # unanswered: reported as measured
        return answered(line, self._answer)


def _default_log_dir() -> Path:
    from agent_console.diagnostics.logs import default_log_dir

    return default_log_dir()
