<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
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
        <translation>қоңырау</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>The {role} device was disconnected; now using {fallback}.</source>
        <translation>«{role}» құрылғысы ажыратылды; енді {fallback} қолданылады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>The {role} device was disconnected and no other device is available.</source>
        <translation>«{role}» құрылғысы ажыратылды, ал басқа құрылғы жоқ.</translation>
    </message>
    <message>
        <location filename="../../agent_console/audio/qt.py" />
        <source>Cannot use the {role} device: {detail}</source>
        <translation>«{role}» құрылғысын қолдану мүмкін емес: {detail}</translation>
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
        <translation>Демо: жергілікті сервер жоқ</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="155" />
        <source>Demo: starting the local server…</source>
        <translation>Демо: жергілікті сервер іске қосылуда…</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="161" />
        <source>Demo mode: a simulated caller will phone you. Choose Available to start receiving calls.</source>
        <translation>Демо режимі: сізге үлгі қоңырау шалушы хабарласады. Қоңырау қабылдау үшін «Қолжетімді» күйін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="186" />
        <source>The system keyring is not available, so the SIP password cannot be read. Ask IT to enable the keyring; the password is never stored in a file.</source>
        <translation>Жүйелік кілттер қоймасы қолжетімсіз, сондықтан SIP құпиясөзін оқу мүмкін емес. IT бөлімінен кілттер қоймасын қосуды сұраңыз; құпиясөз ешқашан файлда сақталмайды.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="195" />
        <source>Enter your SIP password in Settings to connect the phone.</source>
        <translation>Телефонды қосу үшін Баптауларда SIP құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>The keyring answered; the phone is connecting.</source>
        <translation>Кілттер қоймасы жауап берді; телефон қосылып жатыр.</translation>
    </message>
    <message>
        <source>The SIP password could not be saved; it is used until you close Agent Console.</source>
        <translation>SIP құпиясөзі сақталмады; ол Agent Console жабылғанша қолданылады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="231" />
        <source>The journal on this computer was damaged. It was moved to %1 and %2 event(s) were rescued; a new journal was started. Tell your supervisor if figures look wrong.</source>
        <translation>Осы компьютердегі журнал зақымданған. Ол %1 орнына көшірілді, %2 оқиға құтқарылды; жаңа журнал басталды. Көрсеткіштер дұрыс емес сияқты болса, супервайзерге хабарлаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="248" />
        <source>An unsaved note was restored. Check it and save it.</source>
        <translation>Сақталмаған жазба қалпына келтірілді. Тексеріп, сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="266" />
        <source>The new agent login is used from the next start of Agent Console.</source>
        <translation>Жаңа оператор логині Agent Console келесі іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/console.py" line="281" />
        <source>The password could not be saved: the system keyring is not available. It will be used until you close Agent Console.</source>
        <translation>Құпиясөз сақталмады: жүйелік кілттер қоймасы қолжетімсіз. Ол Agent Console жабылғанша ғана қолданылады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/main.py" line="93" />
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/main.py" line="94" />
        <source>The journal cannot be opened, so nothing could be saved: %1</source>
        <translation>Журнал ашылмайды, сондықтан ештеңе сақталмас еді: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="33" />
        <source>The microphone was unplugged; using another one.</source>
        <translation>Микрофон ажыратылды; басқасы қолданылуда.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="34" />
        <source>No microphone: callers cannot hear you. Plug in the headset.</source>
        <translation>Микрофон жоқ: қоңырау шалушылар сізді естімейді. Гарнитураны қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="38" />
        <source>The headset was unplugged; sound goes to another device.</source>
        <translation>Гарнитура ажыратылды; дыбыс басқа құрылғыға шығады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="40" />
        <source>No speaker or headset: you cannot hear callers. Plug in the headset.</source>
        <translation>Динамик немесе гарнитура жоқ: сіз қоңырау шалушыларды естімейсіз. Гарнитураны қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="44" />
        <source>No sound device was found: calls connect, but without sound. Plug in the headset and restart Agent Console.</source>
        <translation>Дыбыс құрылғысы табылмады: қоңыраулар қосылады, бірақ дыбыссыз. Гарнитураны қосып, Agent Console-ды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/audio_messages.py" line="44" />
        <source>Sound problem: %1</source>
        <translation>Дыбыс ақауы: %1</translation>
    </message>
    <message>
        <source>The microphone cannot be used, so callers may not hear you. Check that the headset is plugged in; if it still fails, restart Agent Console or call IT.</source>
        <translation>Микрофонды пайдалану мүмкін емес, қоңырау шалушылар сізді естімеуі мүмкін. Гарнитураның қосылғанын тексеріңіз; бәрібір болмаса, Agent Console-ды қайта іске қосыңыз немесе IT бөліміне хабарласыңыз.</translation>
    </message>
    <message>
        <source>The headset or speaker cannot be used, so you may not hear callers. Check that the headset is plugged in; if it still fails, restart Agent Console or call IT.</source>
        <translation>Гарнитураны немесе динамикті пайдалану мүмкін емес, қоңырау шалушыларды естімеуіңіз мүмкін. Гарнитураның қосылғанын тексеріңіз; бәрібір болмаса, Agent Console-ды қайта іске қосыңыз немесе IT бөліміне хабарласыңыз.</translation>
    </message>
    <message>
        <source>The sound system does not answer: you may not hear calls ring. Restart Agent Console; if it still fails, call IT.</source>
        <translation>Дыбыс жүйесі жауап бермейді: қоңырау дыбысын естімеуіңіз мүмкін. Agent Console-ды қайта іске қосыңыз; бәрібір болмаса, IT бөліміне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Sign in to the server to get your phone account: no PBX is set on this computer yet.</source>
        <translation>Телефон аккаунтыңызды алу үшін серверге кіріңіз: бұл компьютерде АТС әлі бапталмаған.</translation>
    </message>
    <message>
        <source>Welcome! To take calls, enter the phone account IT gave you: the PBX address, your extension and its password. Without a PBX, Agent Console takes direct calls only.</source>
        <translation>Қош келдіңіз! Қоңырау қабылдау үшін IT бөлімі берген телефон аккаунтын енгізіңіз: АТС мекенжайы, ішкі нөміріңіз және оның құпиясөзі. АТС-сыз Agent Console тек тікелей қоңырауларды қабылдайды.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../agent_console/app/controller.py" line="1" />
        <source>Refused a call from %1: %2</source>
        <translation>%1 қоңырауы қабылданбады: %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/controller.py" line="393" />
        <source>Call transferred.</source>
        <translation>Қоңырау ауыстырылды.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/controller.py" line="396" />
        <source>The transfer failed: %1</source>
        <translation>Ауыстыру сәтсіз аяқталды: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/controller.py" line="453" />
        <source>Could not save to this computer's journal: %1 Nothing was changed.</source>
        <translation>Осы компьютердің журналына сақтау мүмкін болмады: %1 Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>The transfer did not go through. Check the number and try again; the caller stays with you.</source>
        <translation>Ауыстыру орындалмады. Нөмірді тексеріп, қайталап көріңіз; қоңырау шалушы сізбен қалады.</translation>
    </message>
    <message>
        <source>Could not save on this computer: the disk is full. Nothing was changed. Free some disk space or call IT, then try again.</source>
        <translation>Осы компьютерде сақталмады: диск толы. Ештеңе өзгерген жоқ. Дискіде орын босатыңыз немесе IT бөліміне хабарласыңыз, содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Could not save on this computer: the journal is in use (is Agent Console open twice?). Nothing was changed. Close the other copy, then try again.</source>
        <translation>Осы компьютерде сақталмады: журнал бос емес (Agent Console екі рет ашылған жоқ па?). Ештеңе өзгерген жоқ. Екінші көшірмесін жабыңыз да, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Could not save on this computer: the journal file cannot be written. Nothing was changed. Call IT.</source>
        <translation>Осы компьютерде сақталмады: журнал файлына жазу мүмкін емес. Ештеңе өзгерген жоқ. IT бөліміне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Could not save on this computer. Nothing was changed. Try again; if it happens again, call IT.</source>
        <translation>Осы компьютерде сақталмады. Ештеңе өзгерген жоқ. Қайталап көріңіз; тағы болса, IT бөліміне хабарласыңыз.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history_panel.ui" line="6" />
        <source>Call history</source>
        <translation>Қоңыраулар тарихы</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="14" />
        <source>Search by number, date or outcome</source>
        <translation>Нөмір, күн немесе нәтиже бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="20" />
        <source>Search call history</source>
        <translation>Қоңыраулар тарихынан іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="27" />
        <source>Call back</source>
        <translation>Кері қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="30" />
        <source>Call the selected number back</source>
        <translation>Таңдалған нөмірге кері қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="37" />
        <source>Edit note</source>
        <translation>Жазбаны өңдеу</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="40" />
        <source>Edit the note of the selected call</source>
        <translation>Таңдалған қоңырау жазбасын өңдеу</translation>
    </message>
    <message>
        <location filename="../../ui/history_panel.ui" line="49" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
