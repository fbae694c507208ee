import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { ListaCitas } from '../../ui/citation-list';
import { agregarCatalogo, obtenerIndicador, registrarMedicion, usarLineaBaseDeCapa } from './api';
import { SerieIndicador } from './grafico';
import { ESTADOS, leerAnio, leerValor, numero, ordenarIndicadores } from './model';
import { TablaDesplazable } from './tabla';
import type { Indicador, IndicadorResumen } from './types';

/** The series, definition and sources of one indicator, asked for when its row is opened. */
function DetalleIndicador({ codigo, fila }: { codigo: string; fila: IndicadorResumen }) {
  const [detalle, setDetalle] = useState<Indicador | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abrir = async (abierto: boolean) => {
    if (!abierto || detalle) return;
    const r = await obtenerIndicador(codigo, fila.id);
    if (r.ok) setDetalle(r.datos);
    else setError(r.error.mensaje);
  };
  return (
    <details onToggle={(e) => void abrir(e.currentTarget.open)}>
      <summary>{t('expediente.verSerie', { nombre: fila.nombre })}</summary>
      {error ? <Alerta tipo="error" titulo={error} /> : null}
      {!detalle && !error ? <p class="nota">{t('app.cargando')}</p> : null}
      {detalle ? (
        <>
          <p class="nota">{detalle.definicion}</p>
          <p class="nota">{detalle.formula}</p>
          <SerieIndicador indicador={detalle} />
          <ListaCitas citas={detalle.citas} />
        </>
      ) : null}
    </details>
  );
}

/**
 * What the municipality's layers measure, offered next to a baseline the office typed (or stored
 * from an older layer): adopting it is the office's explicit choice, never automatic.
 */
function OfertaCapa(props: { i: IndicadorResumen; codigo: string; editar?: () => void }) {
  const { i } = props;
  const [error, setError] = useState<string | null>(null);
  const [ocupado, setOcupado] = useState(false);
  const c = i.cartografia;
  if (!c || !props.editar || i.lineaBaseAutomatica) return null;
  if (i.lineaBase && i.lineaBase.valor === c.valor && i.lineaBase.anio === c.anio) return null;
  const usar = async () => {
    setOcupado(true);
    const r = await usarLineaBaseDeCapa(props.codigo, i.id);
    setOcupado(false);
    if (r.ok) props.editar?.();
    else setError(r.error.mensaje);
  };
  return (
    <div class="nota">
      {t('expediente.capaOfrece', { valor: numero(c.valor), anio: c.anio, origen: c.texto })}{' '}
      <Boton variante="secundario" onClick={() => void usar()} ocupado={ocupado}>
        {t('expediente.usarCapa')}
      </Boton>
      {error ? <Alerta tipo="error" titulo={error} /> : null}
    </div>
  );
}

function FilaIndicador({
  i,
  codigo,
  alCambiar,
}: {
  i: IndicadorResumen;
  codigo: string;
  /** Present when the user may edit (reloads the page's data after a change). */
  alCambiar?: (() => void) | undefined;
}) {
  const estado = ESTADOS[i.seguimiento.estado];
  const ultima = i.seguimiento.ultima;
  return (
    <tr>
      <th scope="row">
        {i.nombre}
        {i.automatico ? <span class="nota"> ({t('expediente.automatico')})</span> : null}
        <DetalleIndicador codigo={codigo} fila={i} />
      </th>
      <td class="numero">
        {i.lineaBase ? `${numero(i.lineaBase.valor)} (${i.lineaBase.anio})` : '—'}
        {i.origenLineaBase ? <span class="nota"> {i.origenLineaBase}</span> : null}
        <OfertaCapa i={i} codigo={codigo} {...(alCambiar ? { editar: alCambiar } : {})} />
      </td>
      <td class="numero">{i.meta ? `${numero(i.meta.valor)} (${i.meta.anio})` : '—'}</td>
      <td class="numero">
        {ultima ? `${numero(ultima.valor)} ${i.unidad} (${ultima.anio})` : '—'}
      </td>
      <td>
        <span class={`estado-indicador tono-${estado.tono}`}>{t(estado.clave)}</span>
        <span class="nota"> {i.seguimiento.explicacion}</span>
      </td>
    </tr>
  );
}

