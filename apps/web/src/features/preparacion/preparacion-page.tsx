import './preparacion.css';

import { useState } from 'preact/hooks';

import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { membresiaEn } from '../sesion/model';
import { useSesion } from '../sesion/session-context';
import { Ajustes } from './ajustes';
import { obtenerPreparacion } from './api';
import { Costo } from './costo';
import { Inventario } from './inventario';
import { puedeEditar } from './model';
import { Solicitudes } from './solicitudes';
import { Terminos } from './terminos';

/** Preparación de la revisión (/m/:codigo/preparacion). */
export function PreparacionPage({ codigo }: { codigo: string }) {
  const { recurso, recargar } = useRecurso((s) => obtenerPreparacion(codigo, s), [codigo]);
  const { sesion } = useSesion();
  const [version, setVersion] = useState(0);
  const [aviso, setAviso] = useState<{ tipo: 'exito' | 'error'; texto: string } | null>(null);
  useTitulo(t('preparacion.titulo'));
  if (recurso.estado === 'cargando' && version === 0) return <Cargando />;
  if (recurso.estado === 'error' && (recurso.codigoHttp === 404 || recurso.codigoHttp === 403))
    return (
      <>
        <h1>{t('municipio.noEncontrado')}</h1>
        <Alerta tipo="error" titulo={recurso.error.mensaje} />
      </>
    );
  if (recurso.estado === 'error') return <ErrorCarga error={recurso.error} recargar={recargar} />;
  if (recurso.estado === 'cargando') return <Cargando />;
  const p = recurso.datos;
  const membresia = membresiaEn(sesion, codigo);
  const editable = puedeEditar(
    membresia ? [membresia.rol] : [],
    sesion?.usuario.esAdministrador ?? false,
  );
  const alCambiar = (error?: string) => {
    setAviso(
      error ? { tipo: 'error', texto: error } : { tipo: 'exito', texto: t('preparacion.guardado') },
    );
    setVersion((v) => v + 1);
    recargar();
  };
  return (
    <>
      <h1>{t('preparacion.tituloMunicipio', { nombre: p.municipio.nombre })}</h1>
      <p class="entradilla">{t('preparacion.intro')}</p>
      <p class="no-imprimir">
        <Enlace href={`/m/${encodeURIComponent(codigo)}`}>
          {t('preparacion.volver', { nombre: p.municipio.nombre })}
        </Enlace>
      </p>
      {aviso ? <Alerta tipo={aviso.tipo} titulo={aviso.texto} anunciar /> : null}
      <p>
        {p.tipoPlan ? t('preparacion.tipoPlan', { tipo: p.tipoPlan }) : null}
        {p.area ? ` · ${t('preparacion.area', { km2: p.area.km2, fuente: p.area.fuente })}` : null}
      </p>
      {p.faltantes.length > 0 ? (
        <Alerta tipo="advertencia" titulo={t('preparacion.faltanDatos')}>
          <ul>
            {p.faltantes.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </Alerta>
      ) : null}
      <ListaAdvertencias advertencias={p.advertencias} />
      <Ajustes
        key={`${p.ajustes.version}`}
        p={p}
        editable={editable}
        alGuardar={() => alCambiar()}
      />
      <Inventario p={p} editable={editable} alCambiar={alCambiar} />
      <Solicitudes p={p} editable={editable} alCambiar={alCambiar} />
      <Costo codigo={codigo} version={version} />
      <Terminos codigo={codigo} />
    </>
  );
}
