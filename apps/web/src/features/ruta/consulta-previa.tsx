import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Selector } from '../../ui/selector';
import { responderConsultaPrevia } from './api';
import type { Mensaje } from './resultado';
import { Resultado } from './resultado';
import type { ContextoRuta, CuerpoConsultaPrevia } from './types';

type RespuestaConsulta = CuerpoConsultaPrevia['decision'];
const DECISIONES = [
  'sin_determinar',
  'no_aplica',
  'aplica',
] as const satisfies readonly RespuestaConsulta[];
const esRespuesta = (v: string): v is RespuestaConsulta =>
  (DECISIONES as readonly string[]).includes(v);
const ETIQUETAS = {
  sin_determinar: 'Sin determinar',
  no_aplica: 'No aplica',
  aplica: 'Aplica',
};

/**
 * «¿Aplica consulta previa?» — a named question of the process, answered by the municipality with
 * its reason (Convenio 169 OIT, Ley 21 de 1991); the filing gate warns while it is open.
 */
export function ConsultaPrevia({ ctx }: { ctx: ContextoRuta }) {
  const actual = ctx.proceso.consultaPrevia ?? { decision: 'sin_determinar', motivo: null };
  const [decision, setDecision] = useState<RespuestaConsulta>(actual.decision);
  const [motivo, setMotivo] = useState(actual.motivo ?? '');
  const [mensaje, setMensaje] = useState<Mensaje | null>(null);
  const puede = ctx.proceso.permisos.registrarEventos && ctx.proceso.estado === 'en_curso';
  const guardar = async (e: Event) => {
    e.preventDefault();
    const r = await responderConsultaPrevia(
      { codigo: ctx.codigo, procesoId: ctx.proceso.id },
      { decision, motivo },
    );
    if (!r.ok) return setMensaje({ tipo: 'error', texto: r.error.mensaje });
    setMensaje({ tipo: 'exito', texto: t('ruta.consultaPrevia.guardada') });
    await ctx.refrescar();
  };
  return (
    <section aria-labelledby="titulo-consulta-previa" class="tarjeta">
      <h2 id="titulo-consulta-previa">{t('ruta.consultaPrevia.titulo')}</h2>
      <p>{t('ruta.consultaPrevia.pregunta')}</p>
      {puede ? (
        <form onSubmit={(e) => void guardar(e)} noValidate>
          <Selector
            id="consulta-previa-decision"
            etiqueta={t('ruta.consultaPrevia.respuesta')}
            valor={decision}
            opciones={DECISIONES}
            etiquetas={ETIQUETAS}
            alCambiar={(v) => {
              if (esRespuesta(v)) setDecision(v);
            }}
          />
          <div class="campo">
            <label for="consulta-previa-motivo">{t('ruta.consultaPrevia.motivo')}</label>
            <textarea
              id="consulta-previa-motivo"
              rows={2}
              value={motivo}
              onInput={(e) => setMotivo(e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="boton boton-secundario">
            {t('ruta.consultaPrevia.guardar')}
          </button>
          <Resultado mensaje={mensaje} />
        </form>
      ) : (
        <p>
          <strong>{ETIQUETAS[actual.decision]}</strong>
          {actual.motivo ? `: ${actual.motivo}` : null}
        </p>
      )}
      <p class="nota">{t('ruta.consultaPrevia.fuente')}</p>
    </section>
  );
}
