import { LAYER_PROFILE_IDS, LAYER_PROFILES } from '@ruta-pot/domain';
import { useState } from 'preact/hooks';

import { type ClaveTexto, t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Selector } from '../../ui/selector';
import { type DetallesImportacion, type ResultadoImportacion, subirCapa } from './api';
import { Invalidas, ResultadoCapa } from './importar-respuesta';
import { CRS } from './model';

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
  | { estado: 'enviando'; progreso: number | null }
  | { estado: 'error'; mensaje: string; detalles: DetallesImportacion }
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

  const enviar = async (reparar: boolean) => {
    if (!archivo) return setFalta(true);
    setFalta(false);
    const f = new FormData();
    f.append('archivo', archivo, archivo.name);
    f.append('tipo', tipo);
    const opcionales = { nombre, crs, tabla, categoria, ...meta };
    for (const [k, v] of Object.entries(opcionales)) if (v.trim()) f.append(k, v.trim());
    if (reparar) f.append('reparar', 'si');
    setEnvio({ estado: 'enviando', progreso: null });
    const r = await subirCapa(props.codigo, f, (p) =>
      setEnvio({ estado: 'enviando', progreso: p }),
    );
    if (r.ok) {
      setEnvio({ estado: 'hecho', resultado: r.datos, nombre: nombre || archivo.name });
      props.alImportar();
      return;
    }
    const mensaje = r.estado === 413 ? t('carto.muyGrande') : r.error.mensaje;
    setEnvio({ estado: 'error', mensaje, detalles: r.detalles ?? {} });
  };

  const detalles = envio.estado === 'error' ? envio.detalles : {};
  const enviando = envio.estado === 'enviando';
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
            onChange={(e) => setArchivo(e.currentTarget.files?.[0] ?? null)}
          />
        </div>
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
      {envio.estado === 'enviando' ? (
        <p role="status">
          <label for="carto-progreso">{t('carto.progreso')}</label>{' '}
          <progress id="carto-progreso" max={1} value={envio.progreso ?? undefined} />{' '}
          {envio.progreso === null
            ? ''
            : envio.progreso >= 1
              ? t('carto.procesando')
              : `${Math.round(envio.progreso * 100)} %`}
        </p>
      ) : null}
      {envio.estado === 'error' ? (
        <Alerta tipo="error" titulo={envio.mensaje} anunciar>
          {detalles.invalidas?.length ? (
            <Invalidas invalidas={detalles.invalidas} alReparar={() => void enviar(true)} />
          ) : null}
        </Alerta>
      ) : null}
      {envio.estado === 'hecho' ? (
        <ResultadoCapa resultado={envio.resultado} nombre={envio.nombre} />
      ) : null}
    </section>
  );
}
