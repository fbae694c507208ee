// Pestaña «Eventos y actores»: resumen, eventos con su asistencia y evidencia, actores y estrategia.
import { useState } from 'preact/hooks';

import { type ClaveTexto, t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { fechaLarga, formatearEntero } from '../../ui/formato/model';
import { FormularioRegistro, useRegistro } from '../../ui/formulario/registro';
import { TablaDesplazable } from '../expediente/tabla';
import { useSesion } from '../sesion/session-context';
import { SeccionActores, SeccionEstrategia } from './espacio-actores';
import {
  crearEvento,
  type Evento,
  listarEventos,
  obtenerResumen,
  type Resumen,
} from './espacio-api';
import { Citas, useDatos } from './espacio-comun';
import { DetalleEvento } from './espacio-evento';
import { advertenciasDe, permisosEn, sumaAsistentes } from './espacio-model';

const TIPOS_EVENTO = [
  'taller',
  'mesa',
  'audiencia_publica',
  'exhibicion',
  'cabildo_abierto',
  'consejo_gobierno',
  'otro',
] as const;

function SeccionResumen({ codigo, version }: { codigo: string; version: number }) {
  const { datos, estado } = useDatos((s) => obtenerResumen(codigo, s), [codigo, version]);
  if (!datos) return estado;
  const r: Resumen = datos;
  return (
    <section aria-labelledby="espacio-resumen">
      <h2 id="espacio-resumen">{t('espacio.resumen')}</h2>
      <ul>
        <li>{t('espacio.resumenEventos', { n: r.eventos, m: r.eventosConAsistencia })}</li>
        <li>{t('espacio.resumenAsistentes', { n: formatearEntero(r.asistentes) })}</li>
        <li>{t('espacio.resumenActores', { n: r.actores })}</li>
      </ul>
      {r.faltantes.length > 0 ? (
        <>
          <h3>{t('espacio.faltantes')}</h3>
          {r.faltantes.map((f) => (
            <Alerta key={f.requisito} tipo="advertencia" titulo={f.mensaje}>
              <Citas citas={f.citas} />
            </Alerta>
          ))}
        </>
      ) : r.registroIniciado ? null : (
        <p class="nota">{t('espacio.registroSinIniciar')}</p>
      )}
      <ListaAdvertencias advertencias={advertenciasDe(r.advertencias)} />
    </section>
  );
}

function FormularioEvento({ codigo, alCrear }: { codigo: string; alCrear: () => void }) {
  const registro = useRegistro(
    { tipo: 'taller', titulo: '', fecha: '', lugar: '', agenda: '', convocatoria: '' },
    {
      enviar: (d) =>
        crearEvento(codigo, {
          tipo: d.tipo,
          titulo: d.titulo.trim(),
          fecha: d.fecha,
          ...(d.lugar.trim() ? { lugar: d.lugar.trim() } : {}),
          ...(d.agenda.trim() ? { agenda: d.agenda.trim() } : {}),
          convocatoriaPublicadaEn: d.convocatoria || null,
        }),
      exito: (ev) => t('espacio.eventoCreado', { titulo: ev.titulo }),
      alCrear,
    },
  );
  return (
    <FormularioRegistro
      titulo={t('espacio.nuevoEvento')}
      registro={registro}
      campos={[
        {
          clave: 'tipo',
          id: 'evento-tipo',
          etiqueta: t('espacio.eventoTipo'),
          control: 'selector',
          opciones: TIPOS_EVENTO,
          prefijo: 'espacio.tipoEvento',
        },
        {
          clave: 'titulo',
          id: 'evento-titulo',
          etiqueta: t('espacio.eventoTitulo'),
          requerido: true,
        },
        {
          clave: 'fecha',
          id: 'evento-fecha',
          etiqueta: t('espacio.eventoFecha'),
          tipo: 'date',
          requerido: true,
        },
        { clave: 'lugar', id: 'evento-lugar', etiqueta: t('espacio.eventoLugar'), opcional: true },
        {
          clave: 'agenda',
          id: 'evento-agenda',
          etiqueta: t('espacio.eventoAgenda'),
          control: 'area',
          opcional: true,
        },
        {
          clave: 'convocatoria',
          id: 'evento-convocatoria',
          etiqueta: t('espacio.eventoConvocatoria'),
          ayuda: t('espacio.eventoConvocatoriaAyuda'),
          tipo: 'date',
          opcional: true,
        },
      ]}
      boton={t('espacio.crearEvento')}
    />
  );
}

function TablaEventos(props: {
  eventos: readonly Evento[];
  abierto: string | null;
  alAbrir: (id: string | null) => void;
}) {
  const total = sumaAsistentes(props.eventos);
  return (
    <TablaDesplazable nombre={t('espacio.tablaEventos')}>
      <table>
        <caption>{t('espacio.tablaEventos')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('espacio.eventoTitulo')}</th>
            <th scope="col">{t('espacio.asistentes')}</th>
            <th scope="col">{t('espacio.eventoFecha')}</th>
            <th scope="col">{t('espacio.eventoTipo')}</th>
            <th scope="col">{t('espacio.evidencia')}</th>
            <th scope="col">
              <span class="visualmente-oculto">{t('espacio.acciones')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.eventos.map((e) => (
            <tr key={e.id}>
              <th scope="row">{e.titulo}</th>
              <td>{formatearEntero(e.asistentes)}</td>
              <td>{fechaLarga(e.fecha)}</td>
              <td>{t(`espacio.tipoEvento.${e.tipo}` as ClaveTexto)}</td>
              <td>
                {[
                  e.convocatoriaEvidencia
                    ? t('espacio.conConvocatoria')
                    : t('espacio.sinConvocatoria'),
                  e.actaEvidencia ? t('espacio.conActa') : t('espacio.sinActa'),
                ].join(' · ')}
              </td>
              <td>
                <Boton
                  variante="secundario"
                  aria-expanded={props.abierto === e.id ? 'true' : 'false'}
                  aria-controls="evento-detalle"
                  aria-label={t(
                    props.abierto === e.id ? 'espacio.cerrarDetalleDe' : 'espacio.verDetalleDe',
                    { titulo: e.titulo },
                  )}
                  onClick={() => props.alAbrir(props.abierto === e.id ? null : e.id)}
                >
                  {props.abierto === e.id ? t('espacio.cerrarDetalle') : t('espacio.verDetalle')}
                </Boton>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('espacio.totalAsistentes')}</th>
            <td>{formatearEntero(total)}</td>
            <td colSpan={4} />
          </tr>
        </tfoot>
      </table>
    </TablaDesplazable>
  );
}

function SeccionEventos(props: { codigo: string; oficina: boolean; alCambiar: () => void }) {
  const { codigo, oficina } = props;
  const {
    datos,
    estado,
    recargar: recargarLista,
  } = useDatos((s) => listarEventos(codigo, s), [codigo]);
  const recargar = () => {
    recargarLista();
    props.alCambiar();
  };
  const [abierto, setAbierto] = useState<string | null>(null);
  return (
    <section aria-labelledby="espacio-eventos">
      <h2 id="espacio-eventos">{t('espacio.eventos')}</h2>
      <p>{t('espacio.eventosIntro')}</p>
      {estado}
      {datos?.eventos.length === 0 ? <p>{t('espacio.sinEventos')}</p> : null}
      {datos && datos.eventos.length > 0 ? (
        <TablaEventos eventos={datos.eventos} abierto={abierto} alAbrir={setAbierto} />
      ) : null}
      {abierto ? (
        <DetalleEvento codigo={codigo} id={abierto} oficina={oficina} alCambiar={recargar} />
      ) : null}
      {oficina ? <FormularioEvento codigo={codigo} alCrear={recargar} /> : null}
    </section>
  );
}

/** Pestaña «Eventos y actores» de /m/:codigo/participacion. */
export function EventosActoresPestana({ codigo }: { codigo: string }) {
  const { sesion } = useSesion();
  const permisos = permisosEn(sesion, codigo);
  // The summary counts events and attendance: it reloads after each change of an event.
  const [version, setVersion] = useState(0);
  return (
    <>
      <SeccionResumen codigo={codigo} version={version} />
      <SeccionEventos
        codigo={codigo}
        oficina={permisos.oficina}
        alCambiar={() => setVersion((v) => v + 1)}
      />
      <SeccionActores codigo={codigo} oficina={permisos.oficina} />
      <SeccionEstrategia codigo={codigo} oficina={permisos.oficina} />
    </>
  );
}
