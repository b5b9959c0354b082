/**
 * The semantic diff: two snapshots of the content in, the meaningful changes between them out, in plain
 * Dutch. Pure: no git, no files, no clock. Fields are read defensively (snapshot-read.ts), because old versions in the history
 * may not fit today's schemas.
 *
 * Only structure counts (ids, statuses, numbers, periods). A change that only touches text (a typo, a better
 * sentence, a title) gives no change here, so it is not listed.
 */
import { assumptionAnchor, nodeAnchor, recommendationAnchor } from '../anchors.ts';
import { areasText } from '../areas.ts';
import { formatAmount, formatDate, formatValue, type UnitKind } from '../format.ts';
import { AANNAME_STATUS_LABEL, KETEN_STATUS_LABEL, KNOOP_SOORT_LABEL, listNl, PUBLICATIE_SOORT_LABEL } from '../labels.ts';
import { comparePeriods, parsePeriod, periodLabel } from '../periods.ts';
import { STATUS_LABEL, latestStatus } from '../status.ts';
import type { StatusEntry } from '../../schemas/index.ts';
import { arr, entry, ketensUsing, namesFor, obj, observations, same, str, strings, target, uniqueSorted, valueOf, type Names, type Obj } from './snapshot-read.ts';
import type { ChangeDraft, ChangeKind, Snapshot } from './types.ts';

// ---- Sentences -------------------------------------------------------------------------------

/** Label of an enum value, lower-cased for use inside a sentence; the raw value when unknown. */
function label(labels: Record<string, string>, value: string | undefined): string {
  if (value === undefined) return 'onbekend';
  const l = labels[value];
  return l ? l.charAt(0).toLowerCase() + l.slice(1) : value;
}
/** A quoted title without its final full stop: ‘Huisartsen hebben tijd’. */
const quote = (s: string) => `‘${s.trim().replace(/[.]$/, '')}’`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const sortPeriods = (ps: Iterable<string>) => [...new Set(ps)].sort((a, b) => (parsePeriod(a) && parsePeriod(b) ? comparePeriods(a, b) : a.localeCompare(b)));
/** Periods in a sentence: up to three by name, more as a span. */
function periodsText(periods: string[]): string {
  const labels = periods.map(periodLabel);
  return labels.length > 3 ? `${labels[0]} tot en met ${labels[labels.length - 1]}` : listNl(labels);
}

// ---- Per collection -------------------------------------------------------------------------------

type Emit = (kind: ChangeKind, ketens: string[], text: string, link?: string, keys?: Pick<ChangeDraft, 'stand' | 'corrects'>) => void;
interface FileDiff { id: string; before?: Obj; after?: Obj; emit: Emit; names: Names; beforeSnap: Snapshot; afterSnap: Snapshot }

function diffKeten({ id, before, after, emit, names }: FileDiff) {
  const link = `/ketens/${id}/`;
  if (!before && after) return emit('keten-toegevoegd', [id], `Nieuwe keten: ${names.keten(id)}.`, link);
  if (before && !after) return emit('keten-verwijderd', [id], `De keten ${names.keten(id)} staat niet meer op de site.`);
  const from = str(before?.status);
  const to = str(after?.status);
  if (from !== to)
    emit('keten-status', [id], `Keten ${names.keten(id)}: de status is veranderd van ${label(KETEN_STATUS_LABEL, from)} naar ${label(KETEN_STATUS_LABEL, to)}.`, link);
}

/** Node kinds that count as results for the list: short and long term results and the ambition. */
const LISTED_RESULTS = ['resultaat-kort', 'resultaat-lang', 'ambitie'];
const resultNodes = (vt: Obj) => new Map(arr(vt.knopen).map(obj).filter((k) => LISTED_RESULTS.includes(str(k.soort) ?? '')).map((k) => [str(k.id) ?? '', k]));
const assumptions = (vt: Obj) => new Map(arr(vt.verbanden).flatMap((v) => arr(obj(v).aannames)).map(obj).map((a) => [str(a.id) ?? '', a]));

