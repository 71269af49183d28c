<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Audio</name>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>microphone</source>
        <translation>microphone</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>ringer</source>
        <translation>ringer</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>The {role} device was disconnected; now using {fallback}.</source>
        <translation>The {role} device was disconnected; now using {fallback}.</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>The {role} device was disconnected and no other device is available.</source>
        <translation>The {role} device was disconnected and no other device is available.</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>Cannot use the {role} device: {detail}</source>
        <translation>Cannot use the {role} device: {detail}</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../agent_console/app/console.py" line="206" />
        <source>Demo server: %1</source>
        <translation>Demo server: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="157" />
        <source>Demo: no local server</source>
        <translation>Demo: no local server</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="155" />
        <source>Demo: starting the local server…</source>
        <translation>Demo: starting the local server…</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="161" />
        <source>Demo mode: a simulated caller will phone you. Choose Available to start receiving calls.</source>
        <translation>Demo mode: a simulated caller will phone you. Choose Available to start receiving calls.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="186" />
        <source>The system keyring is not available, so the SIP password cannot be read. Ask IT to enable the keyring; the password is never stored in a file.</source>
        <translation>The system keyring is not available, so the SIP password cannot be read. Ask IT to enable the keyring; the password is never stored in a file.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="195" />
        <source>Enter your SIP password in Settings to connect the phone.</source>
        <translation>Enter your SIP password in Settings to connect the phone.</translation>
    </message>
    <message>
        <source>The keyring answered; the phone is connecting.</source>
        <translation>The keyring answered; the phone is connecting.</translation>
    </message>
    <message>
        <source>The SIP password could not be saved; it is used until you close Agent Console.</source>
        <translation>The SIP password could not be saved; it is used until you close Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="231" />
        <source>The journal on this computer was damaged. It was moved to %1 and %2 event(s) were rescued; a new journal was started. Tell your supervisor if figures look wrong.</source>
        <translation>The journal on this computer was damaged. It was moved to %1 and %2 event(s) were rescued; a new journal was started. Tell your supervisor if figures look wrong.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="248" />
        <source>An unsaved note was restored. Check it and save it.</source>
        <translation>An unsaved note was restored. Check it and save it.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="266" />
        <source>The new agent login is used from the next start of Agent Console.</source>
        <translation>The new agent login is used from the next start of Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="281" />
        <source>The password could not be saved: the system keyring is not available. It will be used until you close Agent Console.</source>
        <translation>The password could not be saved: the system keyring is not available. It will be used until you close Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/main.py" line="93" />
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/main.py" line="94" />
        <source>The journal cannot be opened, so nothing could be saved: %1</source>
        <translation>The journal cannot be opened, so nothing could be saved: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="33" />
        <source>The microphone was unplugged; using another one.</source>
        <translation>The microphone was unplugged; using another one.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="34" />
        <source>No microphone: callers cannot hear you. Plug in the headset.</source>
        <translation>No microphone: callers cannot hear you. Plug in the headset.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="38" />
        <source>The headset was unplugged; sound goes to another device.</source>
        <translation>The headset was unplugged; sound goes to another device.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="40" />
        <source>No speaker or headset: you cannot hear callers. Plug in the headset.</source>
        <translation>No speaker or headset: you cannot hear callers. Plug in the headset.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="44" />
        <source>No sound device was found: calls connect, but without sound. Plug in the headset and restart Agent Console.</source>
        <translation>No sound device was found: calls connect, but without sound. Plug in the headset and restart Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="44" />
        <source>Sound problem: %1</source>
        <translation>Sound problem: %1</translation>
    </message>
    <message>
        <source>The microphone cannot be used, so callers may not hear you. Check that the headset is plugged in; if it still fails, restart Agent Console or call IT.</source>
        <translation>The microphone cannot be used, so callers may not hear you. Check that the headset is plugged in; if it still fails, restart Agent Console or call IT.</translation>
    </message>
    <message>
        <source>The headset or speaker cannot be used, so you may not hear callers. Check that the headset is plugged in; if it still fails, restart Agent Console or call IT.</source>
        <translation>The headset or speaker cannot be used, so you may not hear callers. Check that the headset is plugged in; if it still fails, restart Agent Console or call IT.</translation>
    </message>
    <message>
        <source>The sound system does not answer: you may not hear calls ring. Restart Agent Console; if it still fails, call IT.</source>
        <translation>The sound system does not answer: you may not hear calls ring. Restart Agent Console; if it still fails, call IT.</translation>
    </message>
    <message>
        <source>Sign in to the server to get your phone account: no PBX is set on this computer yet.</source>
        <translation>Sign in to the server to get your phone account: no PBX is set on this computer yet.</translation>
    </message>
    <message>
        <source>Welcome! To take calls, enter the phone account IT gave you: the PBX address, your extension and its password. Without a PBX, Agent Console takes direct calls only.</source>
        <translation>Welcome! To take calls, enter the phone account IT gave you: the PBX address, your extension and its password. Without a PBX, Agent Console takes direct calls only.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../agent_console/app/controller.py" line="1" />
        <source>Refused a call from %1: %2</source>
        <translation>Refused a call from %1: %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/controller.py" line="393" />
        <source>Call transferred.</source>
        <translation>Call transferred.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/controller.py" line="396" />
        <source>The transfer failed: %1</source>
        <translation>The transfer failed: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/controller.py" line="453" />
        <source>Could not save to this computer's journal: %1 Nothing was changed.</source>
        <translation>Could not save to this computer's journal: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>The transfer did not go through. Check the number and try again; the caller stays with you.</source>
        <translation>The transfer did not go through. Check the number and try again; the caller stays with you.</translation>
    </message>
    <message>
        <source>Could not save on this computer: the disk is full. Nothing was changed. Free some disk space or call IT, then try again.</source>
        <translation>Could not save on this computer: the disk is full. Nothing was changed. Free some disk space or call IT, then try again.</translation>
    </message>
    <message>
        <source>Could not save on this computer: the journal is in use (is Agent Console open twice?). Nothing was changed. Close the other copy, then try again.</source>
        <translation>Could not save on this computer: the journal is in use (is Agent Console open twice?). Nothing was changed. Close the other copy, then try again.</translation>
    </message>
    <message>
        <source>Could not save on this computer: the journal file cannot be written. Nothing was changed. Call IT.</source>
        <translation>Could not save on this computer: the journal file cannot be written. Nothing was changed. Call IT.</translation>
    </message>
    <message>
        <source>Could not save on this computer. Nothing was changed. Try again; if it happens again, call IT.</source>
        <translation>Could not save on this computer. Nothing was changed. Try again; if it happens again, call IT.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history_panel.ui" line="6" />
        <source>Call history</source>
        <translation>Call history</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="14" />
        <source>Search by number, date or outcome</source>
        <translation>Search by number, date or outcome</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="20" />
        <source>Search call history</source>
        <translation>Search call history</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="27" />
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="30" />
        <source>Call the selected number back</source>
        <translation>Call the selected number back</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="37" />
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="40" />
        <source>Edit the note of the selected call</source>
        <translation>Edit the note of the selected call</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="49" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>InCallPanel</name>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="1" />
        <source>No sound is arriving from the other side (network or their phone).</source>
        <translation>No sound is arriving from the other side (network or their phone).</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="64" />
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="65" />
        <source>On hold — the caller hears silence</source>
        <translation>On hold — the caller hears silence</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="66" />
        <source>Calling…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="67" />
        <source>Ringing at the other end…</source>
        <translation>Ringing at the other end…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="76" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="78" />
        <location filename="../../ui/incall_panel.ui" line="94" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="83" />
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="85" />
        <location filename="../../ui/incall_panel.ui" line="107" />
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="124" />
        <source>MOS %1, round trip %2 ms, jitter %3 ms, loss %4 %</source>
        <translation>MOS %1, round trip %2 ms, jitter %3 ms, loss %4 %</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="6" />
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="23" />
        <source>Caller number</source>
        <translation>Caller number</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="33" />
        <source>Caller name</source>
        <translation>Caller name</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="57" />
        <source>Call duration</source>
        <translation>Call duration</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="70" />
        <source>Call quality</source>
        <translation>Call quality</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="84" />
        <source>Call state</source>
        <translation>Call state</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="100" />
        <source>Hold the call</source>
        <translation>Hold the call</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="113" />
        <source>Mute the microphone</source>
        <translation>Mute the microphone</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="120" />
        <location filename="../../ui/incall_panel.ui" line="145" />
        <source>Keypad</source>
        <translation>Keypad</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="126" />
        <source>Show the keypad</source>
        <translation>Show the keypad</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="133" />
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="136" />
        <source>Hang up the call</source>
        <translation>Hang up the call</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="154" />
        <source>Keypad 1</source>
        <translation>Keypad 1</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="164" />
        <source>Keypad 2</source>
        <translation>Keypad 2</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="174" />
        <source>Keypad 3</source>
        <translation>Keypad 3</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="184" />
        <source>Keypad 4</source>
        <translation>Keypad 4</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="194" />
        <source>Keypad 5</source>
        <translation>Keypad 5</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="204" />
        <source>Keypad 6</source>
        <translation>Keypad 6</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="214" />
        <source>Keypad 7</source>
        <translation>Keypad 7</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="224" />
        <source>Keypad 8</source>
        <translation>Keypad 8</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="234" />
        <source>Keypad 9</source>
        <translation>Keypad 9</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="244" />
        <source>Keypad *</source>
        <translation>Keypad *</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="254" />
        <source>Keypad 0</source>
        <translation>Keypad 0</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="264" />
        <source>Keypad #</source>
        <translation>Keypad #</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="274" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="280" />
        <source>Number or extension</source>
        <translation>Number or extension</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="283" />
        <source>Transfer to</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="290" />
        <source>Transfer now</source>
        <translation>Transfer now</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="293" />
        <source>Blind transfer</source>
        <translation>Blind transfer</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="300" />
        <source>Consult first</source>
        <translation>Consult first</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="303" />
        <source>Call the target before transferring</source>
        <translation>Call the target before transferring</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="310" />
        <source>Complete transfer</source>
        <translation>Complete transfer</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="313" />
        <source>Complete the attended transfer</source>
        <translation>Complete the attended transfer</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="1" />
        <source>No audio</source>
        <translation>No audio</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="18" />
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="19" />
        <source>Working — do not disturb</source>
        <translation>Working — do not disturb</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="20" />
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="21" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="22" />
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="23" />
        <source>On call</source>
        <translation>On call</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="24" />
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="34" />
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="35" />
        <source>Childcare</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="36" />
        <source>Technical problem</source>
        <translation>Technical problem</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="37" />
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="38" />
        <source>Rest</source>
        <translation>Rest</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="46" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="55" />
        <source>Consultation given</source>
        <translation>Consultation given</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="56" />
        <source>Application status</source>
        <translation>Application status</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="57" />
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="58" />
        <source>Redirected</source>
        <translation>Redirected</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="59" />
        <source>Call back needed</source>
        <translation>Call back needed</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="60" />
        <source>Wrong number</source>
        <translation>Wrong number</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="61" />
        <source>Call dropped</source>
        <translation>Call dropped</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="68" />
        <source>Phone off</source>
        <translation>Phone off</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="69" />
        <source>Connecting to the PBX…</source>
        <translation>Connecting to the PBX…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="70" />
        <source>Phone ready</source>
        <translation>Phone ready</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="71" />
        <source>Wrong SIP password — check Settings</source>
        <translation>Wrong SIP password — check Settings</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="72" />
        <source>The PBX refused this extension — call IT</source>
        <translation>The PBX refused this extension — call IT</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="73" />
        <source>PBX unreachable — retrying</source>
        <translation>PBX unreachable — retrying</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="74" />
        <source>The PBX certificate was refused — call IT</source>
        <translation>The PBX certificate was refused — call IT</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="75" />
        <source>Phone ready (direct calls, no PBX)</source>
        <translation>Phone ready (direct calls, no PBX)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="82" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="83" />
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="84" />
        <source>Refused (unavailable)</source>
        <translation>Refused (unavailable)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="85" />
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="86" />
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="87" />
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="90" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="96" />
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="97" />
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="103" />
        <source>Good line</source>
        <translation>Good line</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="104" />
        <source>Fair line</source>
        <translation>Fair line</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="105" />
        <source>Poor line</source>
        <translation>Poor line</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="112" />
        <source>You cannot go offline during a call. Hang up first.</source>
        <translation>You cannot go offline during a call. Hang up first.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="113" />
        <source>The shift cannot end during a call. Hang up first.</source>
        <translation>The shift cannot end during a call. Hang up first.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="114" />
        <source>You are offline. Choose a status before calling out.</source>
        <translation>You are offline. Choose a status before calling out.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="115" />
        <source>Start your shift first.</source>
        <translation>Start your shift first.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="116" />
        <source>The shift has already started.</source>
        <translation>The shift has already started.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="117" />
        <source>Choose a break reason from the list.</source>
        <translation>Choose a break reason from the list.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="118" />
        <source>Only a break takes a reason.</source>
        <translation>Only a break takes a reason.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="119" />
        <source>Choose the call outcome before finishing wrap-up.</source>
        <translation>Choose the call outcome before finishing wrap-up.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="122" />
        <source>You are not in wrap-up.</source>
        <translation>You are not in wrap-up.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="123" />
        <source>That call is no longer active.</source>
        <translation>That call is no longer active.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="124" />
        <source>That call is already known.</source>
        <translation>That call is already known.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="125" />
        <source>Choose an outcome from the list.</source>
        <translation>Choose an outcome from the list.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="126" />
        <source>The note is too long.</source>
        <translation>The note is too long.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="127" />
        <source>This status is set automatically.</source>
        <translation>This status is set automatically.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="129" />
        <source>That is not possible right now.</source>
        <translation>That is not possible right now.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.ui" line="14" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="20" />
        <source>Sign in to the call-center server.</source>
        <translation>Sign in to the call-center server.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="32" />
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="42" />
        <source>https://sync.example.kz</source>
        <translation>https://sync.example.kz</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="49" />
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="66" />
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="88" />
        <source>Phone connection</source>
        <translation>Phone connection</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="91" />
        <source>Server connection</source>
        <translation>Server connection</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="94" />
        <source>Local journal</source>
        <translation>Local journal</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="156" />
        <source>Agent Console %1</source>
        <translation>Agent Console %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="289" />
        <source>%1 — Agent Console</source>
        <translation>%1 — Agent Console</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="298" />
        <source>Good day! Choose Available to start your shift.</source>
        <translation>Good day! Choose Available to start your shift.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="301" />
        <source>You are available, but the phone is not connected yet.</source>
        <translation>You are available, but the phone is not connected yet.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="304" />
        <source>No call right now. Calls will ring here.</source>
        <translation>No call right now. Calls will ring here.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="306" />
        <source>Finish your notes for the last call.</source>
        <translation>Finish your notes for the last call.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="307" />
        <source>Calls will not ring while you are: %1</source>
        <translation>Calls will not ring while you are: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="319" />
        <source>Today: %1 answered · average %2 · break left %3</source>
        <translation>Today: %1 answered · average %2 · break left %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_console/ui/main_window.py" line="339" />
        <source>Saved on this computer; %n event(s) waiting to sync</source>
        <translation>
            <numerusform>Saved on this computer; %n event(s) waiting to sync</numerusform>
            <numerusform>Saved on this computer; %n event(s) waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="344" />
        <source>All work saved</source>
        <translation>All work saved</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="346" />
        <source>Journal unavailable</source>
        <translation>Journal unavailable</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="374" />
        <source>Refused a call from %1: you are not available.</source>
        <translation>Refused a call from %1: you are not available.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="393" />
        <source>Hang up before closing Agent Console.</source>
        <translation>Hang up before closing Agent Console.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14" />
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="26" />
        <source>Agent status</source>
        <translation>Agent status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66" />
        <source>Call area</source>
        <translation>Call area</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="80" />
        <source>No call right now</source>
        <translation>No call right now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="99" />
        <source>Today so far</source>
        <translation>Today so far</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108" />
        <location filename="../../ui/main_window.ui" line="111" />
        <source>Number to call</source>
        <translation>Number to call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="118" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="121" />
        <source>Call this number</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="141" />
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158" />
        <source>Call in progress</source>
        <translation>Call in progress</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="173" />
        <source>Call notes</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="185" />
        <source>Shift and history</source>
        <translation>Shift and history</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="189" />
        <source>My shift</source>
        <translation>My shift</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="195" />
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209" />
        <location filename="../../ui/main_window.ui" line="215" />
        <source>Call history</source>
        <translation>Call history</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235" />
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246" />
        <source>&amp;Call</source>
        <translation>&amp;Call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="259" />
        <source>S&amp;hift</source>
        <translation>S&amp;hift</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269" />
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="285" />
        <source>&amp;Available</source>
        <translation>&amp;Available</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288" />
        <source>Set status: available</source>
        <translation>Set status: available</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="299" />
        <source>Working — &amp;do not disturb</source>
        <translation>Working — &amp;do not disturb</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="302" />
        <source>Set status: working, do not disturb</source>
        <translation>Set status: working, do not disturb</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="313" />
        <source>&amp;Break…</source>
        <translation>&amp;Break…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="316" />
        <source>Set status: break, choose a reason</source>
        <translation>Set status: break, choose a reason</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="327" />
        <source>&amp;Offline</source>
        <translation>&amp;Offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="330" />
        <source>Set status: offline</source>
        <translation>Set status: offline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="341" />
        <source>&amp;Finish wrap-up</source>
        <translation>&amp;Finish wrap-up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="344" />
        <source>Finish wrap-up now</source>
        <translation>Finish wrap-up now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="352" />
        <source>&amp;Answer</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="355" />
        <source>Answer the call</source>
        <translation>Answer the call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="363" />
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="366" />
        <source>Decline the call</source>
        <translation>Decline the call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="374" />
        <source>&amp;Hang up</source>
        <translation>&amp;Hang up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="377" />
        <source>Hang up the call</source>
        <translation>Hang up the call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="385" />
        <source>H&amp;old</source>
        <translation>H&amp;old</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="388" />
        <source>Hold or resume the call</source>
        <translation>Hold or resume the call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="399" />
        <source>&amp;Mute</source>
        <translation>&amp;Mute</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="402" />
        <source>Mute or unmute the microphone</source>
        <translation>Mute or unmute the microphone</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="413" />
        <source>&amp;Call a number…</source>
        <translation>&amp;Call a number…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="416" />
        <source>Type a number to call</source>
        <translation>Type a number to call</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="424" />
        <source>&amp;Save note</source>
        <translation>&amp;Save note</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="427" />
        <source>Save the note</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="435" />
        <source>&amp;Start shift</source>
        <translation>&amp;Start shift</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="438" />
        <source>Start the shift</source>
        <translation>Start the shift</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="443" />
        <source>&amp;End shift</source>
        <translation>&amp;End shift</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="446" />
        <source>End the shift</source>
        <translation>End the shift</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="451" />
        <source>&amp;Search history…</source>
        <translation>&amp;Search history…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="454" />
        <source>Search call history</source>
        <translation>Search call history</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="462" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="465" />
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="473" />
        <source>Show &amp;window</source>
        <translation>Show &amp;window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="476" />
        <source>Show the window</source>
        <translation>Show the window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="481" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="484" />
        <source>About Agent Console</source>
        <translation>About Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="489" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="492" />
        <source>Quit Agent Console</source>
        <translation>Quit Agent Console</translation>
    </message>
    <message>
        <source>Refused a call from %1 during wrap-up of the last call.</source>
        <translation>Refused a call from %1 during wrap-up of the last call.</translation>
    </message>
    <message>
        <source>Saved on this computer (no server configured)</source>
        <translation>Saved on this computer (no server configured)</translation>
    </message>
    <message>
        <source>The details are in the log; if this happens again, call IT.</source>
        <translation>The details are in the log; if this happens again, call IT.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../agent_console/ui/models.py" line="88" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="89" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="90" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="91" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="92" />
        <location filename="../../agent_console/ui/models.py" line="172" />
        <source>Talk time</source>
        <translation>Talk time</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="93" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="94" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="95" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="167" />
        <source>Calls answered</source>
        <translation>Calls answered</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="168" />
        <source>Calls offered</source>
        <translation>Calls offered</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="169" />
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="170" />
        <source>Refused while unavailable</source>
        <translation>Refused while unavailable</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="171" />
        <source>Calls made</source>
        <translation>Calls made</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="173" />
        <source>Hold time</source>
        <translation>Hold time</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="174" />
        <source>Wrap-up time</source>
        <translation>Wrap-up time</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="175" />
        <source>Average handle time</source>
        <translation>Average handle time</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="176" />
        <source>Break left</source>
        <translation>Break left</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="180" />
        <source>Break over budget</source>
        <translation>Break over budget</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="194" />
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="195" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Refused during wrap-up</source>
        <translation>Refused during wrap-up</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="177" />
        <source>Unsaved draft restored</source>
        <translation>Unsaved draft restored</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="179" />
        <source>Saved, version %1</source>
        <translation>Saved, version %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="93" />
        <location filename="../../ui/notes_panel.ui" line="19" />
        <source>No call selected</source>
        <translation>No call selected</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="101" />
        <source>&amp;Outcome (required):</source>
        <translation>&amp;Outcome (required):</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="103" />
        <location filename="../../ui/notes_panel.ui" line="31" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="111" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="181" />
        <source>Draft saved %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="6" />
        <location filename="../../ui/notes_panel.ui" line="12" />
        <source>Call notes</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="22" />
        <source>Call the note belongs to</source>
        <translation>Call the note belongs to</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="41" />
        <source>Call outcome (disposition)</source>
        <translation>Call outcome (disposition)</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="50" />
        <source>What did the caller need? What was done?</source>
        <translation>What did the caller need? What was done?</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="56" />
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="68" />
        <source>Save state of the note</source>
        <translation>Save state of the note</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="82" />
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="85" />
        <source>Save the note</source>
        <translation>Save the note</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The TLS handshake with %s got no answer: is the port a TLS port? Retrying in %d s</source>
        <translation>The TLS handshake with %s got no answer: is the port a TLS port? Retrying in %d s</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The other side stopped answering while the call was on hold (%s): call ended</source>
        <translation>The other side stopped answering while the call was on hold (%s): call ended</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>Refused: the caller's phone cannot encrypt the call (encryption is required)</source>
        <translation>Refused: the caller's phone cannot encrypt the call (encryption is required)</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>Refused by the phone: %s</source>
        <translation>Refused by the phone: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX is not answering (%d checks without a reply): calls cannot reach you. Still trying.</source>
        <translation>The PBX is not answering (%d checks without a reply): calls cannot reach you. Still trying.</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX answers again; registering</source>
        <translation>The PBX answers again; registering</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX is not answering (no reply in %d s); still trying</source>
        <translation>The PBX is not answering (no reply in %d s); still trying</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX asked to wait (%s); registering again in %d s</source>
        <translation>The PBX asked to wait (%s); registering again in %d s</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The call is NOT on hold: the other side refused (%s). The caller can still hear you.</source>
        <translation>The call is NOT on hold: the other side refused (%s). The caller can still hear you.</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The call is still on hold: the other side refused to resume (%s).</source>
        <translation>The call is still on hold: the other side refused to resume (%s).</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The other side was busy; trying again in %.1f s</source>
        <translation>The other side was busy; trying again in %.1f s</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>Hold or resume failed: %s</source>
        <translation>Hold or resume failed: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="29" />
        <source>The phone could not start: %s</source>
        <translation>The phone could not start: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="17" />
        <source>None of the configured codecs is available; using G.711.</source>
        <translation>None of the configured codecs is available; using G.711.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="18" />
        <source>No answer from the server: reconnecting</source>
        <translation>No answer from the server: reconnecting</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="21" />
        <source>Registering with %s</source>
        <translation>Registering with %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="22" />
        <source>Ready (direct, no PBX) on port %d</source>
        <translation>Ready (direct, no PBX) on port %d</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="23" />
        <source>Registered (%s)</source>
        <translation>Registered (%s)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="24" />
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="28" />
        <source>Too many calls started in a second; not dialling %s</source>
        <translation>Too many calls started in a second; not dialling %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="33" />
        <source>Server certificate refused: %s</source>
        <translation>Server certificate refused: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="34" />
        <source>Wrong extension or password</source>
        <translation>Wrong extension or password</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="36" />
        <source>Registration forbidden by the server (403)</source>
        <translation>Registration forbidden by the server (403)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="30" />
        <source>Server unreachable (%s); retrying in %d s</source>
        <translation>Server unreachable (%s); retrying in %d s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="15" />
        <source>Registering again</source>
        <translation>Registering again</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="25" />
        <source>Connection to the server lost; registering again</source>
        <translation>Connection to the server lost; registering again</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="35" />
        <source>Connection lost; registering again</source>
        <translation>Connection lost; registering again</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="16" />
        <source>Network changed: restarting connections</source>
        <translation>Network changed: restarting connections</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="26" />
        <source>Network change handled; %d call(s) kept</source>
        <translation>Network change handled; %d call(s) kept</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="19" />
        <source>Rejected while unavailable (%d)</source>
        <translation>Rejected while unavailable (%d)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="31" />
        <source>No audio from the other side for %d s: call ended</source>
        <translation>No audio from the other side for %d s: call ended</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="27" />
        <source>No such call: %s</source>
        <translation>No such call: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="37" />
        <source>Could not hold the other call: %s</source>
        <translation>Could not hold the other call: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="50" />
        <source>The phone is not running</source>
        <translation>The phone is not running</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="51" />
        <source>No number to redial</source>
        <translation>No number to redial</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="32" />
        <source>Signing out</source>
        <translation>Signing out</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="20" />
        <source>Phone stopped</source>
        <translation>Phone stopped</translation>
    </message>