function FormularioMedicion(props: {
  codigo: string;
  indicadores: IndicadorResumen[];
  alGuardar: () => void;
}) {
  const editables = props.indicadores.filter((i) => !i.automatico);
  const [indicadorId, setIndicadorId] = useState(editables[0]?.id ?? '');
  const [anio, setAnio] = useState('');
  const [valor, setValor] = useState('');
  const [evidencia, setEvidencia] = useState('');
  const [mensaje, setMensaje] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const [ocupado, setOcupado] = useState(false);
  if (editables.length === 0) return null;
  const enviar = async (e: Event) => {
    e.preventDefault();
    const a = leerAnio(anio);
    const v = leerValor(valor);
    if (a === null || v === null)
      return setMensaje({ tipo: 'error', texto: t('expediente.medicionInvalida') });
    setOcupado(true);
    const r = await registrarMedicion(props.codigo, {
      indicadorId,
      anio: a,
      valor: v,
      evidencia: evidencia.trim() || null,
    });
    setOcupado(false);
    if (!r.ok) return setMensaje({ tipo: 'error', texto: r.error.mensaje });
    setMensaje({ tipo: 'exito', texto: t('expediente.medicionGuardada') });
    props.alGuardar();
  };
  return (
    <form class="tarjeta formulario-expediente" onSubmit={(e) => void enviar(e)}>
      <h3>{t('expediente.registrar')}</h3>
      <div class="campo">
        <label for="medicion-indicador">{t('expediente.campoIndicador')}</label>
        <select
          id="medicion-indicador"
          value={indicadorId}
          onChange={(e) => setIndicadorId(e.currentTarget.value)}
        >
          {editables.map((i) => (
            <option key={i.id} value={i.id}>
              {i.nombre} ({i.unidad})
            </option>
          ))}
        </select>
      </div>
      <div class="campo">
        <label for="medicion-anio">{t('expediente.campoAnio')}</label>
        <input
          id="medicion-anio"
          inputMode="numeric"
          value={anio}
          onInput={(e) => setAnio(e.currentTarget.value)}
        />
      </div>
      <div class="campo">
        <label for="medicion-valor">{t('expediente.campoValor')}</label>
        <input
          id="medicion-valor"
          inputMode="decimal"
          value={valor}
          onInput={(e) => setValor(e.currentTarget.value)}
        />
      </div>
      <div class="campo">
        <label for="medicion-evidencia">{t('expediente.campoEvidencia')}</label>
        <input
          id="medicion-evidencia"
          value={evidencia}
          onInput={(e) => setEvidencia(e.currentTarget.value)}
        />
      </div>
      {mensaje ? <Alerta tipo={mensaje.tipo} titulo={mensaje.texto} anunciar /> : null}
      <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
        {t('expediente.guardarMedicion')}
      </Boton>
    </form>
  );
}

/** The indicators with their status, series and sources, and the form to add a measurement. */
export function SeccionIndicadores(props: {
  codigo: string;
  indicadores: IndicadorResumen[];
  puedeEditar: boolean;
  alCambiar: () => void;
}) {
  const [ocupado, setOcupado] = useState(false);
  const catalogo = async () => {
    setOcupado(true);
    await agregarCatalogo(props.codigo);
    setOcupado(false);
    props.alCambiar();
  };
  return (
    <section aria-labelledby="titulo-indicadores">
      <h2 id="titulo-indicadores">{t('expediente.indicadores')}</h2>
      <p>{t('expediente.indicadoresIntro')}</p>
      {props.indicadores.length === 0 ? <p>{t('expediente.sinIndicadores')}</p> : null}
      {props.puedeEditar && props.indicadores.length === 0 ? (
        <Boton onClick={() => void catalogo()} ocupado={ocupado}>
          {t('expediente.agregarCatalogo')}
        </Boton>
      ) : null}
      {props.indicadores.length > 0 ? (
        <TablaDesplazable nombre={t('expediente.indicadores')}>
          <table class="tabla-indicadores">
            <caption>{t('expediente.indicadores')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('expediente.colIndicador')}</th>
                <th scope="col">{t('expediente.colLineaBase')}</th>
                <th scope="col">{t('expediente.colMeta')}</th>
                <th scope="col">{t('expediente.colUltima')}</th>
                <th scope="col">{t('expediente.colEstado')}</th>
              </tr>
            </thead>
            <tbody>
              {ordenarIndicadores(props.indicadores).map((i) => (
                <FilaIndicador
                  key={`${i.id}-${i.nMediciones}`}
                  i={i}
                  codigo={props.codigo}
                  alCambiar={props.puedeEditar ? props.alCambiar : undefined}
                />
              ))}
            </tbody>
          </table>
        </TablaDesplazable>
      ) : null}
      {props.puedeEditar ? (
        <FormularioMedicion
          codigo={props.codigo}
          indicadores={props.indicadores}
          alGuardar={props.alCambiar}
        />
      ) : null}
    </section>
  );
}