function diffTheory({ id, before, after, emit, names }: FileDiff) {
  const keten = names.keten(id);
  const page = `/ketens/${id}/`;
  if (!before && after)
    return emit('verandertheorie-toegevoegd', [id], `De keten ${keten} heeft nu een verandertheorie (${label(KETEN_STATUS_LABEL, str(after.status))}).`, `${page}#verandertheorie`);
  if (before && !after) return emit('verandertheorie-verwijderd', [id], `De verandertheorie van de keten ${keten} staat niet meer op de site.`, page);
  if (!before || !after) return;
  const from = str(before.status);
  const to = str(after.status);
  if (from !== to)
    emit('verandertheorie-status', [id], `Verandertheorie van ${keten}: de status is veranderd van ${label(KETEN_STATUS_LABEL, from)} naar ${label(KETEN_STATUS_LABEL, to)}.`, `${page}#verandertheorie`);

  const oldResults = resultNodes(before);
  const newResults = resultNodes(after);
  const nodeText = (k: Obj) => `${label(KNOOP_SOORT_LABEL, str(k.soort))} ${quote(str(k.titel) ?? str(k.id) ?? '')}`;
  for (const [nid, k] of newResults)
    if (!oldResults.has(nid)) emit('resultaat-toegevoegd', [id], `Nieuw in de verandertheorie van ${keten}: ${nodeText(k)}.`, `${page}#${nodeAnchor(nid)}`);
  for (const [nid, k] of oldResults)
    if (!newResults.has(nid)) emit('resultaat-verwijderd', [id], `Uit de verandertheorie van ${keten} gehaald: ${nodeText(k)}.`, `${page}#verandertheorie`);

  const oldAssumptions = assumptions(before);
  for (const [aid, a] of assumptions(after)) {
    const old = oldAssumptions.get(aid);
    const f = str(old?.status);
    const t = str(a.status);
    if (old && f !== t)
      emit('aanname-status', [id], `Aanname ${quote(str(a.tekst) ?? aid)} bij ${keten}: de status is veranderd van ${label(AANNAME_STATUS_LABEL, f)} naar ${label(AANNAME_STATUS_LABEL, t)}.`, `${page}#${assumptionAnchor(aid)}`);
  }
}

function diffIndicator({ id, before, after, emit, names, beforeSnap, afterSnap }: FileDiff) {
  const link = `/indicatoren/${id}/`;
  const ketens = ketensUsing(after ? afterSnap : beforeSnap, id);
  const titel = str(after?.titel) ?? str(before?.titel) ?? id;
  if (!before && after) {
    const where = ketens.length ? ` bij ${listNl(ketens.map(names.keten))}` : '';
    return emit('indicator-toegevoegd', ketens, `Nieuwe indicator${where}: ${titel}.`, link);
  }
  if (before && !after) return emit('indicator-verwijderd', ketens, `De indicator ${titel} staat niet meer op de site.`);
  if (!before || !after) return;
  const unit = (str(obj(after.eenheid).soort) ?? 'aantal') as UnitKind;

  // Target.
  const from = target(before);
  const to = target(after);
  const targetText = (t: { waarde: number; periode?: string }) => `${formatAmount(t.waarde, unit)}${t.periode ? ` voor ${periodLabel(t.periode)}` : ''}`;
  if (!same(from, to)) {
    const text = !from ? `er is nu een streefwaarde: ${targetText(to!)}`
      : !to ? `de streefwaarde van ${targetText(from)} is vervallen`
      : `de streefwaarde is veranderd van ${targetText(from)} naar ${targetText(to)}`;
    emit('streefwaarde', ketens, `${titel}: ${text}.`, link);
  }

  // New periods.
  const oldObs = observations(before);
  const newObs = observations(after);
  const oldPeriods = new Set([...oldObs.values()].map((o) => o.periode));
  const added = [...newObs.values()].filter((o) => !oldPeriods.has(o.periode));
  if (added.length) {
    const periods = sortPeriods(added.map((o) => o.periode));
    const areas = [...new Set(added.map((o) => o.gebied))];
    const areaText = areasText(areas, str(after.gebiedsniveau), names.area);
    emit('nieuwe-cijfers', ketens, `${titel}: nieuwe cijfers over ${periodsText(periods)} voor ${areaText}.`, link);
  }

  // Revised values: the same period, area and category with another value.
  const revised = [...newObs.values()].flatMap((o) => {
    const old = oldObs.get(o.key);
    return old && !same(valueOf(old), valueOf(o)) ? [{ old, now: o }] : [];
  });
  if (revised.length === 1) {
    const { old, now } = revised[0]!;
    emit('cijfer-herzien', ketens, `${titel}: het cijfer over ${periodLabel(now.periode)} voor ${names.area(now.gebied)} is aangepast van ${formatValue(old, unit)} naar ${formatValue(now, unit)}.`, link);
  } else if (revised.length > 1) {
    emit('cijfer-herzien', ketens, `${titel}: ${revised.length} cijfers over ${periodsText(sortPeriods(revised.map((r) => r.now.periode)))} zijn aangepast.`, link);
  }
}

function publicationKetens(p: Obj): string[] {
  return uniqueSorted([...strings(p.ketens), ...arr(p.bevindingen).flatMap((b) => strings(obj(b).ketens)), ...arr(p.aanbevelingen).flatMap((a) => strings(obj(a).ketens))]);
}

