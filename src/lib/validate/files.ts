/**
 * Walking and reading the content folder safely: symbolic links are refused (they can point outside the
 * repository or at themselves), oversized files are not read, and text must be UTF-8 without BOM.
 * Every refusal is a Dutch problem, never a stack trace.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { Problem } from './problem.ts';

/** Larger than any real content file by far (the largest indicator is some tens of kB); a page built from more is unreadable. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface Listing {
  /** Regular files, recursively. */
  files: string[];
  /** Folders, recursively. */
  dirs: string[];
  /** Symbolic links and other non-files, already reported. */
  problems: { full: string; message: string; hint?: string }[];
}

/** Why a symbolic link is refused, in the words an editor needs. */
function linkProblem(full: string, root: string): { message: string; hint: string } {
  let target: string | undefined;
  try {
    target = realpathSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return { message: 'is een snelkoppeling (symlink) die naar zichzelf blijft verwijzen (een lus)', hint: 'verwijder de snelkoppeling en zet het bestand zelf hier neer' };
    return { message: 'is een snelkoppeling (symlink) naar iets dat niet bestaat', hint: 'verwijder de snelkoppeling en zet het bestand zelf hier neer' };
  }
  const inside = target === root || target.startsWith(root + sep);
  return inside
    ? { message: 'is een snelkoppeling (symlink); de site leest alleen gewone bestanden', hint: 'zet het bestand zelf hier neer in plaats van een snelkoppeling' }
    : { message: 'is een snelkoppeling (symlink) naar iets buiten de repository; dat wordt nooit gepubliceerd', hint: 'verwijder de snelkoppeling; zet alleen eigen inhoud in content/' };
}

/** Lists a folder without following links. `root` is the repository root, to tell where a link points. */
export function listContent(dir: string, root: string): Listing {
  const out: Listing = { files: [], dirs: [], problems: [] };
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch { /* keep as given */ }
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = join(current, name);
      let stats: Stats;
      try {
        stats = lstatSync(full);
      } catch {
        continue; // vanished while we looked
      }
      if (stats.isSymbolicLink()) out.problems.push({ full, ...linkProblem(full, realRoot) });
      else if (stats.isDirectory()) {
        out.dirs.push(full);
        walk(full);
      } else if (stats.isFile()) out.files.push(full);
      else out.problems.push({ full, message: 'is geen gewoon bestand', hint: 'verwijder het' });
    }
  };
  walk(dir);
  return out;
}

const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(2, '0')}`;

/** A file's text, or a Dutch problem: too large, a BOM, or bytes that are not UTF-8 (usually Windows-1252). */
export function readText(full: string, file: string): { text: string } | { problem: Problem } {
  const size = lstatSync(full).size;
  if (size > MAX_FILE_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
    return { problem: { file, path: '', message: `is ${mb(size)} MB; een inhoudsbestand mag hoogstens ${mb(MAX_FILE_BYTES)} MB zijn, anders wordt de pagina te groot om te lezen`, hint: 'splits de cijfers over meer indicatoren of laat oude jaren weg' } };
  }
  const bytes = readFileSync(full);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { problem: { file, line: 1, column: 1, path: '', message: 'begint met een onzichtbaar BOM-teken (U+FEFF)', hint: 'sla het bestand op als "UTF-8" zonder BOM' } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Find the first byte that is not UTF-8 and say where it is and what it probably was.
    let offset = 0;
    while (offset < bytes.length) {
      const b = bytes[offset]!;
      const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      const valid = length > 0 && [...bytes.subarray(offset + 1, offset + length)].every((c) => c >= 0x80 && c <= 0xbf) && offset + length <= bytes.length;
      if (!valid) break;
      offset += length;
    }
    const before = bytes.subarray(0, offset);
    const line = before.filter((c) => c === 0x0a).length + 1;
    const column = offset - before.lastIndexOf(0x0a);
    const guess = new TextDecoder('windows-1252').decode(bytes.subarray(offset, offset + 1));
    return {
      problem: {
        file, line, column, path: '',
        message: `is geen UTF-8: byte ${hex(bytes[offset] ?? 0)} is in Windows-1252 (de oude Windows-codering) het teken "${guess}"`,
        hint: 'sla het bestand op als "UTF-8"',
      },
    };
  }
}

