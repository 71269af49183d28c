"""Composition root: journal -> session -> phone -> controller -> window, and an ordered shutdown.

Everything the process owns is created here and released in reverse order on exit: the wrap-up
timer stops, the phone engine hangs up and destroys its Endpoint on its own thread, the demo
subprocesses are stopped, the journal is closed last (everything before may still write to it).
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from agent_console.app.audio_messages import AudioMessages
from agent_console.app.config import AppConfig, save_config
from agent_console.app.controller import ConsoleController
from agent_console.app.older_history import OlderHistory, OlderHistoryLoader
from agent_console.app.secrets import SecretRequests
from agent_console.domain.clock import Clock, SystemClock
from agent_console.domain.session import AgentSession
from agent_console.journal import Journal, JournalError, default_journal_path
from agent_console.phone.api import AbstractPhone
from agent_console.ui.i18n import LanguageManager
from agent_console.ui.main_window import MainWindow
from agent_console.ui.theme import apply_theme

if TYPE_CHECKING:  # each imported where it starts, not on the path to the window
    from agent_console.app.demo import DemoServices  # --demo only (subprocess, sockets, secrets)
    from agent_console.app.network_watch import NetworkWatcher  # QtNetwork: after the first paint
    from agent_console.app.sync_wiring import SyncWiring  # with a server, after the first paint

log = logging.getLogger(__name__)


def audio_settings(config: AppConfig, base: Any = None) -> Any:
    """The audio layer's settings from ours (device ids chosen in Settings; "" = system default)."""
    from agent_console.audio.settings import AudioSettings

    return replace(base or AudioSettings(), mic_id=config.audio_input or None,
                   speaker_id=config.audio_output or None,
                   ringer_ids=(config.audio_ringer,) if config.audio_ringer else ())


def make_audio(audio_messages: AudioMessages | None = None, config: AppConfig | None = None) -> Any:
    """The audio layer, or None when it cannot start (no sound must not mean no phone)."""
    try:
        from agent_console.audio.backend import DeviceAudioBackend

        return DeviceAudioBackend(audio_settings(config or AppConfig()),
                                  listener=audio_messages.listener if audio_messages else None)
    except Exception as exc:
        log.warning("audio backend unavailable (%s): calls will be silent", exc)
        return None


def make_phone(audio_messages: AudioMessages | None = None, config: AppConfig | None = None, *,
               with_audio: bool = True) -> AbstractPhone:
    """The real pjsua2 phone, with the audio layer when it can start (else silence).

    ``with_audio=False``: silent until :func:`attach_audio`; the console attaches it after the
    window is shown, because importing the audio layer (the PulseAudio and native bridge bindings,
    its block helpers and tones) costs about a fifth of a second and the phone only uses it once
    it starts."""
    from agent_console.phone.pjsua_phone import PjsuaPhone

    return PjsuaPhone(audio=make_audio(audio_messages, config) if with_audio else None)


def attach_audio(phone: AbstractPhone, audio_messages: AudioMessages | None, config: AppConfig) -> None:
    """Give a phone made ``with_audio=False`` its audio layer; call it before the phone starts."""
    from agent_console.phone.pjsua_phone import PjsuaPhone

    if isinstance(phone, PjsuaPhone):
        audio = make_audio(audio_messages, config)
        if audio is not None:
            phone.audio = audio


def list_audio_devices() -> dict[str, list[tuple[str, str]]]:
    try:
        from agent_console.audio.devices import DeviceKind, PulseDeviceProvider

        provider = PulseDeviceProvider()
        if not provider.available():
            return {}
        devices = [d for d in provider.list_devices() if not d.is_monitor]
    except Exception as exc:
        log.warning("audio devices: %s", exc)
        return {}
    inputs = [(d.id, d.name) for d in devices if d.kind == DeviceKind.INPUT]
    outputs = [(d.id, d.name) for d in devices if d.kind == DeviceKind.OUTPUT]
    return {"input": inputs, "output": outputs, "ringer": outputs}