function diffPublication({ id, before, after, emit }: FileDiff) {
  const p = after ?? before;
  if (!p) return;
  const titel = quote(str(p.titel) ?? id);
  if (!before && after) {
    const soort = str(after.soort);
    const datum = str(after.datum);
    const about = [soort ? label(PUBLICATIE_SOORT_LABEL, soort) : undefined, datum ? formatDate(datum) : undefined].filter(Boolean).join(', ');
    emit('publicatie-toegevoegd', publicationKetens(after), `Nieuwe publicatie: ${titel}${about ? ` (${about})` : ''}.`, `/publicaties/${id}/`);
  } else if (before && !after) emit('publicatie-verwijderd', publicationKetens(before), `De publicatie ${titel} staat niet meer op de site.`);
}

function statusEntries(file: Obj | undefined): StatusEntry[] {
  return arr(file?.statussen).map(obj).flatMap((e) => {
    const aanbeveling = str(e.aanbeveling);
    const datum = str(e.datum);
    const status = str(e.status);
    return aanbeveling && datum && status ? [{ aanbeveling, datum, status: status as StatusEntry['status'], toelichting: str(e.toelichting) ?? '' }] : [];
  });
}

function diffStatuses({ id, before, after, emit, names, beforeSnap, afterSnap }: FileDiff) {
  const pubId = str(after?.publicatie) ?? str(before?.publicatie) ?? id;
  const pub = entry(afterSnap, 'publicaties', pubId);
  // A new publication is listed once; the statuses that come with it are part of it.
  if (!pub || !entry(beforeSnap, 'publicaties', pubId)) return;
  const oldEntries = statusEntries(before);
  const newEntries = statusEntries(after);
  const keyOf = (e: StatusEntry) => `${e.aanbeveling}|${e.datum}|${e.status}`;
  const oldKeys = new Set(oldEntries.map(keyOf));
  const touched = [...new Set(newEntries.filter((e) => !oldKeys.has(keyOf(e))).map((e) => e.aanbeveling))];
  const recommendations = arr(pub.aanbevelingen).map(obj);
  for (const nummer of touched) {
    const now = latestStatus(newEntries.filter((e) => e.aanbeveling === nummer))!;
    const was = latestStatus(oldEntries.filter((e) => e.aanbeveling === nummer));
    if (was && keyOf(was) === keyOf(now)) continue; // an older entry filled in afterwards: the current stand is the same
    const rec = recommendations.find((a) => str(a.nummer) === nummer);
    const recKetens = strings(rec?.ketens);
    const ketens = uniqueSorted(recKetens.length ? recKetens : strings(pub.ketens));
    const recTitle = str(rec?.titel);
    const subject = `Aanbeveling ${nummer}${recTitle ? ` ${quote(recTitle)}` : ''} uit ${quote(names.publication(pubId))}`;
    // The same date with another status, the old entry gone: the site's record was corrected, nothing happened then.
    const corrected = !!was && was.datum === now.datum && !newEntries.some((e) => keyOf(e) === keyOf(was));
    const text = `${subject}${standText(now, was, corrected)}`;
    const key = `${pubId}|${nummer}|${now.datum}`;
    emit('aanbeveling-status', ketens, text, `/publicaties/${pubId}/#${recommendationAnchor(nummer)}`, corrected ? { corrects: key } : { stand: key });
  }
}

/** What happened to a recommendation's stand, after its name: corrected, renewed, changed, or first given. */
function standText(now: StatusEntry, was: StatusEntry | undefined, corrected: boolean): string {
  const status = (e: StatusEntry) => label(STATUS_LABEL, e.status);
  if (!was) return ` heeft een eerste stand: ${status(now)} (${formatDate(now.datum)}).`;
  if (corrected) return `: de stand van ${formatDate(now.datum)} stond hier fout en is gecorrigeerd. Die stand is ${status(now)}, niet ${status(was)}.`;
  if (was.status === now.status) return ` heeft een nieuwe stand van ${formatDate(now.datum)}; de status blijft ${status(now)}.`;
  return ` heeft een nieuwe stand: ${status(now)} (${formatDate(now.datum)}). Daarvoor: ${status(was)}.`;
}

function diffStory({ id, before, after, emit, names }: FileDiff) {
  const v = after ?? before;
  if (!v) return;
  const keten = str(v.keten);
  const ketens = keten ? [keten] : [];
  const titel = quote(str(v.titel) ?? id);
  if (!before && after) emit('verhaal-toegevoegd', ketens, keten ? `Nieuw verhaal bij ${names.keten(keten)}: ${titel}.` : `Nieuw verhaal: ${titel}.`, `/verhalen/${id}/`);
  else if (before && !after) emit('verhaal-verwijderd', ketens, `Het verhaal ${titel} staat niet meer op de site.`);
}

