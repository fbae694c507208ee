import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { adjuntarRespuesta, moverSolicitud } from './api';
import type { Preparacion, Solicitud } from './types';

/** The entity's answer file (same checks as evidence): PDF, DOCX, images, layers. */
function ArchivoRespuesta(props: {
  codigo: string;
  s: Solicitud;
  alCambiar: (error?: string) => void;
}) {
  const { s } = props;
  if (s.estado === 'borrador') return null;
  const enviar = (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    void adjuntarRespuesta(props.codigo, s.id, form).then((r) =>
      props.alCambiar(r.ok ? undefined : r.error.mensaje),
    );
  };
  return (
    <form class="fila-formulario" onSubmit={enviar}>
      <div class="campo">
        <label for={`archivo-${s.id}`}>{t('preparacion.archivoRespuesta')}</label>
        <input id={`archivo-${s.id}`} name="archivo" type="file" required />
      </div>
      <button type="submit" class="boton boton-secundario">
        {t('preparacion.adjuntar')}
      </button>
    </form>
  );
}

function Acciones(props: { codigo: string; s: Solicitud; alCambiar: (error?: string) => void }) {
  const [radicado, setRadicado] = useState('');
  const [fecha, setFecha] = useState('');
  const [respuesta, setRespuesta] = useState('');
  const { s } = props;
  if (s.estado === 'respondida') return null;
  const radicar = s.estado === 'borrador';
  const enviar = (e: Event) => {
    e.preventDefault();
    const cuerpo = radicar
      ? { estado: 'radicada', radicado, fecha, version: s.version }
      : { estado: 'respondida', respuesta, fecha, version: s.version };
    void moverSolicitud(props.codigo, s.id, cuerpo).then((r) =>
      props.alCambiar(r.ok ? undefined : r.error.mensaje),
    );
  };
  return (
    <form class="fila-formulario" onSubmit={enviar} noValidate>
      {radicar ? (
        <div class="campo">
          <label for={`radicado-${s.id}`}>{t('preparacion.numeroRadicado')}</label>
          <input
            id={`radicado-${s.id}`}
            value={radicado}
            onInput={(e) => setRadicado(e.currentTarget.value)}
          />
        </div>
      ) : (
        <div class="campo">
          <label for={`respuesta-${s.id}`}>{t('preparacion.respuesta')}</label>
          <input
            id={`respuesta-${s.id}`}
            value={respuesta}
            onInput={(e) => setRespuesta(e.currentTarget.value)}
          />
        </div>
      )}
      <div class="campo">
        <label for={`fecha-${s.id}`}>{t('preparacion.fecha')}</label>
        <input
          id={`fecha-${s.id}`}
          type="date"
          value={fecha}
          onInput={(e) => setFecha(e.currentTarget.value)}
        />
      </div>
      <button type="submit" class="boton boton-secundario">
        {radicar ? t('preparacion.radicar') : t('preparacion.responder')}
      </button>
    </form>
  );
}

/** Requests to other entities with their due date and alert. */
export function Solicitudes(props: {
  p: Preparacion;
  editable: boolean;
  alCambiar: (error?: string) => void;
}) {
  const { p } = props;
  const nombre = (id: string) => p.items.find((i) => i.id === id)?.name ?? id;
  const carta = (itemId: string) =>
    `/api/v1/municipios/${encodeURIComponent(p.municipio.codigo)}/preparacion/inventario/${encodeURIComponent(itemId)}/carta`;
  return (
    <section class="tarjeta" aria-labelledby="titulo-solicitudes">
      <h2 id="titulo-solicitudes">{t('preparacion.solicitudes')}</h2>
      {p.solicitudes.length === 0 ? (
        <p>{t('preparacion.solicitudesVacio')}</p>
      ) : (
        <ul class="lista-solicitudes">
          {p.solicitudes.map((s) => (
            <li key={s.id} data-solicitud={s.id}>
              <strong>{nombre(s.itemId)}</strong> — {s.entidad}{' '}
              <span class={`insignia insignia-alerta-${s.alerta}`}>
                {t(`preparacion.alerta.${s.alerta}`)}
              </span>
              <br />
              {s.radicado ? `${t('preparacion.col.radicado')}: ${s.radicado}. ` : ''}
              {s.venceEn ? `${t('preparacion.col.vence')}: ${s.venceEn}.` : ''}{' '}
              <a href={`${carta(s.itemId)}/docx`} download>
                {t('preparacion.cartaDocx')}
              </a>{' '}
              ·{' '}
              <a href={`${carta(s.itemId)}/pdf`} download>
                {t('preparacion.cartaPdf')}
              </a>
              {s.respuestaArchivo ? (
                <>
                  {' · '}
                  <a
                    href={`/api/v1/municipios/${encodeURIComponent(p.municipio.codigo)}/preparacion/inventario/${encodeURIComponent(s.itemId)}/respuesta`}
                    download
                  >
                    {t('preparacion.descargarRespuesta', { archivo: s.respuestaArchivo })}
                  </a>
                </>
              ) : null}
              {props.editable ? (
                <ArchivoRespuesta codigo={p.municipio.codigo} s={s} alCambiar={props.alCambiar} />
              ) : null}
              {props.editable ? (
                <Acciones codigo={p.municipio.codigo} s={s} alCambiar={props.alCambiar} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
