import { useEffect, useRef, useState } from 'preact/hooks';

import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { registrarEtapa } from './api';
import {
  avanceEtapa,
  borradorSinEtapa,
  claveAvanceEtapa,
  cuerpoEtapa,
  etapaSinGuardar,
  etapasVecinas,
  leerRespuesta,
  respuestasVisibles,
  urlEtapa,
} from './model';
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

/** Lista de etapas: avance de cada una, la actual marcada y las que tienen cambios sin guardar. */
function ListaEtapas(props: {
  codigo: string;
  etapas: readonly EtapaCuestionario[];
  actual: string;
  guardadas: Respuestas;
  borrador: Respuestas;
}) {
  const visibles = respuestasVisibles(props.guardadas, props.borrador);
  return (
    <nav aria-label={t('autodiagnostico.etapas')} class="no-imprimir">
      <ol class="lista-etapas-autodiagnostico">
        {props.etapas.map((etapa) => {
          const avance = avanceEtapa(etapa, visibles);
          const actual = etapa.id === props.actual;
          return (
            <li key={etapa.id} class={actual ? 'etapa-actual' : undefined} data-etapa={etapa.id}>
              <Enlace
                href={urlEtapa(props.codigo, etapa.id)}
                aria-current={actual ? 'step' : undefined}
              >
                {etapa.nombre}
              </Enlace>{' '}
              <span class="campo-ayuda">
                {t(claveAvanceEtapa(avance.respondidas), { ...avance })}
              </span>
              {etapaSinGuardar(etapa, props.guardadas, props.borrador) ? (
                <>
                  {' '}
                  <span class="insignia insignia-sin-guardar">
                    {t('autodiagnostico.sinGuardar')}
                  </span>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

interface Props {
  codigo: string;
  cuestionario: Cuestionario;
  /** Etapa que se muestra (de ?etapa= en la dirección). */
  etapa: EtapaCuestionario;
  guardadas: Respuestas;
  soloLectura: boolean;
  /** Tras guardar una etapa: los resultados y el historial se actualizan. */
  alGuardar: () => void;
}

/**
 * El cuestionario, una etapa a la vez. Parte de las últimas respuestas guardadas; cada etapa se
 * guarda por separado y el servidor la combina con las demás, así que guardar una etapa nunca
 * borra otra. Los cambios sin guardar de cada etapa se conservan al pasar de una etapa a otra.
 */
export function FormularioAutodiagnostico(props: Props) {
  const { etapa, cuestionario } = props;
  const [guardadas, setGuardadas] = useState<Respuestas>(props.guardadas);
  const [borrador, setBorrador] = useState<Respuestas>({});
  const [error, setError] = useState<string | null>(null);
  const [aviso, setAviso] = useState('');
  const [guardando, setGuardando] = useState(false);
  const titulo = useRef<HTMLHeadingElement>(null);
  const primeraEtapa = useRef(etapa.id);

  useEffect(() => {
    setError(null);
    setAviso('');
    // Al cambiar de etapa (no al abrir la página) el foco va al título de la nueva etapa.
    if (primeraEtapa.current !== etapa.id) {
      primeraEtapa.current = '';
      titulo.current?.focus();
    }
  }, [etapa.id]);

  const visibles = respuestasVisibles(guardadas, borrador);
  const numero = cuestionario.etapas.findIndex((e) => e.id === etapa.id) + 1;
  const { anterior, siguiente } = etapasVecinas(cuestionario.etapas, etapa.id);
  const sinGuardar = etapaSinGuardar(etapa, guardadas, borrador);
  const otras = cuestionario.etapas.filter(
    (e) => e.id !== etapa.id && etapaSinGuardar(e, guardadas, borrador),
  );

  const cambiar = (id: string, valor: string) => {
    const r = leerRespuesta(valor);
    if (!r) return;
    setBorrador((actual) => ({ ...actual, [id]: r }));
    setAviso('');
  };

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    const cuerpo = cuerpoEtapa(etapa, guardadas, borrador);
    if (Object.keys(cuerpo).length === 0) {
      setError(t('autodiagnostico.faltaResponderEtapa'));
      return;
    }
    setGuardando(true);
    setError(null);
    setAviso('');
    const r = await registrarEtapa(props.codigo, etapa.id, cuerpo);
    setGuardando(false);
    if (!r.ok) {
      setError(r.error.mensaje);
      return;
    }
    setGuardadas(r.datos.respuestas);
    setBorrador((actual) => borradorSinEtapa(actual, etapa));
    setAviso(t('autodiagnostico.etapaGuardada'));
    props.alGuardar();
  };

  return (
    <section aria-labelledby="titulo-cuestionario">
      <h2 id="titulo-cuestionario">{t('autodiagnostico.cuestionario')}</h2>
      {props.soloLectura ? <Alerta tipo="info" titulo={t('autodiagnostico.soloLectura')} /> : null}
      <ListaEtapas
        codigo={props.codigo}
        etapas={cuestionario.etapas}
        actual={etapa.id}
        guardadas={guardadas}
        borrador={borrador}
      />
      <form
        class="tarjeta etapa-autodiagnostico"
        aria-labelledby="titulo-etapa"
        data-etapa={etapa.id}
        onSubmit={(e) => void enviar(e)}
        noValidate
      >
        <h3 id="titulo-etapa" tabIndex={-1}>
          {t('autodiagnostico.etapaActual', {
            numero,
            total: cuestionario.etapas.length,
            nombre: etapa.nombre,
          })}
        </h3>
        <p class="campo-ayuda">
          {t('autodiagnostico.avance', { ...avanceEtapa(etapa, visibles) })}
          {sinGuardar ? (
            <>
              {' '}
              <span class="insignia insignia-sin-guardar">{t('autodiagnostico.sinGuardar')}</span>
            </>
          ) : null}
        </p>
        {etapa.preguntas.map((p) => (
          <CampoPregunta
            key={p.id}
            pregunta={p}
            opciones={cuestionario.respuestasPosibles}
            valor={visibles[p.id]}
            alCambiar={cambiar}
            soloLectura={props.soloLectura}
          />
        ))}
        {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
        {props.soloLectura ? null : (
          <div class="acciones no-imprimir">
            {sinGuardar ? <p>{t('autodiagnostico.cambiosSinGuardarEtapa')}</p> : null}
            {otras.length > 0 ? (
              <p>
                {t('autodiagnostico.otrasSinGuardar', {
                  etapas: otras.map((e) => e.nombre).join(', '),
                })}
              </p>
            ) : null}
            <Boton type="submit" ocupado={guardando} disabled={guardando}>
              {guardando ? t('autodiagnostico.guardando') : t('autodiagnostico.guardarEtapa')}
            </Boton>
          </div>
        )}
        <p role="status" class="estado-etapa">
          {aviso}
        </p>
      </form>
      <nav aria-label={t('autodiagnostico.pasoEtapas')} class="paso-etapas no-imprimir">
        {anterior ? (
          <Enlace href={urlEtapa(props.codigo, anterior.id)} rel="prev">
            {t('autodiagnostico.etapaAnterior')}
          </Enlace>
        ) : (
          <span />
        )}
        {siguiente ? (
          <Enlace href={urlEtapa(props.codigo, siguiente.id)} rel="next">
            {t('autodiagnostico.etapaSiguiente')}
          </Enlace>
        ) : null}
      </nav>
    </section>
  );
}
