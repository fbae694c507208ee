// Pestaña «CTP y Concejo»: concepto y recomendaciones del CTP; radicación, cabildo y decisión.
import { APORTE_LIFECYCLE, CITES } from '@ruta-pot/domain';
import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import { useSesion } from '../sesion/session-context';
import { type Ctp, guardarCtp, obtenerCtp, recomendar } from './espacio-api';
import {
  AreaTexto,
  AvisoEnvio,
  CampoArchivo,
  ListaArchivos,
  useDatos,
  useEnvio,
} from './espacio-comun';
import { SeccionConcejo } from './espacio-concejo';
import { conceptoIncompleto, permisosEn } from './espacio-model';

const estadoAporte = (estado: string) =>
  (APORTE_LIFECYCLE.labels as Record<string, string>)[estado] ?? estado;

const ARCHIVOS_EVIDENCIA = '.pdf,.docx,.jpg,.jpeg,.png';

function FormularioConcepto(props: { codigo: string; actual: Ctp['ctp']; alCambiar: () => void }) {
  const [datos, setDatos] = useState({
    recibidoProyectoEn: props.actual?.recibidoProyectoEn ?? '',
    conceptoEn: props.actual?.conceptoEn ?? '',
    concepto: props.actual?.concepto ?? '',
  });
  const [archivo, setArchivo] = useState<File | null>(null);
  const [ronda, setRonda] = useState(0);
  const { ocupado, mensaje, enviar, setMensaje } = useEnvio();
  const campo = (k: keyof typeof datos) => (v: string) => setDatos((d) => ({ ...d, [k]: v }));
  const guardar = async (e: Event) => {
    e.preventDefault();
    if (conceptoIncompleto(datos.conceptoEn, datos.concepto))
      return setMensaje({ tipo: 'error', texto: t('espacio.conceptoIncompleto'), problemas: [] });
    if (
      await enviar(
        () => guardarCtp(props.codigo, datos, archivo),
        () => t('espacio.ctpGuardado'),
      )
    ) {
      setArchivo(null);
      setRonda((n) => n + 1);
      props.alCambiar();
    }
  };
  return (
    <form class="tarjeta" onSubmit={(e) => void guardar(e)}>
      <h3>{t('espacio.registrarConcepto')}</h3>
      <Campo
        id="ctp-recibido"
        etiqueta={t('espacio.recibidoProyecto')}
        tipo="date"
        valor={datos.recibidoProyectoEn}
        alCambiar={campo('recibidoProyectoEn')}
        requerido
      />
      <Campo
        id="ctp-concepto-en"
        etiqueta={t('espacio.conceptoEn')}
        tipo="date"
        valor={datos.conceptoEn}
        alCambiar={campo('conceptoEn')}
        opcional
      />
      <AreaTexto
        id="ctp-concepto"
        etiqueta={t('espacio.concepto')}
        ayuda={t('espacio.conceptoAyuda')}
        valor={datos.concepto}
        alCambiar={campo('concepto')}
        opcional
      />
      <CampoArchivo
        id="ctp-evidencia"
        etiqueta={t('espacio.evidenciaConcepto')}
        aceptar={ARCHIVOS_EVIDENCIA}
        alCambiar={setArchivo}
        ronda={ronda}
        opcional
      />
      <AvisoEnvio mensaje={mensaje} />
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || !datos.recibidoProyectoEn}>
        {t('espacio.guardarConcepto')}
      </Boton>
    </form>
  );
}

