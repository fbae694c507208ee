import './participa.css';

import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { confirmarAporte } from './api';
import { enlaceDelFragmento, enlaceSeguimiento } from './model';

/** `<código>.<token>` del fragmento, que el navegador nunca envía a un servidor ni a un registro. */
export const fragmentoActual = () =>
  typeof location === 'undefined' ? '' : enlaceDelFragmento(location.hash);

export function VolverPortal({ codigo }: { codigo: string }) {
  return (
    <p>
      <Enlace href={`/publico/${encodeURIComponent(codigo)}/participa`}>
        {t('participa.volverPortal')}
      </Enlace>
    </p>
  );
}

function Confirmacion({ codigo, enlace }: { codigo: string; enlace: string }) {
  const { recurso } = useRecurso((s) => confirmarAporte(enlace, s), [enlace]);
  if (recurso.estado === 'cargando') {
    return (
      <p class="cargando" role="status">
        {t('participa.confirmando')}
      </p>
    );
  }
  if (recurso.estado === 'error')
    return <Alerta tipo="error" titulo={recurso.error.mensaje} anunciar />;
  const d = recurso.datos;
  const municipio = typeof d.municipio === 'string' ? d.municipio : d.municipio.nombre;
  return (
    <Alerta
      tipo="exito"
      titulo={t('participa.confirmado', { codigo: d.codigo, municipio })}
      anunciar
    >
      <p>
        <a href={enlaceSeguimiento(codigo, d.seguimiento)}>{t('participa.verSeguimiento')}</a>
      </p>
    </Alerta>
  );
}

/** /publico/:codigo/participa/confirmar#<código>.<token>: confirma el aporte enviado con correo. */
export function ConfirmarAportePage({ codigo }: { codigo: string }) {
  useTitulo(t('participa.confirmarTitulo'));
  const enlace = fragmentoActual();
  return (
    <section class="angosto participa" aria-labelledby="titulo-confirmar">
      <h1 id="titulo-confirmar">{t('participa.confirmarTitulo')}</h1>
      {enlace ? (
        <Confirmacion codigo={codigo} enlace={enlace} />
      ) : (
        <Alerta tipo="error" titulo={t('participa.sinEnlace')} />
      )}
      <VolverPortal codigo={codigo} />
    </section>
  );
}
