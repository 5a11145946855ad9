// The sandbox's web chat. Plain JavaScript, no build step, no external resources. Talks to /sandbox/api/...
'use strict';

const state = {
  personas: [],
  botUsername: '',
  joinLink: '',
  courseCode: '',
  current: null,          // persona key
  bot: new Map(),         // "chat:message" -> bot message (latest version)
  sent: new Map(),        // "chat:message" -> what a persona sent
  lastSeq: 0,
  unread: new Map(),      // chat id -> count
  hiddenKeyboards: new Set(), // chat ids whose one-time reply keyboard was used
  time: null,
};

const $ = (id) => document.getElementById(id);
const PERSONA_COLOURS = ['#e17076', '#7bc862', '#65aadd', '#a695e7', '#ee7aae', '#6ec9cb', '#faa774'];

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  };
  const response = await fetch('/sandbox/api/' + path, options);
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(json.error || ('the sandbox answered ' + response.status));
  }
  return json;
}

function toast(text, isError) {
  const element = $('toast');
  element.textContent = text;
  element.classList.toggle('error', !!isError);
  element.setAttribute('role', isError ? 'alert' : 'status');
  element.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { element.hidden = true; }, isError ? 6000 : 3500);
}

function persona(key) {
  return state.personas.find((p) => p.key === key);
}

function currentChatId() {
  return persona(state.current).chat_id;
}

// ---- personas -----------------------------------------------------------------------------------------------------

function renderPersonas() {
  const list = $('persona-list');
  list.textContent = '';
  state.personas.forEach((p, index) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'persona';
    button.dataset.persona = p.key;
    button.setAttribute('aria-current', String(p.key === state.current));
    const avatar = document.createElement('span');
    avatar.className = 'avatar';
    avatar.style.background = PERSONA_COLOURS[index % PERSONA_COLOURS.length];
    avatar.textContent = p.name.charAt(0);
    avatar.setAttribute('aria-hidden', 'true');
    const who = document.createElement('span');
    who.className = 'who';
    const name = document.createElement('strong');
    name.textContent = p.name;
    const role = document.createElement('span');
    role.className = 'role';
    role.textContent = p.role;
    who.append(name, role);
    button.append(avatar, who);
    const unread = p.key === state.current ? 0 : (state.unread.get(p.chat_id) || 0);
    if (unread > 0) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = String(unread);
      badge.setAttribute('aria-label', unread + ' new');
      button.append(badge);
    }
    button.addEventListener('click', () => choose(p.key));
    item.append(button);
    list.append(item);
  });
}

function choose(key) {
  state.current = key;
  state.unread.set(persona(key).chat_id, 0);
  try { localStorage.setItem('paceline-sandbox-persona', key); } catch (e) { /* private mode */ }
  renderPersonas();
  renderChat();
  $('text-input').focus();
}

// ---- messages -----------------------------------------------------------------------------------------------------

function chatMessages(chatId) {
  const all = [];
  state.bot.forEach((m) => { if (m.chat_id === chatId && !m.deleted) all.push({ bot: true, m }); });
  state.sent.forEach((m) => { if (m.chat_id === chatId) all.push({ bot: false, m }); });
  all.sort((a, b) => a.m.message_id - b.m.message_id);
  return all;
}

function renderChat() {
  const p = persona(state.current);
  $('chat-title').textContent = p.chat_title;
  $('chat-sub').textContent = p.in_group
    ? 'Group chat, writing as ' + p.name + ' (' + p.role + ')'
    : 'Private chat with @' + state.botUsername + ', as ' + p.name + ' (' + p.role + ')';
  const box = $('messages');
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
  box.textContent = '';
  const items = chatMessages(p.chat_id);
  if (items.length === 0) {
    box.append(emptyChat(p));
  }
  items.forEach((item) => box.append(item.bot ? botBubble(item.m, p) : sentBubble(item.m, p)));
  renderReplyKeyboard(p, items);
  if (atBottom || renderChat.lastChat !== p.chat_id) {
    box.scrollTop = box.scrollHeight;
  }
  renderChat.lastChat = p.chat_id;
}