</context>
<context>
    <name>RingingPanel</name>
    <message>
        <location filename="../../agent_console/ui/ringing_panel.py" line="36" />
        <source>Second call — the current caller will be put on hold</source>
        <translation>Second call — the current caller will be put on hold</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/ringing_panel.py" line="39" />
        <location filename="../../ui/ringing_panel.ui" line="6" />
        <location filename="../../ui/ringing_panel.ui" line="13" />
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/ringing_panel.py" line="42" />
        <source>%1 to answer, %2 to decline</source>
        <translation>%1 to answer, %2 to decline</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="32" />
        <source>Caller number</source>
        <translation>Caller number</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="45" />
        <source>Caller name</source>
        <translation>Caller name</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="55" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="58" />
        <source>Answer the call</source>
        <translation>Answer the call</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="65" />
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="68" />
        <source>Decline the call</source>
        <translation>Decline the call</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="46" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="47" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="61" />
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="66" />
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="71" />
        <source>No sound devices were found. Plug in the headset; the list refreshes when you open Settings again.</source>
        <translation>No sound devices were found. Plug in the headset; the list refreshes when you open Settings again.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="83" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="84" />
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="93" />
        <source>Shortcut for %1</source>
        <translation>Shortcut for %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="119" />
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20" />
        <source>Some settings are set by your IT department and cannot be changed here.</source>
        <translation>Some settings are set by your IT department and cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="31" />
        <source>&amp;Phone account</source>
        <translation>&amp;Phone account</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="37" />
        <source>&amp;PBX address:</source>
        <translation>&amp;PBX address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="47" />
        <source>PBX address</source>
        <translation>PBX address</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="50" />
        <source>pbx.example.kz — empty: direct calls, no PBX</source>
        <translation>pbx.example.kz — empty: direct calls, no PBX</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="57" />
        <source>&amp;Extension:</source>
        <translation>&amp;Extension:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="67" />
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="74" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="84" />
        <source>SIP password</source>
        <translation>SIP password</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="94" />
        <source>&amp;Connection:</source>
        <translation>&amp;Connection:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="104" />
        <source>Connection type</source>
        <translation>Connection type</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="111" />
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="121" />
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="128" />
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>The password is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="139" />
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="145" />
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="155" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="165" />
        <source>&amp;Agent login:</source>
        <translation>&amp;Agent login:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="175" />
        <source>Agent login</source>
        <translation>Agent login</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="182" />
        <source>When the server cannot be reached your work is saved on this computer and sent later.</source>
        <translation>When the server cannot be reached your work is saved on this computer and sent later.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="193" />
        <source>A&amp;udio</source>
        <translation>A&amp;udio</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="199" />
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="209" />
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="216" />
        <source>&amp;Headset / speaker:</source>
        <translation>&amp;Headset / speaker:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="226" />
        <source>Headset or speaker</source>
        <translation>Headset or speaker</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="233" />
        <source>&amp;Ringer:</source>
        <translation>&amp;Ringer:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="243" />
        <source>Ringer device</source>
        <translation>Ringer device</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="261" />
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="267" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="277" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="284" />
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="294" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="302" />
        <source>S&amp;hortcuts</source>
        <translation>S&amp;hortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="308" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>&amp;Local SIP port:</source>
        <translation>&amp;Local SIP port:</translation>
    </message>
    <message>
        <source>Local SIP port</source>
        <translation>Local SIP port</translation>
    </message>
    <message>
        <source>The port this computer's phone listens on. Automatic suits almost everyone; IT may ask for a fixed one.</source>
        <translation>The port this computer's phone listens on. Automatic suits almost everyone; IT may ask for a fixed one.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="51" />
        <source>Shift since %1 — %2</source>
        <translation>Shift since %1 — %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="57" />
        <source>Shift ended at %1 after %2</source>
        <translation>Shift ended at %1 after %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="62" />
        <location filename="../../ui/shift_panel.ui" line="18" />
        <source>Shift not started</source>
        <translation>Shift not started</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="74" />
        <source>%1 of %2 used</source>
        <translation>%1 of %2 used</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="78" />
        <source> — %1 over</source>
        <translation> — %1 over</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="6" />
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="21" />
        <source>Shift state</source>
        <translation>Shift state</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="72" />
        <source>Break budget</source>
        <translation>Break budget</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="82" />
        <source>Break budget used</source>
        <translation>Break budget used</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="35" />
        <source>Start shift</source>
        <translation>Start shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="38" />
        <source>Start the shift</source>
        <translation>Start the shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="45" />
        <source>End shift</source>
        <translation>End shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="48" />
        <source>End the shift</source>
        <translation>End the shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="57" />
        <source>Timeline of the shift</source>
        <translation>Timeline of the shift</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="115" />
        <source>Shift figures</source>
        <translation>Shift figures</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="68" />
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="80" />
        <source>Shift not started. Choose Available to start your shift.</source>
        <translation>Shift not started. Choose Available to start your shift.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="86" />
        <source>Choose the call outcome, then you go back to %1</source>
        <translation>Choose the call outcome, then you go back to %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="91" />
        <source>Back to %1 in %2</source>
        <translation>Back to %1 in %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="114" />
        <source>Time is up: choose an outcome to finish, then you go back to %1</source>
        <translation>Time is up: choose an outcome to finish, then you go back to %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="124" />
        <source>Time is up: press Finish wrap-up to go back to %1</source>
        <translation>Time is up: press Finish wrap-up to go back to %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="99" />
        <source>With %1</source>
        <translation>With %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="101" />
        <source>Call from %1</source>
        <translation>Call from %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="104" />
        <source>Break left today: %1</source>
        <translation>Break left today: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="108" />
        <source>Waiting for calls</source>
        <translation>Waiting for calls</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="110" />
        <source>Calls are refused; callers hear busy</source>
        <translation>Calls are refused; callers hear busy</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="111" />
        <source>Calls are refused</source>
        <translation>Calls are refused</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="6" />
        <source>Agent status</source>
        <translation>Agent status</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="25" />
        <source>Current status</source>
        <translation>Current status</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="36" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="39" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="49" />
        <source>Status details</source>
        <translation>Status details</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="59" />
        <source>Next status</source>
        <translation>Next status</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="78" />
        <source>Time in status</source>
        <translation>Time in status</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="85" />
        <source>Finish wrap-up</source>
        <translation>Finish wrap-up</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="88" />
        <source>Finish wrap-up now</source>
        <translation>Finish wrap-up now</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="101" />
        <source>Set status: available</source>
        <translation>Set status: available</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="108" />
        <source>Set status: working, do not disturb</source>
        <translation>Set status: working, do not disturb</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="115" />
        <source>Set status: break, choose a reason</source>
        <translation>Set status: break, choose a reason</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="122" />
        <source>Set status: offline</source>
        <translation>Set status: offline</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../agent_console/sync/commands.py" />
        <source>{who} changed your status: {why}</source>
        <translation>{who} changed your status: {why}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="38" />
        <source>Unknown command from {who}.</source>
        <translation>Unknown command from {who}.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="39" />
        <source>Message from {who}: {text}</source>
        <translation>Message from {who}: {text}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="40" />
        <source>{who} changed your status.</source>
        <translation>{who} changed your status.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="41" />
        <source>{who} signed you out.</source>
        <translation>{who} signed you out.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="42" />
        <source>{who} asked for a status change, but no shift is running.</source>
        <translation>{who} asked for a status change, but no shift is running.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="43" />
        <source>{who} asked for a status change that could not be applied: {why}</source>
        <translation>{who} asked for a status change that could not be applied: {why}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="44" />
        <source>{who} signed you out; the shift stays open: {why}</source>
        <translation>{who} signed you out; the shift stays open: {why}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="45" />
        <source>No secure password store (keyring) is available on this computer, so Agent Console cannot keep your sign-in. It never stores passwords in a plain file. Start the desktop session's keyring (GNOME Keyring / KWallet) or ask IT; until then you must sign in at every start.</source>
        <translation>No secure password store (keyring) is available on this computer, so Agent Console cannot keep your sign-in. It never stores passwords in a plain file. Start the desktop session's keyring (GNOME Keyring / KWallet) or ask IT; until then you must sign in at every start.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="46" />
        <source>The keyring is locked. Unlock it (it usually asks for your computer password) and try again.</source>
        <translation>The keyring is locked. Unlock it (it usually asks for your computer password) and try again.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="47" />
        <source>The keyring does not answer; your sign-in is kept for this run only.</source>
        <translation>The keyring does not answer; your sign-in is kept for this run only.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="48" />
        <source>The only password store available ({name}) keeps secrets in a plain file; Agent Console refuses to use it. Ask IT to enable the desktop keyring.</source>
        <translation>The only password store available ({name}) keeps secrets in a plain file; Agent Console refuses to use it. Ask IT to enable the desktop keyring.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="49" />
        <source>The keyring refused to store or read a secret ({detail}). Sign in again or ask IT.</source>
        <translation>The keyring refused to store or read a secret ({detail}). Sign in again or ask IT.</translation>
    </message>
    <message>
        <source>Your keyring is locked, so your sign-in and SIP password cannot be read or kept. Unlock it (Passwords and Keys, with your computer password), then sign in again.</source>
        <translation>Your keyring is locked, so your sign-in and SIP password cannot be read or kept. Unlock it (Passwords and Keys, with your computer password), then sign in again.</translation>
    </message>
    <message>
        <source>Your keyring is locked: unlock it in the window the system opened (it asks for your computer password). You can keep working meanwhile; the phone connects once it is unlocked.</source>
        <translation>Your keyring is locked: unlock it in the window the system opened (it asks for your computer password). You can keep working meanwhile; the phone connects once it is unlocked.</translation>
    </message>
    <message>
        <source>The keyring (your desktop's password store) does not answer. You can keep working; the phone connects as soon as it answers. If this lasts, log out of the computer and back in, or call IT.</source>
        <translation>The keyring (your desktop's password store) does not answer. You can keep working; the phone connects as soon as it answers. If this lasts, log out of the computer and back in, or call IT.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="50" />
        <source>The sync service is not running.</source>
        <translation>The sync service is not running.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="51" />
        <source>Sending to the server failed ({what}); it will be retried.</source>
        <translation>Sending to the server failed ({what}); it will be retried.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="52" />
        <source>Sending to the server stopped ({what}). Your work is still saved on this computer; restart Agent Console.</source>
        <translation>Sending to the server stopped ({what}). Your work is still saved on this computer; restart Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="63" />
        <source>Everything you do is saved on this computer first and sent automatically.</source>
        <translation>Everything you do is saved on this computer first and sent automatically.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="64" />
        <source>%n event(s) waiting</source>
        <translation>%n event(s) waiting</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="65" />
        <source>Sign-in needed</source>
        <translation>Sign-in needed</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="66" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="67" />
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="68" />
        <source>All your events have reached the server.</source>
        <translation>All your events have reached the server.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="69" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="70" />
        <source>Some events were refused by the server</source>
        <translation>Some events were refused by the server</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="71" />
        <source>They are kept on this computer and offered again later; IT can see why in the log.</source>
        <translation>They are kept on this computer and offered again later; IT can see why in the log.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="72" />
        <source>Sending to the server.</source>
        <translation>Sending to the server.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="73" />
        <source>Offline since {time}</source>
        <translation>Offline since {time}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="74" />
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="75" />
        <source>Click to sign in again.</source>
        <translation>Click to sign in again.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="53" />
        <source>Sign in to the call-center server.</source>
        <translation>Sign in to the call-center server.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="54" />
        <source>Your sign-in has expired. Sign in again: everything you did meanwhile is saved on this computer and will be sent.</source>
        <translation>Your sign-in has expired. Sign in again: everything you did meanwhile is saved on this computer and will be sent.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="55" />
        <source>You were signed out by a supervisor. Sign in again to continue.</source>
        <translation>You were signed out by a supervisor. Sign in again to continue.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="56" />
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="57" />
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>The server cannot be reached. Check the address and your internet connection.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="58" />
        <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
        <translation>Too many sign-in attempts. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="59" />
        <source>The server has a problem right now. Try again in a moment.</source>
        <translation>The server has a problem right now. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="60" />
        <source>The server refused the sign-in ({code}).</source>
        <translation>The server refused the sign-in ({code}).</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="61" />
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="62" />
        <source>Fill in the server, your user name and your password.</source>
        <translation>Fill in the server, your user name and your password.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../agent_console/ui/timeline.py" line="40" />
        <source>Timeline of the shift</source>
        <translation>Timeline of the shift</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/timeline.py" line="81" />
        <source>The shift has not started</source>
        <translation>The shift has not started</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../agent_console/ui/tray.py" line="38" />
        <source>Agent Console — %1</source>
        <translation>Agent Console — %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/tray.py" line="51" />
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/day_chart.py" />
        <source>Status mix of the day per 15 minutes</source>
        <translation>Status mix of the day per 15 minutes</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/day_chart.py" />
        <source>No activity yet today</source>
        <translation>No activity yet today</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/day_chart.py" />
        <source>Most agent-minutes in a quarter hour: %1</source>
        <translation>Most agent-minutes in a quarter hour: %1</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Actions today</source>
        <translation>Actions today</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>&amp;Annotate the selected call's note…</source>
        <translation>&amp;Annotate the selected call's note…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Annotate the note</source>
        <translation>Annotate the note</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Your annotation becomes a new version of the note; the agent's versions are kept.</source>
        <translation>Your annotation becomes a new version of the note; the agent's versions are kept.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Forced status</source>
        <translation>Forced status</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Forced logout</source>
        <translation>Forced logout</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Talk time</source>
        <translation>Talk time</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Reason / text</source>
        <translation>Reason / text</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Select a call first.</source>
        <translation>Select a call first.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>not answered</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>%1 — day of %2</source>
        <translation>%1 — day of %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>%1 (supervisor)</source>
        <translation>%1 (supervisor)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Actions that day</source>
        <translation>Actions that day</translation>
    </message>
    <message>
        <source>Diagnostics requested</source>
        <translation>Diagnostics requested</translation>
    </message>
    <message>
        <source>sent to IT (%1)</source>
        <translation>sent to IT (%1)</translation>
    </message>
    <message>
        <source>declined by the agent</source>
        <translation>declined by the agent</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>no answer yet</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Record that you have seen the selected alert (shown to every supervisor)</source>
        <translation>Record that you have seen the selected alert (shown to every supervisor)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>The server cannot be reached; the action was not sent. Try again when the connection is back.</source>
        <translation>The server cannot be reached; the action was not sent. Try again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>This agent is not in your teams: the server refused the action.</source>
        <translation>This agent is not in your teams: the server refused the action.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Forcing a status needs a reason.</source>
        <translation>Forcing a status needs a reason.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>A message needs text.</source>
        <translation>A message needs text.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Your sign-in has expired. Sign in again.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>This alert has already ended.</source>
        <translation>This alert has already ended.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>The server refused the action: %1</source>
        <translation>The server refused the action: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Message:</source>
        <translation>Message:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>New status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Shown to the agent, e.g. back from a forgotten do-not-disturb</source>
        <translation>Shown to the agent, e.g. back from a forgotten do-not-disturb</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Write the message first.</source>
        <translation>Write the message first.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>A reason is required: the agent is shown it.</source>
        <translation>A reason is required: the agent is shown it.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Message to %1</source>
        <translation>Message to %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Force the status of %1</source>
        <translation>Force the status of %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Sign %1 out</source>
        <translation>Sign %1 out</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>%1 will be signed out and must sign in again. Reason:</source>
        <translation>%1 will be signed out and must sign in again. Reason:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>That day is in the future: choose today or an earlier day.</source>
        <translation>That day is in the future: choose today or an earlier day.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>This team is not one of yours: the server refused.</source>
        <translation>This team is not one of yours: the server refused.</translation>
    </message>
    <message>
        <source>Ask %1 for diagnostics</source>
        <translation>Ask %1 for diagnostics</translation>
    </message>
    <message>
        <source>%1's console will ask them to send its diagnostics to IT; they may decline. Reason (shown to the agent):</source>
        <translation>%1's console will ask them to send its diagnostics to IT; they may decline. Reason (shown to the agent):</translation>
    </message>
</context>
<context>
    <name>AgentGridModel</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Call quality</source>
        <translation>Call quality</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Break used</source>
        <translation>Break used</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Phone unreachable</source>
        <translation>Phone unreachable</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>MOS %1, packet loss %2 %</source>
        <translation>MOS %1, packet loss %2 %</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Phone unreachable since %1</source>
        <translation>Phone unreachable since %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Online, no phone</source>
        <translation>Online, no phone</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Console version</source>
        <translation>Console version</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>In status</source>
        <translation>In status</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Current call</source>
        <translation>Current call</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Call time</source>
        <translation>Call time</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Reachability</source>
        <translation>Reachability</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Break over budget</source>
        <translation>Break over budget</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Long wrap-up</source>
        <translation>Long wrap-up</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Long call</source>
        <translation>Long call</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Long do-not-disturb</source>
        <translation>Long do-not-disturb</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Unreachable since %1</source>
        <translation>Unreachable since %1</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Search by name (Ctrl+F)</source>
        <translation>Search by name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Search by name</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Message…</source>
        <translation>&amp;Message…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Force status…</source>
        <translation>&amp;Force status…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Force &amp;logout…</source>
        <translation>Force &amp;logout…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Export day report…</source>
        <translation>&amp;Export day report…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Today, status mix per 15 minutes</source>
        <translation>Today, status mix per 15 minutes</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Save the day report</source>
        <translation>Save the day report</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Server unreachable — as of %1; reconnecting…</source>
        <translation>Server unreachable — as of %1; reconnecting…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Select an agent first.</source>
        <translation>Select an agent first.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Agent Console — supervisor %1</source>
        <translation>Agent Console — supervisor %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Sent to %1.</source>
        <translation>Sent to %1.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Alert t&amp;hresholds…</source>
        <translation>Alert t&amp;hresholds…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>The day of the report, the chart and the agent's day (today or earlier)</source>
        <translation>The day of the report, the chart and the agent's day (today or earlier)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>%1 is in the future: choose today or an earlier day.</source>
        <translation>%1 is in the future: choose today or an earlier day.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>%1, status mix per 15 minutes</source>
        <translation>%1, status mix per 15 minutes</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>No team to show yet: wait for the agents' list.</source>
        <translation>No team to show yet: wait for the agents' list.</translation>
    </message>
    <message>
        <source>Ask for dia&amp;gnostics…</source>
        <translation>Ask for dia&amp;gnostics…</translation>
    </message>
    <message>
        <source>Ask the agent's console to send its diagnostics to IT (they may decline)</source>
        <translation>Ask the agent's console to send its diagnostics to IT (they may decline)</translation>
    </message>
    <message>
        <source>Asked %1 for diagnostics. Their answer shows in their day (double-click the row).</source>
        <translation>Asked %1 for diagnostics. Their answer shows in their day (double-click the row).</translation>
    </message>
    <message>
        <source>%1 sent the diagnostics to IT (%2).</source>
        <translation>%1 sent the diagnostics to IT (%2).</translation>
    </message>
    <message>
        <source>%1 declined to send the diagnostics.</source>
        <translation>%1 declined to send the diagnostics.</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>On call</source>
        <translation>On call</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Do not disturb</source>
        <translation>Do not disturb</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
</context>
<context>
    <name>DoorSign</name>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>The door sign cannot use port %1: choose another one in its settings.</source>
        <translation>The door sign cannot use port %1: choose another one in its settings.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>The door sign has had no viewer for 10 minutes.</source>
        <translation>The door sign has had no viewer for 10 minutes.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>The smart-home lamp is off: the CA file %1 cannot be read.</source>
        <translation>The smart-home lamp is off: the CA file %1 cannot be read.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>&amp;Door sign…</source>
        <translation>&amp;Door sign…</translation>
    </message>
</context>
<context>
    <name>DoorSignDialog</name>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Door sign</source>
        <translation>Door sign</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Shows the household whether you are on a call, working, on a break or not working, on a phone or tablet by the door. Only on the home network; it never shows a number, a name or a note.</source>
        <translation>Shows the household whether you are on a call, working, on a break or not working, on a phone or tablet by the door. Only on the home network; it never shows a number, a name or a note.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Show my status on the door sign</source>
        <translation>Show my status on the door sign</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Smart-home lamp (MQTT, optional)</source>
        <translation>Smart-home lamp (MQTT, optional)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Broker:</source>
        <translation>Broker:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Broker port:</source>
        <translation>Broker port:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Use TLS</source>
        <translation>Use TLS</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Your organisation's policy does not allow the door sign.</source>
        <translation>Your organisation's policy does not allow the door sign.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Scan the code with the phone or tablet by the door, or open:
%1</source>
        <translation>Scan the code with the phone or tablet by the door, or open:
%1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>The door sign is off, or this computer has no home-network address right now.</source>
        <translation>The door sign is off, or this computer has no home-network address right now.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../agent_console/ui/update_notice.py" />
        <source>This console is version {current}. IT installs updates; you can keep working.</source>
        <translation>This console is version {current}. IT installs updates; you can keep working.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/update_notice.py" />
        <source>Version {latest} is available</source>
        <translation>Version {latest} is available</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/update_notice.py" />
        <source>This console (version {current}) is older than your organisation supports (version {minimum} or newer). Please contact IT to update it. You can keep working meanwhile.</source>
        <translation>This console (version {current}) is older than your organisation supports (version {minimum} or newer). Please contact IT to update it. You can keep working meanwhile.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>Export &amp;diagnostics…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Export diagnostics</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>The diagnostics file could not be saved: %1</source>
        <translation>The diagnostics file could not be saved: %1</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. Send this file to IT.</source>
        <translation>Diagnostics saved to %1. Send this file to IT.</translation>
    </message>
    <message>
        <source>Sign in to the server first, then send the diagnostics again.</source>
        <translation>Sign in to the server first, then send the diagnostics again.</translation>
    </message>
    <message>
        <source>The server takes only a few diagnostics per hour from one person. Try again in about %1 minutes.</source>
        <translation>The server takes only a few diagnostics per hour from one person. Try again in about %1 minutes.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the diagnostics were not sent. Try again later, or use Tools → Export diagnostics and give the file to IT another way.</source>
        <translation>The server cannot be reached, so the diagnostics were not sent. Try again later, or use Tools → Export diagnostics and give the file to IT another way.</translation>
    </message>
    <message>
        <source>The diagnostics are too large for the server. Use Tools → Export diagnostics and give the file to IT another way.</source>
        <translation>The diagnostics are too large for the server. Use Tools → Export diagnostics and give the file to IT another way.</translation>
    </message>
    <message>
        <source>The server did not take the diagnostics (%1). Try again later, or use Tools → Export diagnostics.</source>
        <translation>The server did not take the diagnostics (%1). Try again later, or use Tools → Export diagnostics.</translation>
    </message>
    <message>
        <source>The diagnostics could not be sent (%1).</source>
        <translation>The diagnostics could not be sent (%1).</translation>
    </message>
    <message>
        <source>Send diagnostics to &amp;IT</source>
        <translation>Send diagnostics to &amp;IT</translation>
    </message>
    <message>
        <source>The diagnostics are already being sent.</source>
        <translation>The diagnostics are already being sent.</translation>
    </message>
    <message>
        <source>No server is set up, so the diagnostics cannot be sent from here. Use Tools → Export diagnostics and give the file to IT.</source>
        <translation>No server is set up, so the diagnostics cannot be sent from here. Use Tools → Export diagnostics and give the file to IT.</translation>
    </message>
    <message>
        <source>Sending the diagnostics to IT (%1 KiB)…</source>
        <translation>Sending the diagnostics to IT (%1 KiB)…</translation>
    </message>
    <message>
        <source>Preparing the diagnostics…</source>
        <translation>Preparing the diagnostics…</translation>
    </message>
    <message>
        <source>The diagnostics were sent to IT (reference %1).</source>
        <translation>The diagnostics were sent to IT (reference %1).</translation>
    </message>
    <message>
        <source>Your answer could not be sent: the server is not connected.</source>
        <translation>Your answer could not be sent: the server is not connected.</translation>
    </message>
    <message>
        <source>Your answer could not be sent to the server (%1).</source>
        <translation>Your answer could not be sent to the server (%1).</translation>
    </message>
    <message>
        <source>You declined to send the diagnostics; your supervisor will see that.</source>
        <translation>You declined to send the diagnostics; your supervisor will see that.</translation>
    </message>
</context>
<context>
    <name>Precheck</name>
    <message>
        <source>No server is configured: calls work, but nothing reaches your supervisor.</source>
        <translation>No server is configured: calls work, but nothing reaches your supervisor.</translation>
    </message>
    <message>
        <source>The server does not answer: check the internet connection; if it works, tell IT.</source>
        <translation>The server does not answer: check the internet connection; if it works, tell IT.</translation>
    </message>
    <message>
        <source>The server answers (%1 ms).</source>
        <translation>The server answers (%1 ms).</translation>
    </message>
    <message>
        <source>Your computer's clock is %1 s off the server's: turn on automatic date and time.</source>
        <translation>Your computer's clock is %1 s off the server's: turn on automatic date and time.</translation>
    </message>
    <message>
        <source>The clock agrees with the server's.</source>
        <translation>The clock agrees with the server's.</translation>
    </message>
    <message>
        <source>The disk is almost full (%1 MB free): delete some files, or the console cannot save your work.</source>
        <translation>The disk is almost full (%1 MB free): delete some files, or the console cannot save your work.</translation>
    </message>
    <message>
        <source>Free disk space: %1 MB.</source>
        <translation>Free disk space: %1 MB.</translation>
    </message>
    <message>
        <source>The keyring does not answer: unlock it, or sign out and in again.</source>
        <translation>The keyring does not answer: unlock it, or sign out and in again.</translation>
    </message>
    <message>
        <source>The keyring works.</source>
        <translation>The keyring works.</translation>
    </message>
    <message>
        <source>The keyring cannot be used: %1</source>
        <translation>The keyring cannot be used: %1</translation>
    </message>
    <message>
        <source>No PBX is configured: only direct calls work.</source>
        <translation>No PBX is configured: only direct calls work.</translation>
    </message>
    <message>
        <source>The PBX does not answer: check the internet connection; if it works, tell IT.</source>
        <translation>The PBX does not answer: check the internet connection; if it works, tell IT.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms).</source>
        <translation>The PBX answers (%1 ms).</translation>
    </message>
    <message>
        <source>The PBX accepts your account (%1 ms); your phone is registered.</source>
        <translation>The PBX accepts your account (%1 ms); your phone is registered.</translation>
    </message>
    <message>
        <source>The PBX accepts your account (%1 ms); your phone is not registered right now.</source>
        <translation>The PBX accepts your account (%1 ms); your phone is not registered right now.</translation>
    </message>
    <message>
        <source>The PBX refuses your user name or password: ask IT to check your SIP account.</source>
        <translation>The PBX refuses your user name or password: ask IT to check your SIP account.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms), but your account could not be tried: no SIP password is saved on this computer yet.</source>
        <translation>The PBX answers (%1 ms), but your account could not be tried: no SIP password is saved on this computer yet.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms), but your account could not be tried: the keyring did not give the SIP password.</source>
        <translation>The PBX answers (%1 ms), but your account could not be tried: the keyring did not give the SIP password.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms), but asks for a kind of sign-in this check cannot do: your account was not tried.</source>
        <translation>The PBX answers (%1 ms), but asks for a kind of sign-in this check cannot do: your account was not tried.</translation>
    </message>
    <message>
        <source>The PBX's certificate is not trusted by this computer: tell IT.</source>
        <translation>The PBX's certificate is not trusted by this computer: tell IT.</translation>
    </message>
    <message>
        <source>The PBX answered "%1" to your account: tell IT.</source>
        <translation>The PBX answered "%1" to your account: tell IT.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not confirmed: check this device in Settings.</source>
        <translation>Not confirmed: check this device in Settings.</translation>
    </message>
    <message>
        <source>You did not hear the test tone on %1: put the headset on, raise its volume, and choose the right speaker in Settings.</source>
        <translation>You did not hear the test tone on %1: put the headset on, raise its volume, and choose the right speaker in Settings.</translation>
    </message>
    <message>
        <source>You did not hear the ringtone on %1: raise the volume, or choose another ringer in Settings, or you will miss calls.</source>
        <translation>You did not hear the ringtone on %1: raise the volume, or choose another ringer in Settings, or you will miss calls.</translation>
    </message>
    <message>
        <source>You did not hear yourself on %1: check the microphone and the headset in Settings; if it stays, tell IT.</source>
        <translation>You did not hear yourself on %1: check the microphone and the headset in Settings; if it stays, tell IT.</translation>
    </message>
    <message>
        <source>The sound system does not answer: restart the computer; if it stays, tell IT.</source>
        <translation>The sound system does not answer: restart the computer; if it stays, tell IT.</translation>
    </message>
    <message>
        <source>No microphone found: plug in the headset (or turn it on), then check again.</source>
        <translation>No microphone found: plug in the headset (or turn it on), then check again.</translation>
    </message>
    <message>
        <source>No speaker or headset found: plug in the headset.</source>
        <translation>No speaker or headset found: plug in the headset.</translation>
    </message>
    <message>
        <source>Did you hear the tone in your headset?</source>
        <translation>Did you hear the tone in your headset?</translation>
    </message>
    <message>
        <source>No speaker found to ring on: plug in the headset or speakers.</source>
        <translation>No speaker found to ring on: plug in the headset or speakers.</translation>
    </message>
    <message>
        <source>Did you hear the ringtone?</source>
        <translation>Did you hear the ringtone?</translation>
    </message>
    <message>
        <source>The echo test needs a microphone and a speaker: plug in the headset.</source>
        <translation>The echo test needs a microphone and a speaker: plug in the headset.</translation>
    </message>
    <message>
        <source>Echo test: say a few words. Do you hear yourself in the headset?</source>
        <translation>Echo test: say a few words. Do you hear yourself in the headset?</translation>
    </message>
    <message>
        <source>A test tone played on %1.</source>
        <translation>A test tone played on %1.</translation>
    </message>
    <message>
        <source>The ringtone played on %1.</source>
        <translation>The ringtone played on %1.</translation>
    </message>
    <message>
        <source>The microphone %1 gives no sound: unmute it (the switch on the headset cable or the mute key) or plug in the headset.</source>
        <translation>The microphone %1 gives no sound: unmute it (the switch on the headset cable or the mute key) or plug in the headset.</translation>
    </message>
    <message>
        <source>The microphone %1 is very quiet: speak during the test, bring the microphone closer or raise its volume.</source>
        <translation>The microphone %1 is very quiet: speak during the test, bring the microphone closer or raise its volume.</translation>
    </message>
    <message>
        <source>The sound could not be played on %1: plug the headset in again; if it stays, tell IT.</source>
        <translation>The sound could not be played on %1: plug the headset in again; if it stays, tell IT.</translation>
    </message>
    <message>
        <source>The ringtone could not be played on %1: you would not hear calls; tell IT.</source>
        <translation>The ringtone could not be played on %1: you would not hear calls; tell IT.</translation>
    </message>
    <message>
        <source>The microphone %1 cannot be opened: plug the headset in again; if it stays, tell IT.</source>
        <translation>The microphone %1 cannot be opened: plug the headset in again; if it stays, tell IT.</translation>
    </message>
    <message>
        <source>The microphone %1 stopped during the test: plug the headset in again.</source>
        <translation>The microphone %1 stopped during the test: plug the headset in again.</translation>
    </message>
    <message>
        <source>The microphone %1 works (level %2 dBFS).</source>
        <translation>The microphone %1 works (level %2 dBFS).</translation>
    </message>
    <message>
        <source>The console's audio path opens; %1 did not hear %2, which is normal with a headset.</source>
        <translation>The console's audio path opens; %1 did not hear %2, which is normal with a headset.</translation>
    </message>
    <message>
        <source>The ringtone played on %1 but not on %2: plug that device in again.</source>
        <translation>The ringtone played on %1 but not on %2: plug that device in again.</translation>
    </message>
    <message>
        <source>The console cannot use the sound devices (%1, %2): close other programs that use them and check again; if it stays, tell IT.</source>
        <translation>The console cannot use the sound devices (%1, %2): close other programs that use them and check again; if it stays, tell IT.</translation>
    </message>
    <message>
        <source>Sound goes round the console's audio path: %1 heard %2 (%3 ms).</source>
        <translation>Sound goes round the console's audio path: %1 heard %2 (%3 ms).</translation>
    </message>
    <message>
        <source>Behind NAT (your router keeps the port): calls usually work.</source>
        <translation>Behind NAT (your router keeps the port): calls usually work.</translation>
    </message>
    <message>
        <source>Behind NAT (your router changes the port): if callers cannot hear you, tell IT.</source>
        <translation>Behind NAT (your router changes the port): if callers cannot hear you, tell IT.</translation>
    </message>
    <message>
        <source>The STUN server does not answer: calls may have no sound through your router; tell IT.</source>
        <translation>The STUN server does not answer: calls may have no sound through your router; tell IT.</translation>
    </message>
    <message>
        <source>No NAT: this computer is reached directly.</source>
        <translation>No NAT: this computer is reached directly.</translation>
    </message>
    <message>
        <source>%1 to the PBX answers (%2 ms), but its certificate is not trusted by this computer: tell IT.</source>
        <translation>%1 to the PBX answers (%2 ms), but its certificate is not trusted by this computer: tell IT.</translation>
    </message>
    <message>
        <source>%1 to the PBX: no answer (your account does not use it, so calls are not affected).</source>
        <translation>%1 to the PBX: no answer (your account does not use it, so calls are not affected).</translation>
    </message>
    <message>
        <source>%1 to the PBX answers (%2 ms).</source>
        <translation>%1 to the PBX answers (%2 ms).</translation>
    </message>
    <message>
        <source>%1 to the PBX does not get through: check the internet connection (a cable is steadier than Wi-Fi); if it works, tell IT.</source>
        <translation>%1 to the PBX does not get through: check the internet connection (a cable is steadier than Wi-Fi); if it works, tell IT.</translation>
    </message>
    <message>
        <source>%1 to the PBX does not get through, but %2 does: tell IT to switch your account to %2.</source>
        <translation>%1 to the PBX does not get through, but %2 does: tell IT to switch your account to %2.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Checking the server…</source>
        <translation>Checking the server…</translation>
    </message>
    <message>
        <source>Checking the PBX…</source>
        <translation>Checking the PBX…</translation>
    </message>
    <message>
        <source>Checking the network path to the PBX (UDP, TCP, TLS)…</source>
        <translation>Checking the network path to the PBX (UDP, TCP, TLS)…</translation>
    </message>
    <message>
        <source>Asking the STUN server how your router looks from outside…</source>
        <translation>Asking the STUN server how your router looks from outside…</translation>
    </message>
    <message>
        <source>Checking free disk space…</source>
        <translation>Checking free disk space…</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Checking the keyring…</translation>
    </message>
    <message>
        <source>Checking the microphone: say a few words now…</source>
        <translation>Checking the microphone: say a few words now…</translation>
    </message>
    <message>
        <source>Playing a test tone in your headset…</source>
        <translation>Playing a test tone in your headset…</translation>
    </message>
    <message>
        <source>Playing the ringtone…</source>
        <translation>Playing the ringtone…</translation>
    </message>
    <message>
        <source>Checking the console's audio path…</source>
        <translation>Checking the console's audio path…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Check my setup</translation>
    </message>
    <message>
        <source>This checks what your shift needs: the server, the PBX and the network to it, the disk, the keyring, the microphone, the speaker and the ringer. It takes about half a minute and plays short sounds.</source>
        <translation>This checks what your shift needs: the server, the PBX and the network to it, the disk, the keyring, the microphone, the speaker and the ringer. It takes about half a minute and plays short sounds.</translation>
    </message>
    <message>
        <source>Yes, I heard it</source>
        <translation>Yes, I heard it</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>The check was stopped.</translation>
    </message>
    <message>
        <source>Something will stop your shift from working: do what the red lines say, then check again.</source>
        <translation>Something will stop your shift from working: do what the red lines say, then check again.</translation>
    </message>
    <message>
        <source>You can work, but look at the amber lines.</source>
        <translation>You can work, but look at the amber lines.</translation>
    </message>
    <message>
        <source>Everything is ready for your shift.</source>
        <translation>Everything is ready for your shift.</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Break over the agent's budget</source>
        <translation>Break over the agent's budget</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Wrap-up longer than</source>
        <translation>Wrap-up longer than</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Call longer than</source>
        <translation>Call longer than</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Do-not-disturb longer than</source>
        <translation>Do-not-disturb longer than</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Agent's console unreachable</source>
        <translation>Agent's console unreachable</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Phone cannot reach the PBX for longer than</source>
        <translation>Phone cannot reach the PBX for longer than</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: enter a number, or switch the rule off.</source>
        <translation>“%1”: enter a number, or switch the rule off.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: this is not a number.</source>
        <translation>“%1”: this is not a number.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: the number must be above zero.</source>
        <translation>“%1”: the number must be above zero.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: at most a day (1440 min, 86400 s).</source>
        <translation>“%1”: at most a day (1440 min, 86400 s).</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The server cannot be reached; nothing was saved. Your values are still here: save again when the connection is back.</source>
        <translation>The server cannot be reached; nothing was saved. Your values are still here: save again when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The server cannot be reached; the team's thresholds could not be loaded.</source>
        <translation>The server cannot be reached; the team's thresholds could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Only this team's supervisors and administrators may see and change its thresholds.</source>
        <translation>Only this team's supervisors and administrators may see and change its thresholds.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Your sign-in has expired. Sign in again.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Alert thresholds</source>
        <translation>Alert thresholds</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Alert when</source>
        <translation>Alert when</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>This team</source>
        <translation>This team</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Fill in the &amp;defaults</source>
        <translation>Fill in the &amp;defaults</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>You may not change the thresholds of %1: only its supervisors and administrators may.</source>
        <translation>You may not change the thresholds of %1: only its supervisors and administrators may.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The thresholds of %1 apply to every supervisor of the team as soon as they are saved. Its supervisors and administrators may change them. A rule switched off raises no alert.</source>
        <translation>The thresholds of %1 apply to every supervisor of the team as soon as they are saved. Its supervisors and administrators may change them. A rule switched off raises no alert.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The defaults are filled in; press Save to apply them to the team.</source>
        <translation>The defaults are filled in; press Save to apply them to the team.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Saved. Every supervisor of %1 now gets alerts by these thresholds.</source>
        <translation>Saved. Every supervisor of %1 now gets alerts by these thresholds.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsRequest</name>
    <message>
        <source>Diagnostics requested</source>
        <translation>Diagnostics requested</translation>
    </message>
    <message>
        <source>%1 asks for this console's diagnostics, to send to IT.</source>
        <translation>%1 asks for this console's diagnostics, to send to IT.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>The file holds this console's logs, versions, settings, audio devices, network and registration state and the last call's quality numbers. Passwords and sign-in tokens are never in it.</source>
        <translation>The file holds this console's logs, versions, settings, audio devices, network and registration state and the last call's quality numbers. Passwords and sign-in tokens are never in it.</translation>
    </message>
    <message>
        <source>&amp;Send to IT</source>
        <translation>&amp;Send to IT</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Decline</translation>
    </message>
</context>
</TS>