import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { registrarAutodiagnostico } from './api';
import { avanceEtapa, cuerpoRespuestas, hayCambios, leerRespuesta } from './model';
import type { Cuestionario, EtapaCuestionario, Pregunta, Respuestas } from './types';

interface PropsPregunta {
  pregunta: Pregunta;
  opciones: Cuestionario['respuestasPosibles'];
  valor: string | undefined;
  alCambiar: (id: string, valor: string) => void;
  soloLectura: boolean;
}

/** Una pregunta: grupo de botones de opción con leyenda (lectores de pantalla la anuncian). */
function CampoPregunta({ pregunta, opciones, valor, alCambiar, soloLectura }: PropsPregunta) {
  const ayuda = `ayuda-${pregunta.id}`;
  return (
    <fieldset class="campo" aria-describedby={ayuda}>
      <legend>{pregunta.texto}</legend>
      <p id={ayuda} class="campo-ayuda">
        {t('autodiagnostico.riesgoSiNo', {
          titulo: pregunta.riesgo.titulo,
          severidad: t(`autodiagnostico.severidadCorta.${pregunta.riesgo.severidad}`),
        })}
      </p>
      {opciones.map((o) => (
        <div class="opcion" key={o.valor}>
          <input
            type="radio"
            id={`${pregunta.id}-${o.valor}`}
            name={pregunta.id}
            value={o.valor}
            checked={valor === o.valor}
            disabled={soloLectura}
            onChange={(e) => alCambiar(pregunta.id, e.currentTarget.value)}
          />
          <label for={`${pregunta.id}-${o.valor}`}>{o.etiqueta}</label>
        </div>
      ))}
    </fieldset>
  );
}

function SeccionEtapa(props: {
  etapa: EtapaCuestionario;
  respuestas: Respuestas;
  opciones: Cuestionario['respuestasPosibles'];
  alCambiar: (id: string, valor: string) => void;
  soloLectura: boolean;
}) {
  const { etapa, respuestas } = props;
  const avance = avanceEtapa(etapa, respuestas);
  return (
    <fieldset class="tarjeta etapa-autodiagnostico">
      <legend>
        <strong>{etapa.nombre}</strong>{' '}
        <span class="campo-opcional">({t('autodiagnostico.avance', { ...avance })})</span>
      </legend>
      {etapa.preguntas.map((p) => (
        <CampoPregunta
          key={p.id}
          pregunta={p}
          opciones={props.opciones}
          valor={respuestas[p.id]}
          alCambiar={props.alCambiar}
          soloLectura={props.soloLectura}
        />
      ))}
    </fieldset>
  );
}

interface Props {
  codigo: string;
  cuestionario: Cuestionario;
  guardadas: Respuestas;
  soloLectura: boolean;
  alGuardar: () => void;
}

/**
 * El cuestionario agrupado por etapa. Parte de las últimas respuestas guardadas, de modo que
 * actualizar el autodiagnóstico consiste en cambiar solo lo que mejoró o empeoró.
 */
export function FormularioAutodiagnostico(props: Props) {
  const [respuestas, setRespuestas] = useState<Respuestas>(props.guardadas);
  const [error, setError] = useState<string | null>(null);
  const [guardando, setGuardando] = useState(false);
  const cambiar = (id: string, valor: string) => {
    const r = leerRespuesta(valor);
    if (r) setRespuestas((actual) => ({ ...actual, [id]: r }));
  };

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    const cuerpo = cuerpoRespuestas(respuestas, props.cuestionario.etapas);
    if (Object.keys(cuerpo).length === 0) {
      setError(t('autodiagnostico.faltaResponder'));
      return;
    }
    setGuardando(true);
    setError(null);
    const r = await registrarAutodiagnostico(props.codigo, cuerpo);
    setGuardando(false);
    if (!r.ok) {
      setError(r.error.mensaje);
      return;
    }
    props.alGuardar();
  };

  return (
    <section aria-labelledby="titulo-cuestionario">
      <h2 id="titulo-cuestionario">{t('autodiagnostico.cuestionario')}</h2>
      {props.soloLectura ? <Alerta tipo="info" titulo={t('autodiagnostico.soloLectura')} /> : null}
      <form onSubmit={(e) => void enviar(e)} noValidate>
        {props.cuestionario.etapas.map((etapa) => (
          <SeccionEtapa
            key={etapa.id}
            etapa={etapa}
            respuestas={respuestas}
            opciones={props.cuestionario.respuestasPosibles}
            alCambiar={cambiar}
            soloLectura={props.soloLectura}
          />
        ))}
        {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
        {props.soloLectura ? null : (
          <div class="acciones no-imprimir">
            {hayCambios(props.guardadas, respuestas) ? (
              <p role="status">{t('autodiagnostico.cambiosSinGuardar')}</p>
            ) : null}
            <Boton type="submit" ocupado={guardando} disabled={guardando}>
              {guardando ? t('autodiagnostico.guardando') : t('autodiagnostico.guardar')}
            </Boton>
          </div>
        )}
      </form>
    </section>
  );
}
