// Pestaña «CTP y Concejo»: concepto y recomendaciones del CTP; radicación, cabildo y decisión.
import { APORTE_LIFECYCLE, CITES } from '@ruta-pot/domain';
import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { ListaCitas } from '../../ui/citation-list';
import { fechaLarga } from '../../ui/formato/model';
import { CampoArchivo } from '../../ui/formulario/controles';
import { FormularioRegistro, useRegistro } from '../../ui/formulario/registro';
import { useSesion } from '../sesion/session-context';
import { type Ctp, guardarCtp, obtenerCtp, recomendar } from './espacio-api';
import { ListaArchivos, useDatos } from './espacio-comun';
import { SeccionConcejo } from './espacio-concejo';
import { conceptoIncompleto, permisosEn } from './espacio-model';

const estadoAporte = (estado: string) =>
  (APORTE_LIFECYCLE.labels as Record<string, string>)[estado] ?? estado;

const ARCHIVOS_EVIDENCIA = '.pdf,.docx,.jpg,.jpeg,.png';

function FormularioConcepto(props: { codigo: string; actual: Ctp['ctp']; alCambiar: () => void }) {
  const [archivo, setArchivo] = useState<File | null>(null);
  const [ronda, setRonda] = useState(0);
  const registro = useRegistro(
    {
      recibidoProyectoEn: props.actual?.recibidoProyectoEn ?? '',
      conceptoEn: props.actual?.conceptoEn ?? '',
      concepto: props.actual?.concepto ?? '',
    },
    {
      enviar: (d) =>
        conceptoIncompleto(d.conceptoEn, d.concepto)
          ? t('espacio.conceptoIncompleto')
          : guardarCtp(props.codigo, d, archivo),
      exito: () => t('espacio.ctpGuardado'),
      vaciar: [],
      alCrear: () => {
        setArchivo(null);
        setRonda((n) => n + 1);
        props.alCambiar();
      },
    },
  );
  return (
    <FormularioRegistro
      titulo={t('espacio.registrarConcepto')}
      registro={registro}
      campos={[
        {
          clave: 'recibidoProyectoEn',
          id: 'ctp-recibido',
          etiqueta: t('espacio.recibidoProyecto'),
          tipo: 'date',
          requerido: true,
        },
        {
          clave: 'conceptoEn',
          id: 'ctp-concepto-en',
          etiqueta: t('espacio.conceptoEn'),
          tipo: 'date',
          opcional: true,
        },
        {
          clave: 'concepto',
          id: 'ctp-concepto',
          etiqueta: t('espacio.concepto'),
          ayuda: t('espacio.conceptoAyuda'),
          control: 'area',
          opcional: true,
        },
      ]}
      boton={t('espacio.guardarConcepto')}
      deshabilitado={!registro.datos.recibidoProyectoEn}
    >
      <CampoArchivo
        id="ctp-evidencia"
        etiqueta={t('espacio.evidenciaConcepto')}
        aceptar={ARCHIVOS_EVIDENCIA}
        alCambiar={setArchivo}
        ronda={ronda}
        opcional
      />
    </FormularioRegistro>
  );
}

function FormularioRecomendacion({ codigo, alCambiar }: { codigo: string; alCambiar: () => void }) {
  const registro = useRegistro(
    { tema: '', texto: '' },
    {
      enviar: (d) =>
        recomendar(codigo, [
          { texto: d.texto.trim(), ...(d.tema.trim() ? { tema: d.tema.trim() } : {}) },
        ]),
      exito: () => t('espacio.recomendacionGuardada'),
      alCrear: alCambiar,
    },
  );
  return (
    <FormularioRegistro
      titulo={t('espacio.nuevaRecomendacion')}
      intro={t('espacio.recomendacionIntro')}
      registro={registro}
      campos={[
        {
          clave: 'tema',
          id: 'ctp-rec-tema',
          etiqueta: t('espacio.temaRecomendacion'),
          opcional: true,
        },
        {
          clave: 'texto',
          id: 'ctp-rec-texto',
          etiqueta: t('espacio.textoRecomendacion'),
          ayuda: t('espacio.minimo10'),
          control: 'area',
          requerido: true,
        },
      ]}
      boton={t('espacio.registrarRecomendacion')}
      deshabilitado={registro.datos.texto.trim().length < 10}
    />
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
