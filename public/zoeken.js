// The search page's only script: reads ?q=, asks Pagefind, and lists the results grouped by kind.
// A file rather than inline, so the Content-Security-Policy can forbid every inline script.
const out = document.getElementById('zoekresultaten');
const kinds = JSON.parse(out.dataset.soorten ?? '[]');
const input = document.getElementById('zoekveld');
document.getElementById('zonder-js').hidden = true;
const q = new URLSearchParams(location.search).get('q') ?? '';
input.value = q;
const el = (tag, text) => Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text });
if (q.trim()) {
  const pagefind = await import('/pagefind/pagefind.js');
  const { results } = await pagefind.search(q);
  const data = await Promise.all(results.slice(0, 40).map((r) => r.data()));
  out.replaceChildren(el('p', data.length ? `${data.length} resultaten voor „${q}”.` : `Niets gevonden voor „${q}”. Probeer een ander woord.`));
  const groups = new Map();
  for (const d of data) {
    const kind = d.filters?.soort?.[0] ?? 'Pagina';
    groups.set(kind, [...(groups.get(kind) ?? []), d]);
  }
  for (const kind of [...kinds, ...groups.keys()].filter((k, i, a) => a.indexOf(k) === i && groups.has(k))) {
    const section = el('section');
    section.append(el('h2', `${kind} (${groups.get(kind).length})`));
    const list = el('ul');
    for (const d of groups.get(kind)) {
      const li = el('li');
      const a = el('a', d.meta?.title ?? d.url);
      a.href = d.url;
      const p = el('p');
      p.innerHTML = d.excerpt;
      li.append(a, p);
      list.append(li);
    }
    section.append(list);
    out.append(section);
  }
}
