import { t } from '../i18n/es-CO';
import type { Cita } from './citas/model';
import { sinCodigosInternos } from './citas/model';
import { citasUnicas, insigniaConfianza, textoCita, urlSegura } from './citas/model';

interface Props {
  citas: readonly Cita[] | undefined;
  /** Texto antes de la lista; por defecto "Fuente legal". */
  etiqueta?: string;
}

function InsigniaConfianza({ cita }: { cita: Cita }) {
  const insignia = insigniaConfianza(cita.confidence);
  if (!insignia) return null;
  return (
    <span class={`insignia insignia-${insignia}`}>
      {insignia === 'porConfirmar' ? t('citas.confianzaK') : t('citas.confianzaDesconocida')}
    </span>
  );
}

/** Lista compacta de fuentes legales: "Ley 388 de 1997, art. 28" (enlazada si hay URL). */
export function ListaCitas({ citas, etiqueta }: Props) {
  const unicas = citasUnicas(citas ?? []);
  if (unicas.length === 0) {
    return <p class="citas citas-vacia">{t('citas.sinFuente')}</p>;
  }
  return (
    <div class="citas">
      <span class="citas-etiqueta">{etiqueta ?? t('citas.etiqueta')}:</span>{' '}
      <ul class="citas-lista">
        {unicas.map((cita) => {
          const url = urlSegura(cita.url);
          const texto = textoCita(cita);
          return (
            <li key={`${cita.norm}|${cita.article}|${cita.note ?? ''}`}>
              {url ? (
                <a href={url} rel="noopener noreferrer" class="cita-enlace">
                  {texto}
                </a>
              ) : (
                <cite>{texto}</cite>
              )}
              {cita.note ? <span class="cita-nota"> ({sinCodigosInternos(cita.note)})</span> : null}{' '}
              <InsigniaConfianza cita={cita} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
