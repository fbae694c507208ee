import { LAYER_PROFILE_IDS, LAYER_PROFILES } from '@ruta-pot/domain';
import { useEffect, useRef, useState } from 'preact/hooks';

import { type ClaveTexto, t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Selector } from '../../ui/selector';
import { type DetallesImportacion, importarCapa, type ResultadoImportacion } from './api';
import { Invalidas, Pendientes, ProgresoSubida, ResultadoCapa } from './importar-respuesta';
import { CRS } from './model';
import { MAXIMO_BYTES } from './subida-model';
import {
  olvidarSubida,
  type SubidaEnCurso,
  type SubidaPendiente,
  subidasPendientes,
  subirReanudable,
} from './subida-reanudable';

const ETIQUETAS_TIPO = Object.fromEntries(
  LAYER_PROFILE_IDS.map((id) => [id, LAYER_PROFILES[id].label]),
);
const OPCIONES_CRS = ['', ...CRS.map(String)];
const ETIQUETAS_CRS: Record<string, string> = {
  '': t('carto.crsDelArchivo'),
  ...Object.fromEntries(CRS.map((c) => [String(c), t(`carto.crs${c}` as ClaveTexto)])),
};
const METADATOS = ['entidad', 'estudio', 'escala', 'fecha', 'autor'] as const;

type Envio =
  | { estado: 'listo' }
  | {
      estado: 'subiendo';
      enviados: number;
      total: number;
      pausada: boolean;
      /** Espera antes del próximo reintento tras un corte; null mientras la subida avanza. */
      reintentoMs: number | null;
    }
  | { estado: 'importando' }
  /** `continuar`: la subida se detuvo y puede seguir desde donde quedó. */
  | { estado: 'error'; mensaje: string; detalles: DetallesImportacion; continuar?: boolean }
  | { estado: 'hecho'; resultado: ResultadoImportacion; nombre: string };

