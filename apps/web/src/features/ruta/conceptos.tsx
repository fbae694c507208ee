import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { fechaHoraColombia } from '../../ui/formato/model';
import { emitirConcepto } from './api';
import type { FormularioConcepto } from './model';
import {
  CONCEPTO_VACIO,
  DECISIONES,
  etiquetaDecision,
  etiquetaVeredicto,
  validarConcepto,
  VEREDICTOS,
} from './model';
import type { Mensaje } from './resultado';
import { Resultado } from './resultado';
import type { Concepto, ContextoRuta, Item, Veredicto } from './types';

const CRITERIOS = [
  { campo: 'calidad', clave: 'ruta.concepto.calidad' },
  { campo: 'suficiencia', clave: 'ruta.concepto.suficiencia' },
  { campo: 'pertinencia', clave: 'ruta.concepto.pertinencia' },
] as const;

function FichaConcepto({ c }: { c: Concepto }) {
  return (
    <li>
      <strong>{etiquetaDecision(c.decision)}</strong>{' '}
      <span class="nota">
        {t('ruta.concepto.por', { quien: c.revisor, cuando: fechaHoraColombia(c.emitidoEn) })}
      </span>
      <br />
      {CRITERIOS.map((x) => `${t(x.clave)}: ${etiquetaVeredicto(c[x.campo])}`).join('; ')}.
      <br />
      <q>{c.comentarios}</q>
    </li>
  );
}

function FormularioConceptoItem({ ctx, item }: { ctx: ContextoRuta; item: Item }) {
  const [form, setForm] = useState<FormularioConcepto>(CONCEPTO_VACIO);
  const [enviando, setEnviando] = useState(false);
  const [mensaje, setMensaje] = useState<Mensaje | null>(null);
  const base = `${item.id}-concepto`;

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    const v = validarConcepto(form);
    if (!v.ok) {
      setMensaje({ tipo: 'error', texto: v.mensaje });
      return;
    }
    setEnviando(true);
    setMensaje(null);
    const r = await emitirConcepto(
      { codigo: ctx.codigo, procesoId: ctx.proceso.id, itemId: item.id },
      v.cuerpo,
    );
    setEnviando(false);
    if (!r.ok) {
      setMensaje({ tipo: 'error', texto: r.error.mensaje });
      return;
    }
    setForm(CONCEPTO_VACIO);
    setMensaje({ tipo: 'exito', texto: t('ruta.concepto.emitido') });
    await ctx.refrescar();
  };

  return (
    <details class="plegable">
      <summary>
        {t('ruta.concepto.emitir')}
        <span class="visualmente-oculto"> {t('ruta.para', { nombre: item.nombre })}</span>
      </summary>
      <form onSubmit={(e) => void enviar(e)} noValidate>
        {CRITERIOS.map((x) => (
          <div class="campo-compacto" key={x.campo}>
            <label for={`${base}-${x.campo}`}>{t(x.clave)}</label>
            <select
              id={`${base}-${x.campo}`}
              required
              value={form[x.campo]}
              onChange={(e) => {
                const valor = e.currentTarget.value as Veredicto | '';
                setForm((f) => ({ ...f, [x.campo]: valor }));
              }}
            >
              <option value="">{t('ruta.elegir')}</option>
              {VEREDICTOS.map((v) => (
                <option key={v} value={v}>
                  {etiquetaVeredicto(v)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div class="campo-compacto">
          <label for={`${base}-comentarios`}>{t('ruta.concepto.comentarios')}</label>
          <textarea
            id={`${base}-comentarios`}
            rows={3}
            required
            value={form.comentarios}
            onInput={(e) => {
              const valor = e.currentTarget.value;
              setForm((f) => ({ ...f, comentarios: valor }));
            }}
          />
        </div>
        <fieldset class="campo-compacto">
          <legend>{t('ruta.concepto.decision')}</legend>
          {DECISIONES.map((d) => (
            <div class="opcion" key={d}>
              <input
                type="radio"
                id={`${base}-${d}`}
                name={`${base}-decision`}
                value={d}
                checked={form.decision === d}
                onChange={() => setForm((f) => ({ ...f, decision: d }))}
              />
              <label for={`${base}-${d}`}>{etiquetaDecision(d)}</label>
            </div>
          ))}
        </fieldset>
        <button
          type="submit"
          class="boton boton-secundario"
          disabled={enviando}
          aria-busy={enviando ? 'true' : undefined}
        >
          {enviando ? t('ruta.guardando') : t('ruta.concepto.enviar')}
        </button>
      </form>
      <Resultado mensaje={mensaje} />
    </details>
  );
}

/** Conceptos del supervisor sobre el ítem (el más reciente primero) y formulario para emitir uno. */
export function Conceptos({ ctx, item }: { ctx: ContextoRuta; item: Item }) {
  const lista = [...item.conceptos].sort((a, b) => b.emitidoEn.localeCompare(a.emitidoEn));
  return (
    <>
      {lista.length === 0 ? (
        <p class="nota">{t('ruta.concepto.ninguno')}</p>
      ) : (
        <ul class="lista-compacta">
          {lista.map((c) => (
            <FichaConcepto key={c.id} c={c} />
          ))}
        </ul>
      )}
      {/* Only a product in review can be rated (the item's lifecycle, issue 12). */}
      {ctx.proceso.permisos.emitirConcepto && item.estado === 'en_revision' ? (
        <FormularioConceptoItem ctx={ctx} item={item} />
      ) : null}
      {ctx.proceso.permisos.emitirConcepto && item.estado !== 'en_revision' ? (
        <p class="nota">{t('ruta.concepto.soloEnRevision')}</p>
      ) : null}
    </>
  );
}
