/**
 * Downloading a CBS table through the OData v3 API (https://opendata.cbs.nl/ODataApi/odata/<tabel>/…): the
 * description of its columns (DataProperties), then the TypedDataSet for one municipality or its wijken, page
 * by page. The result has the same shape as a saved file, so the import treats both alike.
 */
export const CBS_ODATA_URL = 'https://opendata.cbs.nl/ODataApi/odata';

/** A problem that stops the download, in Dutch. */
export class DownloadError extends Error {}

export interface DownloadOptions {
  /** Table id, e.g. 85984NED. */
  table: string;
  /** Municipality code, e.g. GM0479. */
  gemeente: string;
  /** Measure key, e.g. AantalInwoners_5. */
  maat: string;
  /** Whose figures: the municipality itself or its wijken. */
  niveau: 'gemeente' | 'wijk';
  /** Base address of the API; tests point it at a local server. */
  base?: string;
  fetch?: typeof fetch;
}

export interface Download {
  /** The TypedDataSet as one response: { value: [...] }. */
  data: { value: Record<string, unknown>[] };
  /** The addresses asked, for the report. */
  urls: string[];
}

interface Property { Type?: string; Key?: string; Title?: string }

async function getJson(url: string, get: typeof fetch, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await get(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new DownloadError(`CBS is niet bereikbaar (${(error as Error).cause ?? (error as Error).message}). Controleer de internetverbinding, of download het bestand zelf en gebruik npm run importeer -- --cbs <bestand>`);
  }
  if (response.status === 404) throw new DownloadError(`${what} bestaat niet bij CBS (HTTP 404): ${url}`);
  if (!response.ok) throw new DownloadError(`CBS antwoordt met een fout (HTTP ${response.status}) op ${url}; probeer het later opnieuw`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new DownloadError(`het antwoord van CBS op ${url} is geen JSON; begint met: ${text.slice(0, 60).replace(/\s+/g, ' ')}`);
  }
}

/** The OData filter and columns for one municipality or its wijken. */
export function cbsQuery(properties: Property[], options: Pick<DownloadOptions, 'gemeente' | 'maat' | 'niveau' | 'table'>): { filter: string; select: string[] } {
  const geo = properties.find((p) => p.Type === 'GeoDimension' || p.Type === 'GeoDetail')?.Key;
  if (!geo) throw new DownloadError(`tabel ${options.table} heeft geen gebied (geen GeoDimension in DataProperties); deze import leest alleen tabellen per gemeente, wijk of buurt`);
  const topics = properties.filter((p) => p.Type === 'Topic').map((p) => p.Key!);
  if (!topics.includes(options.maat)) {
    const like = topics.filter((t) => t.toLowerCase().startsWith(options.maat.toLowerCase().replace(/_\d+$/, ''))).slice(0, 5);
    throw new DownloadError(`onderwerp "${options.maat}" staat niet in tabel ${options.table}${like.length ? `; bedoelt u ${like.join(' of ')}?` : ''} De codes veranderen per jaar: kijk in ${options.table}/DataProperties`);
  }
  const dimensions = properties.filter((p) => p.Type?.endsWith('Dimension') || p.Type === 'GeoDetail').map((p) => p.Key!);
  const code = options.niveau === 'wijk' ? `WK${options.gemeente.slice(2)}` : options.gemeente;
  // Codes are padded with spaces ("GM0479    "), so an exact comparison would miss them.
  return { filter: `substringof('${code}',${geo})`, select: ['ID', ...dimensions, options.maat] };
}

export async function downloadCbs(options: DownloadOptions): Promise<Download> {
  if (!/^\d{5}[A-Z]{3}$/.test(options.table)) throw new DownloadError(`"${options.table}" is geen CBS-tabelnummer; zo'n nummer ziet eruit als 85984NED`);
  if (!/^GM\d{4}$/.test(options.gemeente)) throw new DownloadError(`"${options.gemeente}" is geen CBS-gemeentecode; zo'n code ziet eruit als GM0479`);
  const base = (options.base ?? CBS_ODATA_URL).replace(/\/+$/, '');
  const get = options.fetch ?? fetch;
  const urls: string[] = [];
  const propertiesUrl = `${base}/${options.table}/DataProperties?$format=json`;
  urls.push(propertiesUrl);
  const properties = ((await getJson(propertiesUrl, get, `tabel ${options.table}`)) as { value?: Property[] }).value;
  if (!Array.isArray(properties)) throw new DownloadError(`het antwoord op ${propertiesUrl} heeft geen lijst "value"; is dit de OData-API van CBS?`);
  const { filter, select } = cbsQuery(properties, options);
  let next: string | undefined = `${base}/${options.table}/TypedDataSet?$filter=${encodeURIComponent(filter)}&$select=${select.join(',')}&$format=json`;
  const value: Record<string, unknown>[] = [];
  // CBS gives at most 10,000 rows per answer and then a link to the next part.
  for (let page = 0; next && page < 100; page++) {
    urls.push(next);
    const answer = (await getJson(next, get, `tabel ${options.table}`)) as { value?: Record<string, unknown>[]; 'odata.nextLink'?: string };
    if (!Array.isArray(answer.value)) throw new DownloadError(`het antwoord op ${next} heeft geen lijst "value"; is dit de OData-API van CBS?`);
    value.push(...answer.value);
    next = answer['odata.nextLink'];
  }
  if (value.length === 0) throw new DownloadError(`tabel ${options.table} heeft geen cijfers voor ${options.niveau === 'wijk' ? `de wijken van ${options.gemeente}` : options.gemeente}`);
  return { data: { value }, urls };
}
