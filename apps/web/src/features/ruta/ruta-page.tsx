import './ruta.css';

import { PROCESS_LIFECYCLE } from '@ruta-pot/domain';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

import type { ErrorApi } from '../../app/http';
import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { obtenerMunicipio } from '../municipio/api';
import { obtenerProcesoActual } from './api';
import { CierreProceso } from './cierre-proceso';
import { Compuerta } from './compuerta';
import { ConsultaPrevia } from './consulta-previa';
import { SeccionEtapas } from './etapas';
import { HistorialEventos } from './historial-eventos';
import { IniciarRevision } from './iniciar-revision';
import { etapaDeItem, etiquetaEstadoProceso } from './model';
import { CajaAlertas, EncabezadoProceso } from './resumen-proceso';
import type { Proceso } from './types';

type Carga =
  | { estado: 'cargando' }
  | { estado: 'ok'; proceso: Proceso }
  | { estado: 'sin-proceso' }
  | { estado: 'error'; codigoHttp: number; error: ErrorApi };

/**
 * Carga el proceso en curso. `refrescar` vuelve a pedirlo sin vaciar la página (conserva el foco y
 * los mensajes de cada fila); `usar` muestra un proceso que ya devolvió el servidor.
 */
function useProceso(codigo: string) {
  const [carga, setCarga] = useState<Carga>({ estado: 'cargando' });
  const [errorRefresco, setErrorRefresco] = useState<string | null>(null);
  const vigente = useRef<AbortController | null>(null);

  const pedir = useCallback(
    async (silencioso: boolean) => {
      vigente.current?.abort();
      const control = new AbortController();
      vigente.current = control;
      if (!silencioso) setCarga({ estado: 'cargando' });
      const r = await obtenerProcesoActual(codigo, control.signal);
      if (control.signal.aborted) return;
      if (r.ok) {
        setErrorRefresco(null);
        setCarga({ estado: 'ok', proceso: r.datos });
      } else if (r.estado === 404 && r.error.codigo.toLowerCase() === 'no_encontrado') {
        setCarga({ estado: 'sin-proceso' });
      } else if (silencioso) {
        setErrorRefresco(r.error.mensaje);
      } else {
        setCarga({ estado: 'error', codigoHttp: r.estado, error: r.error });
      }
    },
    [codigo],
  );

  useEffect(() => {
    void pedir(false);
    return () => vigente.current?.abort();
  }, [pedir]);

  const refrescar = useCallback(() => pedir(true), [pedir]);
  const recargar = useCallback(() => void pedir(false), [pedir]);
  const usar = useCallback((proceso: Proceso) => setCarga({ estado: 'ok', proceso }), []);
  return { carga, errorRefresco, refrescar, recargar, usar };
}

/** Lleva el foco a una fila o fila de evento, tras abrir su etapa. */
function enfocar(id: string): void {
  window.setTimeout(() => {
    const destino = document.getElementById(id);
    if (!destino) return;
    destino.scrollIntoView({ block: 'center' });
    destino.focus();
  }, 0);
}

interface PropsVista {
  codigo: string;
  proceso: Proceso;
  refrescar: () => Promise<void>;
  usar: (p: Proceso) => void;
}

function VistaProceso({ codigo, proceso, refrescar, usar }: PropsVista) {
  const [abiertas, setAbiertas] = useState<ReadonlySet<string>>(
    () => new Set([proceso.etapaActual]),
  );
  const alternar = useCallback((etapa: string, abierta: boolean) => {
    setAbiertas((previas) => {
      if (previas.has(etapa) === abierta) return previas;
      const nuevas = new Set(previas);
      if (abierta) nuevas.add(etapa);
      else nuevas.delete(etapa);
      return nuevas;
    });
  }, []);

  const irAItem = (itemId: string) => {
    const etapa = etapaDeItem(proceso.etapas, itemId);
    if (etapa) alternar(etapa, true);
    enfocar(`item-${itemId}`);
  };
  const irAEvento = (eventoId: string) => enfocar(`evento-${eventoId}`);
  const ctx = { codigo, proceso, refrescar };

  // A process adopted or archived no longer moves: the page offers the next revision above it.
  const cerrado = PROCESS_LIFECYCLE.terminal.includes(proceso.estado);
  return (
    <>
      {cerrado ? (
        <>
          <Alerta
            tipo="info"
            titulo={t('ruta.cerrado', { estado: etiquetaEstadoProceso(proceso.estado) })}
          />
          <IniciarRevision codigo={codigo} alIniciar={usar} />
        </>
      ) : null}
      <EncabezadoProceso proceso={proceso} />
      <CajaAlertas alertas={proceso.alertas} irAItem={irAItem} irAEvento={irAEvento} />
      <ConsultaPrevia ctx={ctx} />
      <Compuerta ctx={ctx} alRadicar={usar} />
      <CierreProceso ctx={ctx} alCerrar={usar} />
      <SeccionEtapas ctx={ctx} abiertas={abiertas} alternar={alternar} />
      <HistorialEventos ctx={ctx} />
    </>
  );
}

/** Ruta de revisión (/m/:codigo/ruta): iniciar la revisión o seguir el proceso en curso. */
export function RutaPage({ codigo }: { codigo: string }) {
  const { carga, errorRefresco, refrescar, recargar, usar } = useProceso(codigo);
  const { recurso: municipio } = useRecurso((s) => obtenerMunicipio(codigo, s), [codigo]);
  const nombre = municipio.estado === 'ok' ? municipio.datos.nombre : null;
  useTitulo(nombre ? t('ruta.tituloDe', { nombre }) : t('ruta.titulo'));

  let cuerpo;
  if (carga.estado === 'cargando') cuerpo = <Cargando />;
  else if (carga.estado === 'error') {
    cuerpo =
      carga.codigoHttp === 403 || carga.codigoHttp === 404 ? (
        <Alerta tipo="error" titulo={carga.error.mensaje} />
      ) : (
        <ErrorCarga error={carga.error} recargar={recargar} />
      );
  } else if (carga.estado === 'sin-proceso') {
    cuerpo = <IniciarRevision codigo={codigo} alIniciar={usar} />;
  } else {
    cuerpo = (
      <VistaProceso codigo={codigo} proceso={carga.proceso} refrescar={refrescar} usar={usar} />
    );
  }

  return (
    <>
      <p class="no-imprimir miga">
        <Enlace href={`/m/${encodeURIComponent(codigo)}`}>
          {nombre ? t('ruta.volverA', { nombre }) : t('ruta.volver')}
        </Enlace>
      </p>
      <h1>
        {t('ruta.titulo')}
        {nombre ? <span class="subtitulo"> — {nombre}</span> : null}
      </h1>
      {errorRefresco ? (
        <Alerta tipo="error" titulo={errorRefresco} anunciar>
          <p>{t('ruta.errorRefresco')}</p>
        </Alerta>
      ) : null}
      {cuerpo}
    </>
  );
}
