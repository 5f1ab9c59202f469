/* mediabot agent console.
 *
 *  - Talks only to /agent/api on this origin. The session cookie is HttpOnly; the CSRF token comes from
 *    /agent/api/me (or the sign-in answer) and goes back in X-CSRF-Token on every POST.
 *  - Live updates come from an EventSource (/agent/api/events) that only says "something changed";
 *    the queue and the open transcript are then re-read, so the server's SQL stays the truth.
 *  - Viewer, bot and agent text is only ever inserted with textContent, never as HTML.
 */
(() => {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const state = {
    csrf: null,
    name: null,
    queue: [],
    selected: null,
    conversation: null,
    events: null,
    refreshTimer: null,
    serverSkewMs: 0,
  };

  /* --------------------------------------------------------------- helpers */

  function h(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('data-')) node.setAttribute(key, value);
      else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.message) || `Request failed (${status})`);
      this.status = status;
      this.body = body || {};
    }
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
    const response = await fetch(`/agent/api${path}`, {
      method, headers, credentials: 'same-origin', cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    try { data = await response.json(); } catch { data = null; }
    if (response.status === 401 && path !== '/login') {
      showSignIn();
      throw new ApiError(401, data);
    }
    if (!response.ok) {
      const error = new ApiError(response.status, data);
      error.retryAfter = Number(response.headers.get('Retry-After')) || 0;
      throw error;
    }
    return data;
  }

  function waited(iso) {
    if (!iso) return '';
    const seconds = Math.max(0, Math.round((Date.now() - state.serverSkewMs - Date.parse(iso)) / 1000));
    if (seconds < 60) return `${seconds}s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`;
    return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
  }

  function clock(iso) {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }

  const CHANNELS = { web: 'Web chat', telegram: 'Telegram', alexa: 'Alexa', dialogflow: 'Dialogflow', voice: 'Voice' };
  const channelLabel = (c) => CHANNELS[c] || c;

  /* --------------------------------------------------------------- sign-in */

  function showSignIn(message) {
    closeEvents();
    state.csrf = null;
    state.selected = null;
    $('console-view').hidden = true;
    $('signin-view').hidden = false;
    const error = $('signin-error');
    error.hidden = !message;
    error.textContent = message || '';
    $('username').focus();
  }

  async function onSignIn(event) {
    event.preventDefault();
    const username = $('username').value.trim();
    const password = $('password').value;
    if (!username || !password) {
      showSignIn('Enter your username and password.');
      return;
    }
    $('signin-button').disabled = true;
    try {
      const me = await api('POST', '/login', { username, password });
      $('password').value = '';
      startConsole(me);
    } catch (error) {
      let message = 'Could not sign in. Please try again.';
      if (error.status === 401) message = 'Wrong username or password.';
      if (error.status === 429) {
        const wait = error.retryAfter ? ` in ${Math.ceil(error.retryAfter / 60)} min` : ' later';
        message = `Too many failed attempts. Try again${wait}.`;
      }
      showSignIn(message);
    } finally {
      $('signin-button').disabled = false;
    }
  }

  async function onSignOut() {
    try { await api('POST', '/logout', {}); } catch { /* signed out either way */ }
    showSignIn('You signed out.');
  }

  /* --------------------------------------------------------------- console */

  function startConsole(me) {
    state.csrf = me.csrf;
    state.name = me.name;
    $('agent-name').textContent = me.name;
    $('signin-view').hidden = true;
    $('console-view').hidden = false;
    openEvents();
    refreshQueue();
  }

  function openEvents() {
    closeEvents();
    const source = new EventSource('/agent/api/events');
    state.events = source;
    const changed = () => scheduleRefresh();
    source.addEventListener('hello', () => { $('live').classList.add('on'); changed(); });
    source.addEventListener('queue', changed);
    source.addEventListener('message', changed);
    source.addEventListener('resync', changed);
    source.onerror = async () => {
      $('live').classList.remove('on');
      if (source.readyState === EventSource.CLOSED) {
        // The server refused the stream (signed out?) or went away: ask who we are, then retry.
        let me = null;
        try { me = await api('GET', '/me'); } catch { me = null; }
        if (me && me.signed_in) setTimeout(() => { if (state.csrf && state.events === source) openEvents(); }, 2000);
        else if (me) showSignIn('Your session ended. Please sign in again.');
      }
    };
  }

  function closeEvents() {
    if (state.events) state.events.close();
    state.events = null;
    $('live').classList.remove('on');
  }

  function scheduleRefresh() {
    if (state.refreshTimer) return;
    state.refreshTimer = setTimeout(async () => {
      state.refreshTimer = null;
      await refreshQueue();
      if (!state.selected) return;
      if (state.queue.some((c) => c.ref === state.selected)) await loadConversation(state.selected, { quiet: true });
      else closeConversation('That conversation is back with the bot.');
    }, 80);
  }

  async function refreshQueue() {
    let data;
    try { data = await api('GET', '/queue'); } catch { return; }
    state.serverSkewMs = Date.now() - Date.parse(data.now);
    const unchanged = JSON.stringify(data.conversations) === JSON.stringify(state.queue);
    state.queue = data.conversations;
    if (!unchanged) renderQueue(); // re-rendering an unchanged list would steal keyboard focus
  }

  function renderQueue() {
    const list = $('queue');
    list.replaceChildren(...state.queue.map((c) => h('li', {},
      h('button', {
        type: 'button', class: `queue-item${c.ref === state.selected ? ' selected' : ''}`,
        'data-ref': c.ref, 'data-status': c.status,
        'aria-current': c.ref === state.selected ? 'true' : null,
      },
      h('span', { class: 'line1' },
        h('span', { class: 'who', text: c.label }),
        h('span', { class: 'badge', text: channelLabel(c.channel) }),
        h('span', { class: `badge ${c.status}`, text: statusText(c) }),
        h('span', { class: 'wait', 'data-since': c.waiting_since, text: waited(c.waiting_since) })),
      h('span', { class: 'last', text: c.last_message || '(no message yet)' })))));
    $('queue-count').textContent = String(state.queue.length);
    $('queue-empty').hidden = state.queue.length > 0;
    list.querySelectorAll('.queue-item').forEach((b) => b.addEventListener('click', () => select(b.dataset.ref)));
  }

  function statusText(c) {
    if (c.status === 'waiting') return c.reason === 'fallback' ? 'waiting · bot stuck' : 'waiting';
    if (c.claimed_by_me) return 'with you';
    return `with ${c.claimed_by || 'an agent'}${c.claimed_by_present ? '' : ' · away'}`;
  }

  /** Another agent's conversation whose agent is no longer present: anyone may take it over. */
  function canTakeOver(conv) {
    const entry = state.queue.find((c) => c.ref === conv.ref);
    return conv.status === 'active' && !conv.claimed_by_me && Boolean(entry) && entry.claimed_by_present === false;
  }

  function tick() {
    document.querySelectorAll('.wait[data-since]').forEach((node) => {
      node.textContent = waited(node.dataset.since);
    });
  }

  async function select(ref) {
    state.selected = ref;
    renderQueue();
    await loadConversation(ref, { quiet: false });
  }

  async function loadConversation(ref, { quiet }) {
    let data;
    try {
      data = await api('GET', `/conversations/${encodeURIComponent(ref)}`);
    } catch (error) {
      if (error.status === 404) {
        if (!quiet || state.selected === ref) closeConversation('That conversation went back to the bot.');
        return;
      }
      if (!quiet) showConvError(error.message);
      return;
    }
    if (state.selected !== ref) return;
    state.conversation = data.conversation;
    renderConversation(data.conversation, data.messages);
  }

  function closeConversation(note) {
    state.selected = null;
    state.conversation = null;
    $('conv-body').hidden = true;
    $('conv-placeholder').hidden = false;
    $('conv-placeholder').textContent = note || 'Select a conversation from the queue.';
    renderQueue();
  }

  function renderConversation(conv, messages) {
    $('conv-placeholder').hidden = true;
    $('conv-body').hidden = false;
    $('conv-body').dataset.ref = conv.ref;
    $('conv-body').dataset.status = conv.status;
    $('conv-title').textContent = conv.label;
    const takeOver = canTakeOver(conv);
    const who = conv.status === 'waiting' ? 'Waiting for an agent'
      : conv.claimed_by_me ? 'You are talking to this viewer'
        : `Claimed by ${conv.claimed_by || 'another agent'}${takeOver ? ', who is away: you can take over' : ''}`;
    $('conv-meta').textContent = `${channelLabel(conv.channel)} · ${who}`;
    const note = $('conv-note');
    note.hidden = conv.live_delivery;
    note.textContent = conv.live_delivery ? ''
      : 'This viewer is on a voice assistant: replies cannot reach them live. They hear your replies on their next turn.';
    $('claim').hidden = !(conv.status === 'waiting' || takeOver);
    $('claim').textContent = takeOver ? 'Take over' : 'Claim';
    $('handback').hidden = !(conv.status === 'active' && conv.claimed_by_me);
    $('reply-form').hidden = !(conv.status === 'active' && conv.claimed_by_me);
    $('conv-error').hidden = true;

    const list = $('transcript');
    const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    list.replaceChildren(...messages.map(renderMessage));
    if (atBottom || !list.dataset.ref || list.dataset.ref !== conv.ref) list.scrollTop = list.scrollHeight;
    list.dataset.ref = conv.ref;
  }

  const SENDERS = { viewer: 'Viewer', bot: 'mediabot', system: 'Notice' };

  /** One transcript line. The server already worded it (contract.plain): text, list lines, button titles. */
  function renderMessage(m) {
    const who = m.sender === 'agent' ? (m.agent || 'Agent') : SENDERS[m.sender] || m.sender;
    const parts = [];
    if (m.text) parts.push(h('div', { class: 'bubble', text: m.text }));
    if (m.lines.length) {
      // The lines carry their own numbers ("1. Title ..."), so the list adds none.
      const kind = m.kind === 'recommendations' ? 'recs' : 'details';
      parts.push(h('ul', { class: `lines ${kind}`, 'aria-label': 'Shown to the viewer' }, m.lines.map((line) => h('li', { text: line }))));
    }
    if (m.buttons.length) parts.push(h('div', { class: 'buttons', text: `Buttons: ${m.buttons.join(' · ')}` }));
    if (!parts.length) return h('li', { hidden: true });
    const pending = m.delivered === false ? h('span', { class: 'pending', text: ' · not delivered yet' }) : null;
    return h('li', { class: `msg ${m.kind === 'handoff' ? 'system' : m.sender}`, 'data-sender': m.sender, 'data-kind': m.kind },
      h('span', { class: 'meta' }, `${who} · ${clock(m.at)}`, pending), ...parts);
  }

  function showConvError(message) {
    const node = $('conv-error');
    node.textContent = message;
    node.hidden = false;
  }

  async function act(path, body) {
    const ref = state.selected;
    if (!ref) return false;
    try {
      await api('POST', `/conversations/${encodeURIComponent(ref)}/${path}`, body || {});
      return true;
    } catch (error) {
      if (error.status !== 401) showConvError(error.message);
      return false;
    } finally {
      scheduleRefresh();
    }
  }

  async function onClaim() {
    $('claim').disabled = true;
    const ok = await act('claim');
    $('claim').disabled = false;
    if (ok) $('reply').focus();
  }

  async function onHandBack() {
    $('handback').disabled = true;
    const ok = await act('hand-back');
    $('handback').disabled = false;
    if (ok) closeConversation('Handed back to the bot.');
  }

  async function onReply(event) {
    event.preventDefault();
    const box = $('reply');
    const text = box.value.trim();
    if (!text) return;
    $('send').disabled = true;
    const ok = await act('reply', { text });
    $('send').disabled = false;
    if (ok) box.value = '';
    box.focus();
  }

  /* --------------------------------------------------------------- boot */

  async function boot() {
    $('signin-form').addEventListener('submit', onSignIn);
    $('signout').addEventListener('click', onSignOut);
    $('claim').addEventListener('click', onClaim);
    $('handback').addEventListener('click', onHandBack);
    $('reply-form').addEventListener('submit', onReply);
    $('reply').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) onReply(e);
    });
    setInterval(tick, 1000);
    let me = null;
    try { me = await api('GET', '/me'); } catch { me = null; }
    if (me && me.signed_in) startConsole(me);
    else showSignIn();
  }

  window.mediabotConsole = { state, refreshQueue };
  document.addEventListener('DOMContentLoaded', boot);
})();
