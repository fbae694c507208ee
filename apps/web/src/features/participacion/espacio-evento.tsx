// Detalle de un evento: agenda, evidencia (convocatoria, acta, fotos) y asistencia.
import { useState } from 'preact/hooks';

import { type ClaveTexto, t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { fechaLarga, formatearEntero } from '../../ui/formato/model';
import { CampoArchivo } from '../../ui/formulario/controles';
import { AvisoEnvio, useEnvio } from '../../ui/formulario/envio';
import { Selector } from '../../ui/selector';
import { TablaDesplazable } from '../expediente/tabla';
import {
  type EventoDetalle,
  obtenerEvento,
  subirArchivoEvento,
  subirAsistencia,
} from './espacio-api';
import { ListaArchivos, useDatos } from './espacio-comun';
import { esPlanillaEscaneada, esTablaAsistencia, totalValido } from './espacio-model';

const CLASES = ['convocatoria', 'acta', 'foto'] as const;
type Clase = (typeof CLASES)[number];

function SubirEvidencia(props: { codigo: string; id: string; alCambiar: () => void }) {
  const [clase, setClase] = useState<Clase>('convocatoria');
  const [archivo, setArchivo] = useState<File | null>(null);
  const [ronda, setRonda] = useState(0);
  const { ocupado, mensaje, enviar } = useEnvio();
  const guardar = async (e: Event) => {
    e.preventDefault();
    if (!archivo) return;
    const ok = await enviar(
      () => subirArchivoEvento(props.codigo, props.id, { clase, archivo }),
      (a) => t('espacio.archivoGuardado', { nombre: a.nombre }),
    );
    if (ok) {
      setArchivo(null);
      setRonda((n) => n + 1);
      props.alCambiar();
    }
  };
  return (
    <form class="tarjeta" onSubmit={(e) => void guardar(e)}>
      <h4>{t('espacio.subirEvidencia')}</h4>
      <Selector
        id="evento-archivo-clase"
        etiqueta={t('espacio.claseArchivo')}
        valor={clase}
        opciones={CLASES}
        prefijo="espacio.clase"
        alCambiar={(v) => setClase(v as Clase)}
      />
      <CampoArchivo
        id="evento-archivo"
        etiqueta={t('espacio.archivo')}
        ayuda={clase === 'foto' ? t('espacio.fotoAyuda') : t('espacio.evidenciaAyuda')}
        aceptar={clase === 'foto' ? '.jpg,.jpeg,.png' : '.pdf,.jpg,.jpeg,.png,.docx'}
        alCambiar={setArchivo}
        ronda={ronda}
      />
      <AvisoEnvio mensaje={mensaje} />
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || !archivo}>
        {t('espacio.subir')}
      </Boton>
    </form>
  );
}

function SubirAsistencia(props: { codigo: string; id: string; alCambiar: () => void }) {
  const [archivo, setArchivo] = useState<File | null>(null);
  const [total, setTotal] = useState('');
  const [consiente, setConsiente] = useState(false);
  const [ronda, setRonda] = useState(0);
  const { ocupado, mensaje, enviar, setMensaje } = useEnvio();
  const escaneada = archivo ? esPlanillaEscaneada(archivo.name) : false;
  const guardar = async (e: Event) => {
    e.preventDefault();
    if (!archivo) return;
    const n = totalValido(total);
    if (escaneada && n === null)
      return setMensaje({ tipo: 'error', texto: t('espacio.totalFalta'), problemas: [] });
    if (!escaneada && !esTablaAsistencia(archivo.name))
      return setMensaje({ tipo: 'error', texto: t('espacio.asistenciaFormato'), problemas: [] });
    const ok = await enviar(
      () =>
        subirAsistencia(props.codigo, props.id, {
          archivo,
          ...(escaneada && n !== null ? { total: n } : {}),
          consentimiento: consiente,
        }),
      (r) =>
        t('espacio.asistenciaGuardada', {
          n: formatearEntero(r.agregados),
          total: formatearEntero(r.asistentes),
        }),
    );
    if (ok) {
      setArchivo(null);
      setTotal('');
      setConsiente(false);
      setRonda((x) => x + 1);
      props.alCambiar();
    }
  };
  return (
    <form class="tarjeta" onSubmit={(e) => void guardar(e)}>
      <h4>{t('espacio.subirAsistencia')}</h4>
      <p>{t('espacio.asistenciaIntro')}</p>
      <CampoArchivo
        id="evento-asistencia"
        etiqueta={t('espacio.archivoAsistencia')}
        ayuda={t('espacio.archivoAsistenciaAyuda')}
        aceptar=".csv,.xlsx,.pdf,.jpg,.jpeg,.png"
        alCambiar={setArchivo}
        ronda={ronda}
      />
      {escaneada ? (
        <Campo
          id="evento-asistencia-total"
          etiqueta={t('espacio.totalAsistentesPlanilla')}
          ayuda={t('espacio.totalAyuda')}
          valor={total}
          alCambiar={setTotal}
          requerido
        />
      ) : (
        <div class="campo campo-casilla">
          <input
            id="evento-asistencia-consentimiento"
            type="checkbox"
            checked={consiente}
            onChange={(e) => setConsiente(e.currentTarget.checked)}
          />
          <label for="evento-asistencia-consentimiento">{t('espacio.consentimientoLista')}</label>
        </div>
      )}
      <AvisoEnvio mensaje={mensaje} />
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || !archivo}>
        {escaneada ? t('espacio.guardarPlanilla') : t('espacio.importarLista')}
      </Boton>
    </form>
  );
}

