import { t } from '../../i18n/es-CO';
import { ListaAdvertencias } from '../../ui/alert';
import { ListaCitas } from '../../ui/citation-list';
import { ordenarTiposRevision } from './model';
import type { TipoRevision } from './types';

function Lista({ titulo, elementos }: { titulo: string; elementos: readonly string[] }) {
  if (elementos.length === 0) return null;
  return (
    <>
      <h4>{titulo}</h4>
      <ul>
        {elementos.map((e) => (
          <li key={e}>{e}</li>
        ))}
      </ul>
    </>
  );
}

function Tipo({ tipo, propuesto }: { tipo: TipoRevision; propuesto: boolean }) {
  return (
    <li class={`tipo-revision ${tipo.open ? 'tipo-abierto' : 'tipo-cerrado'}`}>
      <h3>
        {tipo.label}{' '}
        <span class={`insignia ${tipo.open ? 'insignia-procede' : 'insignia-no-procede'}`}>
          {tipo.open ? t('revision.procede') : t('revision.noProcede')}
        </span>{' '}
        {propuesto ? (
          <span class="insignia insignia-propuesta">{t('revision.propuesta')}</span>
        ) : null}
      </h3>
      <Lista
        titulo={tipo.open ? t('revision.razones') : t('revision.razonesNo')}
        elementos={tipo.reasons}
      />
      {tipo.open ? (
        <>
          <Lista titulo={t('revision.puedeCambiar')} elementos={tipo.mayChange} />
          <Lista titulo={t('revision.requiere')} elementos={tipo.requires} />
        </>
      ) : null}
      <ListaCitas citas={tipo.citations} />
      <ListaAdvertencias advertencias={tipo.warnings} />
    </li>
  );
}

export function TiposRevision({
  tipos,
  propuesta,
}: {
  tipos: readonly TipoRevision[];
  propuesta: string | null;
}) {
  const ordenados = ordenarTiposRevision(tipos, propuesta);
  const hayAbiertos = ordenados.some((x) => x.open);
  return (
    <section aria-labelledby="titulo-revision">
      <h2 id="titulo-revision">{t('revision.titulo')}</h2>
      <p>{t('revision.intro')}</p>
      {hayAbiertos ? null : <p>{t('revision.ninguna')}</p>}
      <ul class="lista-tipos">
        {ordenados.map((tipo) => (
          <Tipo key={tipo.type} tipo={tipo} propuesto={tipo.open && tipo.type === propuesta} />
        ))}
      </ul>
    </section>
  );
}
