import { t } from '../../i18n/es-CO';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { obtenerPolitica, type Politica } from './api';

/** The treatment policy in force, read before giving any personal data (Ley 1581 art. 12). */
export function TextoPolitica({ politica }: { politica: Politica }) {
  return (
    <details class="politica-datos" open>
      <summary>
        {politica.titulo} ({t('politica.version', { version: politica.version })})
      </summary>
      {politica.parrafos.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </details>
  );
}

/** Loads the policy and hands it to `children` once it is there. */
export function ConPolitica({ children }: { children: (p: Politica) => preact.ComponentChildren }) {
  const { recurso, recargar } = useRecurso((s) => obtenerPolitica(s), []);
  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') return <ErrorCarga error={recurso.error} recargar={recargar} />;
  return <>{children(recurso.datos)}</>;
}
