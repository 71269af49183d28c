<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Audio</name>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>speaker</source>
        <translation>динамик</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>microphone</source>
        <translation>микрофон</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>ringer</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>The {role} device was disconnected; now using {fallback}.</source>
        <translation>Устройство «{role}» отключено; теперь используется {fallback}.</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>The {role} device was disconnected and no other device is available.</source>
        <translation>Устройство «{role}» отключено, а другого устройства нет.</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>Cannot use the {role} device: {detail}</source>
        <translation>Не удаётся использовать устройство «{role}»: {detail}</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../agent_console/app/console.py" line="206" />
        <source>Demo server: %1</source>
        <translation>Демо-сервер: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="157" />
        <source>Demo: no local server</source>
        <translation>Демо: без локального сервера</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="155" />
        <source>Demo: starting the local server…</source>
        <translation>Демо: запуск локального сервера…</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="161" />
        <source>Demo mode: a simulated caller will phone you. Choose Available to start receiving calls.</source>
        <translation>Демо-режим: вам будет звонить имитация абонента. Выберите «Доступен», чтобы принимать звонки.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="186" />
        <source>The system keyring is not available, so the SIP password cannot be read. Ask IT to enable the keyring; the password is never stored in a file.</source>
        <translation>Системное хранилище ключей недоступно, поэтому пароль SIP нельзя прочитать. Попросите ИТ-отдел включить хранилище ключей; пароль никогда не хранится в файле.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="195" />
        <source>Enter your SIP password in Settings to connect the phone.</source>
        <translation>Введите пароль SIP в настройках, чтобы подключить телефон.</translation>
    </message>
    <message>
        <source>The keyring answered; the phone is connecting.</source>
        <translation>Хранилище ключей ответило; телефон подключается.</translation>
    </message>
    <message>
        <source>The SIP password could not be saved; it is used until you close Agent Console.</source>
        <translation>Пароль SIP не удалось сохранить; он используется до закрытия Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="231" />
        <source>The journal on this computer was damaged. It was moved to %1 and %2 event(s) were rescued; a new journal was started. Tell your supervisor if figures look wrong.</source>
        <translation>Журнал на этом компьютере был повреждён. Он перемещён в %1, спасено событий: %2; начат новый журнал. Если цифры выглядят неверно, сообщите супервайзеру.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="248" />
        <source>An unsaved note was restored. Check it and save it.</source>
        <translation>Восстановлена несохранённая заметка. Проверьте и сохраните её.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="266" />
        <source>The new agent login is used from the next start of Agent Console.</source>
        <translation>Новый логин оператора будет использоваться при следующем запуске Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="281" />
        <source>The password could not be saved: the system keyring is not available. It will be used until you close Agent Console.</source>
        <translation>Пароль не сохранён: системное хранилище ключей недоступно. Он будет использоваться до закрытия Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/main.py" line="93" />
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/main.py" line="94" />
        <source>The journal cannot be opened, so nothing could be saved: %1</source>
        <translation>Журнал не открывается, поэтому ничего нельзя сохранить: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="33" />
        <source>The microphone was unplugged; using another one.</source>
        <translation>Микрофон отключён; используется другой.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="34" />
        <source>No microphone: callers cannot hear you. Plug in the headset.</source>
        <translation>Нет микрофона: абоненты вас не слышат. Подключите гарнитуру.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="38" />
        <source>The headset was unplugged; sound goes to another device.</source>
        <translation>Гарнитура отключена; звук идёт на другое устройство.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="40" />
        <source>No speaker or headset: you cannot hear callers. Plug in the headset.</source>
        <translation>Нет динамика или гарнитуры: вы не слышите абонентов. Подключите гарнитуру.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="44" />
        <source>No sound device was found: calls connect, but without sound. Plug in the headset and restart Agent Console.</source>
        <translation>Звуковое устройство не найдено: звонки соединяются, но без звука. Подключите гарнитуру и перезапустите Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="44" />
        <source>Sound problem: %1</source>
        <translation>Проблема со звуком: %1</translation>
    </message>
    <message>
        <source>The microphone cannot be used, so callers may not hear you. Check that the headset is plugged in; if it still fails, restart Agent Console or call IT.</source>
        <translation>Микрофон недоступен, абоненты могут вас не слышать. Проверьте, что гарнитура подключена; если не помогло, перезапустите Agent Console или позвоните в ИТ-отдел.</translation>
    </message>
    <message>
        <source>The headset or speaker cannot be used, so you may not hear callers. Check that the headset is plugged in; if it still fails, restart Agent Console or call IT.</source>
        <translation>Гарнитура или динамик недоступны, вы можете не слышать абонентов. Проверьте, что гарнитура подключена; если не помогло, перезапустите Agent Console или позвоните в ИТ-отдел.</translation>
    </message>
    <message>
        <source>The sound system does not answer: you may not hear calls ring. Restart Agent Console; if it still fails, call IT.</source>
        <translation>Звуковая система не отвечает: вы можете не услышать звонок. Перезапустите Agent Console; если не помогло, позвоните в ИТ-отдел.</translation>
    </message>
    <message>
        <source>Sign in to the server to get your phone account: no PBX is set on this computer yet.</source>
        <translation>Войдите на сервер, чтобы получить учётную запись телефона: АТС на этом компьютере ещё не настроена.</translation>
    </message>
    <message>
        <source>Welcome! To take calls, enter the phone account IT gave you: the PBX address, your extension and its password. Without a PBX, Agent Console takes direct calls only.</source>
        <translation>Добро пожаловать! Чтобы принимать звонки, введите учётную запись телефона, выданную ИТ-отделом: адрес АТС, ваш внутренний номер и его пароль. Без АТС Agent Console принимает только прямые звонки.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../agent_console/app/controller.py" line="1" />
        <source>Refused a call from %1: %2</source>
        <translation>Отклонён звонок от %1: %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/controller.py" line="393" />
        <source>Call transferred.</source>
        <translation>Звонок переведён.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/controller.py" line="396" />
        <source>The transfer failed: %1</source>
        <translation>Перевод не удался: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/controller.py" line="453" />
        <source>Could not save to this computer's journal: %1 Nothing was changed.</source>
        <translation>Не удалось сохранить в журнал этого компьютера: %1 Ничего не изменено.</translation>
    </message>
    <message>
        <source>The transfer did not go through. Check the number and try again; the caller stays with you.</source>
        <translation>Перевод не состоялся. Проверьте номер и попробуйте ещё раз; абонент остаётся с вами.</translation>
    </message>
    <message>
        <source>Could not save on this computer: the disk is full. Nothing was changed. Free some disk space or call IT, then try again.</source>
        <translation>Не удалось сохранить на этом компьютере: диск заполнен. Ничего не изменено. Освободите место на диске или позвоните в ИТ-отдел, затем повторите.</translation>
    </message>
    <message>
        <source>Could not save on this computer: the journal is in use (is Agent Console open twice?). Nothing was changed. Close the other copy, then try again.</source>
        <translation>Не удалось сохранить на этом компьютере: журнал занят (Agent Console не открыт дважды?). Ничего не изменено. Закройте вторую копию и повторите.</translation>
    </message>
    <message>
        <source>Could not save on this computer: the journal file cannot be written. Nothing was changed. Call IT.</source>
        <translation>Не удалось сохранить на этом компьютере: в файл журнала нельзя записать. Ничего не изменено. Позвоните в ИТ-отдел.</translation>
    </message>
    <message>
        <source>Could not save on this computer. Nothing was changed. Try again; if it happens again, call IT.</source>
        <translation>Не удалось сохранить на этом компьютере. Ничего не изменено. Повторите; если это повторится, позвоните в ИТ-отдел.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history_panel.ui" line="6" />
        <source>Call history</source>
        <translation>История звонков</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="14" />
        <source>Search by number, date or outcome</source>
        <translation>Поиск по номеру, дате или итогу</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="20" />
        <source>Search call history</source>
        <translation>Поиск в истории звонков</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="27" />
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="30" />
        <source>Call the selected number back</source>
        <translation>Перезвонить на выбранный номер</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="37" />
        <source>Edit note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="40" />
        <source>Edit the note of the selected call</source>
        <translation>Изменить заметку выбранного звонка</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="49" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
