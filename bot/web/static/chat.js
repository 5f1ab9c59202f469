/* mediabot web chat client (plain JS, no build step, nothing fetched from other origins).
 *
 * Speaks the WebSocket protocol of docs/contracts.md §4 with the gateway at /ws/chat.
 * One file on purpose (~800 lines): the page has no build step or module loader, and the strict CSP
 * allows only this script; its sections (helpers, bot turns, cards, feedback, connection, history)
 * are marked below.
 * Rules this file keeps:
 *  - every bot answer arrives as one typed payload (contract/payloads.py) and is drawn from its fields;
 *    the page formats no runtime and words no notice (contract/wording.py does, on the server);
 *  - bot, agent and catalog text is only ever inserted with textContent / text nodes, never as HTML;
 *  - the session id is issued (and signed) by the server: the page presents the one it has in its hello
 *    and adopts whatever the server's ``session`` frame names (the same id when its signature checks,
 *    else a new one); it lives in localStorage, so a reload or a reconnect continues the conversation;
 *  - messages typed while offline are queued and sent, in order, once the server named the session.
 */
(() => {
  'use strict';

  const SESSION_KEY = 'mediabot.session_id';
  // v2: a bot entry holds the turn's answers; v1 held raw Rasa messages, which this page no longer reads.
  const HISTORY_PREFIX = 'mediabot.history.v2.';
  const V1_HISTORY_PREFIX = 'mediabot.history.';
  const FEEDBACK_PREFIX = 'mediabot.feedback.';
  const MAX_HISTORY = 80;
  const MAX_TEXT = 1000;
  const START_OVER_PAYLOAD = '/start_over'; // domain intent: resets every constraint slot
  const SESSION_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$/;
  const BACKOFF_BASE_MS = 500;
  const BACKOFF_MAX_MS = 15000;
  const SUGGESTIONS = [
    'Comedies under 40 minutes',
    'Something for my kids tonight',
    'Korean dramas',
    'Something like Stranger Things',
  ];
  const WELCOME_TEXT =
    "Hi! I'm mediabot. Tell me what you feel like watching: a genre, how much time you have, " +
    'who is watching, or a title you loved. ' +
    // contract/wording.py PRIVACY_NOTICE (tests/contract/test_privacy_notice.py keeps them equal)
    "Privacy: I remember your likes, dislikes and what you've seen to personalise picks. Ask “what do you know about me?” or say “delete my data” any time.";
  // Icons are inline SVG paths (24x24), not emoji: emoji fonts are missing on many TVs and Linux boxes.
  const ICONS = {
    like: 'M2 21h4V9H2zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7z',
    dislike: 'M22 3h-4v12h4zM2 14a2 2 0 0 0 2 2h6.3l-1 4.6v.3c0 .4.2.8.4 1.1l1.1 1 6.6-6.6c.4-.4.6-.9.6-1.4V5a2 2 0 0 0-2-2H7c-.8 0-1.5.5-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7z',
    seen: 'M12 4.5C7 4.5 2.7 7.6 1 12c1.7 4.4 6 7.5 11 7.5s9.3-3.1 11-7.5c-1.7-4.4-6-7.5-11-7.5zm0 12.5a5 5 0 1 1 0-10 5 5 0 0 1 0 10zm0-8a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
  };
  const FEEDBACK = {
    like: { label: 'Like', done: 'Liked' },
    dislike: { label: 'Dislike', done: 'Not for me:' },
    seen: { label: 'Seen', done: 'Already seen' },
  };
  const RATING_TONES = {
    'TV-Y': 'kids', 'TV-Y7': 'kids', 'TV-Y7-FV': 'kids', 'TV-G': 'kids', G: 'kids',
    'PG-13': 'teen', 'TV-14': 'teen',
    R: 'adult', 'NC-17': 'adult', 'TV-MA': 'adult',
  };

  const ui = {
    log: byId('log'),
    scroller: byId('scroller'),
    typing: byId('typing'),
    form: byId('composer'),
    input: byId('input'),
    banner: byId('banner'),
    bannerText: byId('banner-text'),
    statusDot: byId('status-dot'),
    statusText: byId('status-text'),
    restart: byId('restart'),
    announcer: byId('announcer'),
  };

  /* ---------------------------------------------------------------- small helpers */

  function byId(id) {
    return document.getElementById(id);
  }

  function icon(name) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', ICONS[name]);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    return svg;
  }

  /** Build an element. Strings become text nodes, so nothing here can inject markup. */
  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false || child === '') continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  const storage = {
    get(key, fallback) {
      try {
        const raw = localStorage.getItem(key);
        return raw === null ? fallback : JSON.parse(raw);
      } catch {
        return fallback;
      }
    },
    set(key, value) {
      try {
        localStorage.setItem(key, JSON.stringify(value));
      } catch {
        /* storage full or disabled: the chat still works, it just forgets on reload */
      }
    },
    remove(key) {
      try {
        localStorage.removeItem(key);
      } catch {
        /* ignore */
      }
    },
  };

  /** crypto.randomUUID needs a secure context; a phone on http://192.168.x.x is not one. */
  function newSessionId() {
    if (window.crypto && typeof crypto.randomUUID === 'function' && window.isSecureContext) {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  function loadSessionId() {
    const saved = storage.get(SESSION_KEY, null);
    if (typeof saved === 'string' && SESSION_RE.test(saved)) return saved;
    const fresh = newSessionId();
    storage.set(SESSION_KEY, fresh);
    return fresh;
  }

  /* ---------------------------------------------------------------- state */

  let sessionId = loadSessionId(); // until the server's ``session`` frame: the id this page had, if any
  const state = {
    history: storage.get(HISTORY_PREFIX + sessionId, []),
    feedback: storage.get(FEEDBACK_PREFIX + sessionId, {}),
    genreLabels: {},
    typeLabels: {}, // contract/wording.py TYPE_LABELS, served at /chat/labels
    turnIndex: 0,
  };
  if (!Array.isArray(state.history)) state.history = [];
  storage.remove(V1_HISTORY_PREFIX + sessionId);
  if (!state.feedback || typeof state.feedback !== 'object') state.feedback = {};

  function remember(entry) {
    state.history.push(entry);
    if (state.history.length > MAX_HISTORY) state.history.splice(0, state.history.length - MAX_HISTORY);
    storage.set(HISTORY_PREFIX + sessionId, state.history);
  }

  function saveFeedback() {
    storage.set(FEEDBACK_PREFIX + sessionId, state.feedback);
  }

  /* ---------------------------------------------------------------- formatting */

  function typeLabel(type) {
    if (typeof type !== 'string' || !type) return '';
    return state.typeLabels[type] || type.charAt(0).toUpperCase() + type.slice(1).replace(/_/g, ' ');
  }

  function genreLabel(id) {
    const label = state.genreLabels[id];
    if (label) return label;
    const text = String(id).replace(/_/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function asList(value) {
    if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
    if (typeof value === 'string' && value) return value.split(',').map((v) => v.trim()).filter(Boolean);
    return [];
  }

  function initials(title) {
    const words = String(title || '?').replace(/^(the|a|an)\s+/i, '').split(/\s+/)
      .filter((w) => /^[\p{L}\p{N}]/u.test(w)); // skip "-", "&", ":" between words
    const letters = words.slice(0, 2).map((w) => Array.from(w)[0]).join('');
    return letters.toUpperCase() || '?';
  }

  /** A stable hue per title, so the same show always gets the same poster colours. */
  function hueOf(text) {
    let hash = 0;
    for (const ch of String(text)) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
    return hash % 360;
  }

  /* ---------------------------------------------------------------- scrolling and announcing */

  function nearBottom() {
    const s = ui.scroller;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 120;
  }

  function scrollBehavior() {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  }

  function scrollToBottom(force) {
    if (!force && !nearBottom()) return;
    ui.scroller.scrollTo({ top: ui.scroller.scrollHeight, behavior: scrollBehavior() });
  }

  /** Show a new bot turn from its start when it is taller than the screen (cards), else the bottom. */
  function reveal(firstNode) {
    if (!firstNode) return;
    const s = ui.scroller;
    const top = firstNode.offsetTop - s.offsetTop - 12;
    const below = s.scrollHeight - top;
    const target = below > s.clientHeight ? top : s.scrollHeight;
    s.scrollTo({ top: target, behavior: scrollBehavior() });
  }

  function announce(text) {
    if (!text) return;
    ui.announcer.append(h('p', { text }));
    while (ui.announcer.childElementCount > 6) ui.announcer.firstElementChild.remove();
  }

  /* ---------------------------------------------------------------- rows */

  function avatar(kind) {
    return h('div', { class: 'avatar', 'aria-hidden': 'true', text: kind === 'agent' ? '☺' : '▶' });
  }

  /** One row of the conversation; rows after the first of a bot turn hide the avatar. */
  function row(kind, content, { continued = false, wide = false } = {}) {
    const classes = ['row', kind, continued ? 'continued' : '', wide ? 'wide' : ''].filter(Boolean).join(' ');
    const stack = h('div', { class: 'stack' }, content);
    const node = kind === 'user' ? h('div', { class: classes }, content) : h('div', { class: classes }, avatar(kind), stack);
    ui.log.append(node);
    return node;
  }

  function renderUser(text, { pending = false } = {}) {
    const bubble = h('div', { class: pending ? 'bubble pending' : 'bubble', text });
    row('user', bubble);
    scrollToBottom(true);
    return bubble;
  }

  function renderNote(text, tone) {
    const node = h('p', { class: tone ? `note ${tone}` : 'note', text });
    ui.log.append(node);
    return node;
  }

  function renderAgent(text, name) {
    const bubble = h('div', { class: 'bubble' }, h('span', { class: 'agent-name', text: name || 'Support agent' }), text);
    const node = row('agent', bubble);
    return node;
  }

  /* ---------------------------------------------------------------- bot turns */

  /**
   * One bot turn is a list of answers (contract/payloads.py, as JSON), each one typed payload. Every
   * kind is drawn from its fields only: the gateway words everything (headings, runtimes, handoff
   * notices), so the page never formats, rewords or drops text. A kind this page does not know is
   * shown as its `text`, like the contract's own fallback.
   */
  function newTurn() {
    const turn = { first: null, previous: '' };
    turn.place = (node, kind) => {
      if (!turn.first) turn.first = node;
      turn.previous = kind;
      return node;
    };
    // Bot rows after the first in a row hide the avatar.
    turn.bot = (content, opts = {}) =>
      turn.place(row('bot', content, { continued: turn.previous === 'bot', ...opts }), 'bot');
    return turn;
  }

  function textOf(value) {
    return typeof value === 'string' ? value.trim() : '';
  }

  function botBubble(turn, text) {
    if (!text) return;
    turn.bot(h('div', { class: 'bubble', text }));
    announce(`mediabot: ${text}`);
  }

  function drawRecommendations(answer, turn) {
    botBubble(turn, textOf(answer.heading));
    const items = (Array.isArray(answer.items) ? answer.items : []).filter((it) => it && typeof it === 'object');
    if (!items.length) return; // the heading says nothing matched; its quick replies offer the way out
    const index = ++state.turnIndex;
    turn.bot(h('ol', { class: 'cards', 'aria-label': `${items.length} recommendations` },
      items.map((item, i) => h('li', {}, recommendationCard(item, i + 1, index)))), { wide: true });
    announce(`${items.length} recommendations: ${items.map((it) => it.title).filter(Boolean).join(', ')}`);
  }

  function drawItemDetails(answer, turn) {
    if (!answer.item || typeof answer.item !== 'object') return;
    turn.bot(detailsCard(answer.item), { wide: true });
    announce(`Details for ${answer.item.title || 'this title'}`);
  }

  function drawHandoff(answer, turn) {
    const text = textOf(answer.text);
    if (!text) return;
    turn.place(renderNote(text, 'handoff'), 'note');
    announce(text);
  }

  function drawAgent(answer, turn) {
    const text = textOf(answer.text);
    if (!text) return;
    const name = textOf(answer.name) || 'Support agent';
    turn.place(renderAgent(text, name), 'agent');
    announce(`${name}: ${text}`);
  }

  function drawText(answer, turn) {
    botBubble(turn, textOf(answer.text));
  }

  const DRAW = {
    recommendations: drawRecommendations,
    item_details: drawItemDetails,
    handoff: drawHandoff,
    agent: drawAgent,
    text: drawText,
  };

  /** Render one bot turn (a list of answers). Returns the first node added. */
  function renderBotTurn(answers, { withQuickReplies = true } = {}) {
    const turn = newTurn();
    const buttons = [];
    (Array.isArray(answers) ? answers : []).filter((a) => a && typeof a === 'object').forEach((answer) => {
      (DRAW[answer.type] || drawText)(answer, turn);
      if (Array.isArray(answer.quick_replies)) buttons.push(...answer.quick_replies);
    });
    // Follow-ups go last, under the cards they refine, whichever answer carried them.
    if (withQuickReplies && buttons.length) turn.bot(quickReplies(buttons));
    return turn.first;
  }

  /* ---------------------------------------------------------------- cards */

  function poster(item, rank) {
    const node = h('div', { class: 'poster', 'aria-hidden': 'true' }, initials(item.title),
      rank ? h('span', { class: 'rank', text: String(rank) }) : null);
    node.style.setProperty('--hue', String(hueOf(item.title || item.id)));
    return node;
  }

  function metaLine(item) {
    const kind = typeLabel(item.type);
    const parts = [item.year ? String(item.year) : '', textOf(item.runtime),
      kind ? h('span', { class: 'kind', dataset: { type: item.type }, text: kind }) : ''].filter(Boolean);
    const nodes = [];
    parts.forEach((p, i) => {
      if (i) nodes.push(h('span', { class: 'sep', 'aria-hidden': 'true', text: '·' }));
      nodes.push(p);
    });
    return h('p', { class: 'meta' }, nodes);
  }

  function ratingBadge(rating) {
    if (typeof rating !== 'string' || !rating) return null;
    const tone = RATING_TONES[rating.toUpperCase()] || '';
    return h('span', { class: `rating ${tone}`.trim(), title: 'Maturity rating', 'aria-label': `Rated ${rating}`, text: rating });
  }

  function genreChips(genres) {
    if (!genres.length) return null;
    return h('ul', { class: 'chips', 'aria-label': 'Genres' },
      genres.map((g) => h('li', { class: 'chip', dataset: { genre: g }, text: genreLabel(g) })));
  }

  function feedbackButtons(item) {
    const title = item.title || 'this title';
    const group = h('div', { class: 'card-actions', role: 'group', 'aria-label': `Feedback on ${title}` },
      Object.entries(FEEDBACK).map(([kind, f]) =>
        h('button', {
          type: 'button', class: 'feedback', 'aria-pressed': 'false', 'aria-label': `${f.label}: ${title}`,
          dataset: { kind }, onclick: () => giveFeedback(item, kind),
        }, icon(kind), f.label)));
    return group;
  }

  /** Data attributes expose the facts tests (and analytics) check without parsing display text. */
  function cardData(item) {
    const minutes = Number(item.duration_minutes);
    return {
      itemId: String(item.id),
      type: String(item.type || ''),
      year: item.year ? String(item.year) : '',
      durationMinutes: item.duration_minutes !== null && Number.isFinite(minutes) ? String(minutes) : '',
      seasons: item.seasons !== null && item.seasons !== undefined ? String(item.seasons) : '',
      rating: String(item.rating || ''),
      genres: asList(item.genres).join(','),
    };
  }

  /** The card title asks the bot for the details of exactly this title (by catalog id). */
  function titleButton(item) {
    const title = item.title || 'Untitled';
    if (!item.id) return title;
    return h('button', {
      type: 'button', class: 'title-button', title: 'Show details', 'aria-describedby': 'details-hint',
      onclick: () => {
        sendMessage(`Tell me about “${title}”`, `/ask_details${JSON.stringify({ item_id: String(item.id) })}`);
        ui.input.focus();
      },
    }, title);
  }

  function recommendationCard(item, rank, turn) {
    const titleId = `card-${turn}-${rank}`;
    const card = h('article', { class: 'card', 'aria-labelledby': titleId, dataset: cardData(item) },
      poster(item, rank),
      h('div', { class: 'card-body' },
        h('div', { class: 'card-head' },
          h('h3', { class: 'card-title', id: titleId }, titleButton(item)),
          ratingBadge(item.rating)),
        metaLine(item),
        genreChips(asList(item.genres)),
        item.reason ? h('p', { class: 'reason', text: String(item.reason) }) : null,
        item.description ? h('p', { class: 'desc', text: String(item.description) }) : null),
      item.id ? feedbackButtons(item) : null);
    applyFeedbackTo(card, state.feedback[item.id]);
    return card;
  }

  function facts(item) {
    const rows = [
      ['Cast', asList(item.cast).slice(0, 8).join(', ')],
      ['Director', asList(item.directors).join(', ')],
      ['Country', asList(item.countries).join(', ')],
      ['Added', item.date_added ? String(item.date_added) : ''],
    ].filter(([, v]) => v);
    if (!rows.length) return null;
    return h('dl', { class: 'facts' }, rows.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]));
  }

  function detailsCard(item) {
    const titleId = `details-${++state.turnIndex}`;
    const card = h('article', { class: 'details card-details', 'aria-labelledby': titleId, dataset: cardData(item) },
      h('div', { class: 'details-head' },
        poster(item, 0),
        h('div', { class: 'card-body' },
          h('div', { class: 'card-head' }, h('h3', { id: titleId, text: item.title || 'Untitled' }), ratingBadge(item.rating)),
          metaLine(item),
          genreChips(asList(item.genres)))),
      item.description ? h('p', { class: 'desc', text: String(item.description) }) : null,
      facts(item),
      item.id ? feedbackButtons(item) : null);
    applyFeedbackTo(card, state.feedback[item.id]);
    return card;
  }

  /* ---------------------------------------------------------------- feedback */

  function applyFeedbackTo(card, fb) {
    const chosen = fb || {};
    card.querySelectorAll('button.feedback').forEach((b) => {
      const kind = b.dataset.kind;
      const pressed = kind === 'seen' ? Boolean(chosen.seen) : chosen.vote === kind;
      b.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    });
    card.classList.toggle('disliked', chosen.vote === 'dislike');
  }

  function applyFeedback(itemId) {
    const selector = `[data-item-id="${CSS.escape(String(itemId))}"]`;
    document.querySelectorAll(selector).forEach((card) => applyFeedbackTo(card, state.feedback[itemId]));
  }

  /** Like and dislike exclude each other; "seen" is independent. Re-clicking a chosen state is a no-op. */
  function giveFeedback(item, kind) {
    const id = String(item.id);
    const fb = { ...(state.feedback[id] || {}) };
    if (kind === 'seen' ? fb.seen : fb.vote === kind) return;
    if (kind === 'seen') fb.seen = true;
    else fb.vote = kind;
    state.feedback[id] = fb;
    saveFeedback();
    applyFeedback(id);
    const f = FEEDBACK[kind];
    const text = `${f.done} “${item.title || id}”`;
    const bubble = renderUser(text, { pending: !conn.isOpen() });
    remember({ k: 'user', text });
    send({ type: 'feedback', item_id: id, kind }, bubble);
  }

  /* ---------------------------------------------------------------- quick replies */

  function quickReplies(buttons) {
    const valid = buttons.filter((b) => b && typeof b.title === 'string' && b.title.trim());
    return h('div', { class: 'quick-replies', role: 'group', 'aria-label': 'Suggested replies' },
      valid.map((b) => h('button', {
        type: 'button', class: 'quick-reply', text: b.title,
        onclick: () => {
          sendMessage(b.title, typeof b.payload === 'string' ? b.payload : null);
          ui.input.focus();
        },
      })));
  }

  /** Older suggestions stop making sense once the viewer has said something else. */
  function retireQuickReplies() {
    ui.log.querySelectorAll('.quick-replies').forEach((group) => {
      const parent = group.closest('.row');
      if (parent && parent.querySelector('.stack').childElementCount === 1) parent.remove();
      else group.remove();
    });
  }

  function renderWelcome(withQuickReplies = true) {
    const suggestions = SUGGESTIONS.map((s) => ({ title: s, payload: null })); // sent as typed words
    const welcome = { type: 'text', text: WELCOME_TEXT, quick_replies: suggestions };
    return renderBotTurn([welcome], { withQuickReplies });
  }

  /* ---------------------------------------------------------------- typing indicator */

  function setTyping(on) {
    const stick = nearBottom();
    ui.typing.hidden = !on;
    ui.scroller.setAttribute('aria-busy', on ? 'true' : 'false');
    if (on && stick) scrollToBottom(true);
  }

  /* ---------------------------------------------------------------- connection */

  const conn = {
    ws: null,
    attempt: 0,
    timer: 0,
    everOpen: false,
    queue: [], // [{frame, bubble}] waiting for the next hello
    isOpen() {
      return this.ws !== null && this.ws.readyState === WebSocket.OPEN && this.helloSent;
    },
    helloSent: false,
  };

  function socketUrl() {
    return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/ws/chat`;
  }

  function connect() {
    clearTimeout(conn.timer);
    if (conn.ws && (conn.ws.readyState === WebSocket.OPEN || conn.ws.readyState === WebSocket.CONNECTING)) return;
    let ws;
    try {
      ws = new WebSocket(socketUrl());
    } catch {
      scheduleReconnect();
      return;
    }
    conn.ws = ws;
    conn.helloSent = false;
    ws.addEventListener('open', () => onOpen(ws));
    ws.addEventListener('message', (event) => onFrame(event.data));
    ws.addEventListener('close', () => onClose(ws));
  }

  function onOpen(ws) {
    if (ws !== conn.ws) return;
    ws.send(JSON.stringify({ type: 'hello', session_id: sessionId }));
    conn.attempt = 0;
    conn.everOpen = true;
    setOnline(true);
  }

  /** The server named this tab's session: move what the page stored to that id, then send the queue. */
  function onSession(id) {
    if (typeof id !== 'string' || !SESSION_RE.test(id)) return;
    if (id !== sessionId) {
      storage.remove(HISTORY_PREFIX + sessionId);
      storage.remove(FEEDBACK_PREFIX + sessionId);
      sessionId = id;
      storage.set(SESSION_KEY, id);
      storage.set(HISTORY_PREFIX + sessionId, state.history);
      saveFeedback();
    }
    conn.helloSent = true;
    flushQueue();
  }

  function onClose(ws) {
    if (ws !== conn.ws) return;
    conn.ws = null;
    conn.helloSent = false;
    setTyping(false);
    setOnline(false);
    scheduleReconnect();
  }

  /** Exponential backoff with jitter, so a restarted gateway is not stampeded by every open tab. */
  function scheduleReconnect() {
    clearTimeout(conn.timer);
    const delay = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** conn.attempt) * (0.75 + Math.random() * 0.5);
    conn.attempt = Math.min(conn.attempt + 1, 10);
    conn.timer = setTimeout(connect, delay);
  }

  function send(frame, bubble) {
    if (conn.isOpen()) {
      try {
        conn.ws.send(JSON.stringify(frame));
        return;
      } catch {
        /* fall through to the queue */
      }
    }
    conn.queue.push({ frame, bubble });
    if (bubble) bubble.classList.add('pending');
    setOnline(false);
  }

  function flushQueue() {
    while (conn.queue.length && conn.isOpen()) {
      const { frame, bubble } = conn.queue.shift();
      conn.ws.send(JSON.stringify(frame));
      if (bubble) bubble.classList.remove('pending');
    }
  }

  function setOnline(online) {
    const offlineNetwork = navigator.onLine === false;
    ui.statusDot.className = `status-dot ${online ? 'online' : conn.everOpen ? 'offline' : ''}`.trim();
    ui.statusText.textContent = online ? 'Online' : conn.everOpen ? 'Reconnecting…' : 'Connecting…';
    const showBanner = !online && (conn.everOpen || conn.queue.length > 0 || conn.attempt > 1);
    ui.banner.hidden = !showBanner;
    if (showBanner) {
      const queued = conn.queue.length ? ' Your message will be sent when the connection is back.' : '';
      ui.bannerText.textContent = (offlineNetwork ? "You're offline." : 'Reconnecting…') + queued;
    }
  }

  /* ---------------------------------------------------------------- incoming frames */

  function onFrame(data) {
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (!frame || typeof frame !== 'object') return;
    if (frame.type === 'session') onSession(frame.session_id);
    else if (frame.type === 'typing') setTyping(Boolean(frame.on));
    else if (frame.type === 'bot') onBot(frame.answers);
    else if (frame.type === 'error') onError(frame);
  }

  function onBot(answers) {
    const list = Array.isArray(answers) ? answers : [];
    if (!list.length) return;
    const first = renderBotTurn(list);
    remember({ k: 'bot', answers: list });
    if (first) reveal(first);
    else scrollToBottom(true);
  }

  function onError(frame) {
    const text = typeof frame.message === 'string' && frame.message ? frame.message : 'Something went wrong.';
    const node = renderNote(text, 'error');
    remember({ k: 'note', text, tone: 'error' });
    announce(text);
    reveal(node);
  }

  /* ---------------------------------------------------------------- outgoing messages */

  function sendMessage(text, payload) {
    const clean = String(text || '').trim().slice(0, MAX_TEXT);
    if (!clean && !payload) return;
    retireQuickReplies();
    const bubble = renderUser(clean || String(payload), { pending: !conn.isOpen() });
    remember({ k: 'user', text: clean || String(payload) });
    send({ type: 'message', text: clean, payload: payload || null }, bubble);
  }

  function onSubmit(event) {
    event.preventDefault();
    const text = ui.input.value;
    if (!text.trim()) return;
    ui.input.value = '';
    sendMessage(text, null);
  }

  /**
   * Clears the page and every constraint (the bot's start_over intent), keeping the session id so
   * likes and dislikes still personalise. The bot's answer ("let's start fresh" + chips) is the new
   * greeting; offline, the request waits in the queue like any message.
   */
  function startOver() {
    state.history = [];
    state.feedback = {};
    storage.remove(HISTORY_PREFIX + sessionId);
    saveFeedback();
    ui.log.replaceChildren();
    setTyping(false);
    conn.queue = [];
    renderNote('New conversation', '');
    remember({ k: 'note', text: 'New conversation' });
    send({ type: 'message', text: 'Start over', payload: START_OVER_PAYLOAD }, null);
    announce('Conversation cleared.');
    ui.input.focus();
  }

  /* ---------------------------------------------------------------- history (reload keeps the chat) */

  function renderHistory() {
    if (!state.history.length) remember({ k: 'welcome' });
    const last = state.history.length - 1;
    state.history.forEach((entry, i) => {
      const withQuickReplies = i === last;
      if (entry.k === 'welcome') renderWelcome(withQuickReplies);
      else if (entry.k === 'user') row('user', h('div', { class: 'bubble', text: String(entry.text || '') }));
      else if (entry.k === 'bot') renderBotTurn(entry.answers, { withQuickReplies });
      else if (entry.k === 'note') renderNote(String(entry.text || ''), entry.tone);
    });
    ui.scroller.scrollTop = ui.scroller.scrollHeight;
  }

  /** Human labels for genre ids; the page works with prettified ids if the API is unavailable. */
  async function loadVocabulary() {
    try {
      const response = await fetch('/api/vocabulary', { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const body = await response.json();
      for (const g of Array.isArray(body.genres) ? body.genres : []) {
        if (g && typeof g.id === 'string' && typeof g.label === 'string') state.genreLabels[g.id] = g.label;
      }
      document.querySelectorAll('.chip[data-genre]').forEach((chip) => {
        chip.textContent = genreLabel(chip.dataset.genre);
      });
    } catch {
      /* keep prettified ids */
    }
  }

  /** The contract's words for item types; cards drawn before they arrive are relabelled. */
  async function loadLabels() {
    try {
      const response = await fetch('/chat/labels', { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const body = await response.json();
      for (const [type, label] of Object.entries(body && body.type_labels ? body.type_labels : {})) {
        if (typeof label === 'string') state.typeLabels[type] = label;
      }
      document.querySelectorAll('.kind[data-type]').forEach((node) => {
        node.textContent = typeLabel(node.dataset.type);
      });
    } catch {
      /* keep prettified types */
    }
  }

  /* ---------------------------------------------------------------- start */

  function start() {
    ui.form.addEventListener('submit', onSubmit);
    ui.restart.addEventListener('click', startOver);
    window.addEventListener('online', () => {
      conn.attempt = 0;
      connect();
    });
    window.addEventListener('offline', () => setOnline(false));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && !conn.ws) {
        conn.attempt = 0;
        connect();
      }
    });
    renderHistory();
    setOnline(false);
    connect();
    loadVocabulary();
    loadLabels();
    if (window.matchMedia('(min-width: 700px)').matches) ui.input.focus();
  }

  // Exposed for tests and debugging only; the page does not depend on it.
  window.mediabotChat = {
    get sessionId() {
      return sessionId;
    },
    state,
    conn,
  };

  start();
})();
