/**
 * Checks an .xlsx file (a zip archive) before exceljs reads it: a renamed text file, a damaged archive or a
 * zip bomb (a few kB that unpack to gigabytes) get a Dutch message instead of an English library error or
 * all the memory of the machine. Every entry is really inflated with a cap on its output, so an archive
 * that lies about its sizes is caught too. Pure: bytes in, a message or nothing out.
 */
import { inflateRawSync } from 'node:zlib';

export const XLSX_LIMITS = {
  /** Bytes of the file itself; a municipal export is far smaller. */
  fileBytes: 20 * 1024 * 1024,
  /** Entries in the archive (sheets, styles, relations); a workbook has tens. */
  entries: 2000,
  /** Bytes of all entries unpacked together. */
  unpackedBytes: 100 * 1024 * 1024,
};

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** Why these bytes may not be read as .xlsx, in Dutch; undefined when they may. */
export function xlsxProblem(bytes: Uint8Array, limits = XLSX_LIMITS): string | undefined {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (data.length > limits.fileBytes) return `het bestand is ${mb(data.length)}; een Excel-bestand voor de import mag hoogstens ${mb(limits.fileBytes)} zijn. Bewaar alleen het werkblad met de cijfers, of sla het op als CSV`;
  if (data.readUInt32LE(0) !== 0x04034b50 || data.length < 22) {
    const looksLikeText = !data.subarray(0, 4096).includes(0);
    return looksLikeText
      ? 'dit is geen Excel-bestand maar tekst, met .xlsx als naam; is het een CSV-bestand? Geef het dan de naam .csv'
      : 'dit is geen Excel-bestand (.xlsx); sla het in Excel op als .xlsx of als CSV';
  }
  const damaged = 'het Excel-bestand is beschadigd of niet compleet; sla het in Excel opnieuw op als .xlsx of als CSV';
  // End of central directory: the last 22 bytes, or earlier when the archive has a comment.
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--)
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return damaged;
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) return `het Excel-bestand is te groot (meer dan ${limits.entries} onderdelen); bewaar alleen het werkblad met de cijfers`;
  if (count > limits.entries) return `het Excel-bestand bestaat uit ${count} onderdelen (hoogstens ${limits.entries}); bewaar alleen het werkblad met de cijfers`;
  let unpacked = 0;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50) return damaged;
    const method = data.readUInt16LE(offset + 10);
    const compressed = data.readUInt32LE(offset + 20);
    const local = data.readUInt32LE(offset + 42);
    offset += 46 + data.readUInt16LE(offset + 28) + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
    if (local + 30 > data.length || data.readUInt32LE(local) !== 0x04034b50) return damaged;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (start + compressed > data.length) return damaged;
    const body = data.subarray(start, start + compressed);
    const room = limits.unpackedBytes - unpacked;
    if (method === 0) unpacked += body.length;
    else if (method === 8) {
      try {
        unpacked += inflateRawSync(body, { maxOutputLength: room + 1 }).length;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) unpacked = Infinity;
        else return damaged;
      }
    } else return 'het Excel-bestand gebruikt een onbekende compressie; sla het in Excel opnieuw op als .xlsx of als CSV';
    if (unpacked > limits.unpackedBytes) return `het Excel-bestand pakt uit tot meer dan ${mb(limits.unpackedBytes)}; dat is geen gewone export (mogelijk een "zip-bom"). Sla alleen het werkblad met de cijfers op als CSV`;
  }
  return undefined;
}
