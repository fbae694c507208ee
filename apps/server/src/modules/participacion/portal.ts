import { rowsOf } from '@ruta-pot/db';
import { APORTE_LIFECYCLE, type AporteState, aporteTimeline } from '@ruta-pot/domain';
import { sql } from 'drizzle-orm';

import { todayInColombia } from '../../http/dates';
import { AppError } from '../../http/errors';
import { invalidateMunicipalViews } from '../../http/municipal-view-cache';
import type { RequestServices, SessionUser } from '../../http/types';
import { deliverLink, newToken } from '../accounts/links';
import { normalisedEmail } from '../accounts/service';
import { hashToken } from '../auth/service';
import { type Attachment, insertAporte, withFileCleanup } from './aporte-intake';
import { addTimeline, auditAporte, moveAporte } from './aporte-store';
import { answerView, readTimeline } from './register';

/** Aportes one address (or one account) may submit in an hour: people write, scripts flood. */
export const APORTES_PER_HOUR = 10;

/** Days a confirmation link works: an unconfirmed aporte never reaches the register. */
const CONFIRMATION_DAYS = 7;

const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');
const confirmUrl = (url: string, codigo: string, token: string) =>
  `${base(url)}/publico/${codigo}/participa/confirmar#${codigo}.${token}`;
const followUrl = (url: string, codigo: string, token: string) =>
  `${base(url)}/publico/${codigo}/participa/seguimiento#${codigo}.${token}`;

const deadLink = () =>
  new AppError(
    'entrada_invalida',
    'El enlace no es válido o ya se usó. Revise que lo copió completo.',
  );

/** `<código>.<token>` from a link's fragment (the token never travels in a URL to a log). */
function readLink(enlace: string): { codigo: string; hash: string } {
  const fragment = enlace.includes('#') ? enlace.slice(enlace.indexOf('#') + 1) : enlace;
  const m = /^(\d{5})\.([A-Za-z0-9_-]{20,100})$/.exec(fragment.trim());
  if (!m) throw deadLink();
  return { codigo: m[1]!, hash: hashToken(m[2]!) };
}

export interface PortalSubmission {
  texto: string;
  nombre?: string | undefined;
  correo?: string | undefined;
  consentimiento?: string | undefined;
  documento?: string | undefined;
  articulo?: string | undefined;
  capa?: string | undefined;
  geometria?: string | undefined;
  adjuntos: readonly Attachment[];
}

/**
 * A citizen's aporte from the public portal. Signed in (a verified account), it is received at
 * once and the follow link is returned; otherwise it waits for the e-mail confirmation, whose
 * link goes by mail (or is returned when the installation sends no mail).
 */
export async function submitFromPortal(
  services: RequestServices,
  input: { codigo: string; user: SessionUser | null; address: string; form: PortalSubmission },
) {
  const { deps } = services;
  const { form, user } = input;
  if (!user && !form.correo?.trim())
    throw new AppError(
      'entrada_invalida',
      'Escriba su correo para confirmar el aporte, o inicie sesión.',
      { campo: 'correo' },
    );
  const correo = user ? undefined : normalisedEmail(form.correo ?? '');
  const nombre = user ? undefined : form.nombre?.trim() || undefined;
  const confirmToken = user ? null : newToken();
  const followToken = user ? newToken() : null;
  const at = deps.clock.now();
  const saved = await withFileCleanup(deps, input.codigo, (created) =>
    deps.db.withContext({ municipio: input.codigo }, async (tx) => {
      const aporte = await insertAporte(
        { tx, deps, codigo: input.codigo, at, createdFiles: created },
        {
          origen: 'portal',
          estado: user ? 'recibido' : 'por_confirmar',
          texto: form.texto,
          autorNombre: nombre,
          autorCorreo: correo,
          cuentaId: user?.id,
          consentimiento: form.consentimiento,
          documento: form.documento,
          articulo: form.articulo,
          capa: form.capa,
          geometria: form.geometria,
          recibidoEn: todayInColombia(deps.clock),
          confirmacionHash: confirmToken ? hashToken(confirmToken) : undefined,
          seguimientoHash: followToken ? hashToken(followToken) : undefined,
          origenRedHash: hashToken(`red:${input.address}`),
          adjuntos: form.adjuntos,
        },
      );
      const actor = { userId: user?.id ?? null, label: user?.email ?? 'portal público', roles: [] };
      await auditAporte(tx, {
        codigo: input.codigo,
        actor,
        accion: 'presentar',
        aporte: aporte.codigo,
        at,
      });
      return aporte;
    }),
  );
  if (followToken)
    return {
      codigo: saved.codigo,
      estado: 'recibido' as const,
      confirmacion: null,
      seguimiento: followUrl(services.publicUrl, input.codigo, followToken),
    };
  const link = confirmUrl(services.publicUrl, input.codigo, confirmToken!);
  const confirmacion = await deliverLink(
    services.mailer,
    {
      to: correo!,
      subject: `Confirme su aporte ${saved.codigo} al plan de ordenamiento`,
      text: `Recibimos su aporte ${saved.codigo}. Para que cuente, confírmelo en los próximos ${CONFIRMATION_DAYS} días abriendo este enlace:\n\n${link}\n\nDespués recibirá el enlace para seguir lo que pase con él. Si usted no lo envió, ignore este mensaje.`,
    },
    link,
  );
  return {
    codigo: saved.codigo,
    estado: 'por_confirmar' as const,
    confirmacion,
    seguimiento: null,
  };
}