function FormularioRecomendacion({ codigo, alCambiar }: { codigo: string; alCambiar: () => void }) {
  const [tema, setTema] = useState('');
  const [texto, setTexto] = useState('');
  const { ocupado, mensaje, enviar } = useEnvio();
  const guardar = async (e: Event) => {
    e.preventDefault();
    const ok = await enviar(
      () =>
        recomendar(codigo, [
          { texto: texto.trim(), ...(tema.trim() ? { tema: tema.trim() } : {}) },
        ]),
      () => t('espacio.recomendacionGuardada'),
    );
    if (ok) {
      setTexto('');
      setTema('');
      alCambiar();
    }
  };
  return (
    <form class="tarjeta" onSubmit={(e) => void guardar(e)}>
      <h3>{t('espacio.nuevaRecomendacion')}</h3>
      <p>{t('espacio.recomendacionIntro')}</p>
      <Campo
        id="ctp-rec-tema"
        etiqueta={t('espacio.temaRecomendacion')}
        valor={tema}
        alCambiar={setTema}
        opcional
      />
      <AreaTexto
        id="ctp-rec-texto"
        etiqueta={t('espacio.textoRecomendacion')}
        ayuda={t('espacio.minimo10')}
        valor={texto}
        alCambiar={setTexto}
        requerido
      />
      <AvisoEnvio mensaje={mensaje} />
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || texto.trim().length < 10}>
        {t('espacio.registrarRecomendacion')}
      </Boton>
    </form>
  );
}

function DatosCtp({ datos }: { datos: Ctp }) {
  const c = datos.ctp;
  return (
    <>
      {c ? (
        <dl>
          <dt>{t('espacio.recibidoProyecto')}</dt>
          <dd>{fechaLarga(c.recibidoProyectoEn)}</dd>
          <dt>{t('espacio.conceptoEn')}</dt>
          <dd>{c.conceptoEn ? fechaLarga(c.conceptoEn) : t('espacio.sinConcepto')}</dd>
        </dl>
      ) : (
        <p>{t('espacio.sinCtp')}</p>
      )}
      {c?.concepto ? (
        <>
          <h3>{t('espacio.concepto')}</h3>
          <p style={{ whiteSpace: 'pre-wrap' }}>{c.concepto}</p>
        </>
      ) : null}
      <h3>{t('espacio.archivosCtp')}</h3>
      <ListaArchivos archivos={datos.archivos} />
      <h3>{t('espacio.recomendaciones')}</h3>
      {datos.recomendaciones.length === 0 ? (
        <p class="nota">{t('espacio.sinRecomendaciones')}</p>
      ) : (
        <ul>
          {datos.recomendaciones.map((r) => (
            <li key={r.id}>
              <strong>{r.codigo}</strong> ({estadoAporte(r.estado)}): {r.texto}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function SeccionCtp({ codigo, oficina, ctp }: { codigo: string; oficina: boolean; ctp: boolean }) {
  const { datos, estado, recargar } = useDatos((s) => obtenerCtp(codigo, s), [codigo]);
  return (
    <section aria-labelledby="espacio-ctp">
      <h2 id="espacio-ctp">{t('espacio.ctp')}</h2>
      <p>{t('espacio.ctpIntro')}</p>
      <Alerta tipo="info" titulo={t('espacio.ctpPlazo')}>
        <ListaCitas citas={[CITES.art24num3]} />
      </Alerta>
      {estado}
      {datos ? (
        <>
          <DatosCtp datos={datos} />
          {oficina || ctp ? (
            <FormularioConcepto codigo={codigo} actual={datos.ctp} alCambiar={recargar} />
          ) : null}
          {ctp ? <FormularioRecomendacion codigo={codigo} alCambiar={recargar} /> : null}
        </>
      ) : null}
    </section>
  );
}

/** Pestaña «CTP y Concejo» de /m/:codigo/participacion. */
export function CtpConcejoPestana({ codigo }: { codigo: string }) {
  const { sesion } = useSesion();
  const permisos = permisosEn(sesion, codigo);
  return (
    <>
      <SeccionCtp codigo={codigo} oficina={permisos.oficina} ctp={permisos.ctp} />
      <SeccionConcejo codigo={codigo} puedeRegistrar={permisos.oficina || permisos.concejo} />
    </>
  );
}
