import { useState } from 'preact/hooks';

import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { ListaCitas } from '../../ui/citation-list';
import { guardarSuficiencia } from './api';
import type { Expediente } from './types';

const OPCIONES: readonly [string, ClaveTexto][] = [
  ['', 'expediente.pendiente'],
  ['contiene', 'expediente.contiene'],
  ['parcial', 'expediente.parcial'],
  ['no_contiene', 'expediente.noContiene'],
];

/** The sufficiency analysis: each content the plan type requires, answered by the office. */
export function SeccionSuficiencia(props: {
  codigo: string;
  tipoPlan: Expediente['tipoPlan'];
  suficiencia: Expediente['suficiencia'];
  puedeEditar: boolean;
  alCambiar: () => void;
}) {
  const inicial = Object.fromEntries(
    (props.suficiencia?.contenidos ?? []).map((c) => [c.contenido.id, c.respuesta ?? '']),
  );
  const [respuestas, setRespuestas] = useState<Record<string, string>>(inicial);
  const [mensaje, setMensaje] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  if (!props.suficiencia || !props.tipoPlan)
    return (
      <section aria-labelledby="titulo-suficiencia">
        <h2 id="titulo-suficiencia">{t('expediente.suficienciaTitulo')}</h2>
        <p>{t('expediente.suficienciaSinTipo')}</p>
      </section>
    );
  const guardar = async (e: Event) => {
    e.preventDefault();
    const elegidas = Object.fromEntries(Object.entries(respuestas).filter(([, v]) => v !== ''));
    const r = await guardarSuficiencia(props.codigo, elegidas);
    if (!r.ok) return setMensaje({ tipo: 'error', texto: r.error.mensaje });
    setMensaje({ tipo: 'exito', texto: t('expediente.suficienciaGuardada') });
    props.alCambiar();
  };
  return (
    <section aria-labelledby="titulo-suficiencia">
      <h2 id="titulo-suficiencia">{t('expediente.suficienciaTitulo')}</h2>
      <p>{t('expediente.suficienciaIntro', { tipo: props.tipoPlan })}</p>
      <p>
        {t('expediente.respondidos', {
          n: props.suficiencia.respondidos,
          m: props.suficiencia.requeridos,
        })}
      </p>
      <form onSubmit={(e) => void guardar(e)}>
        <ol class="lista-suficiencia">
          {props.suficiencia.contenidos.map(({ contenido }) => (
            <li key={contenido.id}>
              <label for={`suf-${contenido.id}`}>{contenido.texto}</label>
              <select
                id={`suf-${contenido.id}`}
                value={respuestas[contenido.id] ?? ''}
                disabled={!props.puedeEditar}
                onChange={(e) => {
                  const valor = e.currentTarget.value;
                  setRespuestas((r) => ({ ...r, [contenido.id]: valor }));
                }}
              >
                {OPCIONES.map(([valor, clave]) => (
                  <option key={valor} value={valor}>
                    {t(clave)}
                  </option>
                ))}
              </select>
              <ListaCitas citas={contenido.citas} />
            </li>
          ))}
        </ol>
        {mensaje ? <Alerta tipo={mensaje.tipo} titulo={mensaje.texto} anunciar /> : null}
        {props.puedeEditar ? (
          <Boton type="submit">{t('expediente.guardarSuficiencia')}</Boton>
        ) : null}
      </form>
    </section>
  );
}