/** The author confirms by the mailed link: the aporte is received and gets its follow link. */
export async function confirmFromLink(services: RequestServices, enlace: string) {
  const { deps } = services;
  const { codigo, hash } = readLink(enlace);
  const at = deps.clock.now();
  const followToken = newToken();
  const confirmed = await deps.db.withContext({ municipio: codigo }, async (tx) => {
    const [a] = rowsOf<{
      id: string;
      codigo: string;
      estado: AporteState;
      vencido: boolean;
      nombre: string;
    }>(
      await tx.execute(sql`SELECT a.id, a.codigo, a.estado, m.nombre,
          a.creado_en < ${at.toISOString()}::timestamptz - make_interval(days => ${CONFIRMATION_DAYS}) AS vencido
        FROM participacion_aportes a JOIN municipios m ON m.codigo = a.municipality_id
        WHERE a.municipality_id = ${codigo} AND a.confirmacion_hash = ${hash} FOR UPDATE OF a`),
    );
    if (!a || a.estado !== 'por_confirmar') throw deadLink();
    if (a.vencido)
      throw new AppError(
        'entrada_invalida',
        `El enlace venció: los aportes se confirman dentro de ${CONFIRMATION_DAYS} días. Envíe el aporte de nuevo.`,
      );
    moveAporte(a.estado, 'recibido', ['ciudadano']);
    await tx.execute(sql`UPDATE participacion_aportes SET estado = 'recibido', confirmacion_hash = NULL,
      seguimiento_hash = ${hashToken(followToken)} WHERE municipality_id = ${codigo} AND id = ${a.id}`);
    await addTimeline(tx, { codigo, aporteId: a.id, kind: 'confirmado', at });
    const actor = { userId: null, label: 'enlace de confirmación', roles: [] };
    await auditAporte(tx, { codigo, actor, accion: 'confirmar', aporte: a.codigo, at });
    return a;
  });
  // The link carries no municipality path: drop its cached register views here.
  invalidateMunicipalViews(deps.db, codigo);
  return {
    codigo: confirmed.codigo,
    municipio: codigo,
    seguimiento: followUrl(services.publicUrl, codigo, followToken),
  };
}

/** What the author sees from the follow link: state, answer and timeline (no one else's data). */
export async function followFromLink(services: RequestServices, enlace: string) {
  const { codigo, hash } = readLink(enlace);
  return services.deps.db.withContext({ municipio: codigo }, async (tx) => {
    const [a] = rowsOf<{
      id: string;
      codigo: string;
      estado: AporteState;
      texto: string;
      tema: string | null;
      recibido_en: string;
      grupo: string | null;
      nombre: string;
      departamento: string;
    }>(
      await tx.execute(sql`SELECT a.id, a.codigo, a.estado, a.texto, a.tema, a.recibido_en::text, g.codigo AS grupo,
          m.nombre, m.departamento
        FROM participacion_aportes a JOIN municipios m ON m.codigo = a.municipality_id
        LEFT JOIN participacion_grupos g ON g.municipality_id = a.municipality_id AND g.id = a.grupo_id
        WHERE a.municipality_id = ${codigo} AND a.seguimiento_hash = ${hash}`),
    );
    if (!a) throw deadLink();
    const [r] = rowsOf<Parameters<typeof answerView>[0]>(
      await tx.execute(sql`SELECT resultado, razones, documento_version, articulo, elemento_mapa
        FROM participacion_respuestas WHERE municipality_id = ${codigo} AND aporte_id = ${a.id}`),
    );
    return {
      municipio: { codigo, nombre: a.nombre, departamento: a.departamento },
      codigo: a.codigo,
      estado: a.estado,
      estadoEtiqueta: APORTE_LIFECYCLE.labels[a.estado],
      texto: a.texto,
      tema: a.tema,
      recibidoEn: a.recibido_en,
      grupo: a.grupo,
      respuesta: r ? answerView(r) : null,
      lineaTiempo: aporteTimeline(await readTimeline(tx, codigo, a.id)).map((l) => ({
        en: l.at,
        texto: l.text,
      })),
    };
  });
}
