import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaHoraColombia, fechaLarga } from '../../ui/formato/model';
import { Selector } from '../../ui/selector';
import { useRecurso } from '../../ui/use-recurso';
import { aceptarPolitica, obtenerMisDatos, solicitarSobreDatos } from './api';

const TIPOS = ['consulta', 'rectificacion', 'supresion', 'revocatoria'] as const;
const ETIQUETAS: Record<(typeof TIPOS)[number], string> = {
  consulta: 'Conocer mis datos',
  rectificacion: 'Corregir mis datos',
  supresion: 'Suprimir mis datos',
  revocatoria: 'Revocar la autorización',
};

/** «Mis datos personales»: the authorisation I gave and my requests (Ley 1581 de 2012). */
export function DatosPersonales() {
  const { recurso, recargar } = useRecurso((s) => obtenerMisDatos(s), []);
  const [tipo, setTipo] = useState<string>('consulta');
  const [detalle, setDetalle] = useState('');
  const [mensaje, setMensaje] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') return <ErrorCarga error={recurso.error} recargar={recargar} />;
  const datos = recurso.datos;
  const enviar = async (e: Event) => {
    e.preventDefault();
    const r = await solicitarSobreDatos(tipo, detalle);
    if (!r.ok) return setMensaje({ tipo: 'error', texto: r.error.mensaje });
    setDetalle('');
    setMensaje({
      tipo: 'exito',
      texto: t('datos.recibida', { fecha: fechaLarga(r.datos.venceEl) }),
    });
    recargar();
  };
  const aceptar = async () => {
    const r = await aceptarPolitica(datos.versionVigente);
    if (!r.ok) return setMensaje({ tipo: 'error', texto: r.error.mensaje });
    recargar();
  };
  const a = datos.autorizacion;
  return (
    <section aria-labelledby="titulo-datos-personales">
      <h2 id="titulo-datos-personales">{t('datos.titulo')}</h2>
      {a ? (
        <p>
          {t('datos.aceptada', { version: a.version, fecha: fechaHoraColombia(a.aceptadaEn) })}{' '}
          {a.revocadaEn ? t('datos.revocada', { fecha: fechaHoraColombia(a.revocadaEn) }) : null}
        </p>
      ) : (
        <p>
          {t('datos.sinAutorizacion', { version: datos.versionVigente })}{' '}
          <Boton variante="secundario" onClick={() => void aceptar()}>
            {t('datos.aceptar')}
          </Boton>
        </p>
      )}
      <form class="tarjeta" onSubmit={(e) => void enviar(e)} noValidate>
        <h3>{t('datos.pedir')}</h3>
        <Selector
          id="datos-tipo"
          etiqueta={t('datos.tipo')}
          valor={tipo}
          opciones={TIPOS}
          etiquetas={ETIQUETAS}
          alCambiar={setTipo}
        />
        <div class="campo">
          <label for="datos-detalle">{t('datos.detalle')}</label>
          <textarea
            id="datos-detalle"
            rows={2}
            value={detalle}
            onInput={(e) => setDetalle(e.currentTarget.value)}
          />
        </div>
        {mensaje ? <Alerta tipo={mensaje.tipo} titulo={mensaje.texto} anunciar /> : null}
        <Boton type="submit">{t('datos.enviar')}</Boton>
      </form>
      {datos.solicitudes.length > 0 ? (
        <>
          <h3>{t('datos.solicitudes')}</h3>
          <ul class="lista-compacta">
            {datos.solicitudes.map((s) => (
              <li key={s.id}>
                {s.tipoEtiqueta} ({fechaLarga(s.recibidaEl)}) —{' '}
                {s.estado === 'respondida'
                  ? t('datos.respondida')
                  : t('datos.venceEl', { fecha: fechaLarga(s.venceEl) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