</context>
<context>
    <name>InCallPanel</name>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="1" />
        <source>No sound is arriving from the other side (network or their phone).</source>
        <translation>От собеседника не поступает звук (сеть или его телефон).</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="64" />
        <source>Connected</source>
        <translation>Соединено</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="65" />
        <source>On hold — the caller hears silence</source>
        <translation>На удержании — абонент слышит тишину</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="66" />
        <source>Calling…</source>
        <translation>Вызов…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="67" />
        <source>Ringing at the other end…</source>
        <translation>У абонента идёт вызов…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="76" />
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="78" />
        <location filename="../../ui/incall_panel.ui" line="94" />
        <source>Hold</source>
        <translation>Удержать</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="83" />
        <source>Unmute</source>
        <translation>Включить микрофон</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="85" />
        <location filename="../../ui/incall_panel.ui" line="107" />
        <source>Mute</source>
        <translation>Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="124" />
        <source>MOS %1, round trip %2 ms, jitter %3 ms, loss %4 %</source>
        <translation>MOS %1, задержка туда-обратно %2 мс, джиттер %3 мс, потери %4 %</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="6" />
        <source>Call in progress</source>
        <translation>Идёт разговор</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="23" />
        <source>Caller number</source>
        <translation>Номер абонента</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="33" />
        <source>Caller name</source>
        <translation>Имя абонента</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="57" />
        <source>Call duration</source>
        <translation>Длительность разговора</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="70" />
        <source>Call quality</source>
        <translation>Качество связи</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="84" />
        <source>Call state</source>
        <translation>Состояние звонка</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="100" />
        <source>Hold the call</source>
        <translation>Поставить на удержание</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="113" />
        <source>Mute the microphone</source>
        <translation>Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="120" />
        <location filename="../../ui/incall_panel.ui" line="145" />
        <source>Keypad</source>
        <translation>Клавиатура</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="126" />
        <source>Show the keypad</source>
        <translation>Показать клавиатуру</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="133" />
        <source>Hang up</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="136" />
        <source>Hang up the call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="154" />
        <source>Keypad 1</source>
        <translation>Клавиша 1</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="164" />
        <source>Keypad 2</source>
        <translation>Клавиша 2</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="174" />
        <source>Keypad 3</source>
        <translation>Клавиша 3</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="184" />
        <source>Keypad 4</source>
        <translation>Клавиша 4</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="194" />
        <source>Keypad 5</source>
        <translation>Клавиша 5</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="204" />
        <source>Keypad 6</source>
        <translation>Клавиша 6</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="214" />
        <source>Keypad 7</source>
        <translation>Клавиша 7</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="224" />
        <source>Keypad 8</source>
        <translation>Клавиша 8</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="234" />
        <source>Keypad 9</source>
        <translation>Клавиша 9</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="244" />
        <source>Keypad *</source>
        <translation>Клавиша *</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="254" />
        <source>Keypad 0</source>
        <translation>Клавиша 0</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="264" />
        <source>Keypad #</source>
        <translation>Клавиша #</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="274" />
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="280" />
        <source>Number or extension</source>
        <translation>Номер или внутренний номер</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="283" />
        <source>Transfer to</source>
        <translation>Перевести на</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="290" />
        <source>Transfer now</source>
        <translation>Перевести сразу</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="293" />
        <source>Blind transfer</source>
        <translation>Слепой перевод</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="300" />
        <source>Consult first</source>
        <translation>Сначала посоветоваться</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="303" />
        <source>Call the target before transferring</source>
        <translation>Позвонить адресату перед переводом</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="310" />
        <source>Complete transfer</source>
        <translation>Завершить перевод</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="313" />
        <source>Complete the attended transfer</source>
        <translation>Завершить перевод с консультацией</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="1" />
        <source>No audio</source>
        <translation>Нет звука</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="18" />
        <source>Available</source>
        <translation>Доступен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="19" />
        <source>Working — do not disturb</source>
        <translation>Работаю — не беспокоить</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="20" />
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="21" />
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="22" />
        <source>Ringing</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="23" />
        <source>On call</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="24" />
        <source>Wrap-up</source>
        <translation>Постобработка</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="34" />
        <source>Lunch</source>
        <translation>Обед</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="35" />
        <source>Childcare</source>
        <translation>Уход за ребёнком</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="36" />
        <source>Technical problem</source>
        <translation>Техническая проблема</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="37" />
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="38" />
        <source>Rest</source>
        <translation>Отдых</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="46" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="55" />
        <source>Consultation given</source>
        <translation>Дана консультация</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="56" />
        <source>Application status</source>
        <translation>Статус заявки</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="57" />
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="58" />
        <source>Redirected</source>
        <translation>Перенаправлен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="59" />
        <source>Call back needed</source>
        <translation>Нужно перезвонить</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="60" />
        <source>Wrong number</source>
        <translation>Ошиблись номером</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="61" />
        <source>Call dropped</source>
        <translation>Звонок оборвался</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="68" />
        <source>Phone off</source>
        <translation>Телефон выключен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="69" />
        <source>Connecting to the PBX…</source>
        <translation>Подключение к АТС…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="70" />
        <source>Phone ready</source>
        <translation>Телефон готов</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="71" />
        <source>Wrong SIP password — check Settings</source>
        <translation>Неверный пароль SIP — проверьте настройки</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="72" />
        <source>The PBX refused this extension — call IT</source>
        <translation>АТС отклонила этот номер — позвоните в ИТ-отдел</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="73" />
        <source>PBX unreachable — retrying</source>
        <translation>АТС недоступна — повторяем</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="74" />
        <source>The PBX certificate was refused — call IT</source>
        <translation>Сертификат АТС отклонён — позвоните в ИТ-отдел</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="75" />
        <source>Phone ready (direct calls, no PBX)</source>
        <translation>Телефон готов (прямые звонки, без АТС)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="82" />
        <source>Answered</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="83" />
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="84" />
        <source>Refused (unavailable)</source>
        <translation>Отклонён (недоступен)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="85" />
        <source>Connected</source>
        <translation>Соединено</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="86" />
        <source>Not connected</source>
        <translation>Не соединён</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="87" />
        <source>Interrupted</source>
        <translation>Прерван</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="90" />
        <source>In progress</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="96" />
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="97" />
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="103" />
        <source>Good line</source>
        <translation>Связь хорошая</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="104" />
        <source>Fair line</source>
        <translation>Связь средняя</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="105" />
        <source>Poor line</source>
        <translation>Связь плохая</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="112" />
        <source>You cannot go offline during a call. Hang up first.</source>
        <translation>Нельзя выйти из сети во время разговора. Сначала завершите звонок.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="113" />
        <source>The shift cannot end during a call. Hang up first.</source>
        <translation>Нельзя закончить смену во время разговора. Сначала завершите звонок.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="114" />
        <source>You are offline. Choose a status before calling out.</source>
        <translation>Вы не в сети. Выберите статус, прежде чем звонить.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="115" />
        <source>Start your shift first.</source>
        <translation>Сначала начните смену.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="116" />
        <source>The shift has already started.</source>
        <translation>Смена уже начата.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="117" />
        <source>Choose a break reason from the list.</source>
        <translation>Выберите причину перерыва из списка.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="118" />
        <source>Only a break takes a reason.</source>
        <translation>Причина указывается только для перерыва.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="119" />
        <source>Choose the call outcome before finishing wrap-up.</source>
        <translation>Выберите итог звонка, прежде чем завершить постобработку.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="122" />
        <source>You are not in wrap-up.</source>
        <translation>Вы не в постобработке.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="123" />
        <source>That call is no longer active.</source>
        <translation>Этот звонок уже не активен.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="124" />
        <source>That call is already known.</source>
        <translation>Этот звонок уже известен.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="125" />
        <source>Choose an outcome from the list.</source>
        <translation>Выберите итог из списка.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="126" />
        <source>The note is too long.</source>
        <translation>Заметка слишком длинная.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="127" />
        <source>This status is set automatically.</source>
        <translation>Этот статус устанавливается автоматически.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="129" />
        <source>That is not possible right now.</source>
        <translation>Сейчас это невозможно.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.ui" line="14" />
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="20" />
        <source>Sign in to the call-center server.</source>
        <translation>Войдите на сервер колл-центра.</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="32" />
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="42" />
        <source>https://sync.example.kz</source>
        <translation>https://sync.example.kz</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="49" />
        <source>&amp;User name</source>
        <translation>&amp;Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="66" />
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="88" />
        <source>Phone connection</source>
        <translation>Подключение телефона</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="91" />
        <source>Server connection</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="94" />
        <source>Local journal</source>
        <translation>Локальный журнал</translation>
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
        <translation>Добрый день! Выберите «Доступен», чтобы начать смену.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="301" />
        <source>You are available, but the phone is not connected yet.</source>
        <translation>Вы доступны, но телефон ещё не подключён.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="304" />
        <source>No call right now. Calls will ring here.</source>
        <translation>Сейчас звонков нет. Звонки появятся здесь.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="306" />
        <source>Finish your notes for the last call.</source>
        <translation>Закончите заметку по последнему звонку.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="307" />
        <source>Calls will not ring while you are: %1</source>
        <translation>Звонки не поступают, пока ваш статус: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="319" />
        <source>Today: %1 answered · average %2 · break left %3</source>
        <translation>Сегодня: принято %1 · в среднем %2 · осталось перерыва %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_console/ui/main_window.py" line="339" />
        <source>Saved on this computer; %n event(s) waiting to sync</source>
        <translation>
            <numerusform>Сохранено на этом компьютере; %n событие ждёт синхронизации</numerusform>
            <numerusform>Сохранено на этом компьютере; %n события ждут синхронизации</numerusform>
            <numerusform>Сохранено на этом компьютере; %n событий ждут синхронизации</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="344" />
        <source>All work saved</source>
        <translation>Вся работа сохранена</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="346" />
        <source>Journal unavailable</source>
        <translation>Журнал недоступен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="374" />
        <source>Refused a call from %1: you are not available.</source>
        <translation>Отклонён звонок от %1: вы недоступны.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="393" />
        <source>Hang up before closing Agent Console.</source>
        <translation>Завершите звонок, прежде чем закрыть Agent Console.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14" />
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="26" />
        <source>Agent status</source>
        <translation>Статус оператора</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66" />
        <source>Call area</source>
        <translation>Область звонка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="80" />
        <source>No call right now</source>
        <translation>Сейчас звонков нет</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="99" />
        <source>Today so far</source>
        <translation>Итоги дня</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108" />
        <location filename="../../ui/main_window.ui" line="111" />
        <source>Number to call</source>
        <translation>Номер для звонка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="118" />
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="121" />
        <source>Call this number</source>
        <translation>Позвонить на этот номер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="141" />
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158" />
        <source>Call in progress</source>
        <translation>Идёт разговор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="173" />
        <source>Call notes</source>
        <translation>Заметки к звонку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="185" />
        <source>Shift and history</source>
        <translation>Смена и история</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="189" />
        <source>My shift</source>
        <translation>Моя смена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="195" />
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209" />
        <location filename="../../ui/main_window.ui" line="215" />
        <source>Call history</source>
        <translation>История звонков</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235" />
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246" />
        <source>&amp;Call</source>
        <translation>&amp;Звонок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="259" />
        <source>S&amp;hift</source>
        <translation>С&amp;мена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269" />
        <source>&amp;Tools</source>
        <translation>&amp;Сервис</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="285" />
        <source>&amp;Available</source>
        <translation>&amp;Доступен</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288" />
        <source>Set status: available</source>
        <translation>Статус: доступен</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="299" />
        <source>Working — &amp;do not disturb</source>
        <translation>Работаю — &amp;не беспокоить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="302" />
        <source>Set status: working, do not disturb</source>
        <translation>Статус: работаю, не беспокоить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="313" />
        <source>&amp;Break…</source>
        <translation>&amp;Перерыв…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="316" />
        <source>Set status: break, choose a reason</source>
        <translation>Статус: перерыв, выберите причину</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="327" />
        <source>&amp;Offline</source>
        <translation>Н&amp;е в сети</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="330" />
        <source>Set status: offline</source>
        <translation>Статус: не в сети</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="341" />
        <source>&amp;Finish wrap-up</source>
        <translation>&amp;Завершить постобработку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="344" />
        <source>Finish wrap-up now</source>
        <translation>Завершить постобработку сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="352" />
        <source>&amp;Answer</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="355" />
        <source>Answer the call</source>
        <translation>Ответить на звонок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="363" />
        <source>&amp;Decline</source>
        <translation>О&amp;тклонить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="366" />
        <source>Decline the call</source>
        <translation>Отклонить звонок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="374" />
        <source>&amp;Hang up</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="377" />
        <source>Hang up the call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="385" />
        <source>H&amp;old</source>
        <translation>&amp;Удержать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="388" />
        <source>Hold or resume the call</source>
        <translation>Удержать или продолжить звонок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="399" />
        <source>&amp;Mute</source>
        <translation>&amp;Выключить микрофон</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="402" />
        <source>Mute or unmute the microphone</source>
        <translation>Выключить или включить микрофон</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="413" />
        <source>&amp;Call a number…</source>
        <translation>&amp;Позвонить на номер…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="416" />
        <source>Type a number to call</source>
        <translation>Введите номер для звонка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="424" />
        <source>&amp;Save note</source>
        <translation>&amp;Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="427" />
        <source>Save the note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="435" />
        <source>&amp;Start shift</source>
        <translation>&amp;Начать смену</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="438" />
        <source>Start the shift</source>
        <translation>Начать смену</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="443" />
        <source>&amp;End shift</source>
        <translation>&amp;Закончить смену</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="446" />
        <source>End the shift</source>
        <translation>Закончить смену</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="451" />
        <source>&amp;Search history…</source>
        <translation>&amp;Поиск в истории…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="454" />
        <source>Search call history</source>
        <translation>Поиск в истории звонков</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="462" />
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="465" />
        <source>Open settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="473" />
        <source>Show &amp;window</source>
        <translation>Показать &amp;окно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="476" />
        <source>Show the window</source>
        <translation>Показать окно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="481" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="484" />
        <source>About Agent Console</source>
        <translation>Об Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="489" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="492" />
        <source>Quit Agent Console</source>
        <translation>Выйти из Agent Console</translation>
    </message>
    <message>
        <source>Refused a call from %1 during wrap-up of the last call.</source>
        <translation>Звонок от %1 отклонён во время постобработки предыдущего звонка.</translation>
    </message>
    <message>
        <source>Saved on this computer (no server configured)</source>
        <translation>Сохранено на этом компьютере (сервер не настроен)</translation>
    </message>
    <message>
        <source>The details are in the log; if this happens again, call IT.</source>
        <translation>Технические подробности записаны в лог программы; если это повторится, позвоните в ИТ-отдел.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../agent_console/ui/models.py" line="88" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="89" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="90" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="91" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="92" />
        <location filename="../../agent_console/ui/models.py" line="172" />
        <source>Talk time</source>
        <translation>Время разговора</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="93" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="94" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="95" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="167" />
        <source>Calls answered</source>
        <translation>Принято звонков</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="168" />
        <source>Calls offered</source>
        <translation>Поступило звонков</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="169" />
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="170" />
        <source>Refused while unavailable</source>
        <translation>Отклонено, пока недоступен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="171" />
        <source>Calls made</source>
        <translation>Исходящих звонков</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="173" />
        <source>Hold time</source>
        <translation>Время удержания</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="174" />
        <source>Wrap-up time</source>
        <translation>Время постобработки</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="175" />
        <source>Average handle time</source>
        <translation>Среднее время обработки</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="176" />
        <source>Break left</source>
        <translation>Остаток перерыва</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="180" />
        <source>Break over budget</source>
        <translation>Перерыв сверх лимита</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="194" />
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="195" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Refused during wrap-up</source>
        <translation>Отклонено во время постобработки</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="177" />
        <source>Unsaved draft restored</source>
        <translation>Восстановлен несохранённый черновик</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="179" />
        <source>Saved, version %1</source>
        <translation>Сохранено, версия %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="93" />
        <location filename="../../ui/notes_panel.ui" line="19" />
        <source>No call selected</source>
        <translation>Звонок не выбран</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="101" />
        <source>&amp;Outcome (required):</source>
        <translation>&amp;Итог (обязательно):</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="103" />
        <location filename="../../ui/notes_panel.ui" line="31" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="111" />
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="181" />
        <source>Draft saved %1</source>
        <translation>Черновик сохранён %1</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="6" />
        <location filename="../../ui/notes_panel.ui" line="12" />
        <source>Call notes</source>
        <translation>Заметки к звонку</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="22" />
        <source>Call the note belongs to</source>
        <translation>Звонок, к которому относится заметка</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="41" />
        <source>Call outcome (disposition)</source>
        <translation>Итог звонка</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="50" />
        <source>What did the caller need? What was done?</source>
        <translation>Что было нужно абоненту? Что сделано?</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="56" />
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="68" />
        <source>Save state of the note</source>
        <translation>Состояние сохранения заметки</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="82" />
        <source>Save note</source>
        <translation>Сохранить заметку</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="85" />
        <source>Save the note</source>
        <translation>Сохранить заметку</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The TLS handshake with %s got no answer: is the port a TLS port? Retrying in %d s</source>
        <translation>TLS-рукопожатие с %s осталось без ответа: это точно TLS-порт? Повтор через %d с</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The other side stopped answering while the call was on hold (%s): call ended</source>
        <translation>Собеседник перестал отвечать, пока звонок был на удержании (%s): звонок завершён</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>Refused: the caller's phone cannot encrypt the call (encryption is required)</source>
        <translation>Отклонено: телефон звонящего не умеет шифровать звонок (шифрование обязательно)</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>Refused by the phone: %s</source>
        <translation>Отклонено телефоном: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX is not answering (%d checks without a reply): calls cannot reach you. Still trying.</source>
        <translation>АТС не отвечает (%d проверки без ответа): звонки до вас не дойдут. Продолжаем попытки.</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX answers again; registering</source>
        <translation>АТС снова отвечает; регистрируемся</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX is not answering (no reply in %d s); still trying</source>
        <translation>АТС не отвечает (нет ответа за %d с); продолжаем попытки</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX asked to wait (%s); registering again in %d s</source>
        <translation>АТС попросила подождать (%s); повторная регистрация через %d с</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The call is NOT on hold: the other side refused (%s). The caller can still hear you.</source>
        <translation>Звонок НЕ на удержании: другая сторона отказала (%s). Собеседник всё ещё слышит вас.</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The call is still on hold: the other side refused to resume (%s).</source>
        <translation>Звонок всё ещё на удержании: другая сторона отказалась его возобновить (%s).</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The other side was busy; trying again in %.1f s</source>
        <translation>Другая сторона была занята; повторим через %.1f с</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>Hold or resume failed: %s</source>
        <translation>Не удалось поставить на удержание или возобновить: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="29" />
        <source>The phone could not start: %s</source>
        <translation>Не удалось запустить телефон: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="17" />
        <source>None of the configured codecs is available; using G.711.</source>
        <translation>Ни один из настроенных кодеков недоступен; используется G.711.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="18" />
        <source>No answer from the server: reconnecting</source>
        <translation>Сервер не отвечает: переподключение</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="21" />
        <source>Registering with %s</source>
        <translation>Регистрация на %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="22" />
        <source>Ready (direct, no PBX) on port %d</source>
        <translation>Готов (напрямую, без АТС), порт %d</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="23" />
        <source>Registered (%s)</source>
        <translation>Зарегистрирован (%s)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="24" />
        <source>Not registered</source>
        <translation>Не зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="28" />
        <source>Too many calls started in a second; not dialling %s</source>
        <translation>Слишком много звонков за секунду; номер %s не набирается</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="33" />
        <source>Server certificate refused: %s</source>
        <translation>Сертификат сервера отклонён: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="34" />
        <source>Wrong extension or password</source>
        <translation>Неверный внутренний номер или пароль</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="36" />
        <source>Registration forbidden by the server (403)</source>
        <translation>Сервер запретил регистрацию (403)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="30" />
        <source>Server unreachable (%s); retrying in %d s</source>
        <translation>Сервер недоступен (%s); повтор через %d с</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="15" />
        <source>Registering again</source>
        <translation>Повторная регистрация</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="25" />
        <source>Connection to the server lost; registering again</source>
        <translation>Связь с сервером потеряна; повторная регистрация</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="35" />
        <source>Connection lost; registering again</source>
        <translation>Связь потеряна; повторная регистрация</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="16" />
        <source>Network changed: restarting connections</source>
        <translation>Сеть изменилась: перезапуск соединений</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="26" />
        <source>Network change handled; %d call(s) kept</source>
        <translation>Смена сети обработана; сохранено звонков: %d</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="19" />
        <source>Rejected while unavailable (%d)</source>
        <translation>Отклонён, пока вы недоступны (%d)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="31" />
        <source>No audio from the other side for %d s: call ended</source>
        <translation>Нет звука от собеседника %d с: звонок завершён</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="27" />
        <source>No such call: %s</source>
        <translation>Нет такого звонка: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="37" />
        <source>Could not hold the other call: %s</source>
        <translation>Не удалось удержать другой звонок: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="50" />
        <source>The phone is not running</source>
        <translation>Телефон не запущен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="51" />
        <source>No number to redial</source>
        <translation>Нет номера для повторного набора</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="32" />
        <source>Signing out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="20" />
        <source>Phone stopped</source>
        <translation>Телефон остановлен</translation>
    </message>