function emptyChat(p) {
  const card = document.createElement('div');
  card.className = 'empty';
  if (p.in_group) {
    card.textContent = 'Nothing in the group yet. Group admins can post announcements with /announce.';
    return card;
  }
  const intro = document.createElement('p');
  intro.textContent = 'No messages yet. ' + p.name + ' got the course\'s join link:';
  const link = document.createElement('a');
  link.href = state.joinLink;
  link.textContent = state.joinLink;
  link.className = 'join-link';
  hookDeepLink(link, state.joinLink);
  const after = document.createElement('p');
  after.textContent = 'Open it (or type /start) to talk to the bot as ' + p.name + '.';
  card.append(intro, link, after);
  return card;
}

function sentBubble(m, p) {
  const bubble = document.createElement('div');
  bubble.className = 'msg me';
  bubble.dataset.messageId = m.message_id;
  if (p.in_group) {
    const from = document.createElement('span');
    from.className = 'from';
    from.textContent = m.from_name;
    bubble.append(from);
  }
  bubble.append(document.createTextNode(m.file_name ? '📎 ' + m.file_name : m.text));
  bubble.append(meta(m.sent_at, null));
  return bubble;
}

function botBubble(m) {
  const bubble = document.createElement('div');
  bubble.className = 'msg bot';
  bubble.dataset.messageId = m.message_id;
  bubble.dataset.seq = m.seq;
  if (m.pinned) {
    const pin = document.createElement('span');
    pin.className = 'pin';
    pin.textContent = '📌 pinned';
    bubble.append(pin, document.createElement('br'));
  }
  if (m.kind === 'photo') {
    const image = document.createElement('img');
    image.src = '/sandbox/api/files/' + m.chat_id + '/' + m.message_id;
    image.alt = m.text || 'a picture from the bot';
    bubble.append(image);
  } else if (m.kind === 'document') {
    const file = document.createElement('a');
    file.href = '/sandbox/api/files/' + m.chat_id + '/' + m.message_id;
    file.download = m.file_name || 'file';
    file.textContent = '📎 ' + (m.file_name || 'file');
    bubble.append(file, document.createElement('br'));
  }
  const body = document.createElement('span');
  body.className = 'text';
  renderEntities(m.text || '', m.entities || [], 0, (m.text || '').length, body);
  bubble.append(body);
  const keyboard = m.reply_markup && m.reply_markup.inline_keyboard;
  if (keyboard) {
    bubble.append(inlineKeyboard(m, keyboard));
  }
  bubble.append(meta(m.sent_at, m.edited_at));
  return bubble;
}

function meta(sentAt, editedAt) {
  const element = document.createElement('span');
  element.className = 'meta';
  element.textContent = (editedAt ? 'edited · ' : '') + formatShort(editedAt || sentAt);
  return element;
}

function inlineKeyboard(m, rows) {
  const keyboard = document.createElement('div');
  keyboard.className = 'inline-keyboard';
  rows.forEach((row) => {
    const line = document.createElement('div');
    line.className = 'row';
    row.forEach((button) => {
      if (button.url) {
        const link = document.createElement('a');
        link.href = button.url;
        link.textContent = button.text;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        hookDeepLink(link, button.url);
        line.append(link);
      } else {
        const element = document.createElement('button');
        element.type = 'button';
        element.textContent = button.text;
        element.dataset.callback = button.callback_data || '';
        element.addEventListener('click', () => press(m, button.callback_data, element));
        line.append(element);
      }
    });
    keyboard.append(line);
  });
  return keyboard;
}

// Telegram entities use UTF-16 offsets, as JavaScript strings do.
function renderEntities(text, entities, start, end, parent) {
  const inside = entities.filter((e) => e.offset >= start && e.offset + e.length <= end)
    .sort((a, b) => a.offset - b.offset || b.length - a.length);
  let position = start;
  for (const entity of inside) {
    if (entity.offset < position) {
      continue; // nested in an earlier one: rendered by its recursion
    }
    parent.append(text.slice(position, entity.offset));
    const element = elementFor(entity, text.substr(entity.offset, entity.length));
    const nested = inside.filter((e) => e !== entity && e.offset >= entity.offset
      && e.offset + e.length <= entity.offset + entity.length);
    renderEntities(text, nested, entity.offset, entity.offset + entity.length, element);
    parent.append(element);
    position = entity.offset + entity.length;
  }
  parent.append(text.slice(position, end));
}

