// Pestaña «Concertación CAR»: rondas, observaciones por tema, respuestas, plazos y acta.
import { CITES } from '@ruta-pot/domain';
import { useState } from 'preact/hooks';

import { type ClaveTexto, t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import { AreaTexto } from '../../ui/formulario/controles';
import { AvisoEnvio, useEnvio } from '../../ui/formulario/envio';
import { useSesion } from '../sesion/session-context';
import { listarRondas, type Plazo, radicarRonda, responder, type Ronda } from './espacio-api';
import { FormularioActa, FormularioObservaciones } from './espacio-car-formularios';
import { Citas, ListaArchivos, useDatos } from './espacio-comun';
import {
  accionesRonda,
  advertenciasDe,
  type Permisos,
  permisosEn,
  puedeRadicarRonda,
} from './espacio-model';

function PlazoRonda({ titulo, plazo }: { titulo: string; plazo: Plazo }) {
  return (
    <div class="tarjeta">
      <h4>{titulo}</h4>
      <p>
        {t('espacio.plazoFechas', {
          desde: fechaLarga(plazo.desde),
          vence: fechaLarga(plazo.vence),
          dias: plazo.dias,
          tipo:
            plazo.tipoDias === 'habiles' ? t('espacio.diasHabiles') : t('espacio.diasCalendario'),
        })}
      </p>
      {plazo.explicacion ? <p class="nota">{plazo.explicacion}</p> : null}
      <Citas citas={plazo.citas} />
    </div>
  );
}

function Respuesta(props: { codigo: string; id: string; alCambiar: (aviso?: string) => void }) {
  const [texto, setTexto] = useState('');
  const { ocupado, mensaje, enviar } = useEnvio();
  const guardar = async (e: Event) => {
    e.preventDefault();
    if (
      await enviar(
        () => responder(props.codigo, props.id, texto.trim()),
        () => t('espacio.respuestaGuardada'),
      )
    ) {
      setTexto('');
      // The form goes away with the answer: the tab announces it instead.
      props.alCambiar(t('espacio.respuestaGuardada'));
    }
  };
  return (
    <form onSubmit={(e) => void guardar(e)}>
      <AreaTexto
        id={`respuesta-${props.id}`}
        etiqueta={t('espacio.respuestaOficina')}
        ayuda={t('espacio.minimo10')}
        valor={texto}
        alCambiar={setTexto}
        requerido
      />
      <AvisoEnvio mensaje={mensaje} />
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || texto.trim().length < 10}>
        {t('espacio.responder')}
      </Boton>
    </form>
  );
}