function ListaAsistencia({ lista }: { lista: NonNullable<EventoDetalle['listaAsistencia']> }) {
  if (lista.length === 0) return <p class="nota">{t('espacio.sinLista')}</p>;
  return (
    <TablaDesplazable nombre={t('espacio.listaAsistencia')}>
      <table>
        <caption>{t('espacio.listaAsistencia')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('espacio.nombre')}</th>
            <th scope="col">{t('espacio.organizacion')}</th>
          </tr>
        </thead>
        <tbody>
          {lista.map((p) => (
            <tr key={p.id}>
              <td>{p.nombre}</td>
              <td>{p.organizacion ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TablaDesplazable>
  );
}

/** Un evento abierto desde la tabla; la oficina carga su evidencia y su asistencia. */
export function DetalleEvento(props: {
  codigo: string;
  id: string;
  oficina: boolean;
  alCambiar: () => void;
}) {
  const { datos, estado, recargar } = useDatos(
    (s) => obtenerEvento(props.codigo, props.id, s),
    [props.codigo, props.id],
  );
  const cambiar = () => {
    recargar();
    props.alCambiar();
  };
  return (
    <section id="evento-detalle" class="tarjeta" aria-labelledby="evento-detalle-titulo">
      {estado}
      {datos ? (
        <>
          <h3 id="evento-detalle-titulo">{datos.titulo}</h3>
          <dl>
            <dt>{t('espacio.eventoTipo')}</dt>
            <dd>{t(`espacio.tipoEvento.${datos.tipo}` as ClaveTexto)}</dd>
            <dt>{t('espacio.eventoFecha')}</dt>
            <dd>{fechaLarga(datos.fecha)}</dd>
            <dt>{t('espacio.eventoLugar')}</dt>
            <dd>{datos.lugar || t('espacio.sinDato')}</dd>
            <dt>{t('espacio.eventoConvocatoria')}</dt>
            <dd>
              {datos.convocatoriaPublicadaEn
                ? fechaLarga(datos.convocatoriaPublicadaEn)
                : t('espacio.sinDato')}
            </dd>
            <dt>{t('espacio.asistentes')}</dt>
            <dd>{formatearEntero(datos.asistentes)}</dd>
          </dl>
          {datos.agenda ? (
            <>
              <h4>{t('espacio.eventoAgenda')}</h4>
              <p style={{ whiteSpace: 'pre-wrap' }}>{datos.agenda}</p>
            </>
          ) : null}
          <h4>{t('espacio.archivosEvento')}</h4>
          <ListaArchivos archivos={datos.archivos} />
          {datos.listaAsistencia ? <ListaAsistencia lista={datos.listaAsistencia} /> : null}
          {props.oficina ? (
            <>
              <SubirAsistencia codigo={props.codigo} id={props.id} alCambiar={cambiar} />
              <SubirEvidencia codigo={props.codigo} id={props.id} alCambiar={cambiar} />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
