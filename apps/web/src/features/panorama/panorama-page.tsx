import { useMemo, useState } from 'preact/hooks';

import { construirUrl } from '../../app/model';
import { Enlace, navegar, useUbicacion } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { ListaCitas } from '../../ui/citation-list';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga, formatearEntero } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { obtenerPanorama, type Preparacion, prepararMapa } from './api';
import { MapaPanorama } from './mapa';
import {
  claveEtapa,
  contar,
  departamentos,
  type EstadoPlan,
  ESTADOS,
  ESTILO_ESTADO,
  type FilaPanorama,
  filtrar,
  type Filtros,
  filtrosDesdeBusqueda,
  type Panorama,
  TIPOS_PLAN,
  urlDatosAbiertos,
} from './model';

/** Muestra de la leyenda: color y, para «vencido», las mismas rayas del mapa. */
function Muestra({ estado }: { estado: EstadoPlan }) {
  const estilo = ESTILO_ESTADO[estado];
  const fondo =
    estilo.patron === 'rayado'
      ? `repeating-linear-gradient(45deg, #5a1e00 0 2px, ${estilo.color} 2px 6px)`
      : estilo.color;
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: '1.4em',
        height: '1em',
        verticalAlign: 'middle',
        marginRight: '0.4em',
        border: '1px solid #555',
        background: fondo,
      }}
    />
  );
}

interface PropsSelector {
  id: string;
  etiqueta: string;
  valor: string;
  opciones: readonly { valor: string; texto: string }[];
  alCambiar: (valor: string) => void;
}

function Selector({ id, etiqueta, valor, opciones, alCambiar }: PropsSelector) {
  return (
    <div class="campo">
      <label for={id}>{etiqueta}</label>
      <select id={id} value={valor} onChange={(e) => alCambiar(e.currentTarget.value)}>
        <option value="">{t('panorama.todos')}</option>
        {opciones.map((o) => (
          <option key={o.valor} value={o.valor}>
            {o.texto}
          </option>
        ))}
      </select>
    </div>
  );
}

function FormularioFiltros({ p, filtros }: { p: Panorama; filtros: Filtros }) {
  const aplicar = (cambio: Partial<Filtros>) =>
    navegar(construirUrl('/panorama', { ...filtros, ...cambio }), { reemplazar: true });
  return (
    <form
      class="panorama-filtros no-imprimir"
      aria-label={t('panorama.filtros')}
      onSubmit={(e) => e.preventDefault()}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '0 1.5rem', alignItems: 'flex-end' }}
    >
      <Selector
        id="filtro-departamento"
        etiqueta={t('panorama.departamento')}
        valor={filtros.departamento}
        opciones={departamentos(p.municipios).map((d) => ({ valor: d.codigo, texto: d.nombre }))}
        alCambiar={(departamento) => aplicar({ departamento })}
      />
      <Selector
        id="filtro-tipo"
        etiqueta={t('panorama.tipoPlan')}
        valor={filtros.tipoPlan}
        opciones={TIPOS_PLAN.map((tipo) => ({ valor: tipo, texto: tipo }))}
        alCambiar={(tipo) => aplicar({ tipoPlan: tipo as Filtros['tipoPlan'] })}
      />
      <Selector
        id="filtro-estado"
        etiqueta={t('panorama.estado')}
        valor={filtros.estado}
        opciones={ESTADOS.map((e) => ({ valor: e, texto: t(ESTILO_ESTADO[e].etiqueta) }))}
        alCambiar={(estado) => aplicar({ estado: estado as Filtros['estado'] })}
      />
      <div class="acciones">
        <Boton variante="secundario" onClick={() => navegar('/panorama', { reemplazar: true })}>
          {t('panorama.limpiar')}
        </Boton>
      </div>
    </form>
  );
}

function Leyenda({ filas }: { filas: readonly FilaPanorama[] }) {
  const conteo = contar(filas);
  return (
    <>
      <p role="status" class="panorama-conteo">
        {t(conteo.total === 1 ? 'panorama.conteoResumenUno' : 'panorama.conteoResumen', {
          n: formatearEntero(conteo.total),
          vigente: formatearEntero(conteo.vigente),
          vencido: formatearEntero(conteo.vencido),
          sinPlan: formatearEntero(conteo.sin_plan),
        })}
      </p>
      <h3>{t('panorama.leyenda')}</h3>
      <ul class="panorama-leyenda" style={{ listStyle: 'none', paddingLeft: 0 }}>
        {ESTADOS.map((estado) => (
          <li key={estado}>
            <Muestra estado={estado} />
            <strong>{t(ESTILO_ESTADO[estado].etiqueta)}</strong> (
            {t(ESTILO_ESTADO[estado].descripcionPatron)}): {formatearEntero(conteo[estado])}
          </li>
        ))}
      </ul>
    </>
  );
}

function Etapa({ fila }: { fila: FilaPanorama }) {
  if (!fila.procesoEtapa) return <>{t('panorama.sinProceso')}</>;
  const clave = claveEtapa(fila.procesoEtapa);
  const etapa = clave ? t(clave) : fila.procesoEtapa;
  return (
    <>
      {fila.procesoIniciado
        ? t('panorama.etapaDesde', { etapa, fecha: fechaLarga(fila.procesoIniciado) })
        : etapa}
    </>
  );
}