</context>
<context>
    <name>InCallPanel</name>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="1" />
        <source>No sound is arriving from the other side (network or their phone).</source>
        <translation>Екінші жақтан дыбыс келмей жатыр (желі немесе олардың телефоны).</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="64" />
        <source>Connected</source>
        <translation>Байланыс орнады</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="65" />
        <source>On hold — the caller hears silence</source>
        <translation>Күтуде — қоңырау шалушы үнсіздікті естиді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="66" />
        <source>Calling…</source>
        <translation>Қоңырау шалынуда…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="67" />
        <source>Ringing at the other end…</source>
        <translation>Арғы жақта қоңырау соғылуда…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="76" />
        <source>Resume</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="78" />
        <location filename="../../ui/incall_panel.ui" line="94" />
        <source>Hold</source>
        <translation>Күттіру</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="83" />
        <source>Unmute</source>
        <translation>Дыбысты қосу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="85" />
        <location filename="../../ui/incall_panel.ui" line="107" />
        <source>Mute</source>
        <translation>Дыбысты өшіру</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/incall_panel.py" line="124" />
        <source>MOS %1, round trip %2 ms, jitter %3 ms, loss %4 %</source>
        <translation>MOS %1, айналым уақыты %2 мс, джиттер %3 мс, жоғалту %4 %</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="6" />
        <source>Call in progress</source>
        <translation>Сөйлесу жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="23" />
        <source>Caller number</source>
        <translation>Қоңырау шалушының нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="33" />
        <source>Caller name</source>
        <translation>Қоңырау шалушының аты</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="57" />
        <source>Call duration</source>
        <translation>Сөйлесу ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="70" />
        <source>Call quality</source>
        <translation>Байланыс сапасы</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="84" />
        <source>Call state</source>
        <translation>Қоңырау күйі</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="100" />
        <source>Hold the call</source>
        <translation>Қоңырауды күттіру</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="113" />
        <source>Mute the microphone</source>
        <translation>Микрофонды өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="120" />
        <location filename="../../ui/incall_panel.ui" line="145" />
        <source>Keypad</source>
        <translation>Пернетақта</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="126" />
        <source>Show the keypad</source>
        <translation>Пернетақтаны көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="133" />
        <source>Hang up</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="136" />
        <source>Hang up the call</source>
        <translation>Қоңырауды аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="154" />
        <source>Keypad 1</source>
        <translation>Пернетақта 1</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="164" />
        <source>Keypad 2</source>
        <translation>Пернетақта 2</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="174" />
        <source>Keypad 3</source>
        <translation>Пернетақта 3</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="184" />
        <source>Keypad 4</source>
        <translation>Пернетақта 4</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="194" />
        <source>Keypad 5</source>
        <translation>Пернетақта 5</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="204" />
        <source>Keypad 6</source>
        <translation>Пернетақта 6</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="214" />
        <source>Keypad 7</source>
        <translation>Пернетақта 7</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="224" />
        <source>Keypad 8</source>
        <translation>Пернетақта 8</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="234" />
        <source>Keypad 9</source>
        <translation>Пернетақта 9</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="244" />
        <source>Keypad *</source>
        <translation>Пернетақта *</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="254" />
        <source>Keypad 0</source>
        <translation>Пернетақта 0</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="264" />
        <source>Keypad #</source>
        <translation>Пернетақта #</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="274" />
        <source>Transfer</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="280" />
        <source>Number or extension</source>
        <translation>Нөмір немесе ішкі нөмір</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="283" />
        <source>Transfer to</source>
        <translation>Кімге ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="290" />
        <source>Transfer now</source>
        <translation>Қазір ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="293" />
        <source>Blind transfer</source>
        <translation>Тікелей ауыстыру</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="300" />
        <source>Consult first</source>
        <translation>Алдымен кеңесу</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="303" />
        <source>Call the target before transferring</source>
        <translation>Ауыстырмас бұрын адресатқа қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="310" />
        <source>Complete transfer</source>
        <translation>Ауыстыруды аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/incall_panel.ui" line="313" />
        <source>Complete the attended transfer</source>
        <translation>Кеңесумен ауыстыруды аяқтау</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="1" />
        <source>No audio</source>
        <translation>Дыбыс жоқ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="18" />
        <source>Available</source>
        <translation>Қолжетімді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="19" />
        <source>Working — do not disturb</source>
        <translation>Жұмыста — мазаламаңыз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="20" />
        <source>Break</source>
        <translation>Үзіліс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="21" />
        <source>Offline</source>
        <translation>Желіден тыс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="22" />
        <source>Ringing</source>
        <translation>Қоңырау соғылуда</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="23" />
        <source>On call</source>
        <translation>Сөйлесуде</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="24" />
        <source>Wrap-up</source>
        <translation>Қорытындылау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="34" />
        <source>Lunch</source>
        <translation>Түскі ас</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="35" />
        <source>Childcare</source>
        <translation>Балаға қарау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="36" />
        <source>Technical problem</source>
        <translation>Техникалық ақау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="37" />
        <source>Training</source>
        <translation>Оқу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="38" />
        <source>Rest</source>
        <translation>Демалыс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="46" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="55" />
        <source>Consultation given</source>
        <translation>Кеңес берілді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="56" />
        <source>Application status</source>
        <translation>Өтініш күйі</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="57" />
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="58" />
        <source>Redirected</source>
        <translation>Басқа жерге бағытталды</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="59" />
        <source>Call back needed</source>
        <translation>Кері қоңырау қажет</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="60" />
        <source>Wrong number</source>
        <translation>Қате нөмір</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="61" />
        <source>Call dropped</source>
        <translation>Қоңырау үзілді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="68" />
        <source>Phone off</source>
        <translation>Телефон өшірулі</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="69" />
        <source>Connecting to the PBX…</source>
        <translation>АТС-ке қосылуда…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="70" />
        <source>Phone ready</source>
        <translation>Телефон дайын</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="71" />
        <source>Wrong SIP password — check Settings</source>
        <translation>SIP құпиясөзі қате — Баптауларды тексеріңіз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="72" />
        <source>The PBX refused this extension — call IT</source>
        <translation>АТС бұл ішкі нөмірді қабылдамады — IT бөліміне хабарласыңыз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="73" />
        <source>PBX unreachable — retrying</source>
        <translation>АТС қолжетімсіз — қайталануда</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="74" />
        <source>The PBX certificate was refused — call IT</source>
        <translation>АТС сертификаты қабылданбады — IT бөліміне хабарласыңыз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="75" />
        <source>Phone ready (direct calls, no PBX)</source>
        <translation>Телефон дайын (тікелей қоңыраулар, АТС-сыз)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="82" />
        <source>Answered</source>
        <translation>Жауап берілді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="83" />
        <source>Missed</source>
        <translation>Өткізіп алынды</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="84" />
        <source>Refused (unavailable)</source>
        <translation>Қабылданбады (қолжетімсіз)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="85" />
        <source>Connected</source>
        <translation>Байланыс орнады</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="86" />
        <source>Not connected</source>
        <translation>Байланыс орнамады</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="87" />
        <source>Interrupted</source>
        <translation>Үзілді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="90" />
        <source>In progress</source>
        <translation>Жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="96" />
        <source>Incoming</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="97" />
        <source>Outgoing</source>
        <translation>Шығыс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="103" />
        <source>Good line</source>
        <translation>Байланыс жақсы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="104" />
        <source>Fair line</source>
        <translation>Байланыс орташа</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="105" />
        <source>Poor line</source>
        <translation>Байланыс нашар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="112" />
        <source>You cannot go offline during a call. Hang up first.</source>
        <translation>Сөйлесу кезінде желіден шығуға болмайды. Алдымен қоңырауды аяқтаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="113" />
        <source>The shift cannot end during a call. Hang up first.</source>
        <translation>Сөйлесу кезінде ауысымды аяқтауға болмайды. Алдымен қоңырауды аяқтаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="114" />
        <source>You are offline. Choose a status before calling out.</source>
        <translation>Сіз желіден тыссыз. Қоңырау шалмас бұрын күй таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="115" />
        <source>Start your shift first.</source>
        <translation>Алдымен ауысымды бастаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="116" />
        <source>The shift has already started.</source>
        <translation>Ауысым басталып қойған.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="117" />
        <source>Choose a break reason from the list.</source>
        <translation>Үзіліс себебін тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="118" />
        <source>Only a break takes a reason.</source>
        <translation>Себеп тек үзіліске қажет.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="119" />
        <source>Choose the call outcome before finishing wrap-up.</source>
        <translation>Қорытындылауды аяқтамас бұрын қоңырау нәтижесін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="122" />
        <source>You are not in wrap-up.</source>
        <translation>Сіз қорытындылау күйінде емессіз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="123" />
        <source>That call is no longer active.</source>
        <translation>Бұл қоңырау енді белсенді емес.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="124" />
        <source>That call is already known.</source>
        <translation>Бұл қоңырау бұрыннан белгілі.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="125" />
        <source>Choose an outcome from the list.</source>
        <translation>Нәтижені тізімнен таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="126" />
        <source>The note is too long.</source>
        <translation>Жазба тым ұзын.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="127" />
        <source>This status is set automatically.</source>
        <translation>Бұл күй автоматты түрде қойылады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/labels.py" line="129" />
        <source>That is not possible right now.</source>
        <translation>Бұл қазір мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 сек</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.ui" line="14" />
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="20" />
        <source>Sign in to the call-center server.</source>
        <translation>Колл-орталық серверіне кіріңіз.</translation>
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
        <translation>&amp;Пайдаланушы аты</translation>
    </message>
    <message>
        <location filename="../../ui/login.ui" line="66" />
        <source>&amp;Password</source>
        <translation>&amp;Құпиясөз</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="88" />
        <source>Phone connection</source>
        <translation>Телефон байланысы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="91" />
        <source>Server connection</source>
        <translation>Сервер байланысы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="94" />
        <source>Local journal</source>
        <translation>Жергілікті журнал</translation>
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
        <translation>Қайырлы күн! Ауысымды бастау үшін «Қолжетімді» күйін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="301" />
        <source>You are available, but the phone is not connected yet.</source>
        <translation>Сіз қолжетімдісіз, бірақ телефон әлі қосылмаған.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="304" />
        <source>No call right now. Calls will ring here.</source>
        <translation>Қазір қоңырау жоқ. Қоңыраулар осында келеді.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="306" />
        <source>Finish your notes for the last call.</source>
        <translation>Соңғы қоңырау жазбасын аяқтаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="307" />
        <source>Calls will not ring while you are: %1</source>
        <translation>Сіз мына күйде болғанда қоңыраулар келмейді: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="319" />
        <source>Today: %1 answered · average %2 · break left %3</source>
        <translation>Бүгін: %1 қоңырауға жауап берілді · орташа %2 · қалған үзіліс %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../agent_console/ui/main_window.py" line="339" />
        <source>Saved on this computer; %n event(s) waiting to sync</source>
        <translation>
            <numerusform>Осы компьютерде сақталды; синхрондауды %n оқиға күтуде</numerusform>
            <numerusform>Осы компьютерде сақталды; синхрондауды %n оқиға күтуде</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="344" />
        <source>All work saved</source>
        <translation>Барлық жұмыс сақталды</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="346" />
        <source>Journal unavailable</source>
        <translation>Журнал қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="374" />
        <source>Refused a call from %1: you are not available.</source>
        <translation>%1 қоңырауы қабылданбады: сіз қолжетімсізсіз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/main_window.py" line="393" />
        <source>Hang up before closing Agent Console.</source>
        <translation>Agent Console жаппас бұрын қоңырауды аяқтаңыз.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="14" />
        <source>Agent Console</source>
        <translation>Agent Console</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="26" />
        <source>Agent status</source>
        <translation>Оператор күйі</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="45" />
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66" />
        <source>Call area</source>
        <translation>Қоңырау аймағы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="80" />
        <source>No call right now</source>
        <translation>Қазір қоңырау жоқ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="99" />
        <source>Today so far</source>
        <translation>Бүгінгі көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="108" />
        <location filename="../../ui/main_window.ui" line="111" />
        <source>Number to call</source>
        <translation>Теретін нөмір</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="118" />
        <source>Call</source>
        <translation>Қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="121" />
        <source>Call this number</source>
        <translation>Осы нөмірге қоңырау шалу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="141" />
        <source>Incoming call</source>
        <translation>Кіріс қоңырау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="158" />
        <source>Call in progress</source>
        <translation>Сөйлесу жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="173" />
        <source>Call notes</source>
        <translation>Қоңырау жазбалары</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="185" />
        <source>Shift and history</source>
        <translation>Ауысым және тарих</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="189" />
        <source>My shift</source>
        <translation>Менің ауысымым</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="195" />
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209" />
        <location filename="../../ui/main_window.ui" line="215" />
        <source>Call history</source>
        <translation>Қоңыраулар тарихы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235" />
        <source>&amp;Status</source>
        <translation>&amp;Күй</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246" />
        <source>&amp;Call</source>
        <translation>&amp;Қоңырау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="259" />
        <source>S&amp;hift</source>
        <translation>&amp;Ауысым</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="269" />
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="285" />
        <source>&amp;Available</source>
        <translation>&amp;Қолжетімді</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="288" />
        <source>Set status: available</source>
        <translation>Күй: қолжетімді</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="299" />
        <source>Working — &amp;do not disturb</source>
        <translation>Жұмыста — &amp;мазаламаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="302" />
        <source>Set status: working, do not disturb</source>
        <translation>Күй: жұмыста, мазаламаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="313" />
        <source>&amp;Break…</source>
        <translation>&amp;Үзіліс…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="316" />
        <source>Set status: break, choose a reason</source>
        <translation>Күй: үзіліс, себебін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="327" />
        <source>&amp;Offline</source>
        <translation>&amp;Желіден тыс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="330" />
        <source>Set status: offline</source>
        <translation>Күй: желіден тыс</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="341" />
        <source>&amp;Finish wrap-up</source>
        <translation>Қорытындылауды &amp;аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="344" />
        <source>Finish wrap-up now</source>
        <translation>Қорытындылауды қазір аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="352" />
        <source>&amp;Answer</source>
        <translation>&amp;Жауап беру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="355" />
        <source>Answer the call</source>
        <translation>Қоңырауға жауап беру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="363" />
        <source>&amp;Decline</source>
        <translation>&amp;Қабылдамау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="366" />
        <source>Decline the call</source>
        <translation>Қоңырауды қабылдамау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="374" />
        <source>&amp;Hang up</source>
        <translation>&amp;Аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="377" />
        <source>Hang up the call</source>
        <translation>Қоңырауды аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="385" />
        <source>H&amp;old</source>
        <translation>&amp;Күттіру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="388" />
        <source>Hold or resume the call</source>
        <translation>Қоңырауды күттіру немесе жалғастыру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="399" />
        <source>&amp;Mute</source>
        <translation>&amp;Дыбысты өшіру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="402" />
        <source>Mute or unmute the microphone</source>
        <translation>Микрофонды өшіру немесе қосу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="413" />
        <source>&amp;Call a number…</source>
        <translation>&amp;Нөмірге қоңырау шалу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="416" />
        <source>Type a number to call</source>
        <translation>Қоңырау шалатын нөмірді теріңіз</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="424" />
        <source>&amp;Save note</source>
        <translation>Жазбаны &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="427" />
        <source>Save the note</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="435" />
        <source>&amp;Start shift</source>
        <translation>Ауысымды &amp;бастау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="438" />
        <source>Start the shift</source>
        <translation>Ауысымды бастау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="443" />
        <source>&amp;End shift</source>
        <translation>Ауысымды &amp;аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="446" />
        <source>End the shift</source>
        <translation>Ауысымды аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="451" />
        <source>&amp;Search history…</source>
        <translation>Тарихтан &amp;іздеу…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="454" />
        <source>Search call history</source>
        <translation>Қоңыраулар тарихынан іздеу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="462" />
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="465" />
        <source>Open settings</source>
        <translation>Баптауларды ашу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="473" />
        <source>Show &amp;window</source>
        <translation>&amp;Терезені көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="476" />
        <source>Show the window</source>
        <translation>Терезені көрсету</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="481" />
        <source>&amp;About</source>
        <translation>Бағдарлама &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="484" />
        <source>About Agent Console</source>
        <translation>Agent Console туралы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="489" />
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="492" />
        <source>Quit Agent Console</source>
        <translation>Agent Console-дан шығу</translation>
    </message>
    <message>
        <source>Refused a call from %1 during wrap-up of the last call.</source>
        <translation>%1 қоңырауы соңғы қоңырауды қорытындылау кезінде қабылданбады.</translation>
    </message>
    <message>
        <source>Saved on this computer (no server configured)</source>
        <translation>Осы компьютерде сақталды (сервер бапталмаған)</translation>
    </message>
    <message>
        <source>The details are in the log; if this happens again, call IT.</source>
        <translation>Техникалық мәліметтер бағдарлама логында; бұл қайталанса, IT бөліміне хабарласыңыз.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../agent_console/ui/models.py" line="88" />
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="89" />
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="90" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="91" />
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="92" />
        <location filename="../../agent_console/ui/models.py" line="172" />
        <source>Talk time</source>
        <translation>Сөйлесу уақыты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="93" />
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="94" />
        <source>Outcome</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="95" />
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="167" />
        <source>Calls answered</source>
        <translation>Жауап берілген қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="168" />
        <source>Calls offered</source>
        <translation>Түскен қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="169" />
        <source>Missed</source>
        <translation>Өткізіп алынғандар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="170" />
        <source>Refused while unavailable</source>
        <translation>Қолжетімсіз кезде қабылданбағандар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="171" />
        <source>Calls made</source>
        <translation>Шығыс қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="173" />
        <source>Hold time</source>
        <translation>Күттіру уақыты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="174" />
        <source>Wrap-up time</source>
        <translation>Қорытындылау уақыты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="175" />
        <source>Average handle time</source>
        <translation>Орташа өңдеу уақыты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="176" />
        <source>Break left</source>
        <translation>Қалған үзіліс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="180" />
        <source>Break over budget</source>
        <translation>Үзіліс лимиттен асты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="194" />
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/models.py" line="195" />
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Refused during wrap-up</source>
        <translation>Қорытындылауда қабылданбағандар</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="177" />
        <source>Unsaved draft restored</source>
        <translation>Сақталмаған жоба қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="179" />
        <source>Saved, version %1</source>
        <translation>Сақталды, %1-нұсқа</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="93" />
        <location filename="../../ui/notes_panel.ui" line="19" />
        <source>No call selected</source>
        <translation>Қоңырау таңдалмаған</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="101" />
        <source>&amp;Outcome (required):</source>
        <translation>&amp;Қорытынды (міндетті):</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="103" />
        <location filename="../../ui/notes_panel.ui" line="31" />
        <source>&amp;Outcome:</source>
        <translation>&amp;Қорытынды:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="111" />
        <source>— choose —</source>
        <translation>— таңдаңыз —</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/notes_panel.py" line="181" />
        <source>Draft saved %1</source>
        <translation>Жоба сақталды %1</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="6" />
        <location filename="../../ui/notes_panel.ui" line="12" />
        <source>Call notes</source>
        <translation>Қоңырау жазбалары</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="22" />
        <source>Call the note belongs to</source>
        <translation>Жазба тиесілі қоңырау</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="41" />
        <source>Call outcome (disposition)</source>
        <translation>Қоңырау қорытындысы</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="50" />
        <source>What did the caller need? What was done?</source>
        <translation>Қоңырау шалушыға не керек болды? Не істелді?</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="56" />
        <source>Note text</source>
        <translation>Жазба мәтіні</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="68" />
        <source>Save state of the note</source>
        <translation>Жазбаның сақталу күйі</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="82" />
        <source>Save note</source>
        <translation>Жазбаны сақтау</translation>
    </message>
    <message>
        <location filename="../../ui/notes_panel.ui" line="85" />
        <source>Save the note</source>
        <translation>Жазбаны сақтау</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The TLS handshake with %s got no answer: is the port a TLS port? Retrying in %d s</source>
        <translation>%s серверімен TLS байланысы орнатылмады, жауап жоқ: бұл порт TLS порты ма? %d с кейін қайталаймыз</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The other side stopped answering while the call was on hold (%s): call ended</source>
        <translation>Қоңырау күтуде тұрғанда екінші жақ жауап беруді тоқтатты (%s): қоңырау аяқталды</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>Refused: the caller's phone cannot encrypt the call (encryption is required)</source>
        <translation>Қабылданбады: қоңырау шалушының телефоны қоңырауды шифрлай алмайды (шифрлау міндетті)</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>Refused by the phone: %s</source>
        <translation>Телефон қабылдамады: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX is not answering (%d checks without a reply): calls cannot reach you. Still trying.</source>
        <translation>АТС жауап бермейді (%d тексеру жауапсыз қалды): қоңыраулар сізге жете алмайды. Әрекет жалғасуда.</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX answers again; registering</source>
        <translation>АТС қайтадан жауап береді; тіркелудеміз</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX is not answering (no reply in %d s); still trying</source>
        <translation>АТС жауап бермейді (%d с ішінде жауап жоқ); әрекет жалғасуда</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The PBX asked to wait (%s); registering again in %d s</source>
        <translation>АТС күте тұруды сұрады (%s); %d с кейін қайта тіркелеміз</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The call is NOT on hold: the other side refused (%s). The caller can still hear you.</source>
        <translation>Қоңырау күтуге ҚОЙЫЛМАДЫ: екінші жақ бас тартты (%s). Қоңырау шалушы сізді әлі естиді.</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The call is still on hold: the other side refused to resume (%s).</source>
        <translation>Қоңырау әлі күтуде: екінші жақ жалғастырудан бас тартты (%s).</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>The other side was busy; trying again in %.1f s</source>
        <translation>Екінші жақ бос емес еді; %.1f с кейін қайта тырысамыз</translation>
    </message>
    <message>
        <location filename="../../agent_console/phone/engine.py" line="1" />
        <source>Hold or resume failed: %s</source>
        <translation>Күтуге қою немесе жалғастыру сәтсіз аяқталды: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="29" />
        <source>The phone could not start: %s</source>
        <translation>Телефон іске қосылмады: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="17" />
        <source>None of the configured codecs is available; using G.711.</source>
        <translation>Бапталған кодектердің ешқайсысы жоқ; G.711 қолданылады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="18" />
        <source>No answer from the server: reconnecting</source>
        <translation>Серверден жауап жоқ: қайта қосылуда</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="21" />
        <source>Registering with %s</source>
        <translation>%s серверіне тіркелу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="22" />
        <source>Ready (direct, no PBX) on port %d</source>
        <translation>Дайын (тікелей, АТС-сыз), порт %d</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="23" />
        <source>Registered (%s)</source>
        <translation>Тіркелді (%s)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="24" />
        <source>Not registered</source>
        <translation>Тіркелмеген</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="28" />
        <source>Too many calls started in a second; not dialling %s</source>
        <translation>Бір секундта тым көп қоңырау басталды; %s нөмірі терілмейді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="33" />
        <source>Server certificate refused: %s</source>
        <translation>Сервер сертификаты қабылданбады: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="34" />
        <source>Wrong extension or password</source>
        <translation>Ішкі нөмір немесе құпиясөз қате</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="36" />
        <source>Registration forbidden by the server (403)</source>
        <translation>Сервер тіркелуге тыйым салды (403)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="30" />
        <source>Server unreachable (%s); retrying in %d s</source>
        <translation>Сервер қолжетімсіз (%s); %d с кейін қайталанады</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="15" />
        <source>Registering again</source>
        <translation>Қайта тіркелу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="25" />
        <source>Connection to the server lost; registering again</source>
        <translation>Сервермен байланыс үзілді; қайта тіркелу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="35" />
        <source>Connection lost; registering again</source>
        <translation>Байланыс үзілді; қайта тіркелу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="16" />
        <source>Network changed: restarting connections</source>
        <translation>Желі өзгерді: қосылымдар қайта іске қосылуда</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="26" />
        <source>Network change handled; %d call(s) kept</source>
        <translation>Желі өзгерісі өңделді; сақталған қоңыраулар: %d</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="19" />
        <source>Rejected while unavailable (%d)</source>
        <translation>Қолжетімсіз кезде қабылданбады (%d)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="31" />
        <source>No audio from the other side for %d s: call ended</source>
        <translation>Арғы жақтан %d с бойы дыбыс жоқ: қоңырау аяқталды</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="27" />
        <source>No such call: %s</source>
        <translation>Мұндай қоңырау жоқ: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="37" />
        <source>Could not hold the other call: %s</source>
        <translation>Басқа қоңырауды күттіру мүмкін болмады: %s</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="50" />
        <source>The phone is not running</source>
        <translation>Телефон іске қосылмаған</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="51" />
        <source>No number to redial</source>
        <translation>Қайта теретін нөмір жоқ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="32" />
        <source>Signing out</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="20" />
        <source>Phone stopped</source>
        <translation>Телефон тоқтатылды</translation>
    </message>