class AfterFirstPaint(QObject):
    """Runs ``then`` once, when the window has been painted for the first time.

    A zero timer started at ``show()`` fires before the window's first expose and paint, so
    whatever it starts (importing the audio layer, the phone engine, the door sign) would keep an
    empty frame on the screen. The paint event posts the call behind the paint and the flush to
    the screen. ``fallback_ms`` covers a window that is never painted (started hidden)."""

    def __init__(self, window: QObject, then: Any, fallback_ms: int = 1000) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        self._then()


class Console(QObject):
    _demo_ready = Signal(str, str, str)
    def __init__(
        self,
        app: QApplication,
        config: AppConfig,
        config_path: Path | None,
        *,
        demo: bool = False,
        journal_path: Path | None = None,
        phone: AbstractPhone | None = None,
        clock: Clock | None = None,
        languages: LanguageManager | None = None,
        demo_rate_per_min: float = 3.0,
    ) -> None:
        super().__init__()
        self.app = app
        self.config = config
        self.config_path = config_path
        self.demo = demo
        self.clock = clock or SystemClock()
        self.languages = languages or LanguageManager(app)
        self.demo_services: DemoServices | None = None
        self.demo_rate_per_min = demo_rate_per_min
        self._journal_path = journal_path
        self._phone = phone
        self.journal: Journal | None = None
        self.session: AgentSession | None = None
        self.phone: AbstractPhone | None = None
        self.controller: ConsoleController | None = None
        self.window: MainWindow | None = None
        self.sync: SyncWiring | None = None
        self.network: NetworkWatcher | None = None
        """Wi-Fi drops, new addresses, resume from sleep -> the phone re-registers (started with it)."""
        self.older_history = OlderHistoryLoader(self)
        """Earlier shifts' calls for the history tab, read on a worker thread after the window shows."""
        self.older_history.loaded.connect(self._on_older_history)
        self.secrets = SecretRequests(self)
        """The SIP password from the keyring, read and written on the keyring worker (never here)."""
        self.secrets.sip_password.connect(self._on_sip_password)
        self.secrets.problem.connect(self._on_keyring_problem)
        self.secrets.waiting.connect(self._on_keyring_waiting)
        self._awaited_account: tuple[str, str] | None = None
        self._audio_pending = False
        """The phone was made silent so that the window comes first; its audio is attached before it starts."""
        self._keyring_silent = False
        self._draft_restored = False
        self._closed = False
        self.shown_at: float | None = None
        self.ready_at: float | None = None

    # -- start ---------------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the journal, restore the session, show the window, then start the phone.

        Raises JournalError when the journal cannot be opened at all (nothing could be recorded)."""
        if self.demo:
            from agent_console.app.demo import DEMO_USER, DemoServices
            from agent_console.local_process import free_port

            port = free_port()
            demo_dir = self._journal_path.parent if self._journal_path else default_journal_path().parent / "demo"
            self.config = replace(
                self.config,
                registrar="",
                extension="agent",
                local_port=port,
                agent=DEMO_USER,  # the demo server account the sync client signs in as
                wrapup_s=min(self.config.wrapup_s, 15),
            )
            self._journal_path = self._journal_path or demo_dir / "journal.sqlite3"
            self.demo_services = DemoServices(demo_dir, port, rate_per_min=self.demo_rate_per_min)
            self._demo_ready.connect(self._on_demo_server)
            self.demo_services.on_server_ready = lambda url, user, pw: self._demo_ready.emit(url, user, pw)
        self.journal = Journal.open(self._journal_path)
        policy = self.config.policy()
        self.session = AgentSession(self.config.agent, policy, self.clock, self.journal)
        self.session.restore(self.journal.events_since_last_shift(self.config.agent))
        self.audio_messages = AudioMessages(self)
        self._audio_pending = self._phone is None
        self.phone = self._phone or make_phone(self.audio_messages, self.config, with_audio=False)
        self.controller = ConsoleController(self.session, self.phone, self.journal, self.clock, self)
        self.controller._guard(self.session.close_interrupted_calls)
        self.controller.registration.connect(self._on_registration)
        self.audio_messages.message.connect(self.controller.message)
        self.window = MainWindow(self.controller, self.config)
        self.window.device_lister = list_audio_devices
        self.window.settings_accepted.connect(self.apply_settings)
        self.window.quit_requested.connect(self.app.quit)
        from agent_console.app.diagnostics_wiring import DiagnosticsExport

        self.diagnostics = DiagnosticsExport(self)
        self.window.show()
        self.shown_at = time.perf_counter()
        self.controller.start()
        self._tell_recovery()
        self._restore_draft()
        if self.demo_services is not None:
            self.demo_services.start()
            self.controller.sync_state.emit(
                QCoreApplication.translate("Console", "Demo: starting the local server…")
                if self.demo_services.with_server
                else QCoreApplication.translate("Console", "Demo: no local server")
            )
            self.window.show_message(
                "info",
                QCoreApplication.translate(
                    "Console",
                    "Demo mode: a simulated caller will phone you. Choose Available to start receiving calls.",
                ),
            )
        # The phone engine, its audio and the sync thread start right after the first paint: the
        # window is there at once, and registering needs the event loop anyway.
        AfterFirstPaint(self.window, self._start_services)

    def _start_services(self) -> None:
        if self._closed or self.window is None or self.phone is None:
            return  # shut down before the event loop ran
        if self._audio_pending:
            self._audio_pending = False
            attach_audio(self.phone, self.audio_messages, self.config)
        self._start_phone()
        self._start_network_watch()
        self._start_sync()
        self._start_doorsign()
        self._guide_first_start()
        assert self.journal is not None
        self.older_history.start(self.journal.path, self.config.agent, self.clock.now_ms())

    def _guide_first_start(self) -> None:
        """No PBX and no settings file yet: sign in to the server, or fill in the phone account."""
        from agent_console.app import first_start

        if self.window is None or not first_start.needs_guide(self.config, self.config_path, self.demo):
            return
        if self.config.server_url:
            self.window.show_message("info", first_start.sign_in_text())
        else:
            self.window.open_settings(first_start.settings_intro_text())

    def _on_older_history(self, history: OlderHistory) -> None:
        """GUI thread (queued from the loader): earlier shifts join the history tab; their notes
        become editable through the session (a new version is journaled and synced as usual)."""
        if self._closed or self.session is None or self.window is None:
            return
        self.session.adopt_older(history.calls, history.notes)
        self.window.history_panel.set_older(history.calls)
        assert self.controller is not None
        if not self._draft_restored and not self.controller.note_call_id:
            self._restore_draft()  # a crash while editing an older call's note

    def _start_phone(self, password: str | None = None) -> None:
        """Start (or restart) the phone. With a PBX and no password given, the password is asked
        from the keyring worker first and the phone starts when it answers (``_on_sip_password``):
        the window works meanwhile, whatever the keyring does."""
        assert self.phone is not None and self.window is not None
        if password is None and self.config.registrar:
            self._awaited_account = (self.config.extension, self.config.registrar)
            self.secrets.read_sip_password(self.config.extension, self.config.registrar)
            return
        self._awaited_account = None
        self.phone.start(self.config.sip_account(password or ""))

    def start_phone_with(self, account: Any) -> None:
        """Start the phone on an account that brings its password (provisioning): a keyring answer
        still pending for the configured account no longer applies."""
        assert self.phone is not None
        self._awaited_account = None
        self.phone.start(account)

    def _on_sip_password(self, extension: str, registrar: str, password: str) -> None:
        """GUI thread (queued from the keyring worker), possibly long after the request."""
        if self._closed or self.window is None or self._awaited_account != (extension, registrar):
            return  # shut down, or the account changed (or was typed in Settings) meanwhile
        if self._keyring_silent:
            self._keyring_silent = False
            self.window.show_message("info", QCoreApplication.translate(
                "Console", "The keyring answered; the phone is connecting."))
        if not password:
            self.window.show_message(
                "warning",
                QCoreApplication.translate("Console", "Enter your SIP password in Settings to connect the phone."),
            )
        self._start_phone(password)

    def _on_keyring_problem(self, what: str, kind: str, text: str) -> None:
        if self._closed or self.window is None:
            return
        self._keyring_silent = False
        if what == "read":
            self._awaited_account = None  # the agent types it in Settings (or provisioning brings it)
            hint = QCoreApplication.translate("Console", "Enter your SIP password in Settings to connect the phone.")
        else:
            hint = QCoreApplication.translate(
                "Console", "The SIP password could not be saved; it is used until you close Agent Console.")
        self.window.show_message("error", f"{text} {hint}")

    def _on_keyring_waiting(self, what: str, kind: str, text: str) -> None:
        if self._closed or self.window is None:
            return
        self._keyring_silent = True
        self.window.show_message("warning", text)

    def _start_network_watch(self) -> None:
        """Only with a PBX: the demo's direct mode listens on 127.0.0.1, which never changes."""
        if self.network is not None or not self.config.registrar:
            return
        from agent_console.app.network_watch import NetworkWatcher

        self.network = NetworkWatcher(self)
        self.network.changed.connect(self._on_network_changed)
        self.network.start()

    def _on_network_changed(self, reason: str) -> None:
        log.info("network changed (%s): the phone re-registers, the sync retries now", reason)
        if self._closed:
            return
        if self.phone is not None:
            self.phone.network_changed()
        if self.sync is not None:
            self.sync.service.notify_outbox()

    def _on_demo_server(self, url: str, user: str, password: str) -> None:
        """The demo server answers (GUI thread, queued from the demo thread): sync and sign in."""
        if self.window is None:
            return
        self.config = replace(self.config, server_url=url)
        self.window.config = replace(self.window.config, server_url=url)
        self.window.set_sync_state(QCoreApplication.translate("Console", "Demo server: %1").replace("%1", url))
        self._start_sync()
        if self.sync is not None:
            self.sync.service.login(user, password, url)

    def _start_doorsign(self) -> None:
        """The household door sign (off unless the agent turned it on; never fatal)."""
        from agent_console.app.doorsign_wiring import DoorSignWiring, MemorySecrets

        try:
            self.doorsign = DoorSignWiring(self, MemorySecrets() if self.demo else None)
            self.doorsign.start()
        except Exception as exc:  # the console must work without its door sign
            log.error("door sign could not start: %s", exc)

    def _start_sync(self) -> None:
        """The sync client, when there is a server to talk to (never fatal: work is saved locally)."""
        if not self.config.server_url or self.sync is not None:
            return
        from agent_console.app.sync_wiring import SyncWiring
        from agent_console.sync.credentials import SessionCredentials

        try:
            # The demo's account on its own local server is never stored in the OS keyring.
            self.sync = SyncWiring(self, self.config.server_url, SessionCredentials() if self.demo else None)
            self.diagnostics.attach_sync(self.sync.service)
            self.sync.start()
        except Exception as exc:  # the console must work without its server
            log.error("sync could not start: %s", exc)
            self.sync = None

    def _on_registration(self, state: str, _text: str) -> None:
        if self.ready_at is None and state in ("registered", "direct"):
            self.ready_at = time.perf_counter()

    def _tell_recovery(self) -> None:
        assert self.journal is not None and self.window is not None
        if self.journal.recovered_from is not None:
            self.window.show_message(
                "error",
                QCoreApplication.translate(
                    "Console",
                    "The journal on this computer was damaged. It was moved to %1 and %2 event(s) were "
                    "rescued; a new journal was started. Tell your supervisor if figures look wrong.",
                )
                .replace("%1", str(self.journal.recovered_from))
                .replace("%2", str(self.journal.salvaged)),
            )

    def _restore_draft(self) -> None:
        """After a crash: reopen the most recent unsaved note so nothing typed is lost."""
        assert self.journal is not None and self.session is not None and self.controller is not None
        known = self.session.calls.keys() | self.session.older_calls.keys()
        drafts = [d for d in self.journal.drafts(self.config.agent) if d.call_id in known]
        if drafts:
            self._draft_restored = True
            self.controller.set_note_target(drafts[-1].call_id)
            assert self.window is not None
            self.window.show_message(
                "info", QCoreApplication.translate("Console", "An unsaved note was restored. Check it and save it.")
            )

    # -- settings ------------------------------------------------------------------------------------

    def apply_settings(self, new: AppConfig, password: str) -> None:
        assert self.window is not None
        old = self.config
        self.config = new
        self.window.config = new
        if self.config_path is not None:
            save_config(new, self.config_path)
        if new.language != old.language:
            self.languages.set_language(new.language)
        if new.theme != old.theme:
            apply_theme(self.app, new.theme)
        self.window.apply_shortcuts(new.shortcuts)
        if new.agent != old.agent:
            self.window.show_message("info", QCoreApplication.translate(
                "Console", "The new agent login is used from the next start of Agent Console."))
        audio = getattr(self.phone, "audio", None)
        devices = (new.audio_input, new.audio_output, new.audio_ringer)
        if devices != (old.audio_input, old.audio_output, old.audio_ringer) and hasattr(audio, "apply_settings"):
            try:
                audio.apply_settings(audio_settings(new, audio.settings))  # type: ignore[union-attr]
            except Exception as exc:  # a device that vanished must not take the window down
                log.error("audio settings: %s", exc)
        if password and new.registrar:
            self.secrets.save_sip_password(new.extension, new.registrar, password)  # the phone need not wait
        account_changed = (new.registrar, new.extension, new.transport, new.display_name, new.local_port) != (
            old.registrar,
            old.extension,
            old.transport,
            old.display_name,
            old.local_port,
        )
        if (account_changed or password) and not self.demo:
            self._start_phone(password or None)
            self._start_network_watch()

    # -- shutdown ------------------------------------------------------------------------------------

    def open_supervisor(self, server_url: str, token: str, username: str) -> None:
        """The server says this user supervises: the supervisor window replaces the agent's. The
        agent's sync stops (a supervisor has no journal to send); closing the window quits."""
        from agent_console.app.supervisor.console import SupervisorConsole

        if getattr(self, "supervisor", None) is not None:
            return
        if self.sync is not None:
            self.sync.stop()
        if self.window is not None:
            self.window.tray.hide()
            self.window.hide()
        self.supervisor = SupervisorConsole(server_url, token, username, self)
        self.supervisor.window.closed.connect(self.app.quit)
        self.supervisor.start()

    def shutdown(self) -> None:
        self._closed = True
        supervisor = getattr(self, "supervisor", None)
        if supervisor is not None:
            supervisor.shutdown()
        if self.network is not None:
            self.network.stop()
        if self.controller is not None:
            self.controller.stop()
        doorsign = getattr(self, "doorsign", None)
        if doorsign is not None:
            doorsign.stop()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if self.phone is not None:
            self.phone.stop()
            wait = getattr(self.phone, "wait_stopped", None)
            if callable(wait):
                wait(10.0)
        if self.demo_services is not None:
            self.demo_services.stop()
        self.older_history.wait(5.0)  # it reads with its own connection, closed when it is done
        if self.window is not None:
            self.window.tray.hide()
        if self.journal is not None:
            try:
                self.journal.close()
            except JournalError as exc:
                log.error("journal close: %s", exc)
            self.journal = None