function elementFor(entity, covered) {
  const tags = { bold: 'b', italic: 'i', underline: 'u', strikethrough: 's', code: 'code', pre: 'pre',
    blockquote: 'blockquote', expandable_blockquote: 'blockquote' };
  if (tags[entity.type]) {
    return document.createElement(tags[entity.type]);
  }
  if (entity.type === 'text_link' || entity.type === 'url') {
    const link = document.createElement('a');
    const href = entity.type === 'url' ? (/^https?:/i.test(covered) ? covered : 'https://' + covered) : entity.url;
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    hookDeepLink(link, href);
    return link;
  }
  if (entity.type === 'spoiler') {
    const spoiler = document.createElement('span');
    spoiler.className = 'spoiler';
    spoiler.tabIndex = 0;
    spoiler.setAttribute('role', 'button');
    spoiler.setAttribute('aria-label', 'hidden text, press to show');
    const show = () => { spoiler.classList.add('shown'); spoiler.removeAttribute('aria-label'); };
    spoiler.addEventListener('click', show);
    spoiler.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') show(); });
    return spoiler;
  }
  return document.createElement('span');
}

// t.me/<our bot>?start=<payload> opens as "/start <payload>" in the sandbox, as Telegram would.
function deepLinkPayload(href) {
  const match = /^(?:https?:\/\/)?t\.me\/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]{1,64})$/.exec(href || '');
  if (!match || match[1].toLowerCase() !== state.botUsername.toLowerCase()) {
    return null;
  }
  return match[2];
}

function hookDeepLink(link, href) {
  const payload = deepLinkPayload(href);
  if (payload === null) {
    return;
  }
  link.removeAttribute('target');
  link.classList.add('deep-link');
  link.title = 'Opens the bot with /start ' + payload;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const p = persona(state.current);
    if (p.in_group) {
      toast('Deep links open a private chat: switch to a learner or the creator first.', true);
      return;
    }
    send('/start ' + payload);
  });
}

function renderReplyKeyboard(p, items) {
  const area = $('reply-keyboard');
  area.textContent = '';
  let keyboard = null;
  let oneTime = false;
  items.filter((item) => item.bot && item.m.reply_markup).forEach((item) => {
    const markup = item.m.reply_markup;
    if (markup.keyboard) { keyboard = markup.keyboard; oneTime = !!markup.one_time_keyboard; }
    if (markup.remove_keyboard) { keyboard = null; }
  });
  if (!keyboard || state.hiddenKeyboards.has(p.chat_id + ':' + JSON.stringify(keyboard))) {
    area.hidden = true;
    return;
  }
  keyboard.forEach((row) => {
    const line = document.createElement('div');
    line.className = 'row';
    row.forEach((button) => {
      const text = typeof button === 'string' ? button : button.text;
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = text;
      element.addEventListener('click', () => {
        if (oneTime) state.hiddenKeyboards.add(p.chat_id + ':' + JSON.stringify(keyboard));
        send(text);
      });
      line.append(element);
    });
    area.append(line);
  });
  area.hidden = false;
}

// ---- acting -------------------------------------------------------------------------------------------------------

async function send(text) {
  const key = state.current;
  try {
    const message = await api('personas/' + key + '/send', { text });
    state.sent.set(message.chat_id + ':' + message.message_id, message);
    if (persona(state.current).chat_id === message.chat_id) renderChat();
  } catch (error) {
    toast(error.message, true);
  }
}

async function press(m, data, element) {
  element.disabled = true;
  try {
    const answer = await api('personas/' + state.current + '/press', { message_id: m.message_id, data });
    if (answer.text) toast(answer.text, false);
  } catch (error) {
    toast(error.message, true);
  } finally {
    element.disabled = false;
  }
}

