/* Agent Console wallboard: one page for a wall screen or a browser tab.
 *
 * Connects to the server's wallboard feed (relative URL, wss: when the page is https:), takes a
 * snapshot of every team's numbers, then the teams whose numbers changed: the server folds the
 * agents' changes into per-team counts and sends them a few times a second, so the page parses a
 * few small messages and writes only the cells whose text changed. Today's calls come from the
 * server every two seconds, which also proves the feed alive; a team's agents in alert come whole
 * whenever they change. The clock and the longest calls' durations tick once a second.
 *
 * The token never goes into a URL: it is kept in localStorage (a wallboard token: the screen stays
 * paired) or sessionStorage (a supervisor's login: gone with the tab), and sent as the first
 * message on the socket.
 */
"use strict";

(function () {
  const STRINGS = {
    en: {
      title: "Wallboard", lastUpdate: "Last update", signOut: "Disconnect this screen",
      feedLost: "Connection to the server lost. Reconnecting…",
      feedLostSince: "Connection to the server lost at {time}. Reconnecting…",
      alertsTitle: "Agents in alert", noAlerts: "No alerts", moreAlerts: "and {n} more",
      pairTitle: "Connect this screen", pairLabel: "Pairing code or wallboard token", pairButton: "Connect",
      pairHint: "An administrator prints a code with: agent-console-server create-wallboard-token",
      loginTitle: "Or sign in as a supervisor", loginUser: "User name", loginPassword: "Password", loginButton: "Sign in",
      badCode: "This pairing code is unknown, used or expired.", badLogin: "Wrong user name or password.",
      tooMany: "Too many attempts. Wait a few minutes.", serverDown: "The server cannot be reached. Try again.",
      revoked: "This screen's access was withdrawn or has expired. Connect it again.",
      forbidden: "This sign-in cannot open the wallboard (supervisors and administrators only).",
      team: "Team", total: "Total", noTeam: "(no team)", allTeams: "All teams",
      available: "Available", on_call: "On call", wrap_up: "Wrap-up", dnd: "Do not disturb", "break": "Break",
      offline: "Offline", unreachable: "Unreachable",
      answered: "Answered today", missed: "Missed today", aht: "AHT today", longest: "Longest call",
      inAlert: "In alert",
      answeredShort: "Answered", missedShort: "Missed", ahtShort: "AHT", longestShort: "Longest", alertShort: "Alerts",
      kind_break_over_budget: "Break over budget", kind_wrapup_long: "Long wrap-up", kind_call_long: "Long call",
      kind_unreachable: "Unreachable", kind_dnd_long: "Long do-not-disturb", kind_phone_unreachable: "Phone unreachable", since: "since {time}",
    },
    ru: {
      title: "Табло", lastUpdate: "Обновлено", signOut: "Отключить этот экран",
      feedLost: "Связь с сервером потеряна. Переподключение…",
      feedLostSince: "Связь с сервером потеряна в {time}. Переподключение…",
      alertsTitle: "Операторы с предупреждениями", noAlerts: "Предупреждений нет", moreAlerts: "и ещё {n}",
      pairTitle: "Подключить этот экран", pairLabel: "Код привязки или токен табло", pairButton: "Подключить",
      pairHint: "Администратор получает код командой: agent-console-server create-wallboard-token",
      loginTitle: "Или войдите как супервизор", loginUser: "Имя пользователя", loginPassword: "Пароль",
      loginButton: "Войти",
      badCode: "Код привязки неизвестен, уже использован или истёк.", badLogin: "Неверное имя пользователя или пароль.",
      tooMany: "Слишком много попыток. Подождите несколько минут.",
      serverDown: "Сервер недоступен. Попробуйте ещё раз.",
      revoked: "Доступ этого экрана отозван или истёк. Подключите его заново.",
      forbidden: "С этой учётной записью табло не открыть (только супервизоры и администраторы).",
      team: "Группа", total: "Итого", noTeam: "(без группы)", allTeams: "Все группы",
      available: "Свободны", on_call: "На звонке", wrap_up: "Постобработка", dnd: "Не беспокоить", "break": "Перерыв",
      offline: "Не в сети", unreachable: "Нет связи",
      answered: "Отвечено сегодня", missed: "Пропущено сегодня", aht: "Ср. время обработки", longest: "Самый долгий звонок",
      inAlert: "С предупреждением",
      answeredShort: "Отвечено", missedShort: "Пропущено", ahtShort: "Ср. время", longestShort: "Дольше всех",
      alertShort: "Предупр.",
      kind_break_over_budget: "Перерыв сверх нормы", kind_wrapup_long: "Долгая постобработка",
      kind_call_long: "Долгий звонок", kind_unreachable: "Нет связи", kind_dnd_long: "Долго «не беспокоить»", kind_phone_unreachable: "Телефон недоступен",
      since: "с {time}",
    },
    kk: {
      title: "Табло", lastUpdate: "Жаңартылды", signOut: "Бұл экранды ажырату",
      feedLost: "Сервермен байланыс үзілді. Қайта қосылуда…",
      feedLostSince: "Сервермен байланыс {time} кезінде үзілді. Қайта қосылуда…",
      alertsTitle: "Ескертуі бар операторлар", noAlerts: "Ескерту жоқ", moreAlerts: "тағы {n}",
      pairTitle: "Бұл экранды қосу", pairLabel: "Байланыстыру коды немесе табло токені", pairButton: "Қосу",
      pairHint: "Әкімші кодты мына командамен алады: agent-console-server create-wallboard-token",
      loginTitle: "Немесе супервизор ретінде кіріңіз", loginUser: "Пайдаланушы аты", loginPassword: "Құпиясөз",
      loginButton: "Кіру",
      badCode: "Байланыстыру коды белгісіз, пайдаланылған немесе мерзімі өткен.",
      badLogin: "Пайдаланушы аты немесе құпиясөз қате.",
      tooMany: "Әрекет тым көп. Бірнеше минут күтіңіз.", serverDown: "Серверге қосылу мүмкін емес. Қайталап көріңіз.",
      revoked: "Бұл экранның рұқсаты қайтарылды немесе мерзімі өтті. Оны қайта қосыңыз.",
      forbidden: "Бұл тіркелгімен таблоны ашу мүмкін емес (тек супервизорлар мен әкімшілер).",
      team: "Топ", total: "Барлығы", noTeam: "(топсыз)", allTeams: "Барлық топтар",
      available: "Бос", on_call: "Қоңырауда", wrap_up: "Өңдеуде", dnd: "Мазаламаңыз", "break": "Үзілісте",
      offline: "Желіде емес", unreachable: "Байланыс жоқ",
      answered: "Бүгін жауап берілді", missed: "Бүгін өткізіп алынды", aht: "Орташа өңдеу уақыты",
      longest: "Ең ұзақ қоңырау", inAlert: "Ескертуде",
      answeredShort: "Жауап", missedShort: "Өткізілді", ahtShort: "Орт. уақыт", longestShort: "Ең ұзақ",
      alertShort: "Ескерту",
      kind_break_over_budget: "Үзіліс нормадан асты", kind_wrapup_long: "Ұзақ өңдеу", kind_call_long: "Ұзақ қоңырау",
      kind_unreachable: "Байланыс жоқ", kind_dnd_long: "Ұзақ «мазаламаңыз»", kind_phone_unreachable: "Телефон қолжетімсіз", since: "{time} бастап",
    },
  };
  const CATEGORIES = ["available", "on_call", "wrap_up", "dnd", "break", "offline", "unreachable"];
  const SYMBOLS = {available: "●", on_call: "☎", wrap_up: "✎", dnd: "⊘", "break": "☕", offline: "○", unreachable: "⚠"};
  const TOKEN_KEY = "agentConsole.wallboard.token";
  const SESSION_KEY = "agentConsole.wallboard.session";
  const STALE_AFTER_MS = 10000; // stats come every 2 s: five missing means the feed is gone
  const BACKOFF_MS = [500, 1000, 2000, 4000, 8000, 15000];
  const MAX_ALERTS_SHOWN = 12;
  const DAY_COLUMNS = ["answered", "missed", "aht", "longest", "alerts"];
  const TICK_WAIT_MS = 250; // the second's tick waits this long for a message to be drawn with
  const CLOSE_REVOKED = new Set([4001, 4401]);
  const CLOSE_FORBIDDEN = 4403;

  const params = new URLSearchParams(window.location.search);
  const lang = pickLanguage();
  const S = STRINGS[lang];
  const $ = (id) => document.getElementById(id);

  /* ---------- state ---------- */
  const teams = new Map(); // team key -> {counts, answered, missed, handled, talk, alerts, longestSince, cells}
  let scopeTeams = null;
  const alertsByTeam = new Map(); // team key -> alerts of that team, as last sent
  let alertsDirty = false;
  let alertsShown = null; // what the list shows now, to leave it alone when that does not change
  let socket = null;
  let attempt = 0;
  let lastMessageAt = 0; // local ms
  let clockOffset = 0; // server ms - local ms, from the last stats/snapshot
  let lostAt = null;
  const dirtyTeams = new Set(); // teams whose row must be written at the next render
  let structureDirty = true;
  let pendingLatency = []; // server times of the changes applied since the last render
  let tickPending = false;
  let renderQueued = false;
  const stats = {latencies: [], serverWait: [], renders: 0, messages: 0, reconnects: 0, scriptMs: 0};
  window.wallboardStats = stats; // read by the benchmark and the browser tests

  function pickLanguage() {
    const wanted = (params.get("lang") || "").toLowerCase();
    if (STRINGS[wanted]) return wanted;
    for (const l of navigator.languages || [navigator.language || "en"]) {
      const base = String(l).toLowerCase().slice(0, 2);
      if (STRINGS[base]) return base;
    }
    return "en";
  }

  function t(key, vars) {
    let s = S[key] !== undefined ? S[key] : STRINGS.en[key] !== undefined ? STRINGS.en[key] : key;
    for (const [k, v] of Object.entries(vars || {})) s = s.replace("{" + k + "}", v);
    return s;
  }

  function nowMs() {
    return performance.timeOrigin + performance.now();
  }

  function pad(n) {
    return n < 10 ? "0" + n : String(n);
  }

  function hms(ms) {
    const d = new Date(ms);
    return pad(d.getHours()) + ":" + pad(d.getMinutes()) + ":" + pad(d.getSeconds());
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined || !isFinite(seconds)) return "—";
    seconds = Math.max(0, Math.round(seconds));
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return h > 0 ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
  }

  function setText(node, text) {
    // Only a changed text is written (an unchanged cell costs the browser nothing to repaint), and
    // into the text node already there: the browser keeps its layout object and only repaints it.
    const first = node.firstChild;
    if (first && first.nodeType === Node.TEXT_NODE && !first.nextSibling) {
      if (first.data === text) return false;
      first.data = text;
      return true;
    }
    if (node.textContent === text) return false;
    node.textContent = text;
    return true;
  }

  function teamKey(name) {
    return name === null || name === undefined ? "" : name;
  }

  function teamOf(key) {
    let tm = teams.get(key);
    if (!tm) {
      tm = {counts: Object.fromEntries(CATEGORIES.map((c) => [c, 0])), answered: 0, missed: 0, handled: 0,
        talk: 0, alerts: 0, longestSince: null, cells: null};
      teams.set(key, tm);
      structureDirty = true;
    }
    return tm;
  }

  /* ---------- applying the feed ---------- */
  function applyTeam(counts) {
    const tm = teamOf(teamKey(counts.team));
    for (const c of CATEGORIES) tm.counts[c] = counts.counts[c] || 0;
    tm.longestSince = counts.call_since_ms;
    dirtyTeams.add(tm);
  }

  function applySnapshot(msg) {
    teams.clear();
    alertsByTeam.clear(); // the server sends every team's alerts again after a snapshot
    alertsDirty = true;
    scopeTeams = msg.scope.teams;
    for (const name of scopeTeams || []) teamOf(name);
    for (const counts of msg.teams) applyTeam(counts);
    const label = msg.scope.kind === "wallboard" ? msg.scope.name : msg.scope.name + " · " +
      (scopeTeams ? scopeTeams.join(", ") : t("allTeams"));
    setText($("scope"), label);
    structureDirty = true;
  }

  function applyCounts(msg) {
    for (const counts of msg.teams) applyTeam(counts);
    for (const at of msg.changes_ms) {
      pendingLatency.push(at);
      stats.serverWait.push(msg.server_ms - at); // of that latency, the part spent in the server
    }
    if (stats.serverWait.length > 20000) stats.serverWait.splice(0, stats.serverWait.length - 20000);
  }

  function applyStats(msg) {
    for (const tm of teams.values()) {
      tm.answered = tm.missed = tm.handled = tm.talk = 0;
    }
    for (const d of msg.teams) {
      const tm = teamOf(teamKey(d.team));
      tm.answered = d.answered;
      tm.missed = d.missed;
      tm.handled = d.handled;
      tm.talk = d.talk_s;
    }
    for (const tm of teams.values()) dirtyTeams.add(tm);
  }

  function applyAlerts(msg) {
    // One team's alerts, whole: agents in alert are counted once however many alerts they have.
    alertsByTeam.set(teamKey(msg.team), msg.alerts);
    const tm = teamOf(teamKey(msg.team));
    tm.alerts = new Set(msg.alerts.map((a) => a.username)).size;
    dirtyTeams.add(tm);
    alertsDirty = true;
  }

  function onMessage(ev) {
    const started = performance.now();
    handle(ev);
    stats.scriptMs += performance.now() - started;
  }

  function handle(ev) {
    const msg = JSON.parse(ev.data);
    lastMessageAt = Date.now();
    stats.messages += 1;
    if (msg.type === "counts") {
      applyCounts(msg);
    } else if (msg.type === "stats") {
      clockOffset = msg.server_ms - Date.now();
      applyStats(msg);
    } else if (msg.type === "alerts") {
      applyAlerts(msg);
    } else if (msg.type === "snapshot") {
      clockOffset = msg.server_ms - Date.now();
      applySnapshot(msg);
      attempt = 0;
      feedUp();
    } else if (msg.type === "error") {
      return; // followed by the close code that says what to do
    }
    setText($("last-update"), hms(lastMessageAt));
    if (tickPending) applyTick();
    queueRender();
  }

  /* ---------- rendering ---------- */
  function queueRender() {
    // At the next frame: the server sends a few bursts a second (counts, and the alert lists that
    // changed), and a burst is written to the page once, right before it is drawn.
    if (renderQueued) return;
    renderQueued = true;
    requestAnimationFrame(() => {
      const started = performance.now();
      renderQueued = false;
      render();
      stats.scriptMs += performance.now() - started;
    });
  }

  function render() {
    if (structureDirty) {
      buildStructure();
      for (const tm of teams.values()) dirtyTeams.add(tm);
    }
    if (alertsDirty) renderAlerts();
    if (!dirtyTeams.size) return;
    const total = sumTeams();
    for (const tm of dirtyTeams) fillTeam(tm.cells, tm);
    dirtyTeams.clear();
    fillTeam(totalCells, total);
    fillTiles(total);
    stats.renders += 1;
    if (pendingLatency.length) {
      // From each change's server timestamp to its DOM write, on this machine's clock (server and
      // browser share it in the benchmark and the tests; clockOffset is an estimate that would
      // hide the feed's own delay).
      const done = nowMs();
      for (const updated of pendingLatency) stats.latencies.push(done - updated);
      if (stats.latencies.length > 20000) stats.latencies.splice(0, stats.latencies.length - 20000);
      pendingLatency = [];
    }
  }

  function sumTeams() {
    const total = {counts: Object.fromEntries(CATEGORIES.map((c) => [c, 0])), answered: 0, missed: 0, handled: 0,
      talk: 0, alerts: 0, longestSince: null};
    for (const tm of teams.values()) {
      for (const c of CATEGORIES) total.counts[c] += tm.counts[c];
      total.answered += tm.answered;
      total.missed += tm.missed;
      total.handled += tm.handled;
      total.talk += tm.talk;
      total.alerts += tm.alerts;
      if (tm.longestSince !== null && (total.longestSince === null || tm.longestSince < total.longestSince)) {
        total.longestSince = tm.longestSince;
      }
    }
    return total;
  }

  function longestText(since) {
    return since === null ? "—" : duration((Date.now() + clockOffset - since) / 1000);
  }

  function ahtText(tm) {
    return tm.handled ? duration(tm.talk / tm.handled) : "—";
  }

  let tileCells = null;
  let totalCells = null;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function labelled(tag, cls, symbol, label) {
    // A status symbol and its word: nothing is told by colour alone.
    const e = el(tag, cls);
    e.append(el("span", "sym", symbol), el("span", null, label));
    return e;
  }

  function tile(parent, cls, symbol, label) {
    const value = el("div", "tile-value", "0");
    const box = el("div", "tile " + cls);
    box.append(value, labelled("div", "tile-label", symbol, label));
    parent.appendChild(box);
    return value;
  }

  function buildStructure() {
    structureDirty = false;
    if (!tileCells) {
      tileCells = {};
      const totals = $("totals");
      for (const c of CATEGORIES) tileCells[c] = tile(totals, "st-" + c, SYMBOLS[c], t(c));
      const day = $("day");
      tileCells.answered = tile(day, "day-answered", "✓", t("answered"));
      tileCells.missed = tile(day, "day-missed", "✗", t("missed"));
      tileCells.aht = tile(day, "day-aht", "⌀", t("aht"));
      tileCells.longest = tile(day, "day-longest", "◷", t("longest"));
      tileCells.alerts = tile(day, "day-alerts", "⚠", t("inAlert"));
      const head = $("teams-head");
      head.appendChild(el("th", "name", t("team")));
      for (const c of CATEGORIES) head.appendChild(labelled("th", "st-" + c, SYMBOLS[c], " " + t(c)));
      for (const k of ["answeredShort", "missedShort", "ahtShort", "longestShort", "alertShort"]) {
        head.appendChild(el("th", "num", t(k)));
      }
      const foot = el("tr", "total");
      $("teams-foot").appendChild(foot);
      totalCells = rowCells(foot, t("total"));
    }
    const body = $("teams-body");
    body.textContent = "";
    const keys = Array.from(teams.keys()).sort((a, b) => a.localeCompare(b));
    for (const key of keys) {
      const tr = el("tr");
      tr.dataset.team = key;
      body.appendChild(tr);
      teams.get(key).cells = rowCells(tr, key === "" ? t("noTeam") : key);
    }
  }

  function rowCells(tr, name) {
    tr.appendChild(el("th", "name", name));
    const cells = {};
    for (const k of CATEGORIES.concat(DAY_COLUMNS)) {
      // The number sits in a fixed-size box of its own (CSS "contain: strict"): a new number is
      // laid out and painted inside that box, not by laying out the whole table again.
      const td = el("td", "num " + (CATEGORIES.includes(k) ? "st-" + k : k));
      td.dataset.cat = k;
      cells[k] = el("div", CATEGORIES.includes(k) ? "v zero" : "v", "0");
      td.appendChild(cells[k]);
      tr.appendChild(td);
    }
    return cells;
  }

  function fillTeam(cells, tm) {
    if (!cells) return;
    for (const c of CATEGORIES) {
      if (setText(cells[c], String(tm.counts[c]))) cells[c].classList.toggle("zero", tm.counts[c] === 0);
    }
    setText(cells.answered, String(tm.answered));
    setText(cells.missed, String(tm.missed));
    setText(cells.aht, ahtText(tm));
    setText(cells.longest, longestText(tm.longestSince));
    setText(cells.alerts, String(tm.alerts));
    cells.alerts.parentElement.classList.toggle("hot", tm.alerts > 0);
  }

  function fillTiles(total) {
    for (const c of CATEGORIES) setText(tileCells[c], String(total.counts[c]));
    setText(tileCells.answered, String(total.answered));
    setText(tileCells.missed, String(total.missed));
    setText(tileCells.aht, ahtText(total));
    setText(tileCells.longest, longestText(total.longestSince));
    setText(tileCells.alerts, String(total.alerts));
    tileCells.alerts.parentElement.classList.toggle("hot", total.alerts > 0);
  }

  let moreAlerts = null; // the list's last line, "and N more": kept, only its text changes

  function renderAlerts() {
    // The oldest MAX_ALERTS_SHOWN of every team's alerts; the list is rebuilt only when those
    // change, and "and N more" is one text written when its number changes.
    alertsDirty = false;
    const alerts = Array.from(alertsByTeam.values()).flat().sort((a, b) => a.began_ms - b.began_ms);
    const shown = alerts.slice(0, MAX_ALERTS_SHOWN);
    const key = shown.map((a) => a.kind + ":" + a.username + ":" + a.began_ms).join("|");
    if (!moreAlerts) moreAlerts = el("li", "more");
    if (key !== alertsShown) {
      alertsShown = key;
      const list = $("alert-list");
      list.textContent = "";
      for (const a of shown) {
        const li = el("li", "alert kind-" + a.kind);
        li.append(el("span", "sym", a.kind === "unreachable" ? "⚠" : "◷"), el("span", "who", a.name),
          el("span", "team", a.team || t("noTeam")), el("span", "what", t("kind_" + a.kind)),
          el("span", "when", t("since", {time: hms(a.began_ms - clockOffset)})));
        list.appendChild(li);
      }
      list.appendChild(moreAlerts);
    }
    const more = alerts.length > MAX_ALERTS_SHOWN;
    if (more) setText(moreAlerts, t("moreAlerts", {n: alerts.length - MAX_ALERTS_SHOWN}));
    if (moreAlerts.hidden === more) moreAlerts.hidden = !more;
    const none = alerts.length === 0;
    if ($("no-alerts").hidden === none) $("no-alerts").hidden = !none;
  }

  /* ---------- connection ---------- */
  function storedToken() {
    return sessionStorage.getItem(SESSION_KEY) || localStorage.getItem(TOKEN_KEY);
  }

  function forget() {
    sessionStorage.removeItem(SESSION_KEY);
    localStorage.removeItem(TOKEN_KEY);
  }

  function feedUrl() {
    const url = new URL("api/v1/wallboard/live", window.location.href);
    url.protocol = window.location.protocol === "https:" ? "wss:" : "ws:";
    url.search = "";
    url.hash = "";
    return url.href;
  }

  function connect() {
    const token = storedToken();
    if (!token) {
      showPairing(null);
      return;
    }
    const ws = new WebSocket(feedUrl());
    socket = ws;
    ws.onopen = () => ws.send(JSON.stringify({type: "auth", token: token}));
    ws.onmessage = (ev) => {
      if (socket === ws) onMessage(ev);
    };
    ws.onclose = (ev) => {
      if (socket !== ws) return;
      socket = null;
      if (CLOSE_REVOKED.has(ev.code)) {
        forget();
        showPairing(t("revoked"));
      } else if (ev.code === CLOSE_FORBIDDEN && storedToken()) {
        forget();
        showPairing(t("forbidden"));
      } else {
        feedLost();
        const base = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
        attempt += 1;
        stats.reconnects += 1;
        setTimeout(connect, base + Math.random() * base * 0.3);
      }
    };
  }

  function feedUp() {
    lostAt = null;
    $("banner").hidden = true;
    document.body.classList.remove("stale");
    $("pair").hidden = true;
    $("board").hidden = false;
    $("sign-out").hidden = false;
  }

  function feedLost() {
    if (lostAt === null) lostAt = Date.now();
    setText($("banner-text"), t("feedLostSince", {time: hms(lostAt)}));
    $("banner").hidden = false;
    document.body.classList.add("stale");
  }

  function watchdog() {
    // A socket that stays open but silent (a frozen server, a dead network path) is closed so that
    // the normal reconnect-and-snapshot path takes over.
    if (socket && socket.readyState === WebSocket.OPEN && lastMessageAt && Date.now() - lastMessageAt > STALE_AFTER_MS) {
      feedLost();
      socket.close();
    }
  }

  /* ---------- pairing and sign-in ---------- */
  function showPairing(reason) {
    $("board").hidden = true;
    $("banner").hidden = true;
    $("sign-out").hidden = true;
    $("pair").hidden = false;
    $("pair-reason").hidden = !reason;
    setText($("pair-reason"), reason || "");
    $("pair-error").hidden = true;
    setText($("scope"), "");
  }

  function pairError(text) {
    $("pair-error").hidden = false;
    setText($("pair-error"), text);
  }

  async function post(url, body) {
    return fetch(url, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
      credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer"});
  }

  async function onPair(ev) {
    ev.preventDefault();
    const value = $("pair-code").value.trim();
    if (!value) return;
    if (value.startsWith("wb_")) {
      localStorage.setItem(TOKEN_KEY, value);
      $("pair-code").value = "";
      connect();
      return;
    }
    try {
      const r = await post("wallboard/pair", {code: value});
      if (r.ok) {
        localStorage.setItem(TOKEN_KEY, (await r.json()).token);
        $("pair-code").value = "";
        connect();
      } else {
        pairError(r.status === 429 ? t("tooMany") : t("badCode"));
      }
    } catch (e) {
      pairError(t("serverDown"));
    }
  }

  async function onLogin(ev) {
    ev.preventDefault();
    try {
      const r = await post("api/v1/auth/login", {username: $("login-user").value, password: $("login-password").value});
      $("login-password").value = "";
      if (r.ok) {
        sessionStorage.setItem(SESSION_KEY, (await r.json()).access_token);
        connect();
      } else {
        pairError(r.status === 429 ? t("tooMany") : t("badLogin"));
      }
    } catch (e) {
      pairError(t("serverDown"));
    }
  }

  function onSignOut() {
    forget();
    const ws = socket;
    socket = null;
    if (ws) ws.close();
    showPairing(null);
  }

  /* ---------- start ---------- */
  function tick() {
    // Once a second the clock and the calls' durations move on. On a busy floor the next counts
    // message is due within a fraction of a second: both are drawn in one frame, not two.
    tickPending = true;
    setTimeout(() => {
      if (!tickPending) return;
      applyTick();
      queueRender();
    }, TICK_WAIT_MS);
    watchdog();
  }

  function applyTick() {
    tickPending = false;
    setText($("clock"), hms(Date.now()));
    for (const tm of teams.values()) if (tm.longestSince !== null) dirtyTeams.add(tm);
  }

  function start() {
    document.documentElement.lang = lang;
    document.title = t("title");
    const theme = params.get("theme");
    if (theme === "dark" || theme === "light") document.body.classList.add("theme-" + theme);
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    $("pair-form").addEventListener("submit", onPair);
    $("login-form").addEventListener("submit", onLogin);
    $("sign-out").addEventListener("click", onSignOut);
    setInterval(tick, 1000);
    applyTick();
    connect();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
