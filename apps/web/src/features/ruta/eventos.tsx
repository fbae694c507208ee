import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { AnularEvento } from './anular-evento';
import { obtenerTiposEvento, registrarEvento } from './api';
import { validarEvento } from './model';
import type { Mensaje } from './resultado';
import { Resultado } from './resultado';
import type { ContextoRuta, Evento, TipoEvento } from './types';

function TablaEventos({ ctx, eventos }: { ctx: ContextoRuta; eventos: readonly Evento[] }) {
  if (eventos.length === 0) return <p>{t('ruta.eventos.ninguno')}</p>;
  const corrige = ctx.proceso.permisos.registrarEventos;
  const ordenados = [...eventos].sort((a, b) => a.fecha.localeCompare(b.fecha));
  return (
    <div class="tabla-envoltura" tabIndex={0}>
      <table>
        <caption>{t('ruta.eventos.tabla')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ruta.eventos.colEvento')}</th>
            <th scope="col">{t('ruta.eventos.colFecha')}</th>
            <th scope="col">{t('ruta.eventos.colVence')}</th>
            <th scope="col">{t('ruta.eventos.colDias')}</th>
            <th scope="col">{t('ruta.eventos.colFuente')}</th>
            {corrige ? <th scope="col">{t('ruta.eventos.colAcciones')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {ordenados.map((e) => (
            <tr key={e.id} class={e.anulado ? 'evento-anulado' : undefined}>
              <th scope="row" id={`evento-${e.id}`} tabIndex={-1}>
                {e.anulado ? <s>{e.etiqueta}</s> : e.etiqueta}
                {e.nota ? <p class="nota">{e.nota}</p> : null}
                {e.anulado ? (
                  <p class="nota">{t('ruta.eventos.anulado', { motivo: e.anulado.motivo })}</p>
                ) : null}
                {e.reemplazaA ? <p class="nota">{t('ruta.eventos.corrige')}</p> : null}
              </th>
              <td>
                <time dateTime={e.fecha}>{fechaLarga(e.fecha)}</time>
              </td>
              <td>
                {e.venceEl && !e.anulado ? (
                  e.queVence ? (
                    t('ruta.eventos.queVence', { que: e.queVence, fecha: fechaLarga(e.venceEl) })
                  ) : (
                    <time dateTime={e.venceEl}>{fechaLarga(e.venceEl)}</time>
                  )
                ) : (
                  t('ruta.eventos.sinPlazo')
                )}
              </td>
              <td>
                {e.tipoDias === 'habiles'
                  ? t('dias.habiles')
                  : e.tipoDias === 'calendario'
                    ? t('dias.calendario')
                    : '—'}
              </td>
              <td>
                <ListaCitas citas={e.citas} />
              </td>
              {corrige ? (
                <td>
                  {e.anulado || e.tipo === 'radicacion_concejo' ? null : (
                    <AnularEvento ctx={ctx} evento={e} />
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FormularioEvento({ ctx, tipos }: { ctx: ContextoRuta; tipos: readonly TipoEvento[] }) {
  const [form, setForm] = useState({ tipo: '', fecha: '', nota: '' });
  const [enviando, setEnviando] = useState(false);
  const [mensaje, setMensaje] = useState<Mensaje | null>(null);
  const elegido = tipos.find((x) => x.tipo === form.tipo) ?? null;

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    const v = validarEvento(form);
    if (!v.ok) {
      setMensaje({ tipo: 'error', texto: v.mensaje });
      return;
    }
    setEnviando(true);
    setMensaje(null);
    const r = await registrarEvento(ctx.codigo, ctx.proceso.id, v.cuerpo);
    setEnviando(false);
    if (!r.ok) {
      setMensaje({ tipo: 'error', texto: r.error.mensaje });
      return;
    }
    setForm({ tipo: '', fecha: '', nota: '' });
    const advertencias = r.datos.advertencias ?? [];
    setMensaje(
      advertencias.length > 0
        ? {
            tipo: 'info',
            texto: `${t('ruta.eventos.advertencia')} ${advertencias.map((a) => a.mensaje).join(' ')}`,
          }
        : {
            tipo: 'exito',
            texto: r.datos.venceEl
              ? t('ruta.eventos.registradoVence', { fecha: fechaLarga(r.datos.venceEl) })
              : t('ruta.eventos.registrado'),
          },
    );
    await ctx.refrescar();
  };

  return (
    <form onSubmit={(e) => void enviar(e)} noValidate class="tarjeta">
      <h3>{t('ruta.eventos.registrar')}</h3>
      <div class="campo">
        <label for="evento-tipo">{t('ruta.eventos.tipo')}</label>
        <select
          id="evento-tipo"
          required
          value={form.tipo}
          onChange={(e) => {
            const tipo = e.currentTarget.value;
            setForm((f) => ({ ...f, tipo }));
          }}
        >
          <option value="">{t('ruta.elegir')}</option>
          {tipos.map((x) => (
            <option key={x.tipo} value={x.tipo}>
              {x.etiqueta}
            </option>
          ))}
        </select>
        {elegido ? <ListaCitas citas={elegido.citas} /> : null}
      </div>
      <div class="campo">
        <label for="evento-fecha">{t('ruta.eventos.fecha')}</label>
        <p id="evento-fecha-ayuda" class="campo-ayuda">
          {t('campo.formatoFecha')}
        </p>
        <input
          id="evento-fecha"
          type="date"
          required
          pattern={'\\d{4}-\\d{2}-\\d{2}'}
          aria-describedby="evento-fecha-ayuda"
          value={form.fecha}
          onInput={(e) => {
            const fecha = e.currentTarget.value;
            setForm((f) => ({ ...f, fecha }));
          }}
        />
      </div>
      <div class="campo">
        <label for="evento-nota">
          {t('ruta.eventos.nota')} <span class="campo-opcional">{t('campo.opcional')}</span>
        </label>
        <textarea
          id="evento-nota"
          rows={2}
          value={form.nota}
          onInput={(e) => {
            const nota = e.currentTarget.value;
            setForm((f) => ({ ...f, nota }));
          }}
        />
      </div>
      <button
        type="submit"
        class="boton boton-primario"
        disabled={enviando}
        aria-busy={enviando ? 'true' : undefined}
      >
        {enviando ? t('ruta.guardando') : t('ruta.eventos.enviar')}
      </button>
      <Resultado mensaje={mensaje} />
    </form>
  );
}

function CargaTipos({ ctx }: { ctx: ContextoRuta }) {
  const { recurso, recargar } = useRecurso((s) => obtenerTiposEvento(s), []);
  if (recurso.estado === 'cargando') return <p class="cargando">{t('app.cargando')}</p>;
  if (recurso.estado === 'error') {
    return (
      <p role="alert">
        {recurso.error.mensaje}{' '}
        <button type="button" class="boton boton-secundario" onClick={recargar}>
          {t('error.reintentar')}
        </button>
      </p>
    );
  }
  return <FormularioEvento ctx={ctx} tipos={recurso.datos.tipos} />;
}

/**
 * "Trámite y plazos legales": eventos registrados con el plazo que cada uno abre; `pie` va justo
 * debajo de la tabla (la paginación del historial), antes del formulario.
 */
export function SeccionEventos({ ctx, pie }: { ctx: ContextoRuta; pie?: ComponentChildren }) {
  return (
    <section aria-labelledby="titulo-eventos">
      <h2 id="titulo-eventos">{t('ruta.eventos.titulo')}</h2>
      <p>{t('ruta.eventos.intro')}</p>
      <TablaEventos ctx={ctx} eventos={ctx.proceso.eventos} />
      {pie}
      {ctx.proceso.permisos.registrarEventos ? <CargaTipos ctx={ctx} /> : null}
    </section>
  );
}