async function upload(file) {
  if (file.size > 2 * 1024 * 1024) {
    toast('That file is too large for the sandbox (2 MB at most).', true);
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  try {
    const message = await api('personas/' + state.current + '/document', {
      file_name: file.name, mime_type: file.type || 'application/x-yaml', content_base64: btoa(binary),
    });
    state.sent.set(message.chat_id + ':' + message.message_id, message);
    renderChat();
  } catch (error) {
    toast(error.message, true);
  }
}

// ---- time ---------------------------------------------------------------------------------------------------------

const ZONES = [['Tokyo', 'Asia/Tokyo'], ['Berlin', 'Europe/Berlin'], ['New York', 'America/New_York']];

function format(instant, zone, withDate) {
  const options = { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (withDate) Object.assign(options, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  return new Intl.DateTimeFormat('en-GB', options).format(new Date(instant));
}

function formatShort(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant)) + ' UTC';
}

function renderTime() {
  const time = state.time;
  if (!time) return;
  $('sim-time').textContent = format(time.now, 'UTC', true) + ' UTC';
  $('sim-zones').textContent = ZONES.map(([name, zone]) => name + ' ' + format(time.now, zone, false)).join(' · ');
  document.querySelectorAll('button.speed').forEach((button) => {
    button.setAttribute('aria-pressed', String(Number(button.dataset.speed) === time.speed));
  });
  $('next-due').textContent = time.next ? 'Next scheduled: ' + formatShort(time.next) : 'Nothing scheduled';
  $('jump-next').disabled = !time.next;
}

async function refreshTime() {
  try {
    state.time = await api('time');
    renderTime();
  } catch (error) { /* the next refresh tries again */ }
}

async function changeTime(path, body) {
  try {
    state.time = await api(path, body);
    renderTime();
  } catch (error) {
    toast(error.message, true);
  }
}

// ---- polling ------------------------------------------------------------------------------------------------------

function take(messages) {
  const current = persona(state.current).chat_id;
  let touchesCurrent = false;
  let newElsewhere = false;
  messages.forEach((m) => {
    const key = m.chat_id + ':' + m.message_id;
    const isNew = !state.bot.has(key);
    state.bot.set(key, m);
    if (m.chat_id === current) {
      touchesCurrent = true;
    } else if (isNew && !m.deleted) {
      state.unread.set(m.chat_id, (state.unread.get(m.chat_id) || 0) + 1);
      newElsewhere = true;
    }
    state.lastSeq = Math.max(state.lastSeq, m.seq);
  });
  if (touchesCurrent) renderChat();
  if (newElsewhere) renderPersonas();
}

async function poll() {
  for (;;) {
    try {
      const result = await api('messages?after=' + state.lastSeq + '&wait=15');
      take(result.messages);
      state.lastSeq = Math.max(state.lastSeq, result.last_seq);
    } catch (error) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
}

// ---- start --------------------------------------------------------------------------------------------------------

async function start() {
  const who = await api('personas');
  state.personas = who.personas;
  state.botUsername = who.bot_username;
  state.joinLink = who.join_link;
  state.courseCode = who.course_code;
  let remembered = null;
  try { remembered = localStorage.getItem('paceline-sandbox-persona'); } catch (e) { /* private mode */ }
  state.current = persona(remembered) ? remembered : state.personas[0].key;
  const sent = await api('sent');
  sent.messages.forEach((m) => state.sent.set(m.chat_id + ':' + m.message_id, m));
  const first = await api('messages?after=0');
  first.messages.forEach((m) => { state.bot.set(m.chat_id + ':' + m.message_id, m); state.lastSeq = Math.max(state.lastSeq, m.seq); });
  state.lastSeq = Math.max(state.lastSeq, first.last_seq);
  renderPersonas();
  renderChat();

  $('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $('text-input');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    send(text);
  });
  $('file-input').addEventListener('change', (event) => {
    const file = event.target.files[0];
    event.target.value = '';
    if (file) upload(file);
  });
  document.querySelectorAll('[data-jump]').forEach((button) => {
    button.addEventListener('click', () => changeTime('time/jump', { by: button.dataset.jump }));
  });
  $('jump-next').addEventListener('click', () => changeTime('time/jump', { to: 'next' }));
  document.querySelectorAll('button.speed').forEach((button) => {
    button.addEventListener('click', () => changeTime('time/speed', { speed: Number(button.dataset.speed) }));
  });
  await refreshTime();
  setInterval(refreshTime, 1000);
  document.body.dataset.ready = 'true';
  poll();
}

start().catch((error) => toast('The sandbox could not start: ' + error.message, true));
