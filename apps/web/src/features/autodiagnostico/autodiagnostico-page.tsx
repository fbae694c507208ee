import { useState } from 'preact/hooks';

import { Enlace, useUbicacion } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaHoraColombia } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { membresiaEn } from '../sesion/model';
import { useSesion } from '../sesion/session-context';
import { obtenerAutodiagnostico, obtenerCuestionario } from './api';
import { FormularioAutodiagnostico } from './formulario';
import { etapaElegida, puedeRegistrar } from './model';
import { ResultadosAutodiagnostico } from './resultados';
import type { Cuestionario, EstadoAutodiagnostico } from './types';

function Ultimo({ ultimo }: { ultimo: EstadoAutodiagnostico['ultimo'] }) {
  if (!ultimo) return <p>{t('autodiagnostico.sinRespuestas')}</p>;
  const fecha = fechaHoraColombia(ultimo.respondidoEn);
  return (
    <p>
      {ultimo.respondidoPor
        ? t('autodiagnostico.ultimo', { fecha, nombre: ultimo.respondidoPor })
        : t('autodiagnostico.ultimoSinNombre', { fecha })}
    </p>
  );
}

function Contenido(props: {
  codigo: string;
  cuestionario: Cuestionario;
  estado: EstadoAutodiagnostico;
  alGuardar: () => void;
}) {
  const { sesion } = useSesion();
  const { busqueda } = useUbicacion();
  const etapa = etapaElegida(busqueda, props.cuestionario.etapas);
  const membresia = membresiaEn(sesion, props.codigo);
  const nombre = membresia?.municipio.nombre ?? props.codigo;
  const soloLectura = !puedeRegistrar(membresia, sesion?.usuario.esAdministrador ?? false);
  return (
    <>
      <h1>{t('autodiagnostico.tituloMunicipio', { nombre })}</h1>
      <p class="entradilla">{t('autodiagnostico.intro')}</p>
      <p class="no-imprimir">
        <Enlace href={`/m/${encodeURIComponent(props.codigo)}`}>
          {t('autodiagnostico.volver', { nombre })}
        </Enlace>
      </p>
      <Ultimo ultimo={props.estado.ultimo} />
      {etapa ? (
        <FormularioAutodiagnostico
          key={props.codigo}
          codigo={props.codigo}
          cuestionario={props.cuestionario}
          etapa={etapa}
          guardadas={props.estado.ultimo?.respuestas ?? {}}
          soloLectura={soloLectura}
          alGuardar={props.alGuardar}
        />
      ) : null}
      <ResultadosAutodiagnostico
        evaluacion={props.estado.evaluacion}
        historial={props.estado.historial}
      />
    </>
  );
}

/** Autodiagnóstico del municipio (/m/:codigo/autodiagnostico): cuestionario, riesgos y retos. */
export function AutodiagnosticoPage({ codigo }: { codigo: string }) {
  const preguntas = useRecurso((s) => obtenerCuestionario(s), []);
  const estado = useRecurso((s) => obtenerAutodiagnostico(codigo, s), [codigo]);
  // After a stage is saved the state is fetched again without unmounting the content, so the
  // unsaved answers of the other stages stay on the page.
  const [fresco, setFresco] = useState<{ codigo: string; datos: EstadoAutodiagnostico } | null>(
    null,
  );
  useTitulo(t('autodiagnostico.titulo'));

  const p = preguntas.recurso;
  const e = estado.recurso;
  if (p.estado === 'cargando' || e.estado === 'cargando') return <Cargando />;
  if (e.estado === 'error' && (e.codigoHttp === 404 || e.codigoHttp === 403)) {
    return (
      <>
        <h1>{t('municipio.noEncontrado')}</h1>
        <Alerta tipo="error" titulo={e.error.mensaje} />
      </>
    );
  }
  if (e.estado === 'error') return <ErrorCarga error={e.error} recargar={estado.recargar} />;
  if (p.estado === 'error') return <ErrorCarga error={p.error} recargar={preguntas.recargar} />;
  return (
    <Contenido
      codigo={codigo}
      cuestionario={p.datos}
      estado={fresco?.codigo === codigo ? fresco.datos : e.datos}
      alGuardar={() => {
        void obtenerAutodiagnostico(codigo).then((r) => {
          if (r.ok) setFresco({ codigo, datos: r.datos });
        });
      }}
    />
  );
}