/** Formulario de importación de una capa (GeoJSON, Shapefile en .zip, GeoPackage, FlatGeobuf). */
export function ImportarCapa(props: { codigo: string; alImportar: () => void }) {
  const [archivo, setArchivo] = useState<File | null>(null);
  const [tipo, setTipo] = useState<string>('clasificacion_suelo');
  const [nombre, setNombre] = useState('');
  const [crs, setCrs] = useState('');
  const [tabla, setTabla] = useState('');
  const [categoria, setCategoria] = useState('');
  const [meta, setMeta] = useState<Record<string, string>>({});
  const [envio, setEnvio] = useState<Envio>({ estado: 'listo' });
  const [falta, setFalta] = useState(false);
  /** La subida terminada del archivo elegido: las respuestas a las preguntas viajan con ella. */
  const [subidaId, setSubidaId] = useState<string | null>(null);
  const [pendientes, setPendientes] = useState<SubidaPendiente[]>([]);
  const enCurso = useRef<SubidaEnCurso | null>(null);

  useEffect(() => {
    subidasPendientes(props.codigo).then(setPendientes, () => setPendientes([]));
  }, [props.codigo]);

  const subir = async (elegido: File): Promise<string | null> => {
    const subiendo = (enviados: number, total: number) =>
      setEnvio({ estado: 'subiendo', enviados, total, pausada: false, reintentoMs: null });
    subiendo(0, elegido.size);
    const subida = await subirReanudable(props.codigo, elegido, {
      alAvanzar: subiendo,
      alReintentar: (reintentoMs) =>
        setEnvio((e) => (e.estado === 'subiendo' ? { ...e, reintentoMs } : e)),
    });
    enCurso.current = subida;
    const fin = await subida.fin;
    enCurso.current = null;
    if (fin.ok) return fin.id;
    setEnvio({ estado: 'error', mensaje: fin.mensaje, detalles: {}, continuar: true });
    return null;
  };

  const enviar = async (reparar: boolean) => {
    if (!archivo) return setFalta(true);
    setFalta(false);
    if (archivo.size > MAXIMO_BYTES)
      return setEnvio({ estado: 'error', mensaje: t('carto.muyGrande'), detalles: {} });
    const id = subidaId ?? (await subir(archivo));
    if (id === null) return;
    setSubidaId(id);
    const f = new FormData();
    f.append('subida', id);
    f.append('tipo', tipo);
    const opcionales = { nombre, crs, tabla, categoria, ...meta };
    for (const [k, v] of Object.entries(opcionales)) if (v.trim()) f.append(k, v.trim());
    if (reparar) f.append('reparar', 'si');
    setEnvio({ estado: 'importando' });
    const r = await importarCapa(props.codigo, f);
    if (r.ok || r.estado === 404) {
      // Importada (el servidor ya borró la subida) o vencida: este navegador la olvida.
      setSubidaId(null);
      void olvidarSubida(props.codigo, id);
    }
    if (r.ok) {
      setEnvio({ estado: 'hecho', resultado: r.datos, nombre: nombre || archivo.name });
      props.alImportar();
      return;
    }
    const mensaje =
      r.estado === 404
        ? t('carto.subidaVencida')
        : r.estado === 413
          ? t('carto.muyGrande')
          : r.error.mensaje;
    setEnvio({ estado: 'error', mensaje, detalles: r.detalles ?? {} });
  };

  // Cuando la conexión vuelve después de una subida detenida, sigue sola desde donde quedó.
  const detenida = envio.estado === 'error' && envio.continuar === true;
  useEffect(() => {
    if (!detenida) return undefined;
    const alVolver = () => void enviar(false);
    window.addEventListener('online', alVolver);
    return () => window.removeEventListener('online', alVolver);
  });

  const detalles = envio.estado === 'error' ? envio.detalles : {};
  const enviando = envio.estado === 'subiendo' || envio.estado === 'importando';
  return (
    <section aria-labelledby="carto-importar" class="carto-importar carto-no-imprimir">
      <h2 id="carto-importar">{t('carto.importar')}</h2>
      <p>{t('carto.importarIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void enviar(false);
        }}
      >
        <div class="campo">
          <label for="carto-archivo">{t('carto.archivo')}</label>
          <p id="carto-archivo-ayuda" class="campo-ayuda">
            {t('carto.archivoAyuda')}
          </p>
          <input
            id="carto-archivo"
            type="file"
            accept=".geojson,.json,.zip,.gpkg,.fgb"
            aria-describedby="carto-archivo-ayuda"
            aria-invalid={falta ? 'true' : undefined}
            disabled={enviando}
            onChange={(e) => {
              setArchivo(e.currentTarget.files?.[0] ?? null);
              setSubidaId(null);
            }}
          />
        </div>
        {pendientes.length > 0 && envio.estado === 'listo' ? (
          <Pendientes pendientes={pendientes} />
        ) : null}
        <Selector
          id="carto-tipo"
          etiqueta={t('carto.tipo')}
          valor={tipo}
          opciones={LAYER_PROFILE_IDS}
          etiquetas={ETIQUETAS_TIPO}
          alCambiar={setTipo}
        />
        <Campo
          id="carto-nombre"
          etiqueta={t('carto.nombre')}
          valor={nombre}
          alCambiar={setNombre}
          opcional
        />
        {detalles.pideCrs ? <Alerta tipo="advertencia" titulo={t('carto.pideCrs')} /> : null}
        <Selector
          id="carto-crs"
          etiqueta={t('carto.crs')}
          valor={crs}
          opciones={OPCIONES_CRS}
          etiquetas={ETIQUETAS_CRS}
          alCambiar={setCrs}
        />
        {detalles.tablas?.length ? (
          <Selector
            id="carto-tablas"
            etiqueta={t('carto.tablaGpkg')}
            valor={tabla}
            opciones={['', ...detalles.tablas]}
            etiquetas={{ '': t('carto.elijaTabla') }}
            alCambiar={setTabla}
          />
        ) : null}
        <Campo
          id="carto-categoria"
          etiqueta={t('carto.campoCategoria')}
          ayuda={t('carto.campoCategoriaAyuda')}
          valor={categoria}
          alCambiar={setCategoria}
          opcional
        />
        <fieldset class="campo">
          <legend>{t('carto.metadatos')}</legend>
          {METADATOS.map((k) => (
            <Campo
              key={k}
              id={`carto-meta-${k}`}
              etiqueta={t(`carto.meta${k[0]!.toUpperCase()}${k.slice(1)}` as ClaveTexto)}
              ayuda={k === 'escala' ? t('carto.escalaAyuda') : undefined}
              tipo={k === 'fecha' ? 'date' : 'text'}
              valor={meta[k] ?? ''}
              alCambiar={(v) => setMeta((m) => ({ ...m, [k]: v }))}
              opcional
            />
          ))}
        </fieldset>
        {falta ? <Alerta tipo="error" titulo={t('carto.faltaArchivo')} anunciar /> : null}
        <p>
          <Boton type="submit" ocupado={enviando} disabled={enviando}>
            {enviando ? t('carto.enviando') : t('carto.enviar')}
          </Boton>
        </p>
      </form>
      {envio.estado === 'subiendo' ? (
        <ProgresoSubida
          enviados={envio.enviados}
          total={envio.total}
          pausada={envio.pausada}
          reintentoMs={envio.reintentoMs}
          alPausar={() => {
            enCurso.current?.pausar();
            setEnvio({ ...envio, pausada: true, reintentoMs: null });
          }}
          alContinuar={() => {
            enCurso.current?.continuar();
            setEnvio({ ...envio, pausada: false });
          }}
        />
      ) : null}
      {envio.estado === 'importando' ? <p role="status">{t('carto.procesando')}</p> : null}
      {envio.estado === 'error' ? (
        <Alerta tipo="error" titulo={envio.mensaje} anunciar>
          {detalles.invalidas?.length ? (
            <Invalidas invalidas={detalles.invalidas} alReparar={() => void enviar(true)} />
          ) : null}
          {envio.continuar ? (
            <p>
              <Boton onClick={() => void enviar(false)}>{t('carto.subidaContinuar')}</Boton>
            </p>
          ) : null}
        </Alerta>
      ) : null}
      {envio.estado === 'hecho' ? (
        <ResultadoCapa resultado={envio.resultado} nombre={envio.nombre} />
      ) : null}
    </section>
  );
}