</context>
<context>
    <name>RingingPanel</name>
    <message>
        <location filename="../../agent_console/ui/ringing_panel.py" line="36" />
        <source>Second call — the current caller will be put on hold</source>
        <translation>Второй звонок — текущий абонент будет поставлен на удержание</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/ringing_panel.py" line="39" />
        <location filename="../../ui/ringing_panel.ui" line="6" />
        <location filename="../../ui/ringing_panel.ui" line="13" />
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/ringing_panel.py" line="42" />
        <source>%1 to answer, %2 to decline</source>
        <translation>%1 — ответить, %2 — отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="32" />
        <source>Caller number</source>
        <translation>Номер абонента</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="45" />
        <source>Caller name</source>
        <translation>Имя абонента</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="55" />
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="58" />
        <source>Answer the call</source>
        <translation>Ответить на звонок</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="65" />
        <source>Decline</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="68" />
        <source>Decline the call</source>
        <translation>Отклонить звонок</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="46" />
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="47" />
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="61" />
        <source>System default</source>
        <translation>Системное по умолчанию</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="66" />
        <source>%1 (not connected)</source>
        <translation>%1 (не подключено)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="71" />
        <source>No sound devices were found. Plug in the headset; the list refreshes when you open Settings again.</source>
        <translation>Звуковые устройства не найдены. Подключите гарнитуру; список обновится при следующем открытии настроек.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="83" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="84" />
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="93" />
        <source>Shortcut for %1</source>
        <translation>Сочетание клавиш для: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="119" />
        <source>Set by your IT department</source>
        <translation>Задано ИТ-отделом</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20" />
        <source>Some settings are set by your IT department and cannot be changed here.</source>
        <translation>Некоторые настройки заданы ИТ-отделом и здесь не меняются.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="31" />
        <source>&amp;Phone account</source>
        <translation>&amp;Учётная запись телефона</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="37" />
        <source>&amp;PBX address:</source>
        <translation>&amp;Адрес АТС:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="47" />
        <source>PBX address</source>
        <translation>Адрес АТС</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="50" />
        <source>pbx.example.kz — empty: direct calls, no PBX</source>
        <translation>pbx.example.kz — пусто: прямые звонки, без АТС</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="57" />
        <source>&amp;Extension:</source>
        <translation>&amp;Внутренний номер:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="67" />
        <source>Extension</source>
        <translation>Внутренний номер</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="74" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="84" />
        <source>SIP password</source>
        <translation>Пароль SIP</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="94" />
        <source>&amp;Connection:</source>
        <translation>&amp;Подключение:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="104" />
        <source>Connection type</source>
        <translation>Тип подключения</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="111" />
        <source>&amp;Display name:</source>
        <translation>&amp;Отображаемое имя:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="121" />
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="128" />
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>Пароль хранится в системном хранилище ключей, а не в файле.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="139" />
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="145" />
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="155" />
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="165" />
        <source>&amp;Agent login:</source>
        <translation>&amp;Логин оператора:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="175" />
        <source>Agent login</source>
        <translation>Логин оператора</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="182" />
        <source>When the server cannot be reached your work is saved on this computer and sent later.</source>
        <translation>Если сервер недоступен, работа сохраняется на этом компьютере и отправляется позже.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="193" />
        <source>A&amp;udio</source>
        <translation>&amp;Звук</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="199" />
        <source>&amp;Microphone:</source>
        <translation>&amp;Микрофон:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="209" />
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="216" />
        <source>&amp;Headset / speaker:</source>
        <translation>&amp;Гарнитура / динамик:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="226" />
        <source>Headset or speaker</source>
        <translation>Гарнитура или динамик</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="233" />
        <source>&amp;Ringer:</source>
        <translation>&amp;Звонок:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="243" />
        <source>Ringer device</source>
        <translation>Устройство для звонка</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="261" />
        <source>&amp;Appearance</source>
        <translation>&amp;Внешний вид</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="267" />
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="277" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="284" />
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="294" />
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="302" />
        <source>S&amp;hortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="308" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>&amp;Local SIP port:</source>
        <translation>&amp;Локальный SIP-порт:</translation>
    </message>
    <message>
        <source>Local SIP port</source>
        <translation>Локальный SIP-порт</translation>
    </message>
    <message>
        <source>The port this computer's phone listens on. Automatic suits almost everyone; IT may ask for a fixed one.</source>
        <translation>Порт, который слушает телефон на этом компьютере. Автоматический выбор подходит почти всем; ИТ-отдел может попросить фиксированный.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="51" />
        <source>Shift since %1 — %2</source>
        <translation>Смена с %1 — %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="57" />
        <source>Shift ended at %1 after %2</source>
        <translation>Смена закончилась в %1, длительность %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="62" />
        <location filename="../../ui/shift_panel.ui" line="18" />
        <source>Shift not started</source>
        <translation>Смена не начата</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="74" />
        <source>%1 of %2 used</source>
        <translation>Использовано %1 из %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="78" />
        <source> — %1 over</source>
        <translation> — сверх на %1</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="6" />
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="21" />
        <source>Shift state</source>
        <translation>Состояние смены</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="72" />
        <source>Break budget</source>
        <translation>Лимит перерывов</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="82" />
        <source>Break budget used</source>
        <translation>Использованный лимит перерывов</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="35" />
        <source>Start shift</source>
        <translation>Начать смену</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="38" />
        <source>Start the shift</source>
        <translation>Начать смену</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="45" />
        <source>End shift</source>
        <translation>Закончить смену</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="48" />
        <source>End the shift</source>
        <translation>Закончить смену</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="57" />
        <source>Timeline of the shift</source>
        <translation>Хронология смены</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="115" />
        <source>Shift figures</source>
        <translation>Показатели смены</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="68" />
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="80" />
        <source>Shift not started. Choose Available to start your shift.</source>
        <translation>Смена не начата. Выберите «Доступен», чтобы начать смену.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="86" />
        <source>Choose the call outcome, then you go back to %1</source>
        <translation>Выберите итог звонка, затем статус вернётся к «%1»</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="91" />
        <source>Back to %1 in %2</source>
        <translation>Возврат к «%1» через %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="114" />
        <source>Time is up: choose an outcome to finish, then you go back to %1</source>
        <translation>Время вышло: выберите итог звонка, чтобы завершить, затем статус вернётся к «%1»</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="124" />
        <source>Time is up: press Finish wrap-up to go back to %1</source>
        <translation>Время вышло: нажмите «Завершить постобработку», чтобы вернуться к «%1»</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="99" />
        <source>With %1</source>
        <translation>Разговор с: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="101" />
        <source>Call from %1</source>
        <translation>Звонит: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="104" />
        <source>Break left today: %1</source>
        <translation>Осталось перерыва сегодня: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="108" />
        <source>Waiting for calls</source>
        <translation>Ожидание звонков</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="110" />
        <source>Calls are refused; callers hear busy</source>
        <translation>Звонки отклоняются; абоненты слышат «занято»</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="111" />
        <source>Calls are refused</source>
        <translation>Звонки отклоняются</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="6" />
        <source>Agent status</source>
        <translation>Статус оператора</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="25" />
        <source>Current status</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="36" />
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="39" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="49" />
        <source>Status details</source>
        <translation>Подробности статуса</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="59" />
        <source>Next status</source>
        <translation>Следующий статус</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="78" />
        <source>Time in status</source>
        <translation>Время в статусе</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="85" />
        <source>Finish wrap-up</source>
        <translation>Завершить постобработку</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="88" />
        <source>Finish wrap-up now</source>
        <translation>Завершить постобработку сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="101" />
        <source>Set status: available</source>
        <translation>Статус: доступен</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="108" />
        <source>Set status: working, do not disturb</source>
        <translation>Статус: работаю, не беспокоить</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="115" />
        <source>Set status: break, choose a reason</source>
        <translation>Статус: перерыв, выберите причину</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="122" />
        <source>Set status: offline</source>
        <translation>Статус: не в сети</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../agent_console/sync/commands.py" />
        <source>{who} changed your status: {why}</source>
        <translation>{who} изменил(а) ваш статус: {why}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="38" />
        <source>Unknown command from {who}.</source>
        <translation>Неизвестная команда от {who}.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="39" />
        <source>Message from {who}: {text}</source>
        <translation>Сообщение от {who}: {text}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="40" />
        <source>{who} changed your status.</source>
        <translation>{who} изменил ваш статус.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="41" />
        <source>{who} signed you out.</source>
        <translation>{who} завершил ваш сеанс.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="42" />
        <source>{who} asked for a status change, but no shift is running.</source>
        <translation>{who} запросил смену статуса, но смена не начата.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="43" />
        <source>{who} asked for a status change that could not be applied: {why}</source>
        <translation>{who} запросил смену статуса, но её нельзя применить: {why}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="44" />
        <source>{who} signed you out; the shift stays open: {why}</source>
        <translation>{who} завершил ваш сеанс; смена остаётся открытой: {why}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="45" />
        <source>No secure password store (keyring) is available on this computer, so Agent Console cannot keep your sign-in. It never stores passwords in a plain file. Start the desktop session's keyring (GNOME Keyring / KWallet) or ask IT; until then you must sign in at every start.</source>
        <translation>На этом компьютере нет защищённого хранилища паролей (keyring), поэтому Agent Console не может сохранить ваш вход. Пароли никогда не хранятся в обычном файле. Запустите хранилище ключей рабочего стола (GNOME Keyring / KWallet) или обратитесь в ИТ-отдел; до тех пор входить придётся при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="46" />
        <source>The keyring is locked. Unlock it (it usually asks for your computer password) and try again.</source>
        <translation>Хранилище ключей заблокировано. Разблокируйте его (обычно оно спрашивает пароль компьютера) и повторите.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="47" />
        <source>The keyring does not answer; your sign-in is kept for this run only.</source>
        <translation>Хранилище ключей не отвечает; вход сохранён только до закрытия программы.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="48" />
        <source>The only password store available ({name}) keeps secrets in a plain file; Agent Console refuses to use it. Ask IT to enable the desktop keyring.</source>
        <translation>Единственное доступное хранилище паролей ({name}) держит секреты в обычном файле; Agent Console его не использует. Попросите ИТ-отдел включить хранилище ключей рабочего стола.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="49" />
        <source>The keyring refused to store or read a secret ({detail}). Sign in again or ask IT.</source>
        <translation>Хранилище ключей отказалось сохранить или прочитать секрет ({detail}). Войдите снова или обратитесь в ИТ-отдел.</translation>
    </message>
    <message>
        <source>Your keyring is locked, so your sign-in and SIP password cannot be read or kept. Unlock it (Passwords and Keys, with your computer password), then sign in again.</source>
        <translation>Хранилище ключей заблокировано, поэтому ваш вход и пароль SIP нельзя прочитать или сохранить. Разблокируйте его («Пароли и ключи», паролем от компьютера), затем войдите снова.</translation>
    </message>
    <message>
        <source>Your keyring is locked: unlock it in the window the system opened (it asks for your computer password). You can keep working meanwhile; the phone connects once it is unlocked.</source>
        <translation>Хранилище ключей заблокировано: разблокируйте его в окне, которое открыла система (оно спрашивает пароль от компьютера). Пока можно продолжать работу; телефон подключится, как только хранилище будет разблокировано.</translation>
    </message>
    <message>
        <source>The keyring (your desktop's password store) does not answer. You can keep working; the phone connects as soon as it answers. If this lasts, log out of the computer and back in, or call IT.</source>
        <translation>Хранилище ключей (хранилище паролей рабочего стола) не отвечает. Можно продолжать работу; телефон подключится, как только оно ответит. Если это затянется, выйдите из сеанса компьютера и войдите снова или позвоните в ИТ-отдел.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="50" />
        <source>The sync service is not running.</source>
        <translation>Служба синхронизации не запущена.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="51" />
        <source>Sending to the server failed ({what}); it will be retried.</source>
        <translation>Отправка на сервер не удалась ({what}); будет повторена.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="52" />
        <source>Sending to the server stopped ({what}). Your work is still saved on this computer; restart Agent Console.</source>
        <translation>Отправка на сервер остановлена ({what}). Ваша работа сохранена на этом компьютере; перезапустите Agent Console.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="63" />
        <source>Everything you do is saved on this computer first and sent automatically.</source>
        <translation>Всё, что вы делаете, сначала сохраняется на этом компьютере и отправляется автоматически.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="64" />
        <source>%n event(s) waiting</source>
        <translation>Ожидают отправки: %n</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="65" />
        <source>Sign-in needed</source>
        <translation>Нужно войти</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="66" />
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="67" />
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="68" />
        <source>All your events have reached the server.</source>
        <translation>Все ваши события дошли до сервера.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="69" />
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="70" />
        <source>Some events were refused by the server</source>
        <translation>Сервер отклонил некоторые события</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="71" />
        <source>They are kept on this computer and offered again later; IT can see why in the log.</source>
        <translation>Они хранятся на этом компьютере и будут отправлены позже; причину ИТ-отдел увидит в журнале.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="72" />
        <source>Sending to the server.</source>
        <translation>Отправка на сервер.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="73" />
        <source>Offline since {time}</source>
        <translation>Не в сети с {time}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="74" />
        <source>The server cannot be reached.</source>
        <translation>Сервер недоступен.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="75" />
        <source>Click to sign in again.</source>
        <translation>Нажмите, чтобы войти снова.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="53" />
        <source>Sign in to the call-center server.</source>
        <translation>Войдите на сервер колл-центра.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="54" />
        <source>Your sign-in has expired. Sign in again: everything you did meanwhile is saved on this computer and will be sent.</source>
        <translation>Срок входа истёк. Войдите снова: всё, что вы сделали за это время, сохранено на этом компьютере и будет отправлено.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="55" />
        <source>You were signed out by a supervisor. Sign in again to continue.</source>
        <translation>Супервайзер завершил ваш сеанс. Войдите снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="56" />
        <source>Wrong user name or password.</source>
        <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="57" />
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>Сервер недоступен. Проверьте адрес и подключение к интернету.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="58" />
        <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
        <translation>Слишком много попыток входа. Подождите несколько минут и повторите.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="59" />
        <source>The server has a problem right now. Try again in a moment.</source>
        <translation>На сервере сейчас проблема. Повторите чуть позже.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="60" />
        <source>The server refused the sign-in ({code}).</source>
        <translation>Сервер отказал во входе ({code}).</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="61" />
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="62" />
        <source>Fill in the server, your user name and your password.</source>
        <translation>Заполните сервер, имя пользователя и пароль.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../agent_console/ui/timeline.py" line="40" />
        <source>Timeline of the shift</source>
        <translation>Хронология смены</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/timeline.py" line="81" />
        <source>The shift has not started</source>
        <translation>Смена не начата</translation>
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
        <translation>Входящий звонок</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/day_chart.py" />
        <source>Status mix of the day per 15 minutes</source>
        <translation>Состав статусов за день по 15 минут</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/day_chart.py" />
        <source>No activity yet today</source>
        <translation>Сегодня ещё нет активности</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/day_chart.py" />
        <source>Most agent-minutes in a quarter hour: %1</source>
        <translation>Больше всего оператор-минут за четверть часа: %1</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Actions today</source>
        <translation>Действия сегодня</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>&amp;Annotate the selected call's note…</source>
        <translation>&amp;Дополнить заметку выбранного звонка…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Annotate the note</source>
        <translation>Дополнение к заметке</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Your annotation becomes a new version of the note; the agent's versions are kept.</source>
        <translation>Ваше дополнение станет новой версией заметки; версии оператора сохраняются.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Forced status</source>
        <translation>Принудительный статус</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Forced logout</source>
        <translation>Принудительный выход</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Talk time</source>
        <translation>Время разговора</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Reason / text</source>
        <translation>Причина / текст</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Select a call first.</source>
        <translation>Сначала выберите звонок.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>not answered</source>
        <translation>без ответа</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>%1 — day of %2</source>
        <translation>%1 — день %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>%1 (supervisor)</source>
        <translation>%1 (супервайзер)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>in progress</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Actions that day</source>
        <translation>Действия в тот день</translation>
    </message>
    <message>
        <source>Diagnostics requested</source>
        <translation>Запрошена диагностика</translation>
    </message>
    <message>
        <source>sent to IT (%1)</source>
        <translation>отправлена в ИТ (%1)</translation>
    </message>
    <message>
        <source>declined by the agent</source>
        <translation>оператор отказался</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ответа пока нет</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>&amp;Acknowledge</source>
        <translation>&amp;Принять к сведению</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Record that you have seen the selected alert (shown to every supervisor)</source>
        <translation>Отметить, что вы видели выбранное оповещение (видно всем супервайзерам)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Acknowledged</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Alerts (%1)</source>
        <translation>Оповещения (%1)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>The server cannot be reached; the action was not sent. Try again when the connection is back.</source>
        <translation>Сервер недоступен; действие не отправлено. Повторите, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>This agent is not in your teams: the server refused the action.</source>
        <translation>Этот оператор не из ваших команд: сервер отклонил действие.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Forcing a status needs a reason.</source>
        <translation>Для принудительной смены статуса нужна причина.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>A message needs text.</source>
        <translation>В сообщении нужен текст.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Срок входа истёк. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>This alert has already ended.</source>
        <translation>Это оповещение уже закончилось.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>The server refused the action: %1</source>
        <translation>Сервер отклонил действие: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Message:</source>
        <translation>Сообщение:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>New status:</source>
        <translation>Новый статус:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Shown to the agent, e.g. back from a forgotten do-not-disturb</source>
        <translation>Видно оператору, например: возврат из забытого «не беспокоить»</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Write the message first.</source>
        <translation>Сначала напишите сообщение.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>A reason is required: the agent is shown it.</source>
        <translation>Причина обязательна: её увидит оператор.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Message to %1</source>
        <translation>Сообщение для %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Force the status of %1</source>
        <translation>Принудительно сменить статус: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Sign %1 out</source>
        <translation>Завершить сеанс %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>%1 will be signed out and must sign in again. Reason:</source>
        <translation>Сеанс %1 будет завершён, потребуется войти снова. Причина:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>That day is in the future: choose today or an earlier day.</source>
        <translation>Этот день ещё не наступил: выберите сегодня или более ранний день.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>This team is not one of yours: the server refused.</source>
        <translation>Это не ваша команда: сервер отказал.</translation>
    </message>
    <message>
        <source>Ask %1 for diagnostics</source>
        <translation>Запросить диагностику у %1</translation>
    </message>
    <message>
        <source>%1's console will ask them to send its diagnostics to IT; they may decline. Reason (shown to the agent):</source>
        <translation>Консоль оператора %1 попросит его отправить диагностику в ИТ; он может отказаться. Причина (её увидит оператор):</translation>
    </message>
</context>
<context>
    <name>AgentGridModel</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Call quality</source>
        <translation>Качество связи</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Break used</source>
        <translation>Перерыв (использовано)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Phone unreachable</source>
        <translation>Телефон недоступен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>MOS %1, packet loss %2 %</source>
        <translation>MOS %1, потери пакетов %2 %</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Phone unreachable since %1</source>
        <translation>Телефон недоступен с %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Online, no phone</source>
        <translation>В сети, телефон не настроен</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Console version</source>
        <translation>Версия консоли</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>In status</source>
        <translation>В статусе</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Current call</source>
        <translation>Текущий звонок</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Call time</source>
        <translation>Длительность звонка</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>AHT</source>
        <translation>Ср. время обработки</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Reachability</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Alert</source>
        <translation>Оповещение</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Break over budget</source>
        <translation>Перерыв сверх лимита</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Long wrap-up</source>
        <translation>Долгая обработка</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Long call</source>
        <translation>Долгий звонок</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Unreachable</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Long do-not-disturb</source>
        <translation>Долгое «не беспокоить»</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Unreachable since %1</source>
        <translation>Нет связи с %1</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Search by name (Ctrl+F)</source>
        <translation>Поиск по имени (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Search by name</source>
        <translation>Поиск по имени</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Message…</source>
        <translation>&amp;Сообщение…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Force status…</source>
        <translation>&amp;Сменить статус…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Force &amp;logout…</source>
        <translation>Завершить &amp;сеанс…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Export day report…</source>
        <translation>&amp;Экспорт отчёта за день…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Today, status mix per 15 minutes</source>
        <translation>Сегодня: состав статусов по 15 минут</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Agents</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>All teams</source>
        <translation>Все команды</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Unreachable</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Save the day report</source>
        <translation>Сохранить отчёт за день</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Live</source>
        <translation>В реальном времени</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Server unreachable — as of %1; reconnecting…</source>
        <translation>Сервер недоступен — данные на %1; переподключение…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Select an agent first.</source>
        <translation>Сначала выберите оператора.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Agent Console — supervisor %1</source>
        <translation>Agent Console — супервайзер %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Sent to %1.</source>
        <translation>Отправлено: %1.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Alert t&amp;hresholds…</source>
        <translation>Пороги &amp;оповещений…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>The day of the report, the chart and the agent's day (today or earlier)</source>
        <translation>День для отчёта, диаграммы и дня оператора (сегодня или раньше)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>%1 is in the future: choose today or an earlier day.</source>
        <translation>%1 — это будущий день: выберите сегодня или более ранний день.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>%1, status mix per 15 minutes</source>
        <translation>%1: состав статусов по 15 минут</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>No team to show yet: wait for the agents' list.</source>
        <translation>Пока нет ни одной команды: дождитесь списка операторов.</translation>
    </message>
    <message>
        <source>Ask for dia&amp;gnostics…</source>
        <translation>Запросить диа&amp;гностику…</translation>
    </message>
    <message>
        <source>Ask the agent's console to send its diagnostics to IT (they may decline)</source>
        <translation>Попросить консоль оператора отправить диагностику в ИТ (оператор может отказаться)</translation>
    </message>
    <message>
        <source>Asked %1 for diagnostics. Their answer shows in their day (double-click the row).</source>
        <translation>У %1 запрошена диагностика. Ответ будет виден в его дне: двойной щелчок по строке.</translation>
    </message>
    <message>
        <source>%1 sent the diagnostics to IT (%2).</source>
        <translation>%1: диагностика отправлена в ИТ (%2).</translation>
    </message>
    <message>
        <source>%1 declined to send the diagnostics.</source>
        <translation>%1: отказ от отправки диагностики.</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Available</source>
        <translation>Свободны</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>On call</source>
        <translation>На звонке</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Wrap-up</source>
        <translation>Обработка</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Unreachable</source>
        <translation>Нет связи</translation>
    </message>
</context>
<context>
    <name>DoorSign</name>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>The door sign cannot use port %1: choose another one in its settings.</source>
        <translation>Табличка на двери не может использовать порт %1: выберите другой в её настройках.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>The door sign has had no viewer for 10 minutes.</source>
        <translation>Табличку на двери никто не открывал уже 10 минут.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>The smart-home lamp is off: the CA file %1 cannot be read.</source>
        <translation>Умная лампа выключена: не удаётся прочитать файл CA %1.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>&amp;Door sign…</source>
        <translation>&amp;Табличка на двери…</translation>
    </message>
</context>
<context>
    <name>DoorSignDialog</name>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Door sign</source>
        <translation>Табличка на двери</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Shows the household whether you are on a call, working, on a break or not working, on a phone or tablet by the door. Only on the home network; it never shows a number, a name or a note.</source>
        <translation>Показывает домашним на телефоне или планшете у двери, разговариваете ли вы, работаете, на перерыве или не работаете. Только в домашней сети; номер, имя или заметку не показывает никогда.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Show my status on the door sign</source>
        <translation>Показывать мой статус на табличке</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Smart-home lamp (MQTT, optional)</source>
        <translation>Лампа умного дома (MQTT, необязательно)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Broker:</source>
        <translation>Брокер:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Broker port:</source>
        <translation>Порт брокера:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Use TLS</source>
        <translation>Использовать TLS</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Your organisation's policy does not allow the door sign.</source>
        <translation>Политика вашей организации не разрешает табличку на двери.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Scan the code with the phone or tablet by the door, or open:
%1</source>
        <translation>Отсканируйте код телефоном или планшетом у двери или откройте:
%1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>The door sign is off, or this computer has no home-network address right now.</source>
        <translation>Табличка выключена, или у этого компьютера сейчас нет адреса в домашней сети.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../agent_console/ui/update_notice.py" />
        <source>This console is version {current}. IT installs updates; you can keep working.</source>
        <translation>Версия этой консоли: {current}. Обновления устанавливает ИТ-отдел; вы можете продолжать работу.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/update_notice.py" />
        <source>Version {latest} is available</source>
        <translation>Доступна версия {latest}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/update_notice.py" />
        <source>This console (version {current}) is older than your organisation supports (version {minimum} or newer). Please contact IT to update it. You can keep working meanwhile.</source>
        <translation>Эта консоль (версия {current}) старее, чем поддерживает ваша организация (нужна версия {minimum} или новее). Обратитесь в ИТ-отдел, чтобы её обновили. Пока можно продолжать работу.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>Экспорт &amp;диагностики…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Экспорт диагностики</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-файлы (*.zip)</translation>
    </message>
    <message>
        <source>The diagnostics file could not be saved: %1</source>
        <translation>Не удалось сохранить файл диагностики: %1</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. Send this file to IT.</source>
        <translation>Диагностика сохранена в %1. Отправьте этот файл в IT-отдел.</translation>
    </message>
    <message>
        <source>Sign in to the server first, then send the diagnostics again.</source>
        <translation>Сначала войдите на сервер, затем отправьте диагностику ещё раз.</translation>
    </message>
    <message>
        <source>The server takes only a few diagnostics per hour from one person. Try again in about %1 minutes.</source>
        <translation>Сервер принимает от одного человека лишь несколько диагностик в час. Повторите примерно через %1 мин.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the diagnostics were not sent. Try again later, or use Tools → Export diagnostics and give the file to IT another way.</source>
        <translation>Сервер недоступен, поэтому диагностика не отправлена. Повторите позже или выберите Сервис → Экспорт диагностики и передайте файл в ИТ другим способом.</translation>
    </message>
    <message>
        <source>The diagnostics are too large for the server. Use Tools → Export diagnostics and give the file to IT another way.</source>
        <translation>Диагностика слишком велика для сервера. Выберите Сервис → Экспорт диагностики и передайте файл в ИТ другим способом.</translation>
    </message>
    <message>
        <source>The server did not take the diagnostics (%1). Try again later, or use Tools → Export diagnostics.</source>
        <translation>Сервер не принял диагностику (%1). Повторите позже или выберите Сервис → Экспорт диагностики.</translation>
    </message>
    <message>
        <source>The diagnostics could not be sent (%1).</source>
        <translation>Не удалось отправить диагностику (%1).</translation>
    </message>
    <message>
        <source>Send diagnostics to &amp;IT</source>
        <translation>Отправить диагностику в &amp;ИТ</translation>
    </message>
    <message>
        <source>The diagnostics are already being sent.</source>
        <translation>Диагностика уже отправляется.</translation>
    </message>
    <message>
        <source>No server is set up, so the diagnostics cannot be sent from here. Use Tools → Export diagnostics and give the file to IT.</source>
        <translation>Сервер не настроен, поэтому отсюда диагностику не отправить. Выберите Сервис → Экспорт диагностики и передайте файл в ИТ.</translation>
    </message>
    <message>
        <source>Sending the diagnostics to IT (%1 KiB)…</source>
        <translation>Диагностика отправляется в ИТ (%1 КиБ)…</translation>
    </message>
    <message>
        <source>Preparing the diagnostics…</source>
        <translation>Диагностика готовится…</translation>
    </message>
    <message>
        <source>The diagnostics were sent to IT (reference %1).</source>
        <translation>Диагностика отправлена в ИТ (номер %1).</translation>
    </message>
    <message>
        <source>Your answer could not be sent: the server is not connected.</source>
        <translation>Ваш ответ не отправлен: нет связи с сервером.</translation>
    </message>
    <message>
        <source>Your answer could not be sent to the server (%1).</source>
        <translation>Не удалось отправить ваш ответ на сервер (%1).</translation>
    </message>
    <message>
        <source>You declined to send the diagnostics; your supervisor will see that.</source>
        <translation>Вы отказались отправлять диагностику; супервайзер это увидит.</translation>
    </message>
</context>
<context>
    <name>Precheck</name>
    <message>
        <source>No server is configured: calls work, but nothing reaches your supervisor.</source>
        <translation>Сервер не настроен: звонки работают, но до вашего супервайзера ничего не доходит.</translation>
    </message>
    <message>
        <source>The server does not answer: check the internet connection; if it works, tell IT.</source>
        <translation>Сервер не отвечает: проверьте подключение к интернету; если оно работает, сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>The server answers (%1 ms).</source>
        <translation>Сервер отвечает (%1 мс).</translation>
    </message>
    <message>
        <source>Your computer's clock is %1 s off the server's: turn on automatic date and time.</source>
        <translation>Часы компьютера расходятся с сервером на %1 с: включите автоматическую установку даты и времени.</translation>
    </message>
    <message>
        <source>The clock agrees with the server's.</source>
        <translation>Часы совпадают с часами сервера.</translation>
    </message>
    <message>
        <source>The disk is almost full (%1 MB free): delete some files, or the console cannot save your work.</source>
        <translation>Диск почти заполнен (свободно %1 МБ): удалите часть файлов, иначе консоль не сможет сохранить вашу работу.</translation>
    </message>
    <message>
        <source>Free disk space: %1 MB.</source>
        <translation>Свободно на диске: %1 МБ.</translation>
    </message>
    <message>
        <source>The keyring does not answer: unlock it, or sign out and in again.</source>
        <translation>Хранилище ключей не отвечает: разблокируйте его или выйдите из системы и войдите снова.</translation>
    </message>
    <message>
        <source>The keyring works.</source>
        <translation>Хранилище ключей работает.</translation>
    </message>
    <message>
        <source>The keyring cannot be used: %1</source>
        <translation>Хранилищем ключей нельзя воспользоваться: %1</translation>
    </message>
    <message>
        <source>No PBX is configured: only direct calls work.</source>
        <translation>АТС не настроена: работают только прямые звонки.</translation>
    </message>
    <message>
        <source>The PBX does not answer: check the internet connection; if it works, tell IT.</source>
        <translation>АТС не отвечает: проверьте подключение к интернету; если оно работает, сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms).</source>
        <translation>АТС отвечает (%1 мс).</translation>
    </message>
    <message>
        <source>The PBX accepts your account (%1 ms); your phone is registered.</source>
        <translation>АТС принимает вашу учётную запись (%1 мс); ваш телефон зарегистрирован.</translation>
    </message>
    <message>
        <source>The PBX accepts your account (%1 ms); your phone is not registered right now.</source>
        <translation>АТС принимает вашу учётную запись (%1 мс); ваш телефон сейчас не зарегистрирован.</translation>
    </message>
    <message>
        <source>The PBX refuses your user name or password: ask IT to check your SIP account.</source>
        <translation>АТС не принимает ваше имя пользователя или пароль: попросите IT-отдел проверить вашу учётную запись SIP.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms), but your account could not be tried: no SIP password is saved on this computer yet.</source>
        <translation>АТС отвечает (%1 мс), но проверить вашу учётную запись не удалось: пароль SIP на этом компьютере ещё не сохранён.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms), but your account could not be tried: the keyring did not give the SIP password.</source>
        <translation>АТС отвечает (%1 мс), но проверить вашу учётную запись не удалось: хранилище ключей не выдало пароль SIP.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms), but asks for a kind of sign-in this check cannot do: your account was not tried.</source>
        <translation>АТС отвечает (%1 мс), но требует способ входа, который эта проверка не умеет: учётная запись не проверена.</translation>
    </message>
    <message>
        <source>The PBX's certificate is not trusted by this computer: tell IT.</source>
        <translation>Этот компьютер не доверяет сертификату АТС: сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>The PBX answered "%1" to your account: tell IT.</source>
        <translation>АТС ответила «%1» на вашу учётную запись: сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Хорошо</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Not confirmed: check this device in Settings.</source>
        <translation>Не подтверждено: проверьте это устройство в настройках.</translation>
    </message>
    <message>
        <source>You did not hear the test tone on %1: put the headset on, raise its volume, and choose the right speaker in Settings.</source>
        <translation>Вы не услышали проверочный сигнал на %1: наденьте гарнитуру, увеличьте громкость и выберите нужный динамик в настройках.</translation>
    </message>
    <message>
        <source>You did not hear the ringtone on %1: raise the volume, or choose another ringer in Settings, or you will miss calls.</source>
        <translation>Вы не услышали звонок на %1: увеличьте громкость или выберите другое устройство для звонка в настройках, иначе вы пропустите вызовы.</translation>
    </message>
    <message>
        <source>You did not hear yourself on %1: check the microphone and the headset in Settings; if it stays, tell IT.</source>
        <translation>Вы не услышали себя на %1: проверьте микрофон и гарнитуру в настройках; если не поможет, сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>The sound system does not answer: restart the computer; if it stays, tell IT.</source>
        <translation>Звуковая система не отвечает: перезагрузите компьютер; если не поможет, сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>No microphone found: plug in the headset (or turn it on), then check again.</source>
        <translation>Микрофон не найден: подключите гарнитуру (или включите её) и проверьте снова.</translation>
    </message>
    <message>
        <source>No speaker or headset found: plug in the headset.</source>
        <translation>Не найдены ни динамики, ни гарнитура: подключите гарнитуру.</translation>
    </message>
    <message>
        <source>Did you hear the tone in your headset?</source>
        <translation>Вы услышали сигнал в гарнитуре?</translation>
    </message>
    <message>
        <source>No speaker found to ring on: plug in the headset or speakers.</source>
        <translation>Не найдено устройство для звонка: подключите гарнитуру или колонки.</translation>
    </message>
    <message>
        <source>Did you hear the ringtone?</source>
        <translation>Вы услышали звонок?</translation>
    </message>
    <message>
        <source>The echo test needs a microphone and a speaker: plug in the headset.</source>
        <translation>Для эхо-теста нужны микрофон и динамик: подключите гарнитуру.</translation>
    </message>
    <message>
        <source>Echo test: say a few words. Do you hear yourself in the headset?</source>
        <translation>Эхо-тест: скажите несколько слов. Вы слышите себя в гарнитуре?</translation>
    </message>
    <message>
        <source>A test tone played on %1.</source>
        <translation>Проверочный сигнал прозвучал на %1.</translation>
    </message>
    <message>
        <source>The ringtone played on %1.</source>
        <translation>Звонок прозвучал на %1.</translation>
    </message>
    <message>
        <source>The microphone %1 gives no sound: unmute it (the switch on the headset cable or the mute key) or plug in the headset.</source>
        <translation>Микрофон %1 не передаёт звук: включите его (переключатель на проводе гарнитуры или клавиша отключения микрофона) или подключите гарнитуру.</translation>
    </message>
    <message>
        <source>The microphone %1 is very quiet: speak during the test, bring the microphone closer or raise its volume.</source>
        <translation>Микрофон %1 очень тихий: говорите во время проверки, поднесите микрофон ближе или увеличьте его громкость.</translation>
    </message>
    <message>
        <source>The sound could not be played on %1: plug the headset in again; if it stays, tell IT.</source>
        <translation>Не удалось воспроизвести звук на %1: переподключите гарнитуру; если не поможет, сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>The ringtone could not be played on %1: you would not hear calls; tell IT.</source>
        <translation>Не удалось воспроизвести звонок на %1: вы не услышите вызовы; сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>The microphone %1 cannot be opened: plug the headset in again; if it stays, tell IT.</source>
        <translation>Не удаётся открыть микрофон %1: переподключите гарнитуру; если не поможет, сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>The microphone %1 stopped during the test: plug the headset in again.</source>
        <translation>Микрофон %1 перестал работать во время проверки: переподключите гарнитуру.</translation>
    </message>
    <message>
        <source>The microphone %1 works (level %2 dBFS).</source>
        <translation>Микрофон %1 работает (уровень %2 dBFS).</translation>
    </message>
    <message>
        <source>The console's audio path opens; %1 did not hear %2, which is normal with a headset.</source>
        <translation>Звуковой тракт консоли открывается; %1 не услышал %2 — с гарнитурой это нормально.</translation>
    </message>
    <message>
        <source>The ringtone played on %1 but not on %2: plug that device in again.</source>
        <translation>Звонок прозвучал на %1, но не на %2: переподключите это устройство.</translation>
    </message>
    <message>
        <source>The console cannot use the sound devices (%1, %2): close other programs that use them and check again; if it stays, tell IT.</source>
        <translation>Консоль не может использовать звуковые устройства (%1, %2): закройте другие программы, которые их используют, и проверьте снова; если не поможет, сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>Sound goes round the console's audio path: %1 heard %2 (%3 ms).</source>
        <translation>Звук проходит через звуковой тракт консоли: %1 услышал %2 (%3 мс).</translation>
    </message>
    <message>
        <source>Behind NAT (your router keeps the port): calls usually work.</source>
        <translation>За NAT (роутер сохраняет порт): звонки обычно работают.</translation>
    </message>
    <message>
        <source>Behind NAT (your router changes the port): if callers cannot hear you, tell IT.</source>
        <translation>За NAT (роутер меняет порт): если собеседники вас не слышат, сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>The STUN server does not answer: calls may have no sound through your router; tell IT.</source>
        <translation>STUN-сервер не отвечает: через ваш роутер звонки могут идти без звука; сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>No NAT: this computer is reached directly.</source>
        <translation>NAT нет: к компьютеру есть прямой доступ.</translation>
    </message>
    <message>
        <source>%1 to the PBX answers (%2 ms), but its certificate is not trusted by this computer: tell IT.</source>
        <translation>%1 до АТС отвечает (%2 мс), но этот компьютер не доверяет её сертификату: сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>%1 to the PBX: no answer (your account does not use it, so calls are not affected).</source>
        <translation>%1 до АТС: нет ответа (ваша учётная запись его не использует, на звонки это не влияет).</translation>
    </message>
    <message>
        <source>%1 to the PBX answers (%2 ms).</source>
        <translation>%1 до АТС отвечает (%2 мс).</translation>
    </message>
    <message>
        <source>%1 to the PBX does not get through: check the internet connection (a cable is steadier than Wi-Fi); if it works, tell IT.</source>
        <translation>%1 до АТС не проходит: проверьте подключение к интернету (кабель надёжнее Wi-Fi); если оно работает, сообщите в IT-отдел.</translation>
    </message>
    <message>
        <source>%1 to the PBX does not get through, but %2 does: tell IT to switch your account to %2.</source>
        <translation>%1 до АТС не проходит, а %2 проходит: попросите IT-отдел перевести вашу учётную запись на %2.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Checking the server…</source>
        <translation>Проверка сервера…</translation>
    </message>
    <message>
        <source>Checking the PBX…</source>
        <translation>Проверка АТС…</translation>
    </message>
    <message>
        <source>Checking the network path to the PBX (UDP, TCP, TLS)…</source>
        <translation>Проверка сетевого пути до АТС (UDP, TCP, TLS)…</translation>
    </message>
    <message>
        <source>Asking the STUN server how your router looks from outside…</source>
        <translation>Запрос к STUN-серверу: как ваш роутер виден снаружи…</translation>
    </message>
    <message>
        <source>Checking free disk space…</source>
        <translation>Проверка свободного места на диске…</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Проверка хранилища ключей…</translation>
    </message>
    <message>
        <source>Checking the microphone: say a few words now…</source>
        <translation>Проверка микрофона: скажите сейчас несколько слов…</translation>
    </message>
    <message>
        <source>Playing a test tone in your headset…</source>
        <translation>Проверочный сигнал в гарнитуре…</translation>
    </message>
    <message>
        <source>Playing the ringtone…</source>
        <translation>Воспроизводится звонок…</translation>
    </message>
    <message>
        <source>Checking the console's audio path…</source>
        <translation>Проверка звукового тракта консоли…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Проверить моё рабочее место</translation>
    </message>
    <message>
        <source>This checks what your shift needs: the server, the PBX and the network to it, the disk, the keyring, the microphone, the speaker and the ringer. It takes about half a minute and plays short sounds.</source>
        <translation>Проверяется всё, что нужно для смены: сервер, АТС и сеть до неё, диск, хранилище ключей, микрофон, динамик и звонок. Это занимает около полуминуты, будут короткие звуки.</translation>
    </message>
    <message>
        <source>Yes, I heard it</source>
        <translation>Да, услышал(а)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Проверка остановлена.</translation>
    </message>
    <message>
        <source>Something will stop your shift from working: do what the red lines say, then check again.</source>
        <translation>Что-то помешает работе в смену: сделайте то, что сказано в красных строках, и проверьте снова.</translation>
    </message>
    <message>
        <source>You can work, but look at the amber lines.</source>
        <translation>Работать можно, но обратите внимание на жёлтые строки.</translation>
    </message>
    <message>
        <source>Everything is ready for your shift.</source>
        <translation>Всё готово к смене.</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Break over the agent's budget</source>
        <translation>Перерыв сверх лимита оператора</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Wrap-up longer than</source>
        <translation>Обработка дольше</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Call longer than</source>
        <translation>Звонок дольше</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Do-not-disturb longer than</source>
        <translation>«Не беспокоить» дольше</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Agent's console unreachable</source>
        <translation>Нет связи с консолью оператора</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Phone cannot reach the PBX for longer than</source>
        <translation>Телефон не может связаться с АТС дольше</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>s</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: enter a number, or switch the rule off.</source>
        <translation>«%1»: введите число или выключите правило.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: this is not a number.</source>
        <translation>«%1»: это не число.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: the number must be above zero.</source>
        <translation>«%1»: число должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: at most a day (1440 min, 86400 s).</source>
        <translation>«%1»: не больше суток (1440 мин, 86400 с).</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The server cannot be reached; nothing was saved. Your values are still here: save again when the connection is back.</source>
        <translation>Сервер недоступен; ничего не сохранено. Ваши значения остались здесь: сохраните снова, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The server cannot be reached; the team's thresholds could not be loaded.</source>
        <translation>Сервер недоступен; пороги команды не удалось загрузить.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Only this team's supervisors and administrators may see and change its thresholds.</source>
        <translation>Видеть и менять пороги этой команды могут только её супервайзеры и администраторы.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Срок входа истёк. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The server refused: %1</source>
        <translation>Сервер отказал: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Alert thresholds</source>
        <translation>Пороги оповещений</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>&amp;Team:</source>
        <translation>&amp;Команда:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Alert when</source>
        <translation>Оповещать, если</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>This team</source>
        <translation>Эта команда</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Fill in the &amp;defaults</source>
        <translation>Подставить значения по &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>You may not change the thresholds of %1: only its supervisors and administrators may.</source>
        <translation>Вы не можете менять пороги команды %1: это могут только её супервайзеры и администраторы.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The thresholds of %1 apply to every supervisor of the team as soon as they are saved. Its supervisors and administrators may change them. A rule switched off raises no alert.</source>
        <translation>Пороги команды %1 действуют для всех её супервайзеров сразу после сохранения. Менять их могут супервайзеры команды и администраторы. Выключенное правило не даёт оповещений.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The defaults are filled in; press Save to apply them to the team.</source>
        <translation>Подставлены значения по умолчанию; нажмите «Сохранить», чтобы применить их к команде.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Saved. Every supervisor of %1 now gets alerts by these thresholds.</source>
        <translation>Сохранено. Теперь все супервайзеры команды %1 получают оповещения по этим порогам.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsRequest</name>
    <message>
        <source>Diagnostics requested</source>
        <translation>Запрошена диагностика</translation>
    </message>
    <message>
        <source>%1 asks for this console's diagnostics, to send to IT.</source>
        <translation>%1 просит диагностику этой консоли для отправки в ИТ.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>The file holds this console's logs, versions, settings, audio devices, network and registration state and the last call's quality numbers. Passwords and sign-in tokens are never in it.</source>
        <translation>В файле — журналы этой консоли, версии, настройки, звуковые устройства, состояние сети и регистрации и показатели качества последнего звонка. Паролей и токенов входа в нём нет никогда.</translation>
    </message>
    <message>
        <source>&amp;Send to IT</source>
        <translation>&amp;Отправить в ИТ</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>О&amp;тказаться</translation>
    </message>
</context>
</TS>