function Tabla({ filas }: { filas: readonly FilaPanorama[] }) {
  return (
    <div class="tabla-envoltura" tabIndex={0} role="region" aria-labelledby="titulo-tabla">
      <table id="tabla-panorama">
        <caption>
          {filas.length === 1
            ? t('panorama.tablaCaptionUna')
            : t('panorama.tablaCaption', { n: formatearEntero(filas.length) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('panorama.colMunicipio')}</th>
            <th scope="col">{t('panorama.colDepartamento')}</th>
            <th scope="col">{t('panorama.colTipo')}</th>
            <th scope="col">{t('panorama.colEstado')}</th>
            <th scope="col">{t('panorama.colVigencia')}</th>
            <th scope="col">{t('panorama.colEtapa')}</th>
          </tr>
        </thead>
        <tbody>
          {filas.map((f) => (
            <tr key={f.codigo} id={`fila-${f.codigo}`}>
              <th scope="row">
                <Enlace href={`/publico/${encodeURIComponent(f.codigo)}/estado-pot`}>
                  {f.nombre}
                </Enlace>
              </th>
              <td>{f.departamento}</td>
              <td>{f.tipoPlan ?? t('panorama.sinDato')}</td>
              <td>
                <Muestra estado={f.estadoPlan} />
                {t(ESTILO_ESTADO[f.estadoPlan].etiqueta)}
              </td>
              <td>{f.vigenciaLargoPlazo ? fechaLarga(f.vigenciaLargoPlazo) : '—'}</td>
              <td>
                <Etapa fila={f} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Seleccion({ fila }: { fila: FilaPanorama | null }) {
  return (
    <p role="status" class="panorama-seleccion">
      {fila ? (
        <>
          {t('panorama.seleccionado', {
            nombre: fila.nombre,
            departamento: fila.departamento,
            estado: t(ESTILO_ESTADO[fila.estadoPlan].etiqueta),
          })}{' '}
          <Enlace href={`/publico/${encodeURIComponent(fila.codigo)}/estado-pot`}>
            {t('panorama.verEstado', { nombre: fila.nombre })}
          </Enlace>
        </>
      ) : null}
    </p>
  );
}

function Contenido({ p, mapa }: { p: Panorama; mapa: Promise<Preparacion> }) {
  const { busqueda } = useUbicacion();
  const filtros = filtrosDesdeBusqueda(busqueda);
  const clave = `${filtros.departamento}|${filtros.tipoPlan}|${filtros.estado}`;
  const filas = useMemo(() => filtrar(p.municipios, filtros), [p, clave]);
  const visibles = useMemo(() => new Set(filas.map((f) => f.codigo)), [filas]);
  const [seleccion, setSeleccion] = useState<string | null>(null);
  const filaSeleccionada = p.municipios.find((f) => f.codigo === seleccion) ?? null;
  return (
    <>
      <h1>{t('panorama.titulo')}</h1>
      <p class="entradilla">{t('panorama.intro', { fecha: fechaLarga(p.fecha) })}</p>
      <FormularioFiltros p={p} filtros={filtros} />
      <Leyenda filas={filas} />
      <section aria-labelledby="titulo-mapa">
        <h2 id="titulo-mapa">{t('panorama.mapaTitulo')}</h2>
        <p class="campo-ayuda">{t('panorama.mapaDescripcion')}</p>
        <MapaPanorama
          filas={p.municipios}
          visibles={visibles}
          alSeleccionar={setSeleccion}
          preparacion={mapa}
        />
        <Seleccion fila={filaSeleccionada} />
      </section>
      <section aria-labelledby="titulo-tabla">
        <h2 id="titulo-tabla">{t('panorama.tablaTitulo')}</h2>
        <Tabla filas={filas} />
      </section>
      <section aria-labelledby="titulo-datos">
        <h2 id="titulo-datos">{t('panorama.datosAbiertos')}</h2>
        <p>{t('panorama.datosAbiertosTexto')}</p>
        <ul>
          <li>
            <a href={urlDatosAbiertos('excel', p.fecha)} download>
              {t('panorama.descargarCsv')}
            </a>
          </li>
          <li>
            <a href={urlDatosAbiertos('csv', p.fecha)} download>
              {t('panorama.descargarCsvComa')}
            </a>
          </li>
          <li>
            <a href={urlDatosAbiertos('geojson', p.fecha)} download>
              {t('panorama.descargarGeojson')}
            </a>
          </li>
        </ul>
        <ListaCitas citas={p.fuentes} etiqueta={t('panorama.fuentes')} />
      </section>
    </>
  );
}

/** Panorama nacional (/panorama, público): mapa, tabla accesible y datos abiertos. */
export function PanoramaPage() {
  // Boundaries and the drawing module start downloading now, alongside the overview (ADR 0025).
  const [mapa] = useState(prepararMapa);
  const { recurso, recargar } = useRecurso((s) => obtenerPanorama(null, s), []);
  useTitulo(t('panorama.titulo'));
  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') return <ErrorCarga error={recurso.error} recargar={recargar} />;
  return <Contenido p={recurso.datos} mapa={mapa} />;
}
