import './expediente.css';

import { useEffect, useState } from 'preact/hooks';

import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { membresiaEn } from '../sesion/model';
import { useSesion } from '../sesion/session-context';
import { obtenerExpediente } from './api';
import { SeccionArchivo } from './archivo';
import { SeccionDocumento } from './documento';
import { SeccionImportar } from './importar';
import { SeccionIndicadores } from './indicadores';
import { numero } from './model';
import { SeccionPrograma } from './programa';
import { SeccionSuficiencia } from './suficiencia';
import type { Expediente } from './types';

const ROLES_QUE_EDITAN = new Set(['alcaldia', 'planeacion']);

function Cifra({ titulo, valor }: { titulo: string; valor: string }) {
  return (
    <div class="tarjeta cifra-expediente">
      <p class="cifra">{valor}</p>
      <p>{titulo}</p>
    </div>
  );
}

function Resumen({ e }: { e: Expediente }) {
  const pct = (n: number | null | undefined) =>
    n === null || n === undefined ? t('expediente.sinDato') : `${numero(n)} %`;
  const actual = e.planDesarrolloActual;
  return (
    <section aria-labelledby="titulo-resumen">
      <h2 id="titulo-resumen">{t('expediente.resumen')}</h2>
      <div class="rejilla-cifras">
        <Cifra
          titulo={t('expediente.rezagados')}
          valor={t('expediente.nDeM', { n: e.rezagados, m: e.indicadores.length })}
        />
        <Cifra titulo={t('expediente.ejecucionFisica')} valor={pct(e.ejecucion.ejecucionFisica)} />
        <Cifra
          titulo={t('expediente.ejecucionFinanciera')}
          valor={pct(e.ejecucion.ejecucionFinanciera)}
        />
        <Cifra titulo={t('expediente.suficiencia')} valor={pct(e.suficiencia?.porcentaje)} />
        <Cifra
          titulo={t('expediente.enPlanActual')}
          valor={
            actual
              ? t('expediente.nDeM', { n: actual.incluidos, m: actual.programados })
              : t('expediente.sinDato')
          }
        />
      </div>
    </section>
  );
}

/** /m/:codigo/expediente — the municipality's memory and the follow-up document it feeds. */
export function ExpedientePage({ codigo }: { codigo: string }) {
  const { sesion } = useSesion();
  const membresia = membresiaEn(sesion, codigo);
  const nombre = membresia?.municipio.nombre ?? codigo;
  useTitulo(t('expediente.tituloDe', { nombre }));
  const { recurso, recargar } = useRecurso((senal) => obtenerExpediente(codigo, senal), [codigo]);
  // The last data stays on screen while a change reloads it, so forms keep their confirmation.
  const [datos, setDatos] = useState<Expediente | null>(null);
  useEffect(() => {
    if (recurso.estado === 'ok') setDatos(recurso.datos);
  }, [recurso]);
  const puedeEditar =
    (sesion?.usuario.esAdministrador ?? false) ||
    (membresia !== null && ROLES_QUE_EDITAN.has(membresia.rol));
  return (
    <>
      <p>
        <Enlace href={`/m/${encodeURIComponent(codigo)}`}>{t('expediente.volver')}</Enlace>
      </p>
      <h1>{t('expediente.tituloDe', { nombre })}</h1>
      <p>{t('expediente.intro')}</p>
      {!datos && recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {datos ? (
        <>
          <Resumen e={datos} />
          <SeccionIndicadores
            codigo={codigo}
            indicadores={datos.indicadores}
            puedeEditar={puedeEditar}
            alCambiar={recargar}
          />
          <SeccionPrograma ejecucion={datos.ejecucion} />
          {puedeEditar ? <SeccionImportar codigo={codigo} alCambiar={recargar} /> : null}
          <SeccionSuficiencia
            key={`suf-${datos.suficiencia?.respondidos ?? 0}`}
            codigo={codigo}
            tipoPlan={datos.tipoPlan}
            suficiencia={datos.suficiencia}
            puedeEditar={puedeEditar}
            alCambiar={recargar}
          />
          <SeccionDocumento
            codigo={codigo}
            expediente={datos}
            puedeEditar={puedeEditar}
            documentos
          />
          <SeccionArchivo codigo={codigo} puedeEditar={puedeEditar} />
        </>
      ) : null}
    </>
  );
}
