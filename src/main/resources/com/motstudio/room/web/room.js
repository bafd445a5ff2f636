// The participant page of a MOT Studio room session. Plain script, no framework, nothing from the
// internet. Every text the room or a participant typed is shown with textContent, never as HTML.
'use strict';

(function () {
  const LANGS = ['zh-CN', 'zh-TW', 'en'];
  const POLL_MS = 2500;
  const store = {
    get(key) { try { return localStorage.getItem(key); } catch (e) { return null; } },
    set(key, value) { try { if (value === null) { localStorage.removeItem(key); } else { localStorage.setItem(key, value); } } catch (e) { /* private mode */ } }
  };
  const state = {
    texts: {}, lang: 'en', token: store.get('mot.room.token'), me: null, activity: null,
    answers: new Map(), done: false, sending: false, again: false, unsent: false, revealed: null, groups: []
  };
  const $ = (id) => document.getElementById(id);

  function pickLanguage() {
    const saved = store.get('mot.room.lang');
    if (LANGS.includes(saved)) { return saved; }
    const asked = (navigator.language || 'en').toLowerCase();
    if (asked.startsWith('zh')) {
      return /(tw|hk|mo|hant)/.test(asked) ? 'zh-TW' : 'zh-CN';
    }
    return 'en';
  }

  function t(key, args) {
    const text = state.texts[key] || key;
    return text.replace(/\{(\w+)\}/g, (all, name) => (args && args[name] !== undefined ? String(args[name]) : all));
  }

  async function loadTexts(lang) {
    const reply = await fetch('texts/' + lang + '.json', { cache: 'no-store' });
    state.texts = await reply.json();
    state.lang = lang;
    document.documentElement.lang = lang;
    $('lang').value = lang;
    document.title = t('title');
    $('title').textContent = t('title');
    $('lang-label').textContent = t('lang.label');
    $('join-heading').textContent = t('join.heading');
    $('pin-label').textContent = t('join.pin');
    $('name-label').textContent = t('join.name');
    $('anonymous-label').textContent = t('join.anonymous');
    $('group-label').textContent = t('join.group');
    $('join-button').textContent = t('join.button');
    fillGroups();
  }

  function show(text, error) {
    const box = $('message');
    box.textContent = text;
    box.hidden = !text;
    box.classList.toggle('error', Boolean(error));
  }

  function refusal(body) {
    const key = 'error.' + (body && body.error);
    return state.texts[key] ? t(key, body.args) : t('error.unknown', { code: (body && body.error) || '?' });
  }

  async function call(method, path, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (state.token) { headers['X-Room-Token'] = state.token; }
    const reply = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store' });
    let json = {};
    try { json = await reply.json(); } catch (e) { json = {}; }
    return { ok: reply.ok, status: reply.status, body: json };
  }

  function fillGroups() {
    const select = $('group');
    select.replaceChildren();
    const none = document.createElement('option');
    none.value = '';
    none.textContent = t('join.group.none');
    select.append(none);
    for (const group of state.groups) {
      const option = document.createElement('option');
      option.value = group.id;
      option.textContent = group.name;
      select.append(option);
    }
  }

  async function join(event) {
    event.preventDefault();
    const anonymous = $('anonymous').checked;
    const reply = await call('POST', 'api/join', {
      pin: $('pin').value.trim(), name: anonymous ? '' : $('name').value, group: $('group').value, token: state.token
    }).catch(() => null);
    if (!reply) { show(t('room.offline'), true); return; }
    if (!reply.ok) { show(refusal(reply.body), true); return; }
    state.token = reply.body.token;
    store.set('mot.room.token', state.token);
    show('');
    await refresh();
  }

  function button(text, pressed, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-pressed', pressed ? 'true' : 'false');
    b.addEventListener('click', onClick);
    return b;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  const key = (item, part) => item + '\n' + part;

  function setAnswer(item, part, value) {
    if (value === null) { state.answers.delete(key(item, part)); } else { state.answers.set(key(item, part), value); }
    send();
  }

  async function send() {
    if (state.sending) { state.again = true; return; }
    state.sending = true;
    show(t('room.saving'));
    const answers = [...state.answers].map(([k, value]) => ({ item: k.split('\n')[0], part: k.split('\n')[1], value }));
    const reply = await call('POST', 'api/answer', { activityId: state.activity.id, answers, done: state.done }).catch(() => null);
    state.sending = false;
    if (!reply) { show(t('room.offline'), true); state.unsent = true; return; }
    state.unsent = false;
    show(reply.ok ? t('room.saved') : refusal(reply.body), !reply.ok);
    if (state.again) { state.again = false; send(); }
  }

  function choices(item, part, values, label, wide) {
    const row = el('div', wide ? 'choices wide' : 'choices');
    const current = state.answers.get(key(item, part));
    for (const value of values) {
      row.append(button(label(value), current === value, () => {
        setAnswer(item, part, current === value ? null : value);
        render();
      }));
    }
    return row;
  }

  function range(min, max) {
    const values = [];
    for (let v = min; v <= max; v++) { values.push(v); }
    return values;
  }

  function emotion(item, a) {
    const current = state.answers.get(key(item.id, 'value'));
    const row = el('div', current === undefined ? 'slider unset' : 'slider');
    const value = el('output', 'value', current === undefined ? '–' : (current > 0 ? '+' : '') + current);
    const slider = document.createElement('input');
    slider.type = 'range';
    slider.min = a.valueMin; slider.max = a.valueMax; slider.step = 1;
    slider.value = current === undefined ? 0 : current;
    slider.setAttribute('aria-label', item.label);
    const set = (v) => { setAnswer(item.id, 'value', v); render(); };
    slider.addEventListener('input', () => { value.textContent = (slider.value > 0 ? '+' : '') + slider.value; });
    slider.addEventListener('change', () => set(Number(slider.value)));
    const less = button('−', false, () => set(Math.max(a.valueMin, (current === undefined ? 0 : current) - 1)));
    less.setAttribute('aria-label', t('emotion.less'));
    const more = button('+', false, () => set(Math.min(a.valueMax, (current === undefined ? 0 : current) + 1)));
    more.setAttribute('aria-label', t('emotion.more'));
    row.append(less, slider, more, value);
    return row;
  }

  function dotsLeft(a) {
    let used = 0;
    for (const value of state.answers.values()) { used += value; }
    return a.budget - used;
  }

  function dots(item, a) {
    const row = el('div', 'stepper');
    const count = state.answers.get(key(item.id, 'value')) || 0;
    const remove = button('−', false, () => { setAnswer(item.id, 'value', count - 1 > 0 ? count - 1 : null); render(); });
    remove.disabled = count === 0;
    remove.setAttribute('aria-label', t('dots.remove'));
    const add = button('+', false, () => { setAnswer(item.id, 'value', count + 1); render(); });
    add.disabled = dotsLeft(a) <= 0;
    add.setAttribute('aria-label', t('dots.add'));
    row.append(remove, el('span', 'value', '●'.repeat(count) || '0'), add);
    return row;
  }

  function question(item, a) {
    const card = el('div', 'card');
    card.append(el('h3', '', item.label));
    const details = a.kind === 'SERVQUAL' ? [t('dimension.' + item.details[0])] : a.kind === 'KANO' ? [] : item.details;
    details.filter(Boolean).forEach((d) => card.append(el('p', 'detail', d)));
    switch (a.kind) {
      case 'EMOTION': card.append(emotion(item, a)); break;
      case 'DOTS': card.append(dots(item, a)); break;
      case 'POLL': card.append(choices(item.id, 'value', [1, 0], (v) => t(v ? 'poll.agree' : 'poll.disagree'))); break;
      case 'TRAITS':
        for (const trait of ['EMOTIONAL_IMPACT', 'DECISION_POINT', 'CONTROLLABILITY', 'SPREAD', 'FREQUENCY', 'PERCEPTION_INTENSITY']) {
          card.append(el('p', 'detail', t('trait.' + trait)), choices(item.id, trait, range(a.valueMin, a.valueMax), String));
        }
        break;
      case 'KANO':
        card.append(el('p', 'detail', t('kano.functional') + ' ' + (item.details[0] || '')),
          choices(item.id, 'functional', range(0, 4), (v) => t('kano.' + v), true),
          el('p', 'detail', t('kano.dysfunctional') + ' ' + (item.details[1] || '')),
          choices(item.id, 'dysfunctional', range(0, 4), (v) => t('kano.' + v), true));
        break;
      case 'SERVQUAL':
        card.append(el('p', 'detail', t('servqual.expectation')), choices(item.id, 'expectation', range(a.valueMin, a.valueMax), String),
          el('p', 'detail', t('servqual.perception')), choices(item.id, 'perception', range(a.valueMin, a.valueMax), String));
        break;
      default: break;
    }
    return card;
  }

  function resultText(figure, a) {
    const fixed = (x) => (x === null || x === undefined ? '–' : Number(x).toFixed(1));
    const args = { answers: figure.answers, mean: fixed(figure.mean), spread: fixed(figure.spread), count: figure.count };
    if (figure.answers === 0 && a.kind !== 'DOTS') { return t('result.none'); }
    switch (a.kind) {
      case 'EMOTION': return t('result.mean', args);
      case 'TRAITS': return t('result.score', args);
      case 'DOTS': return t('result.dots', args);
      case 'POLL': return t('result.agree', args);
      case 'KANO': return figure.category ? t('category.' + figure.category) : t('result.none');
      case 'SERVQUAL': return t('result.gap', args);
      default: return '';
    }
  }

  function renderResults(results) {
    const box = $('results');
    box.replaceChildren();
    if (!state.revealed || !state.activity) { return; }
    const card = el('div', 'card');
    card.append(el('h2', '', t('room.results')));
    for (const figure of results) {
      const item = state.activity.items.find((i) => i.id === figure.itemId);
      const row = el('div', 'result');
      row.append(el('span', '', item ? item.label : figure.itemId), el('strong', '', resultText(figure, state.activity)));
      card.append(row);
    }
    box.append(card);
  }

  function render() {
    const me = state.me;
    $('hello').textContent = me.name ? t('room.hello', { name: me.name }) : t('room.anonymous');
    const box = $('activity');
    box.replaceChildren();
    const a = state.activity;
    box.dataset.activity = a ? a.id : '';
    if (!a) { box.append(el('p', 'card', t('room.waiting'))); return; }
    const head = el('div', 'card');
    head.append(el('h2', '', t('kind.' + a.kind)), el('p', 'detail', t('kind.' + a.kind + '.help', { min: a.valueMin, max: a.valueMax })));
    box.append(head);
    a.items.forEach((item) => box.append(question(item, a)));
    const footer = el('div', 'summary');
    if (a.kind === 'DOTS') { footer.append(el('p', 'detail', t('dots.left', { left: dotsLeft(a), budget: a.budget }))); }
    footer.append(button(t('room.done'), state.done, () => { state.done = !state.done; send(); render(); }));
    box.append(footer);
  }

  async function refresh() {
    if (!state.token) { showJoin(); return; }
    const reply = await call('GET', 'api/me').catch(() => null);
    if (!reply) { show(t('room.offline'), true); return; }
    if (reply.status === 401) { state.token = null; store.set('mot.room.token', null); showJoin(); return; }
    if (!reply.ok) { show(refusal(reply.body), true); return; }
    const body = reply.body;
    $('join').hidden = true;
    $('room').hidden = false;
    const changed = !state.activity !== !body.activity || (body.activity && body.activity.id !== state.activity.id);
    state.me = body.participant;
    if (changed || state.revealed !== body.revealed) {
      state.activity = body.activity;
      if (changed) {
        state.answers = new Map(body.answers.map((c) => [key(c.item, c.part), c.value]));
        state.done = body.done;
      }
      state.revealed = body.revealed;
      render();
    }
    renderResults(body.results);
    if (state.unsent && !changed && state.activity) { send(); }
    if ($('message').classList.contains('error') && $('message').textContent === t('room.offline')) { show(''); }
  }

  function showJoin() {
    $('room').hidden = true;
    $('join').hidden = false;
    const pin = /pin=(\d{4,6})/.exec(location.hash);
    if (pin && !$('pin').value) { $('pin').value = pin[1]; }
  }

  async function start() {
    await loadTexts(pickLanguage());
    $('lang').addEventListener('change', async () => {
      store.set('mot.room.lang', $('lang').value);
      await loadTexts($('lang').value);
      if (state.me) { render(); }
    });
    $('join').addEventListener('submit', join);
    $('anonymous').addEventListener('change', () => { $('name').disabled = $('anonymous').checked; });
    const info = await call('GET', 'api/info').catch(() => null);
    if (info && info.ok) { state.groups = info.body.groups; fillGroups(); }
    await refresh();
    setInterval(() => { if (state.token && !state.sending) { refresh(); } }, POLL_MS);
  }

  document.addEventListener('DOMContentLoaded', start);
}());
