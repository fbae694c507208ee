// «Cierre del proceso»: registrar la adopción o archivar, con las opciones que permite la tabla
// de estados del proceso (PROCESS_LIFECYCLE, la misma que aplica el servidor).
import {
  ADOPTION_VIAS,
  type AdoptionVia,
  ARCHIVE_REASON_LABELS,
  type ArchiveReason,
  archiveReasonsFrom,
  PROCESS_LIFECYCLE,
} from '@ruta-pot/domain';
import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { ListaCitas } from '../../ui/citation-list';
import { FormularioRegistro, useRegistro } from '../../ui/formulario/registro';
import { cerrarProceso } from './api';
import type { ContextoRuta, Proceso } from './types';

const VIAS: Record<string, string> = {
  acuerdo_concejo: t('ruta.cierre.viaAcuerdo'),
  decreto_alcalde: t('ruta.cierre.viaDecreto'),
};

interface Props {
  ctx: ContextoRuta;
  alCerrar: (p: Proceso) => void;
}

function FormAdopcion({ ctx, alCerrar }: Props) {
  const { proceso } = ctx;
  const [sinNegacion, setSinNegacion] = useState(false);
  const r = useRegistro(
    { via: 'acuerdo_concejo', instrumento: '', fecha: '' },
    {
      enviar: (d) =>
        cerrarProceso(ctx.codigo, proceso.id, {
          accion: 'registrar_adopcion',
          version: proceso.version,
          via: d.via as AdoptionVia,
          instrumento: d.instrumento,
          fecha: d.fecha,
          ...(d.via === 'decreto_alcalde' ? { sinNegacionExpresa: sinNegacion } : {}),
        }),
      exito: (_p, d) => t('ruta.cierre.adoptado', { instrumento: d.instrumento }),
      alCrear: alCerrar,
      vaciar: [],
    },
  );
  const citas =
    PROCESS_LIFECYCLE.transitions.find(
      (tr) => tr.from === proceso.estado && tr.action === 'registrar_adopcion',
    )?.citations ?? [];
  return (
    <FormularioRegistro
      titulo={t('ruta.cierre.adopcionTitulo')}
      nivel={3}
      intro={t('ruta.cierre.adopcionIntro')}
      registro={r}
      campos={[
        {
          clave: 'via',
          id: 'cierre-via',
          etiqueta: t('ruta.cierre.via'),
          control: 'selector',
          opciones: ADOPTION_VIAS,
          etiquetas: VIAS,
        },
        {
          clave: 'instrumento',
          id: 'cierre-instrumento',
          etiqueta: t('ruta.cierre.instrumento'),
          ayuda: t('ruta.cierre.instrumentoAyuda'),
          requerido: true,
        },
        {
          clave: 'fecha',
          id: 'cierre-fecha',
          etiqueta: t('ruta.cierre.fecha'),
          tipo: 'date',
          requerido: true,
        },
      ]}
      boton={t('ruta.cierre.adoptar')}
      clase="cierre-form"
    >
      {r.datos.via === 'decreto_alcalde' ? (
        <>
          <p>{t('ruta.cierre.decretoCondiciones')}</p>
          <label class="casilla">
            <input
              type="checkbox"
              checked={sinNegacion}
              onChange={(e) => setSinNegacion((e.target as HTMLInputElement).checked)}
            />{' '}
            {t('ruta.cierre.sinNegacion')}
          </label>
        </>
      ) : null}
      <ListaCitas citas={citas} />
    </FormularioRegistro>
  );
}

function FormArchivo({ ctx, alCerrar }: Props) {
  const { proceso } = ctx;
  const motivos = archiveReasonsFrom(proceso.estado);
  const r = useRegistro(
    { motivo: motivos[0] ?? '', nota: '' },
    {
      enviar: (d) =>
        cerrarProceso(ctx.codigo, proceso.id, {
          accion: 'archivar',
          version: proceso.version,
          motivo: d.motivo as ArchiveReason,
          ...(d.nota.trim() ? { nota: d.nota } : {}),
        }),
      exito: () => t('ruta.cierre.archivado'),
      alCrear: alCerrar,
      vaciar: [],
    },
  );
  if (motivos.length === 0) return null;
  return (
    <FormularioRegistro
      titulo={t('ruta.cierre.archivoTitulo')}
      nivel={3}
      intro={t('ruta.cierre.archivoIntro')}
      registro={r}
      campos={[
        {
          clave: 'motivo',
          id: 'cierre-motivo',
          etiqueta: t('ruta.cierre.motivo'),
          control: 'selector',
          opciones: motivos,
          etiquetas: ARCHIVE_REASON_LABELS,
        },
        {
          clave: 'nota',
          id: 'cierre-nota',
          etiqueta: t('ruta.cierre.nota'),
          control: 'area',
          opcional: true,
        },
      ]}
      boton={t('ruta.cierre.archivar')}
      clase="cierre-form"
    />
  );
}

/**
 * Cómo termina el proceso: solo para quien puede radicarlo (alcaldía y planeación) y mientras la
 * tabla de estados permita moverlo (un proceso adoptado o archivado ya no cambia).
 */
export function CierreProceso({ ctx, alCerrar }: Props) {
  const { proceso } = ctx;
  const abierto = PROCESS_LIFECYCLE.transitions.some((tr) => tr.from === proceso.estado);
  if (!abierto || !proceso.permisos.radicar) return null;
  return (
    <section class="tarjeta cierre-proceso no-imprimir" aria-labelledby="cierre-titulo">
      <h2 id="cierre-titulo">{t('ruta.cierre.titulo')}</h2>
      <details>
        <summary>{t('ruta.cierre.abrir')}</summary>
        {proceso.estado === 'radicado_concejo' ? (
          <FormAdopcion ctx={ctx} alCerrar={alCerrar} />
        ) : (
          <p>{t('ruta.cierre.antesDeRadicar')}</p>
        )}
        <FormArchivo ctx={ctx} alCerrar={alCerrar} />
      </details>
    </section>
  );
}