</context>
<context>
    <name>RingingPanel</name>
    <message>
        <location filename="../../agent_console/ui/ringing_panel.py" line="36" />
        <source>Second call — the current caller will be put on hold</source>
        <translation>Екінші қоңырау — қазіргі сөйлесуші күттіріледі</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/ringing_panel.py" line="39" />
        <location filename="../../ui/ringing_panel.ui" line="6" />
        <location filename="../../ui/ringing_panel.ui" line="13" />
        <source>Incoming call</source>
        <translation>Кіріс қоңырау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/ringing_panel.py" line="42" />
        <source>%1 to answer, %2 to decline</source>
        <translation>Жауап беру: %1, қабылдамау: %2</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="32" />
        <source>Caller number</source>
        <translation>Қоңырау шалушының нөмірі</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="45" />
        <source>Caller name</source>
        <translation>Қоңырау шалушының аты</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="55" />
        <source>Answer</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="58" />
        <source>Answer the call</source>
        <translation>Қоңырауға жауап беру</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="65" />
        <source>Decline</source>
        <translation>Қабылдамау</translation>
    </message>
    <message>
        <location filename="../../ui/ringing_panel.ui" line="68" />
        <source>Decline the call</source>
        <translation>Қоңырауды қабылдамау</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="46" />
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="47" />
        <source>Dark</source>
        <translation>Қараңғы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="61" />
        <source>System default</source>
        <translation>Жүйелік әдепкі</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="66" />
        <source>%1 (not connected)</source>
        <translation>%1 (қосылмаған)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="71" />
        <source>No sound devices were found. Plug in the headset; the list refreshes when you open Settings again.</source>
        <translation>Дыбыс құрылғылары табылмады. Гарнитураны қосыңыз; Баптауларды қайта ашқанда тізім жаңарады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="83" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="84" />
        <source>Shortcut</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="93" />
        <source>Shortcut for %1</source>
        <translation>%1 үшін пернелер тіркесімі</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/settings_dialog.py" line="119" />
        <source>Set by your IT department</source>
        <translation>IT бөлімі орнатқан</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="14" />
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="20" />
        <source>Some settings are set by your IT department and cannot be changed here.</source>
        <translation>Кейбір баптауларды IT бөлімі орнатқан, оларды мұнда өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="31" />
        <source>&amp;Phone account</source>
        <translation>&amp;Телефон тіркелгісі</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="37" />
        <source>&amp;PBX address:</source>
        <translation>&amp;АТС мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="47" />
        <source>PBX address</source>
        <translation>АТС мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="50" />
        <source>pbx.example.kz — empty: direct calls, no PBX</source>
        <translation>pbx.example.kz — бос болса: тікелей қоңыраулар, АТС-сыз</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="57" />
        <source>&amp;Extension:</source>
        <translation>&amp;Ішкі нөмір:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="67" />
        <source>Extension</source>
        <translation>Ішкі нөмір</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="74" />
        <source>Pass&amp;word:</source>
        <translation>&amp;Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="84" />
        <source>SIP password</source>
        <translation>SIP құпиясөзі</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="94" />
        <source>&amp;Connection:</source>
        <translation>Қ&amp;осылым:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="104" />
        <source>Connection type</source>
        <translation>Қосылым түрі</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="111" />
        <source>&amp;Display name:</source>
        <translation>&amp;Көрсетілетін аты:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="121" />
        <source>Display name</source>
        <translation>Көрсетілетін аты</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="128" />
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>Құпиясөз файлда емес, жүйелік кілттер қоймасында сақталады.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="139" />
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="145" />
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="155" />
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="165" />
        <source>&amp;Agent login:</source>
        <translation>&amp;Оператор логині:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="175" />
        <source>Agent login</source>
        <translation>Оператор логині</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="182" />
        <source>When the server cannot be reached your work is saved on this computer and sent later.</source>
        <translation>Сервер қолжетімсіз болса, жұмысыңыз осы компьютерде сақталып, кейін жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="193" />
        <source>A&amp;udio</source>
        <translation>&amp;Дыбыс</translation>
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
        <translation>Гарнитура немесе динамик</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="233" />
        <source>&amp;Ringer:</source>
        <translation>Қоңырау &amp;дыбысы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="243" />
        <source>Ringer device</source>
        <translation>Қоңырау дыбысының құрылғысы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="261" />
        <source>&amp;Appearance</source>
        <translation>&amp;Сыртқы түрі</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="267" />
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="277" />
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="284" />
        <source>&amp;Theme:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="294" />
        <source>Theme</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="302" />
        <source>S&amp;hortcuts</source>
        <translation>&amp;Пернелер</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="308" />
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
    <message>
        <source>&amp;Local SIP port:</source>
        <translation>&amp;Жергілікті SIP порты:</translation>
    </message>
    <message>
        <source>Local SIP port</source>
        <translation>Жергілікті SIP порты</translation>
    </message>
    <message>
        <source>The port this computer's phone listens on. Automatic suits almost everyone; IT may ask for a fixed one.</source>
        <translation>Осы компьютердегі телефон тыңдайтын порт. Автоматты түрде таңдау барлығына дерлік жарайды; IT бөлімі тұрақты портты сұрауы мүмкін.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматты</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="51" />
        <source>Shift since %1 — %2</source>
        <translation>Ауысым %1 бастап — %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="57" />
        <source>Shift ended at %1 after %2</source>
        <translation>Ауысым %1 кезінде аяқталды, ұзақтығы %2</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="62" />
        <location filename="../../ui/shift_panel.ui" line="18" />
        <source>Shift not started</source>
        <translation>Ауысым басталған жоқ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="74" />
        <source>%1 of %2 used</source>
        <translation>%2 ішінен %1 пайдаланылды</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/shift_panel.py" line="78" />
        <source> — %1 over</source>
        <translation> — %1 артық</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="6" />
        <source>Shift</source>
        <translation>Ауысым</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="21" />
        <source>Shift state</source>
        <translation>Ауысым күйі</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="72" />
        <source>Break budget</source>
        <translation>Үзіліс лимиті</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="82" />
        <source>Break budget used</source>
        <translation>Пайдаланылған үзіліс лимиті</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="35" />
        <source>Start shift</source>
        <translation>Ауысымды бастау</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="38" />
        <source>Start the shift</source>
        <translation>Ауысымды бастау</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="45" />
        <source>End shift</source>
        <translation>Ауысымды аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="48" />
        <source>End the shift</source>
        <translation>Ауысымды аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="57" />
        <source>Timeline of the shift</source>
        <translation>Ауысым уақыт сызығы</translation>
    </message>
    <message>
        <location filename="../../ui/shift_panel.ui" line="115" />
        <source>Shift figures</source>
        <translation>Ауысым көрсеткіштері</translation>
    </message>