const DIFFS: Record<string, (d: FileDiff) => void> = {
  ketens: diffKeten, verandertheorie: diffTheory, indicatoren: diffIndicator, publicaties: diffPublication, aanbevelingen: diffStatuses, verhalen: diffStory,
};

/** Order within one commit: from keten to story, so the list reads top-down. */
const KIND_ORDER: ChangeKind[] = [
  'eerste-versie', 'keten-toegevoegd', 'keten-status', 'keten-verwijderd', 'verandertheorie-toegevoegd', 'verandertheorie-status', 'verandertheorie-verwijderd',
  'resultaat-toegevoegd', 'resultaat-verwijderd', 'aanname-status', 'indicator-toegevoegd', 'streefwaarde', 'nieuwe-cijfers', 'cijfer-herzien',
  'indicator-verwijderd', 'publicatie-toegevoegd', 'aanbeveling-status', 'publicatie-verwijderd', 'verhaal-toegevoegd', 'verhaal-verwijderd',
];

/**
 * The meaningful changes from `before` to `after`. Files are compared by their data; an entry that is the
 * same object (or deeply equal) in both is skipped without a look.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): ChangeDraft[] {
  const names = namesFor(before, after);
  const out: ChangeDraft[] = [];
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (same(b, a)) continue;
    const slash = key.indexOf('/');
    if (slash < 0) continue;
    const diff = DIFFS[key.slice(0, slash)];
    if (!diff) continue;
    diff({
      id: key.slice(slash + 1),
      before: before.has(key) ? obj(b) : undefined,
      after: after.has(key) ? obj(a) : undefined,
      emit: (kind, ketens, text, link, keys) => out.push({ kind, ketens, text, ...(link ? { link } : {}), ...keys }),
      names, beforeSnap: before, afterSnap: after,
    });
  }
  return out.map((c, i) => ({ c, i })).sort((x, y) => KIND_ORDER.indexOf(x.c.kind) - KIND_ORDER.indexOf(y.c.kind) || x.i - y.i).map((x) => x.c);
}

const COUNTED: [string, string, string][] = [
  ['ketens', 'keten', 'ketens'], ['verandertheorie', 'verandertheorie', 'verandertheorieën'], ['indicatoren', 'indicator', 'indicatoren'],
  ['publicaties', 'publicatie', 'publicaties'], ['verhalen', 'verhaal', 'verhalen'],
];
const countOf = (s: Snapshot, collection: string) => [...s.keys()].filter((k) => k.startsWith(`${collection}/`)).length;

/** True while the content has none of the items the list is about (before its first version). */
export function isEmptyContent(s: Snapshot): boolean {
  return COUNTED.every(([c]) => countOf(s, c) === 0);
}

/**
 * The first version of the content is one change, not one "added" per file: before it there was nothing
 * to compare with.
 */
export function firstVersion(after: Snapshot): ChangeDraft {
  const parts = COUNTED.map(([c, one, many]) => [countOf(after, c), one, many] as const).filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  return { kind: 'eerste-versie', ketens: [], text: `Eerste versie van de inhoud op deze site: ${listNl(parts)}.` };
}

/**
 * Whether a link still leads somewhere on the site that is built from `current`. Changes describe the past;
 * what they point at may since have gone. Returns the link itself, the page without the anchor, or undefined.
 */
export function liveLink(link: string | undefined, current: Snapshot): string | undefined {
  if (!link) return undefined;
  const m = /^\/([a-z]+)\/([^/#]+)\/(?:#(.+))?$/.exec(link);
  if (!m) return link;
  const [, section, id, anchor] = m as unknown as [string, string, string, string | undefined];
  const page = `/${section}/${id}/`;
  const collection = { ketens: 'ketens', indicatoren: 'indicatoren', publicaties: 'publicaties', verhalen: 'verhalen' }[section];
  if (!collection) return link;
  if (!current.has(`${collection}/${id}`)) return undefined;
  if (!anchor) return page;
  let found = false;
  if (section === 'ketens') {
    const vt = entry(current, 'verandertheorie', id);
    found = anchor === 'verandertheorie'
      || (!!vt && arr(vt.knopen).some((k) => nodeAnchor(str(obj(k).id) ?? '') === anchor))
      || (!!vt && [...assumptions(vt).keys()].some((aid) => assumptionAnchor(aid) === anchor));
  } else if (section === 'publicaties') {
    found = arr(entry(current, 'publicaties', id)?.aanbevelingen).some((a) => recommendationAnchor(str(obj(a).nummer) ?? '') === anchor);
  }
  return found ? link : page;
}