function Observaciones(props: {
  codigo: string;
  ronda: Ronda;
  responderPuede: boolean;
  alCambiar: (aviso?: string) => void;
}) {
  if (props.ronda.observaciones.length === 0)
    return <p class="nota">{t('espacio.sinObservaciones')}</p>;
  return (
    <ol>
      {props.ronda.observaciones.map((o) => (
        <li key={o.id}>
          <p>
            <strong>{t(`espacio.tema.${o.tema}` as ClaveTexto)}:</strong> {o.texto}
          </p>
          {o.respuesta ? (
            <p>
              <strong>{t('espacio.respuestaOficina')}:</strong> {o.respuesta}
            </p>
          ) : props.responderPuede ? (
            <Respuesta codigo={props.codigo} id={o.id} alCambiar={props.alCambiar} />
          ) : (
            <p class="nota">{t('espacio.sinRespuesta')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

function TarjetaRonda(props: {
  codigo: string;
  ronda: Ronda;
  permisos: Permisos;
  alCambiar: (aviso?: string) => void;
}) {
  const r = props.ronda;
  const acciones = accionesRonda(r.estado, props.permisos);
  return (
    <section class="tarjeta" aria-labelledby={`ronda-${r.id}`}>
      <h3 id={`ronda-${r.id}`}>
        {t('espacio.ronda', { numero: r.numero })} — {r.estadoEtiqueta}
      </h3>
      <p>{t('espacio.radicadaEn', { fecha: fechaLarga(r.radicadaEn) })}</p>
      <ListaAdvertencias advertencias={advertenciasDe(r.advertencias)} />
      <PlazoRonda titulo={t('espacio.plazoCar')} plazo={r.plazo} />
      {r.plazoMinisterio ? (
        <PlazoRonda titulo={t('espacio.plazoMinisterio')} plazo={r.plazoMinisterio} />
      ) : null}
      <h4>{t('espacio.observaciones')}</h4>
      <Observaciones
        codigo={props.codigo}
        ronda={r}
        responderPuede={acciones.responder}
        alCambiar={props.alCambiar}
      />
      {acciones.observar || acciones.observarMas ? (
        <FormularioObservaciones codigo={props.codigo} ronda={r.id} alCambiar={props.alCambiar} />
      ) : null}
      {r.actaFecha ? (
        <>
          <h4>{t('espacio.acta')}</h4>
          <p>{t('espacio.actaFecha', { fecha: fechaLarga(r.actaFecha) })}</p>
          {r.puntosDesacuerdo ? (
            <p>
              <strong>{t('espacio.puntosDesacuerdo')}:</strong> {r.puntosDesacuerdo}
            </p>
          ) : null}
        </>
      ) : null}
      <h4>{t('espacio.archivosRonda')}</h4>
      <ListaArchivos archivos={r.archivos} />
      {acciones.acta ? (
        <FormularioActa codigo={props.codigo} ronda={r} alCambiar={props.alCambiar} />
      ) : null}
    </section>
  );
}

function RadicarRonda(props: { codigo: string; alCambiar: (aviso?: string) => void }) {
  const { codigo, alCambiar } = props;
  const [fecha, setFecha] = useState('');
  const { ocupado, mensaje, enviar } = useEnvio();
  const guardar = async (e: Event) => {
    e.preventDefault();
    if (
      await enviar(
        () => radicarRonda(codigo, fecha),
        () => t('espacio.rondaRadicada'),
      )
    ) {
      setFecha('');
      alCambiar(t('espacio.rondaRadicada'));
    }
  };
  return (
    <form class="tarjeta" onSubmit={(e) => void guardar(e)}>
      <h3>{t('espacio.radicarRonda')}</h3>
      <Campo
        id="ronda-radicada"
        etiqueta={t('espacio.fechaRadicacion')}
        tipo="date"
        valor={fecha}
        alCambiar={setFecha}
        requerido
      />
      <AvisoEnvio mensaje={mensaje} />
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || !fecha}>
        {t('espacio.radicar')}
      </Boton>
    </form>
  );
}

/** Pestaña «Concertación CAR» de /m/:codigo/participacion. */
export function ConcertacionCarPestana({ codigo }: { codigo: string }) {
  const { sesion } = useSesion();
  const permisos = permisosEn(sesion, codigo);
  const { datos, estado, recargar } = useDatos((s) => listarRondas(codigo, s), [codigo]);
  // A form that disappears after its change (answer, acta, filing) leaves its message here.
  const [aviso, setAviso] = useState<string | null>(null);
  const cambiar = (texto?: string) => {
    setAviso(texto ?? null);
    recargar();
  };
  return (
    <section aria-labelledby="espacio-car">
      <h2 id="espacio-car">{t('espacio.car')}</h2>
      <p>{t('espacio.carIntro')}</p>
      <Alerta tipo="info" titulo={t('espacio.silencio')}>
        <ListaCitas citas={[CITES.art24num1, CITES.ley2079art26]} />
      </Alerta>
      {estado}
      {aviso ? <Alerta tipo="exito" titulo={aviso} anunciar /> : null}
      {datos ? (
        <>
          {datos.rondas.length === 0 ? <p>{t('espacio.sinRondas')}</p> : null}
          {datos.rondas.map((r) => (
            <TarjetaRonda
              key={r.id}
              codigo={codigo}
              ronda={r}
              permisos={permisos}
              alCambiar={cambiar}
            />
          ))}
          {puedeRadicarRonda(datos.rondas, permisos) ? (
            <RadicarRonda codigo={codigo} alCambiar={cambiar} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