</context>
<context>
    <name>StatusControl</name>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="68" />
        <source>Next: %1</source>
        <translation>Келесі: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="80" />
        <source>Shift not started. Choose Available to start your shift.</source>
        <translation>Ауысым басталған жоқ. Бастау үшін «Қолжетімді» күйін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="86" />
        <source>Choose the call outcome, then you go back to %1</source>
        <translation>Қоңырау қорытындысын таңдаңыз, содан кейін күйіңіз: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="91" />
        <source>Back to %1 in %2</source>
        <translation>%2 кейін күйіңіз: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="114" />
        <source>Time is up: choose an outcome to finish, then you go back to %1</source>
        <translation>Уақыт бітті: аяқтау үшін қоңырау нәтижесін таңдаңыз, содан кейін күйіңіз: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="124" />
        <source>Time is up: press Finish wrap-up to go back to %1</source>
        <translation>Уақыт бітті: %1 күйіне оралу үшін «Қорытындылауды аяқтау» түймесін басыңыз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="99" />
        <source>With %1</source>
        <translation>Сөйлесуші: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="101" />
        <source>Call from %1</source>
        <translation>Қоңырау шалған: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="104" />
        <source>Break left today: %1</source>
        <translation>Бүгінгі қалған үзіліс: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="108" />
        <source>Waiting for calls</source>
        <translation>Қоңырауларды күтуде</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="110" />
        <source>Calls are refused; callers hear busy</source>
        <translation>Қоңыраулар қабылданбайды; қоңырау шалушылар «бос емес» сигналын естиді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/status_control.py" line="111" />
        <source>Calls are refused</source>
        <translation>Қоңыраулар қабылданбайды</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="6" />
        <source>Agent status</source>
        <translation>Оператор күйі</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="25" />
        <source>Current status</source>
        <translation>Ағымдағы күй</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="36" />
        <source>Offline</source>
        <translation>Желіден тыс</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="39" />
        <source>Status</source>
        <translation>Күй</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="49" />
        <source>Status details</source>
        <translation>Күй мәліметтері</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="59" />
        <source>Next status</source>
        <translation>Келесі күй</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="78" />
        <source>Time in status</source>
        <translation>Күйдегі уақыт</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="85" />
        <source>Finish wrap-up</source>
        <translation>Қорытындылауды аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="88" />
        <source>Finish wrap-up now</source>
        <translation>Қорытындылауды қазір аяқтау</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="101" />
        <source>Set status: available</source>
        <translation>Күй: қолжетімді</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="108" />
        <source>Set status: working, do not disturb</source>
        <translation>Күй: жұмыста, мазаламаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="115" />
        <source>Set status: break, choose a reason</source>
        <translation>Күй: үзіліс, себебін таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/status_control.ui" line="122" />
        <source>Set status: offline</source>
        <translation>Күй: желіден тыс</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../agent_console/sync/commands.py" />
        <source>{who} changed your status: {why}</source>
        <translation>{who} мәртебеңізді өзгертті: {why}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="38" />
        <source>Unknown command from {who}.</source>
        <translation>{who} жіберген белгісіз команда.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="39" />
        <source>Message from {who}: {text}</source>
        <translation>{who} хабарламасы: {text}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="40" />
        <source>{who} changed your status.</source>
        <translation>{who} күйіңізді өзгертті.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="41" />
        <source>{who} signed you out.</source>
        <translation>{who} сізді жүйеден шығарды.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="42" />
        <source>{who} asked for a status change, but no shift is running.</source>
        <translation>{who} күйді өзгертуді сұрады, бірақ ауысым басталмаған.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="43" />
        <source>{who} asked for a status change that could not be applied: {why}</source>
        <translation>{who} күйді өзгертуді сұрады, бірақ орындалмады: {why}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="44" />
        <source>{who} signed you out; the shift stays open: {why}</source>
        <translation>{who} сізді жүйеден шығарды; ауысым ашық қалады: {why}</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="45" />
        <source>No secure password store (keyring) is available on this computer, so Agent Console cannot keep your sign-in. It never stores passwords in a plain file. Start the desktop session's keyring (GNOME Keyring / KWallet) or ask IT; until then you must sign in at every start.</source>
        <translation>Бұл компьютерде қауіпсіз құпиясөз қоймасы (keyring) жоқ, сондықтан Agent Console кіру деректерін сақтай алмайды. Ол құпиясөздерді ешқашан қарапайым файлда сақтамайды. Жұмыс үстелі сеансының кілттер қоймасын (GNOME Keyring / KWallet) іске қосыңыз немесе IT бөлімінен сұраңыз; оған дейін әр іске қосқанда кіруге тура келеді.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="46" />
        <source>The keyring is locked. Unlock it (it usually asks for your computer password) and try again.</source>
        <translation>Кілттер қоймасы құлыпталған. Оны ашыңыз (әдетте компьютер құпиясөзін сұрайды) және қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="47" />
        <source>The keyring does not answer; your sign-in is kept for this run only.</source>
        <translation>Кілттер қоймасы жауап бермейді; кіру тек осы сеанс үшін сақталады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="48" />
        <source>The only password store available ({name}) keeps secrets in a plain file; Agent Console refuses to use it. Ask IT to enable the desktop keyring.</source>
        <translation>Қолжетімді жалғыз құпиясөз қоймасы ({name}) құпияларды қарапайым файлда сақтайды; Agent Console оны қолданбайды. IT бөлімінен жұмыс үстелінің кілттер қоймасын қосуды сұраңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="49" />
        <source>The keyring refused to store or read a secret ({detail}). Sign in again or ask IT.</source>
        <translation>Кілттер қоймасы құпияны сақтаудан немесе оқудан бас тартты ({detail}). Қайта кіріңіз немесе IT бөлімінен сұраңыз.</translation>
    </message>
    <message>
        <source>Your keyring is locked, so your sign-in and SIP password cannot be read or kept. Unlock it (Passwords and Keys, with your computer password), then sign in again.</source>
        <translation>Кілттер қоймасы құлыпталған, сондықтан кіру деректері мен SIP құпиясөзін оқу да, сақтау да мүмкін емес. Оны ашыңыз («Құпиясөздер мен кілттер», компьютер құпиясөзімен), содан кейін қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Your keyring is locked: unlock it in the window the system opened (it asks for your computer password). You can keep working meanwhile; the phone connects once it is unlocked.</source>
        <translation>Кілттер қоймасы құлыпталған: жүйе ашқан терезеде оны ашыңыз (ол компьютер құпиясөзін сұрайды). Осы уақытта жұмысты жалғастыра бересіз; қойма ашылғанда телефон қосылады.</translation>
    </message>
    <message>
        <source>The keyring (your desktop's password store) does not answer. You can keep working; the phone connects as soon as it answers. If this lasts, log out of the computer and back in, or call IT.</source>
        <translation>Кілттер қоймасы (жұмыс үстелінің құпиясөз қоймасы) жауап бермейді. Жұмысты жалғастыра бересіз; ол жауап бергенде телефон қосылады. Бұл ұзаққа созылса, компьютерден шығып, қайта кіріңіз немесе IT бөліміне хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="50" />
        <source>The sync service is not running.</source>
        <translation>Синхрондау қызметі жұмыс істеп тұрған жоқ.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="51" />
        <source>Sending to the server failed ({what}); it will be retried.</source>
        <translation>Серверге жіберу сәтсіз болды ({what}); қайта жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="52" />
        <source>Sending to the server stopped ({what}). Your work is still saved on this computer; restart Agent Console.</source>
        <translation>Серверге жіберу тоқтады ({what}). Жұмысыңыз осы компьютерде сақтаулы; Agent Console-ды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="63" />
        <source>Everything you do is saved on this computer first and sent automatically.</source>
        <translation>Барлық әрекетіңіз алдымен осы компьютерде сақталып, автоматты түрде жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="64" />
        <source>%n event(s) waiting</source>
        <translation>Жіберуді күтуде: %n</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="65" />
        <source>Sign-in needed</source>
        <translation>Кіру қажет</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="66" />
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="67" />
        <source>Synced</source>
        <translation>Синхрондалды</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="68" />
        <source>All your events have reached the server.</source>
        <translation>Барлық оқиғаларыңыз серверге жетті.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="69" />
        <source>Offline</source>
        <translation>Желіден тыс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="70" />
        <source>Some events were refused by the server</source>
        <translation>Сервер кейбір оқиғаларды қабылдамады</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="71" />
        <source>They are kept on this computer and offered again later; IT can see why in the log.</source>
        <translation>Олар осы компьютерде сақталып, кейін қайта жіберіледі; себебін IT бөлімі журналдан көре алады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="72" />
        <source>Sending to the server.</source>
        <translation>Серверге жіберілуде.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="73" />
        <source>Offline since {time}</source>
        <translation>{time} бастап желіден тыс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="74" />
        <source>The server cannot be reached.</source>
        <translation>Сервер қолжетімсіз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="75" />
        <source>Click to sign in again.</source>
        <translation>Қайта кіру үшін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="53" />
        <source>Sign in to the call-center server.</source>
        <translation>Колл-орталық серверіне кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="54" />
        <source>Your sign-in has expired. Sign in again: everything you did meanwhile is saved on this computer and will be sent.</source>
        <translation>Кіру мерзімі аяқталды. Қайта кіріңіз: осы уақытта істегеннің бәрі осы компьютерде сақталған және жіберіледі.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="55" />
        <source>You were signed out by a supervisor. Sign in again to continue.</source>
        <translation>Супервайзер сізді жүйеден шығарды. Жалғастыру үшін қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="56" />
        <source>Wrong user name or password.</source>
        <translation>Пайдаланушы аты немесе құпиясөз қате.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="57" />
        <source>The server cannot be reached. Check the address and your internet connection.</source>
        <translation>Сервер қолжетімсіз. Мекенжайды және интернет байланысын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="58" />
        <source>Too many sign-in attempts. Wait a few minutes and try again.</source>
        <translation>Кіру әрекеттері тым көп. Бірнеше минут күтіп, қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="59" />
        <source>The server has a problem right now. Try again in a moment.</source>
        <translation>Серверде қазір ақау бар. Біраздан соң қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="60" />
        <source>The server refused the sign-in ({code}).</source>
        <translation>Сервер кіруді қабылдамады ({code}).</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="61" />
        <source>Signing in…</source>
        <translation>Кіру…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/foreign_strings.py" line="62" />
        <source>Fill in the server, your user name and your password.</source>
        <translation>Серверді, пайдаланушы атын және құпиясөзді толтырыңыз.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../agent_console/ui/timeline.py" line="40" />
        <source>Timeline of the shift</source>
        <translation>Ауысым уақыт сызығы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/timeline.py" line="81" />
        <source>The shift has not started</source>
        <translation>Ауысым басталған жоқ</translation>
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
        <translation>Кіріс қоңырау</translation>
    </message>
</context>
<context>
    <name>DayChart</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/day_chart.py" />
        <source>Status mix of the day per 15 minutes</source>
        <translation>Күннің 15 минуттық мәртебе құрамы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/day_chart.py" />
        <source>No activity yet today</source>
        <translation>Бүгін әзірге белсенділік жоқ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/day_chart.py" />
        <source>Most agent-minutes in a quarter hour: %1</source>
        <translation>Ширек сағаттағы ең көп оператор-минут: %1</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Calls</source>
        <translation>Қоңыраулар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Actions today</source>
        <translation>Бүгінгі әрекеттер</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>&amp;Annotate the selected call's note…</source>
        <translation>Таңдалған қоңырау жазбасына &amp;түсініктеме…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Annotate the note</source>
        <translation>Жазбаға түсініктеме</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Your annotation becomes a new version of the note; the agent's versions are kept.</source>
        <translation>Түсініктемеңіз жазбаның жаңа нұсқасы болады; оператордың нұсқалары сақталады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Forced status</source>
        <translation>Мәжбүрлі мәртебе</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Forced logout</source>
        <translation>Мәжбүрлі шығару</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Talk time</source>
        <translation>Сөйлесу уақыты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Call</source>
        <translation>Қоңырау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>By</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Reason / text</source>
        <translation>Себеп / мәтін</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Select a call first.</source>
        <translation>Алдымен қоңырауды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>not answered</source>
        <translation>жауапсыз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>%1 — day of %2</source>
        <translation>%1 — %2 күні</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>%1 (supervisor)</source>
        <translation>%1 (супервайзер)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>in progress</source>
        <translation>жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>&amp;Day:</source>
        <translation>&amp;Күн:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/drilldown.py" />
        <source>Actions that day</source>
        <translation>Сол күнгі әрекеттер</translation>
    </message>
    <message>
        <source>Diagnostics requested</source>
        <translation>Диагностика сұралды</translation>
    </message>
    <message>
        <source>sent to IT (%1)</source>
        <translation>IT-ге жіберілді (%1)</translation>
    </message>
    <message>
        <source>declined by the agent</source>
        <translation>оператор бас тартты</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>әзірге жауап жоқ</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>&amp;Acknowledge</source>
        <translation>&amp;Қабылдау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Record that you have seen the selected alert (shown to every supervisor)</source>
        <translation>Таңдалған ескертуді көргеніңізді белгілеу (барлық супервайзерлерге көрсетіледі)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Sound</source>
        <translation>Дыбыс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Alerts</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Since</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Alert</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Acknowledged</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>Alerts (%1)</source>
        <translation>Ескертулер (%1)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/alerts_panel.py" />
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>The server cannot be reached; the action was not sent. Try again when the connection is back.</source>
        <translation>Серверге қосылу мүмкін емес; әрекет жіберілмеді. Байланыс қалпына келгенде қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>This agent is not in your teams: the server refused the action.</source>
        <translation>Бұл оператор сіздің топтарыңызда емес: сервер әрекетті қабылдамады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Forcing a status needs a reason.</source>
        <translation>Мәртебені мәжбүрлеу үшін себеп керек.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>A message needs text.</source>
        <translation>Хабарламаға мәтін керек.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Кіру мерзімі өтті. Қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>This alert has already ended.</source>
        <translation>Бұл ескерту аяқталып қойған.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>The server refused the action: %1</source>
        <translation>Сервер әрекетті қабылдамады: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Message:</source>
        <translation>Хабарлама:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>New status:</source>
        <translation>Жаңа мәртебе:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Shown to the agent, e.g. back from a forgotten do-not-disturb</source>
        <translation>Операторға көрсетіледі, мысалы: ұмытылған «мазаламаңыз» режимінен қайту</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Write the message first.</source>
        <translation>Алдымен хабарламаны жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>A reason is required: the agent is shown it.</source>
        <translation>Себеп міндетті: ол операторға көрсетіледі.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Message to %1</source>
        <translation>%1 үшін хабарлама</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Force the status of %1</source>
        <translation>%1 мәртебесін мәжбүрлеп өзгерту</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>Sign %1 out</source>
        <translation>%1 жүйеден шығару</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>%1 will be signed out and must sign in again. Reason:</source>
        <translation>%1 жүйеден шығарылады және қайта кіруі керек. Себебі:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>That day is in the future: choose today or an earlier day.</source>
        <translation>Бұл күн әлі келген жоқ: бүгінді немесе одан бұрынғы күнді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/actions.py" />
        <source>This team is not one of yours: the server refused.</source>
        <translation>Бұл сіздің тобыңыз емес: сервер қабылдамады.</translation>
    </message>
    <message>
        <source>Ask %1 for diagnostics</source>
        <translation>%1 диагностикасын сұрау</translation>
    </message>
    <message>
        <source>%1's console will ask them to send its diagnostics to IT; they may decline. Reason (shown to the agent):</source>
        <translation>%1 консолі оператордан диагностиканы IT-ге жіберуді сұрайды; ол бас тарта алады. Себебі (операторға көрсетіледі):</translation>
    </message>
</context>
<context>
    <name>AgentGridModel</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Call quality</source>
        <translation>Қоңырау сапасы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Break used</source>
        <translation>Үзіліс (пайдаланылды)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Phone unreachable</source>
        <translation>Телефон қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>MOS %1, packet loss %2 %</source>
        <translation>MOS %1, пакет жоғалуы %2 %</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Phone unreachable since %1</source>
        <translation>%1 бастап телефон қолжетімсіз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Online, no phone</source>
        <translation>Желіде, телефон бапталмаған</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Console version</source>
        <translation>Консоль нұсқасы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Team</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>In status</source>
        <translation>Мәртебеде</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Current call</source>
        <translation>Ағымдағы қоңырау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Call time</source>
        <translation>Қоңырау ұзақтығы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Answered</source>
        <translation>Жауап берілген</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Missed</source>
        <translation>Өткізіп алынған</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>AHT</source>
        <translation>Орташа өңдеу уақыты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Reachability</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Alert</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Break over budget</source>
        <translation>Үзіліс лимиттен асты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Long wrap-up</source>
        <translation>Ұзақ өңдеу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Long call</source>
        <translation>Ұзақ қоңырау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Unreachable</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Long do-not-disturb</source>
        <translation>Ұзақ «мазаламаңыз»</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Online</source>
        <translation>Желіде</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/grid_model.py" />
        <source>Unreachable since %1</source>
        <translation>%1 бастап байланыс жоқ</translation>
    </message>
</context>
<context>
    <name>SupervisorWindow</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Team:</source>
        <translation>&amp;Топ:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебе:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Search by name (Ctrl+F)</source>
        <translation>Аты бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Search by name</source>
        <translation>Аты бойынша іздеу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Message…</source>
        <translation>&amp;Хабарлама…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Force status…</source>
        <translation>Мәртебені &amp;мәжбүрлеу…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Force &amp;logout…</source>
        <translation>Жүйеден &amp;шығару…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Export day report…</source>
        <translation>Күндік есепті &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Today, status mix per 15 minutes</source>
        <translation>Бүгін, 15 минуттағы мәртебе құрамы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Agents</source>
        <translation>Операторлар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>All teams</source>
        <translation>Барлық топтар</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Unreachable</source>
        <translation>Байланыс жоқ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Save the day report</source>
        <translation>Күндік есепті сақтау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Live</source>
        <translation>Тікелей</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Server unreachable — as of %1; reconnecting…</source>
        <translation>Сервер қолжетімсіз — %1 күйі бойынша; қайта қосылуда…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Select an agent first.</source>
        <translation>Алдымен операторды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Agent Console — supervisor %1</source>
        <translation>Agent Console — супервайзер %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Connecting…</source>
        <translation>Қосылуда…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Sent to %1.</source>
        <translation>%1 үшін жіберілді.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Saved %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>The report could not be saved: %1</source>
        <translation>Есепті сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>Alert t&amp;hresholds…</source>
        <translation>&amp;Ескерту шектері…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>&amp;Day:</source>
        <translation>&amp;Күн:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>The day of the report, the chart and the agent's day (today or earlier)</source>
        <translation>Есептің, диаграмманың және оператор күнінің күні (бүгін немесе бұрын)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>%1 is in the future: choose today or an earlier day.</source>
        <translation>%1 — болашақ күн: бүгінді немесе одан бұрынғы күнді таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>%1, status mix per 15 minutes</source>
        <translation>%1, 15 минуттағы мәртебе құрамы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/window.py" />
        <source>No team to show yet: wait for the agents' list.</source>
        <translation>Әзірге көрсететін топ жоқ: операторлар тізімін күтіңіз.</translation>
    </message>
    <message>
        <source>Ask for dia&amp;gnostics…</source>
        <translation>Диа&amp;гностиканы сұрау…</translation>
    </message>
    <message>
        <source>Ask the agent's console to send its diagnostics to IT (they may decline)</source>
        <translation>Оператор консолінен диагностиканы IT-ге жіберуді сұрау (ол бас тарта алады)</translation>
    </message>
    <message>
        <source>Asked %1 for diagnostics. Their answer shows in their day (double-click the row).</source>
        <translation>%1 операторынан диагностика сұралды. Жауабы оның күнінде көрінеді: жолды екі рет басыңыз.</translation>
    </message>
    <message>
        <source>%1 sent the diagnostics to IT (%2).</source>
        <translation>%1 диагностиканы IT-ге жіберді (%2).</translation>
    </message>
    <message>
        <source>%1 declined to send the diagnostics.</source>
        <translation>%1 диагностиканы жіберуден бас тартты.</translation>
    </message>
</context>
<context>
    <name>CountersBar</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Available</source>
        <translation>Бос</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>On call</source>
        <translation>Қоңырауда</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Wrap-up</source>
        <translation>Өңдеуде</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Do not disturb</source>
        <translation>Мазаламаңыз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Break</source>
        <translation>Үзілісте</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Offline</source>
        <translation>Желіден тыс</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/counters.py" />
        <source>Unreachable</source>
        <translation>Байланыс жоқ</translation>
    </message>
</context>
<context>
    <name>DoorSign</name>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>The door sign cannot use port %1: choose another one in its settings.</source>
        <translation>Есіктегі белгі %1 портын пайдалана алмайды: оның баптауларында басқа порт таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>The door sign has had no viewer for 10 minutes.</source>
        <translation>Есіктегі белгіні 10 минуттан бері ешкім ашпаған.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>The smart-home lamp is off: the CA file %1 cannot be read.</source>
        <translation>Ақылды шам өшірулі: %1 CA файлын оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../agent_console/app/doorsign_wiring.py" />
        <source>&amp;Door sign…</source>
        <translation>&amp;Есіктегі белгі…</translation>
    </message>
</context>
<context>
    <name>DoorSignDialog</name>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Door sign</source>
        <translation>Есіктегі белгі</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Shows the household whether you are on a call, working, on a break or not working, on a phone or tablet by the door. Only on the home network; it never shows a number, a name or a note.</source>
        <translation>Есік жанындағы телефон не планшетте үйдегілерге сіздің сөйлесіп жатқаныңызды, жұмыс істеп жатқаныңызды, үзілісте екеніңізді немесе жұмыста емес екеніңізді көрсетеді. Тек үй желісінде; нөмірді, есімді немесе жазбаны ешқашан көрсетпейді.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Show my status on the door sign</source>
        <translation>Күйімді есіктегі белгіде көрсету</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Smart-home lamp (MQTT, optional)</source>
        <translation>Ақылды үй шамы (MQTT, қосымша)</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Broker:</source>
        <translation>Брокер:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Broker port:</source>
        <translation>Брокер порты:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>User name:</source>
        <translation>Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Use TLS</source>
        <translation>TLS қолдану</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Your organisation's policy does not allow the door sign.</source>
        <translation>Ұйымыңыздың саясаты есіктегі белгіге рұқсат бермейді.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>Scan the code with the phone or tablet by the door, or open:
%1</source>
        <translation>Кодты есік жанындағы телефонмен не планшетпен сканерлеңіз немесе мына мекенжайды ашыңыз:
%1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/doorsign_dialog.py" />
        <source>The door sign is off, or this computer has no home-network address right now.</source>
        <translation>Есіктегі белгі өшірулі немесе бұл компьютерде қазір үй желісінің мекенжайы жоқ.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../agent_console/ui/update_notice.py" />
        <source>This console is version {current}. IT installs updates; you can keep working.</source>
        <translation>Бұл консольдің нұсқасы: {current}. Жаңартуларды IT бөлімі орнатады; жұмысты жалғастыра беруге болады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/update_notice.py" />
        <source>Version {latest} is available</source>
        <translation>{latest} нұсқасы қолжетімді</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/update_notice.py" />
        <source>This console (version {current}) is older than your organisation supports (version {minimum} or newer). Please contact IT to update it. You can keep working meanwhile.</source>
        <translation>Бұл консоль ({current} нұсқасы) ұйымыңыз қолдайтын нұсқадан ескі ({minimum} немесе жаңарағы керек). Жаңарту үшін IT бөліміне хабарласыңыз. Әзірге жұмысты жалғастыра беруге болады.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Export &amp;diagnostics…</source>
        <translation>&amp;Диагностиканы экспорттау…</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Диагностиканы экспорттау</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip файлдары (*.zip)</translation>
    </message>
    <message>
        <source>The diagnostics file could not be saved: %1</source>
        <translation>Диагностика файлын сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. Send this file to IT.</source>
        <translation>Диагностика %1 файлына сақталды. Бұл файлды IT бөліміне жіберіңіз.</translation>
    </message>
    <message>
        <source>Sign in to the server first, then send the diagnostics again.</source>
        <translation>Алдымен серверге кіріңіз, содан кейін диагностиканы қайта жіберіңіз.</translation>
    </message>
    <message>
        <source>The server takes only a few diagnostics per hour from one person. Try again in about %1 minutes.</source>
        <translation>Сервер бір адамнан сағатына бірнеше диагностика ғана қабылдайды. Шамамен %1 минуттан кейін қайталаңыз.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the diagnostics were not sent. Try again later, or use Tools → Export diagnostics and give the file to IT another way.</source>
        <translation>Серверге қосылу мүмкін емес, сондықтан диагностика жіберілмеді. Кейінірек қайталаңыз немесе Құралдар → Диагностиканы экспорттау арқылы файлды IT-ге басқа жолмен беріңіз.</translation>
    </message>
    <message>
        <source>The diagnostics are too large for the server. Use Tools → Export diagnostics and give the file to IT another way.</source>
        <translation>Диагностика сервер үшін тым үлкен. Құралдар → Диагностиканы экспорттау арқылы файлды IT-ге басқа жолмен беріңіз.</translation>
    </message>
    <message>
        <source>The server did not take the diagnostics (%1). Try again later, or use Tools → Export diagnostics.</source>
        <translation>Сервер диагностиканы қабылдамады (%1). Кейінірек қайталаңыз немесе Құралдар → Диагностиканы экспорттау пәрменін қолданыңыз.</translation>
    </message>
    <message>
        <source>The diagnostics could not be sent (%1).</source>
        <translation>Диагностиканы жіберу мүмкін болмады (%1).</translation>
    </message>
    <message>
        <source>Send diagnostics to &amp;IT</source>
        <translation>Диагностиканы &amp;IT-ге жіберу</translation>
    </message>
    <message>
        <source>The diagnostics are already being sent.</source>
        <translation>Диагностика қазір жіберіліп жатыр.</translation>
    </message>
    <message>
        <source>No server is set up, so the diagnostics cannot be sent from here. Use Tools → Export diagnostics and give the file to IT.</source>
        <translation>Сервер бапталмаған, сондықтан диагностиканы осы жерден жіберу мүмкін емес. Құралдар → Диагностиканы экспорттау арқылы файлды IT-ге беріңіз.</translation>
    </message>
    <message>
        <source>Sending the diagnostics to IT (%1 KiB)…</source>
        <translation>Диагностика IT-ге жіберілуде (%1 КиБ)…</translation>
    </message>
    <message>
        <source>Preparing the diagnostics…</source>
        <translation>Диагностика дайындалуда…</translation>
    </message>
    <message>
        <source>The diagnostics were sent to IT (reference %1).</source>
        <translation>Диагностика IT-ге жіберілді (нөмірі %1).</translation>
    </message>
    <message>
        <source>Your answer could not be sent: the server is not connected.</source>
        <translation>Жауабыңыз жіберілмеді: серверге қосылым жоқ.</translation>
    </message>
    <message>
        <source>Your answer could not be sent to the server (%1).</source>
        <translation>Жауабыңызды серверге жіберу мүмкін болмады (%1).</translation>
    </message>
    <message>
        <source>You declined to send the diagnostics; your supervisor will see that.</source>
        <translation>Сіз диагностиканы жіберуден бас тарттыңыз; супервайзеріңіз мұны көреді.</translation>
    </message>
</context>
<context>
    <name>Precheck</name>
    <message>
        <source>No server is configured: calls work, but nothing reaches your supervisor.</source>
        <translation>Сервер бапталмаған: қоңыраулар жұмыс істейді, бірақ супервайзеріңізге ештеңе жетпейді.</translation>
    </message>
    <message>
        <source>The server does not answer: check the internet connection; if it works, tell IT.</source>
        <translation>Сервер жауап бермейді: интернет байланысын тексеріңіз; ол жұмыс істесе, IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The server answers (%1 ms).</source>
        <translation>Сервер жауап береді (%1 мс).</translation>
    </message>
    <message>
        <source>Your computer's clock is %1 s off the server's: turn on automatic date and time.</source>
        <translation>Компьютеріңіздің сағаты сервердікінен %1 с ауытқыған: күн мен уақытты автоматты түрде орнатуды қосыңыз.</translation>
    </message>
    <message>
        <source>The clock agrees with the server's.</source>
        <translation>Сағат сервердің сағатымен сәйкес келеді.</translation>
    </message>
    <message>
        <source>The disk is almost full (%1 MB free): delete some files, or the console cannot save your work.</source>
        <translation>Диск толуға жақын (%1 МБ бос): кейбір файлдарды жойыңыз, әйтпесе консоль жұмысыңызды сақтай алмайды.</translation>
    </message>
    <message>
        <source>Free disk space: %1 MB.</source>
        <translation>Бос диск орны: %1 МБ.</translation>
    </message>
    <message>
        <source>The keyring does not answer: unlock it, or sign out and in again.</source>
        <translation>Кілттер қоймасы жауап бермейді: оны ашыңыз немесе жүйеден шығып, қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The keyring works.</source>
        <translation>Кілттер қоймасы жұмыс істейді.</translation>
    </message>
    <message>
        <source>The keyring cannot be used: %1</source>
        <translation>Кілттер қоймасын пайдалану мүмкін емес: %1</translation>
    </message>
    <message>
        <source>No PBX is configured: only direct calls work.</source>
        <translation>АТС бапталмаған: тек тікелей қоңыраулар жұмыс істейді.</translation>
    </message>
    <message>
        <source>The PBX does not answer: check the internet connection; if it works, tell IT.</source>
        <translation>АТС жауап бермейді: интернет байланысын тексеріңіз; ол жұмыс істесе, IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms).</source>
        <translation>АТС жауап береді (%1 мс).</translation>
    </message>
    <message>
        <source>The PBX accepts your account (%1 ms); your phone is registered.</source>
        <translation>АТС аккаунтыңызды қабылдайды (%1 мс); телефоныңыз тіркелген.</translation>
    </message>
    <message>
        <source>The PBX accepts your account (%1 ms); your phone is not registered right now.</source>
        <translation>АТС аккаунтыңызды қабылдайды (%1 мс); телефоныңыз қазір тіркелмеген.</translation>
    </message>
    <message>
        <source>The PBX refuses your user name or password: ask IT to check your SIP account.</source>
        <translation>АТС пайдаланушы атыңызды немесе құпиясөзіңізді қабылдамайды: IT бөлімінен SIP аккаунтыңызды тексеруді сұраңыз.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms), but your account could not be tried: no SIP password is saved on this computer yet.</source>
        <translation>АТС жауап береді (%1 мс), бірақ аккаунтыңызды тексеру мүмкін болмады: бұл компьютерде SIP құпиясөзі әлі сақталмаған.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms), but your account could not be tried: the keyring did not give the SIP password.</source>
        <translation>АТС жауап береді (%1 мс), бірақ аккаунтыңызды тексеру мүмкін болмады: кілттер қоймасы SIP құпиясөзін бермеді.</translation>
    </message>
    <message>
        <source>The PBX answers (%1 ms), but asks for a kind of sign-in this check cannot do: your account was not tried.</source>
        <translation>АТС жауап береді (%1 мс), бірақ бұл тексеру орындай алмайтын кіру түрін сұрайды: аккаунтыңыз тексерілмеді.</translation>
    </message>
    <message>
        <source>The PBX's certificate is not trusted by this computer: tell IT.</source>
        <translation>Бұл компьютер АТС сертификатына сенбейді: IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The PBX answered "%1" to your account: tell IT.</source>
        <translation>АТС аккаунтыңызға «%1» деп жауап берді: IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Жақсы</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Назар аударыңыз</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ақау</translation>
    </message>
    <message>
        <source>Not confirmed: check this device in Settings.</source>
        <translation>Расталмады: бұл құрылғыны баптауларда тексеріңіз.</translation>
    </message>
    <message>
        <source>You did not hear the test tone on %1: put the headset on, raise its volume, and choose the right speaker in Settings.</source>
        <translation>%1 құрылғысында тексеру сигналын естімедіңіз: гарнитураны киіп, дыбысын көтеріңіз және баптауларда дұрыс динамикті таңдаңыз.</translation>
    </message>
    <message>
        <source>You did not hear the ringtone on %1: raise the volume, or choose another ringer in Settings, or you will miss calls.</source>
        <translation>%1 құрылғысында қоңырау әуенін естімедіңіз: дыбысты көтеріңіз немесе баптауларда қоңырауға басқа құрылғыны таңдаңыз, әйтпесе қоңырауларды өткізіп аласыз.</translation>
    </message>
    <message>
        <source>You did not hear yourself on %1: check the microphone and the headset in Settings; if it stays, tell IT.</source>
        <translation>%1 құрылғысында өз дауысыңызды естімедіңіз: баптауларда микрофон мен гарнитураны тексеріңіз; көмектеспесе, IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The sound system does not answer: restart the computer; if it stays, tell IT.</source>
        <translation>Дыбыс жүйесі жауап бермейді: компьютерді қайта іске қосыңыз; көмектеспесе, IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>No microphone found: plug in the headset (or turn it on), then check again.</source>
        <translation>Микрофон табылмады: гарнитураны қосыңыз (немесе іске қосыңыз), содан кейін қайта тексеріңіз.</translation>
    </message>
    <message>
        <source>No speaker or headset found: plug in the headset.</source>
        <translation>Динамик те, гарнитура да табылмады: гарнитураны қосыңыз.</translation>
    </message>
    <message>
        <source>Did you hear the tone in your headset?</source>
        <translation>Гарнитурадан сигналды естідіңіз бе?</translation>
    </message>
    <message>
        <source>No speaker found to ring on: plug in the headset or speakers.</source>
        <translation>Қоңырау ойнайтын құрылғы табылмады: гарнитураны немесе колонкаларды қосыңыз.</translation>
    </message>
    <message>
        <source>Did you hear the ringtone?</source>
        <translation>Қоңырау әуенін естідіңіз бе?</translation>
    </message>
    <message>
        <source>The echo test needs a microphone and a speaker: plug in the headset.</source>
        <translation>Эхо-тексеруге микрофон мен динамик керек: гарнитураны қосыңыз.</translation>
    </message>
    <message>
        <source>Echo test: say a few words. Do you hear yourself in the headset?</source>
        <translation>Эхо-тексеру: бірнеше сөз айтыңыз. Гарнитурадан өз дауысыңызды естисіз бе?</translation>
    </message>
    <message>
        <source>A test tone played on %1.</source>
        <translation>Тексеру сигналы %1 құрылғысында ойнатылды.</translation>
    </message>
    <message>
        <source>The ringtone played on %1.</source>
        <translation>Қоңырау әуені %1 құрылғысында ойнатылды.</translation>
    </message>
    <message>
        <source>The microphone %1 gives no sound: unmute it (the switch on the headset cable or the mute key) or plug in the headset.</source>
        <translation>%1 микрофоны дыбыс бермейді: оның дыбысын қосыңыз (гарнитура сымындағы ауыстырғыш немесе микрофонды өшіру пернесі) немесе гарнитураны қосыңыз.</translation>
    </message>
    <message>
        <source>The microphone %1 is very quiet: speak during the test, bring the microphone closer or raise its volume.</source>
        <translation>%1 микрофоны өте әлсіз: тексеру кезінде сөйлеңіз, микрофонды жақынырақ әкеліңіз немесе оның дыбысын көтеріңіз.</translation>
    </message>
    <message>
        <source>The sound could not be played on %1: plug the headset in again; if it stays, tell IT.</source>
        <translation>%1 құрылғысында дыбыс ойнатылмады: гарнитураны қайта қосыңыз; көмектеспесе, IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The ringtone could not be played on %1: you would not hear calls; tell IT.</source>
        <translation>%1 құрылғысында қоңырау әуені ойнатылмады: қоңырауларды естімейсіз; IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The microphone %1 cannot be opened: plug the headset in again; if it stays, tell IT.</source>
        <translation>%1 микрофонын ашу мүмкін емес: гарнитураны қайта қосыңыз; көмектеспесе, IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The microphone %1 stopped during the test: plug the headset in again.</source>
        <translation>%1 микрофоны тексеру кезінде тоқтап қалды: гарнитураны қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The microphone %1 works (level %2 dBFS).</source>
        <translation>%1 микрофоны жұмыс істейді (деңгейі %2 dBFS).</translation>
    </message>
    <message>
        <source>The console's audio path opens; %1 did not hear %2, which is normal with a headset.</source>
        <translation>Консольдің дыбыс жолы ашылады; %1 %2 дыбысын естімеді — гарнитурамен бұл қалыпты жағдай.</translation>
    </message>
    <message>
        <source>The ringtone played on %1 but not on %2: plug that device in again.</source>
        <translation>Қоңырау әуені %1 құрылғысында ойнатылды, бірақ %2 құрылғысында емес: сол құрылғыны қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The console cannot use the sound devices (%1, %2): close other programs that use them and check again; if it stays, tell IT.</source>
        <translation>Консоль дыбыс құрылғыларын (%1, %2) пайдалана алмайды: оларды пайдаланатын басқа бағдарламаларды жауып, қайта тексеріңіз; көмектеспесе, IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>Sound goes round the console's audio path: %1 heard %2 (%3 ms).</source>
        <translation>Дыбыс консольдің дыбыс жолынан өтеді: %1 %2 дыбысын естіді (%3 мс).</translation>
    </message>
    <message>
        <source>Behind NAT (your router keeps the port): calls usually work.</source>
        <translation>NAT артында (роутер портты сақтайды): қоңыраулар әдетте жұмыс істейді.</translation>
    </message>
    <message>
        <source>Behind NAT (your router changes the port): if callers cannot hear you, tell IT.</source>
        <translation>NAT артында (роутер портты өзгертеді): әңгімелесушілер сізді естімесе, IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>The STUN server does not answer: calls may have no sound through your router; tell IT.</source>
        <translation>STUN сервері жауап бермейді: роутеріңіз арқылы қоңыраулар дыбыссыз болуы мүмкін; IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>No NAT: this computer is reached directly.</source>
        <translation>NAT жоқ: бұл компьютерге тікелей қол жеткізуге болады.</translation>
    </message>
    <message>
        <source>%1 to the PBX answers (%2 ms), but its certificate is not trusted by this computer: tell IT.</source>
        <translation>АТС-ке %1 жауап береді (%2 мс), бірақ бұл компьютер оның сертификатына сенбейді: IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>%1 to the PBX: no answer (your account does not use it, so calls are not affected).</source>
        <translation>АТС-ке %1: жауап жоқ (тіркелгіңіз оны пайдаланбайды, сондықтан қоңырауларға әсер етпейді).</translation>
    </message>
    <message>
        <source>%1 to the PBX answers (%2 ms).</source>
        <translation>АТС-ке %1 жауап береді (%2 мс).</translation>
    </message>
    <message>
        <source>%1 to the PBX does not get through: check the internet connection (a cable is steadier than Wi-Fi); if it works, tell IT.</source>
        <translation>АТС-ке %1 өтпейді: интернет байланысын тексеріңіз (кабель Wi-Fi-дан тұрақтырақ); ол жұмыс істесе, IT бөліміне хабарлаңыз.</translation>
    </message>
    <message>
        <source>%1 to the PBX does not get through, but %2 does: tell IT to switch your account to %2.</source>
        <translation>АТС-ке %1 өтпейді, ал %2 өтеді: IT бөлімінен тіркелгіңізді %2 хаттамасына ауыстыруды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Checking the server…</source>
        <translation>Сервер тексерілуде…</translation>
    </message>
    <message>
        <source>Checking the PBX…</source>
        <translation>АТС тексерілуде…</translation>
    </message>
    <message>
        <source>Checking the network path to the PBX (UDP, TCP, TLS)…</source>
        <translation>АТС-ке дейінгі желі жолы тексерілуде (UDP, TCP, TLS)…</translation>
    </message>
    <message>
        <source>Asking the STUN server how your router looks from outside…</source>
        <translation>STUN серверінен роутеріңіз сырттан қалай көрінетіні сұралуда…</translation>
    </message>
    <message>
        <source>Checking free disk space…</source>
        <translation>Дискідегі бос орын тексерілуде…</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Кілттер қоймасы тексерілуде…</translation>
    </message>
    <message>
        <source>Checking the microphone: say a few words now…</source>
        <translation>Микрофон тексерілуде: қазір бірнеше сөз айтыңыз…</translation>
    </message>
    <message>
        <source>Playing a test tone in your headset…</source>
        <translation>Гарнитурада тексеру сигналы ойнатылуда…</translation>
    </message>
    <message>
        <source>Playing the ringtone…</source>
        <translation>Қоңырау әуені ойнатылуда…</translation>
    </message>
    <message>
        <source>Checking the console's audio path…</source>
        <translation>Консольдің дыбыс жолы тексерілуде…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Check my setup</source>
        <translation>Жұмыс орнымды тексеру</translation>
    </message>
    <message>
        <source>This checks what your shift needs: the server, the PBX and the network to it, the disk, the keyring, the microphone, the speaker and the ringer. It takes about half a minute and plays short sounds.</source>
        <translation>Ауысымға қажеттінің бәрі тексеріледі: сервер, АТС және оған дейінгі желі, диск, кілттер қоймасы, микрофон, динамик және қоңырау. Бұл жарты минуттай уақыт алады және қысқа дыбыстар ойнатылады.</translation>
    </message>
    <message>
        <source>Yes, I heard it</source>
        <translation>Иә, естідім</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Қайта тексеру</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The check was stopped.</source>
        <translation>Тексеру тоқтатылды.</translation>
    </message>
    <message>
        <source>Something will stop your shift from working: do what the red lines say, then check again.</source>
        <translation>Бір нәрсе ауысымдағы жұмысқа кедергі келтіреді: қызыл жолдарда айтылғанды орындап, қайта тексеріңіз.</translation>
    </message>
    <message>
        <source>You can work, but look at the amber lines.</source>
        <translation>Жұмыс істеуге болады, бірақ сары жолдарға назар аударыңыз.</translation>
    </message>
    <message>
        <source>Everything is ready for your shift.</source>
        <translation>Ауысымға бәрі дайын.</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Break over the agent's budget</source>
        <translation>Үзіліс оператордың лимитінен асты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Wrap-up longer than</source>
        <translation>Өңдеу осыдан ұзақ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Call longer than</source>
        <translation>Қоңырау осыдан ұзақ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Do-not-disturb longer than</source>
        <translation>«Мазаламаңыз» осыдан ұзақ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Agent's console unreachable</source>
        <translation>Оператор консолімен байланыс жоқ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Phone cannot reach the PBX for longer than</source>
        <translation>Телефон АТС-қа осыдан ұзақ қосыла алмайды</translation>
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
        <translation>«%1»: санды енгізіңіз немесе ережені өшіріңіз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: this is not a number.</source>
        <translation>«%1»: бұл сан емес.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: the number must be above zero.</source>
        <translation>«%1»: сан нөлден үлкен болуы керек.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>“%1”: at most a day (1440 min, 86400 s).</source>
        <translation>«%1»: ең көбі бір тәулік (1440 мин, 86400 с).</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The server cannot be reached; nothing was saved. Your values are still here: save again when the connection is back.</source>
        <translation>Сервер қолжетімсіз; ештеңе сақталмады. Мәндеріңіз осында қалды: байланыс қалпына келгенде қайта сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The server cannot be reached; the team's thresholds could not be loaded.</source>
        <translation>Сервер қолжетімсіз; топтың шектерін жүктеу мүмкін болмады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Only this team's supervisors and administrators may see and change its thresholds.</source>
        <translation>Бұл топтың шектерін тек оның супервайзерлері мен әкімшілері көріп, өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Кіру мерзімі өтті. Қайта кіріңіз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The server refused: %1</source>
        <translation>Сервер қабылдамады: %1</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Alert thresholds</source>
        <translation>Ескерту шектері</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>&amp;Team:</source>
        <translation>&amp;Топ:</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Alert when</source>
        <translation>Ескерту шарты</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>This team</source>
        <translation>Осы топ</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Default</source>
        <translation>Әдепкі</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>on</source>
        <translation>қосулы</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>off</source>
        <translation>өшірулі</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Fill in the &amp;defaults</source>
        <translation>&amp;Әдепкі мәндерді қою</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>You may not change the thresholds of %1: only its supervisors and administrators may.</source>
        <translation>%1 тобының шектерін өзгерте алмайсыз: мұны тек оның супервайзерлері мен әкімшілері істей алады.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The thresholds of %1 apply to every supervisor of the team as soon as they are saved. Its supervisors and administrators may change them. A rule switched off raises no alert.</source>
        <translation>%1 тобының шектері сақталған бойда топтың барлық супервайзерлері үшін қолданылады. Оларды топтың супервайзерлері мен әкімшілері өзгерте алады. Өшірілген ереже ескерту бермейді.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Loading…</source>
        <translation>Жүктелуде…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>The defaults are filled in; press Save to apply them to the team.</source>
        <translation>Әдепкі мәндер қойылды; оларды топқа қолдану үшін «Сақтау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../agent_console/ui/supervisor/thresholds_dialog.py" />
        <source>Saved. Every supervisor of %1 now gets alerts by these thresholds.</source>
        <translation>Сақталды. Енді %1 тобының барлық супервайзерлері ескертулерді осы шектер бойынша алады.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsRequest</name>
    <message>
        <source>Diagnostics requested</source>
        <translation>Диагностика сұралды</translation>
    </message>
    <message>
        <source>%1 asks for this console's diagnostics, to send to IT.</source>
        <translation>%1 IT-ге жіберу үшін осы консольдің диагностикасын сұрайды.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Себебі: %1</translation>
    </message>
    <message>
        <source>The file holds this console's logs, versions, settings, audio devices, network and registration state and the last call's quality numbers. Passwords and sign-in tokens are never in it.</source>
        <translation>Файлда осы консольдің журналдары, нұсқалары, баптаулары, дыбыс құрылғылары, желі мен тіркелу күйі және соңғы қоңыраудың сапа көрсеткіштері бар. Құпиясөздер мен кіру токендері оған ешқашан кірмейді.</translation>
    </message>
    <message>
        <source>&amp;Send to IT</source>
        <translation>IT-ге &amp;жіберу</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Бас тарту</translation>
    </message>
</context>
</TS>