import { formatSpanish, type IsoDate } from '@ruta-pot/domain';

/** One line of the digest, as `userDigest` returns it. */
export interface DigestNotice {
  municipio: { codigo: string; nombre: string; departamento: string };
  tipo: 'vencido' | 'proximo';
  titulo: string;
  venceEl: string;
  diasRestantes: number;
  enlace: string;
}

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

/** What one run of the e-mail digest did, for the CLI and the server log. */
export interface DigestRunSummary {
  date: string;
  /**
   * `completed`: every user was considered. `busy`: another run (this process or another server)
   * was sending, so this one attempted nothing. `unconfigured`: no SMTP server, nothing to do.
   */
  status: 'completed' | 'busy' | 'unconfigured';
  sent: number;
  alreadySent: number;
  /** Users whose municipalities have nothing late or due in the next 30 days. */
  nothingToSend: number;
  failures: { email: string; reason: string }[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const longDate = (iso: string) => formatSpanish(iso as IsoDate);

function when(notice: DigestNotice): string {
  const days = notice.diasRestantes;
  const date = longDate(notice.venceEl);
  if (days < 0) return `venció el ${date} (hace ${plural(-days, 'día', 'días')})`;
  if (days === 0) return `vence hoy, ${date}`;
  return `vence el ${date} (en ${plural(days, 'día', 'días')})`;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

interface MunicipalityGroup {
  municipio: DigestNotice['municipio'];
  link: string;
  vencidos: DigestNotice[];
  proximos: DigestNotice[];
}

/** Notices by municipality (alphabetical), late first, each list soonest first. */
function groupByMunicipality(notices: readonly DigestNotice[], publicUrl: string) {
  const groups = new Map<string, MunicipalityGroup>();
  const sorted = [...notices].sort((a, b) => a.venceEl.localeCompare(b.venceEl));
  for (const notice of sorted) {
    const group = groups.get(notice.municipio.codigo) ?? {
      municipio: notice.municipio,
      link: `${publicUrl}${notice.enlace}`,
      vencidos: [],
      proximos: [],
    };
    (notice.tipo === 'vencido' ? group.vencidos : group.proximos).push(notice);
    groups.set(notice.municipio.codigo, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.municipio.nombre.localeCompare(b.municipio.nombre, 'es'),
  );
}

const SECTIONS = [
  ['vencidos', 'Vencidos'],
  ['proximos', 'Próximos 30 días'],
] as const;

const FOOTER =
  'Recibe este correo porque tiene un rol en estos municipios en Ruta POT. ' +
  'Los mismos avisos aparecen en la plataforma al iniciar sesión.';

function renderText(input: { nombre: string; date: string; groups: MunicipalityGroup[] }) {
  const lines = [`Hola, ${input.nombre}:`, '', `Este es su resumen de Ruta POT del ${input.date}.`];
  for (const group of input.groups) {
    lines.push('', `${group.municipio.nombre} (${group.municipio.departamento})`);
    for (const [key, label] of SECTIONS) {
      if (group[key].length === 0) continue;
      lines.push(`  ${label}:`);
      for (const n of group[key]) lines.push(`  - ${n.titulo}: ${when(n)}.`);
    }
    lines.push(`  Ver la ruta: ${group.link}`);
  }
  lines.push('', FOOTER, '');
  return lines.join('\n');
}

function renderHtml(input: { nombre: string; date: string; groups: MunicipalityGroup[] }) {
  const parts = [
    '<!doctype html><html lang="es-CO"><head><meta charset="utf-8"><title>Resumen de Ruta POT</title></head>',
    '<body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5">',
    `<p>Hola, ${escapeHtml(input.nombre)}:</p>`,
    `<p>Este es su resumen de Ruta POT del ${escapeHtml(input.date)}.</p>`,
  ];
  for (const group of input.groups) {
    const { nombre, departamento } = group.municipio;
    parts.push(`<h2 style="font-size:18px">${escapeHtml(`${nombre} (${departamento})`)}</h2>`);
    for (const [key, label] of SECTIONS) {
      if (group[key].length === 0) continue;
      parts.push(`<h3 style="font-size:15px">${label}</h3><ul>`);
      for (const n of group[key])
        parts.push(`<li><strong>${escapeHtml(n.titulo)}</strong>: ${escapeHtml(when(n))}.</li>`);
      parts.push('</ul>');
    }
    parts.push(
      `<p><a href="${escapeHtml(group.link)}">Ver la ruta de ${escapeHtml(nombre)}</a></p>`,
    );
  }
  parts.push(`<p style="color:#52606d;font-size:13px">${escapeHtml(FOOTER)}</p></body></html>`);
  return parts.join('\n');
}

/** The digest e-mail of one user for one day: Spanish subject, plain text and simple HTML. */
export function renderDigestMail(input: {
  nombre: string;
  date: string;
  notices: readonly DigestNotice[];
  publicUrl: string;
}): DigestMail {
  const date = longDate(input.date);
  const late = input.notices.filter((n) => n.tipo === 'vencido').length;
  const upcoming = input.notices.length - late;
  const counts = [
    ...(late > 0 ? [plural(late, 'vencido', 'vencidos')] : []),
    ...(upcoming > 0 ? [plural(upcoming, 'próximo', 'próximos')] : []),
  ].join(' y ');
  const view = {
    nombre: input.nombre,
    date,
    groups: groupByMunicipality(input.notices, input.publicUrl),
  };
  return {
    subject: `Resumen diario de Ruta POT, ${date}: ${counts}`,
    text: renderText(view),
    html: renderHtml(view),
  };
}

/** Spanish lines describing a run (CLI output and server log). */
export function summaryLines(summary: DigestRunSummary): string[] {
  const date = longDate(summary.date);
  if (summary.status === 'unconfigured')
    return [
      'No hay servidor de correo configurado (RUTA_POT_SMTP_URL): no se envió ningún correo. ' +
        'Los avisos siguen disponibles en la plataforma.',
    ];
  if (summary.status === 'busy')
    return [
      `Resumen del ${date}: otro proceso lo está enviando en este momento; no se envió nada.`,
    ];
  const skipped = summary.alreadySent + summary.nothingToSend;
  const lines = [
    `Resumen del ${date}: ${plural(summary.sent, 'enviado', 'enviados')}, ` +
      `${plural(skipped, 'omitido', 'omitidos')} (${summary.alreadySent} ya enviados, ` +
      `${summary.nothingToSend} sin vencidos ni próximos), ` +
      `${plural(summary.failures.length, 'fallido', 'fallidos')}.`,
  ];
  for (const f of summary.failures) lines.push(`  No se pudo enviar a ${f.email}: ${f.reason}`);
  if (summary.failures.length > 0)
    lines.push(
      'Los fallidos no quedan registrados como enviados: se reintentan en la próxima ejecución.',
    );
  return lines;
}
