import { t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { sinCodigosInternos } from '../../ui/citas/model';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import { TablaPlazos } from '../../ui/tabla-plazos';
import { LineaTiempo } from './linea-tiempo';
import { claveEstado } from './model';
import type { EstadoPot, PlanVigente, Plazo, UltimaFechaUtil, Vigencias } from './types';

export function BannerEstado({ vigencias }: { vigencias: Vigencias }) {
  const clave = claveEstado(vigencias);
  if (!clave) return null;
  const vencido = vigencias.status === 'vencido';
  return (
    <section
      aria-labelledby="titulo-estado-plan"
      class={`banner ${vencido ? 'banner-vencido' : 'banner-vigente'}`}
    >
      <h2 id="titulo-estado-plan" class="banner-rotulo">
        {t('estado.estadoPlan')}
      </h2>
      <p class="banner-estado">
        <span aria-hidden="true" class="banner-icono">
          {vencido ? '!' : '✓'}
        </span>{' '}
        {t(clave)}
      </p>
      <p>{vigencias.statusExplanation}</p>
      <ListaCitas citas={vigencias.citations} />
    </section>
  );
}

export function SeccionPlan({ plan }: { plan: PlanVigente }) {
  const declaradas = plan.vigenciasDeclaradas;
  return (
    <section aria-labelledby="titulo-plan">
      <h2 id="titulo-plan">{t('estado.plan')}</h2>
      <dl class="datos">
        <dt>{t('estado.instrumento')}</dt>
        <dd>{plan.instrumento}</dd>
        <dt>{t('estado.adopcion')}</dt>
        <dd>{fechaLarga(plan.adopcion)}</dd>
        {plan.revisionGeneral ? (
          <>
            <dt>{t('estado.revisionGeneral')}</dt>
            <dd>{fechaLarga(plan.revisionGeneral)}</dd>
          </>
        ) : null}
        {declaradas?.shortTermEnd ? (
          <>
            <dt>{t('estado.declaradaCorto')}</dt>
            <dd>{fechaLarga(declaradas.shortTermEnd)}</dd>
          </>
        ) : null}
        {declaradas?.mediumTermEnd ? (
          <>
            <dt>{t('estado.declaradaMediano')}</dt>
            <dd>{fechaLarga(declaradas.mediumTermEnd)}</dd>
          </>
        ) : null}
        {declaradas?.longTermEnd ? (
          <>
            <dt>{t('estado.declaradaLargo')}</dt>
            <dd>{fechaLarga(declaradas.longTermEnd)}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

export function SeccionTipoPlan({ tipoPlan }: { tipoPlan: NonNullable<EstadoPot['tipoPlan']> }) {
  return (
    <section aria-labelledby="titulo-tipo-plan">
      <h2 id="titulo-tipo-plan">{t('estado.tipoPlan')}</h2>
      <p class="destacado">{t(`plan.${tipoPlan.planType}` as const)}</p>
      <p>{sinCodigosInternos(tipoPlan.explanation)}</p>
      <ListaCitas citas={tipoPlan.citations} />
      <ListaAdvertencias advertencias={tipoPlan.warnings} />
    </section>
  );
}

interface PropsVigencias {
  vigencias: Vigencias;
  periodos: EstadoPot['periodos'];
  fecha: string;
  hoy: string;
}

export function SeccionVigencias({ vigencias, periodos, fecha, hoy }: PropsVigencias) {
  const base =
    vigencias.basis === 'revision_general' ? 'estado.baseRevision' : 'estado.baseAdopcion';
  return (
    <section aria-labelledby="titulo-vigencias">
      <h2 id="titulo-vigencias">{t('estado.vigencias')}</h2>
      <p>{t(base, { fecha: fechaLarga(vigencias.basisDate) })}</p>
      <ListaAdvertencias advertencias={vigencias.warnings} />
      <LineaTiempo
        inicio={vigencias.basisDate}
        contenidos={vigencias.contents}
        periodos={periodos}
        fecha={fecha}
        hoy={hoy}
      />
      <dl class="datos">
        <dt>{t('estado.inicioFormulacion')}</dt>
        <dd>
          <time dateTime={vigencias.formulationStart}>
            {fechaLarga(vigencias.formulationStart)}
          </time>
        </dd>
      </dl>
      {vigencias.belowLegalMinimum.length > 0 ? (
        <Alerta tipo="advertencia" titulo={t('estado.bajoMinimo')}>
          <ul>
            {vigencias.belowLegalMinimum.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </Alerta>
      ) : null}
      <h3>{t('estado.interpretacion')}</h3>
      <p>
        {vigencias.interpretation.countAdoptionPeriod
          ? t('estado.cuentaAdopcion')
          : t('estado.noCuentaAdopcion')}{' '}
        {vigencias.interpretation.description}
      </p>
      <ListaCitas citas={vigencias.citations} />
    </section>
  );
}

export function SeccionPlazos({ plazos, fecha }: { plazos: readonly Plazo[]; fecha: string }) {
  return (
    <section aria-labelledby="titulo-plazos">
      <h2 id="titulo-plazos">{t('plazos.titulo')}</h2>
      {plazos.length === 0 ? (
        <p>{t('plazos.ninguno')}</p>
      ) : (
        <TablaPlazos filas={plazos} titulo={t('plazos.tabla', { fecha: fechaLarga(fecha) })} />
      )}
    </section>
  );
}

export function SeccionUltimaFecha({ ultima }: { ultima: UltimaFechaUtil | null }) {
  return (
    <section aria-labelledby="titulo-ultima">
      <h2 id="titulo-ultima">{t('ultima.titulo')}</h2>
      {ultima ? (
        <>
          <dl class="datos">
            <dt>{t('ultima.finPeriodo')}</dt>
            <dd>{fechaLarga(ultima.termEnd)}</dd>
            <dt>{t('ultima.presentacion')}</dt>
            <dd class="destacado">{fechaLarga(ultima.latestPresentationToConcejo)}</dd>
          </dl>
          <p>{sinCodigosInternos(ultima.explanation)}</p>
          <ListaCitas citas={ultima.citations} />
        </>
      ) : (
        <p>{t('ultima.ninguna')}</p>
      )}
    </section>
  );
}
