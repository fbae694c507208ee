import { useEffect, useState } from 'preact/hooks';

import { construirUrl } from '../../app/model';
import { Enlace, navegar, useUbicacion } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { esFechaIso, fechaLarga, formatearEntero, hoyIso } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { seguir } from '../cuenta/api';
import { membresiaEn } from '../sesion/model';
import { useSesion } from '../sesion/session-context';
import { obtenerEstadoPot } from './api';
import { AvisoJudicial, FormularioRegistrarActo, SeccionHistoria } from './historia-plan';
import { fechaDeConsulta } from './model';
import { FormularioPlanVigente } from './plan-form';
import {
  BannerEstado,
  SeccionPlan,
  SeccionPlazos,
  SeccionTipoPlan,
  SeccionUltimaFecha,
  SeccionVigencias,
} from './secciones-estado';
import { TiposRevision } from './tipos-revision';
import type { EstadoPot } from './types';

interface Props {
  codigo: string;
  publico: boolean;
}

function SelectorFecha({ fecha, hoy }: { fecha: string; hoy: string }) {
  const { ruta } = useUbicacion();
  const [valor, setValor] = useState(fecha);
  const [error, setError] = useState(false);
  useEffect(() => setValor(fecha), [fecha]);

  const enviar = (evento: Event) => {
    evento.preventDefault();
    if (!esFechaIso(valor)) {
      setError(true);
      return;
    }
    setError(false);
    navegar(construirUrl(ruta, { fecha: valor === hoy ? null : valor }));
  };

  return (
    <form class="selector-fecha no-imprimir" onSubmit={enviar} noValidate>
      <Campo
        id="fecha-evaluacion"
        etiqueta={t('estado.fechaEtiqueta')}
        tipo="date"
        valor={valor}
        alCambiar={setValor}
        invalido={error}
      />
      <div class="acciones">
        <Boton type="submit">{t('estado.fechaBoton')}</Boton>
        {fecha === hoy ? null : (
          <Boton variante="secundario" onClick={() => navegar(ruta)}>
            {t('estado.fechaHoy')}
          </Boton>
        )}
      </div>
      {error ? <Alerta tipo="error" titulo={t('estado.fechaInvalida')} anunciar /> : null}
    </form>
  );
}

/** A signed-in citizen follows the municipality's POT (idempotent; listed in «Mi cuenta»). */
function BotonSeguir({ codigo, nombre }: { codigo: string; nombre: string }) {
  const [estado, setEstado] = useState<{ tipo: 'error' | 'exito'; texto: string } | null>(null);
  const alSeguir = async () => {
    const r = await seguir(codigo);
    setEstado(
      r.ok
        ? { tipo: 'exito', texto: t('estado.siguiendo', { nombre }) }
        : { tipo: 'error', texto: r.error.mensaje },
    );
  };
  if (estado?.tipo === 'exito') return <Alerta tipo="exito" titulo={estado.texto} anunciar />;
  return (
    <p class="no-imprimir">
      <Boton variante="secundario" onClick={() => void alSeguir()}>
        {t('estado.seguir', { nombre })}
      </Boton>
      {estado ? <Alerta tipo="error" titulo={estado.texto} anunciar /> : null}
    </p>
  );
}

function EnlacesSesion({ codigo, publico, nombre }: Props & { nombre: string }) {
  const { sesion } = useSesion();
  const gestion = `/m/${encodeURIComponent(codigo)}`;
  if (!publico) {
    return (
      <p class="no-imprimir">
        <Enlace href={gestion}>{t('estado.volverMunicipio', { nombre })}</Enlace>
      </p>
    );
  }
  if (!sesion) {
    return (
      <p class="no-imprimir">
        <Enlace href={construirUrl('/ingresar', { volver: `${gestion}/estado-pot` })}>
          {t('estado.ingresarParaGestionar')}
        </Enlace>
      </p>
    );
  }
  if (!membresiaEn(sesion, codigo) && !sesion.usuario.esAdministrador)
    return <BotonSeguir codigo={codigo} nombre={nombre} />;
  return (
    <p class="no-imprimir">
      <Enlace href={`${gestion}/estado-pot`}>{t('estado.irGestion')}</Enlace>
    </p>
  );
}

/** La advertencia judicial se muestra una vez, destacada (AvisoJudicial), no otra vez en vigencias. */
function sinAvisoJudicial(v: NonNullable<EstadoPot['vigencias']>, e: EstadoPot) {
  const codigo = e.judicial?.warning.code;
  return codigo ? { ...v, warnings: v.warnings.filter((w) => w.code !== codigo) } : v;
}

function Contenido({ e, props, recargar }: { e: EstadoPot; props: Props; recargar: () => void }) {
  const hoy = hoyIso(new Date());
  const m = e.municipio;
  return (
    <>
      <h1>{t('estado.titulo', { nombre: m.nombre })}</h1>
      <p class="entradilla">
        {t('estado.evaluadoAl', { departamento: m.departamento, fecha: fechaLarga(e.fecha) })}{' '}
        {m.poblacion === null
          ? t('municipio.sinPoblacion')
          : t('estado.poblacion', {
              n: formatearEntero(m.poblacion),
              anio: m.anioPoblacion ?? '',
              fuente: m.fuentePoblacion ?? '',
            })}
      </p>
      <EnlacesSesion {...props} nombre={m.nombre} />
      {props.publico ? (
        <p class="no-imprimir">
          <Enlace href={`/publico/${encodeURIComponent(m.codigo)}/participa`}>
            {t('participa.enlace')}
          </Enlace>
        </p>
      ) : null}
      <SelectorFecha fecha={e.fecha} hoy={hoy} />
      {e.vigencias ? <BannerEstado vigencias={e.vigencias} /> : null}
      {e.judicial ? <AvisoJudicial judicial={e.judicial} /> : null}
      {e.plan ? (
        <SeccionPlan plan={e.plan} />
      ) : (
        <Alerta tipo="info" titulo={t('estado.sinPlan', { nombre: m.nombre })}>
          {props.publico ? <p>{t('estado.sinPlanPublico')}</p> : null}
        </Alerta>
      )}
      {!e.plan && !props.publico ? (
        <FormularioPlanVigente codigo={m.codigo} alGuardar={recargar} />
      ) : null}
      {e.actos && (e.actos.length > 0 || !props.publico) ? (
        <SeccionHistoria actos={e.actos} />
      ) : null}
      {e.actos && !props.publico ? (
        <FormularioRegistrarActo codigo={m.codigo} alGuardar={recargar} />
      ) : null}
      {e.tipoPlan && <SeccionTipoPlan tipoPlan={e.tipoPlan} />}
      {e.vigencias ? (
        <SeccionVigencias
          vigencias={sinAvisoJudicial(e.vigencias, e)}
          periodos={e.periodos}
          fecha={e.fecha}
          hoy={hoy}
        />
      ) : null}
      {e.tiposRevision.length > 0 ? (
        <TiposRevision tipos={e.tiposRevision} propuesta={e.propuesta} />
      ) : null}
      {e.plan ? <SeccionPlazos plazos={e.plazos} fecha={e.fecha} /> : null}
      {e.plan || e.ultimaFechaUtil ? <SeccionUltimaFecha ultima={e.ultimaFechaUtil} /> : null}
    </>
  );
}

/** Estado del POT: vista con sesión (/m/:codigo/estado-pot) y pública (/publico/:codigo/estado-pot). */
export function EstadoPotPage(props: Props) {
  const { busqueda } = useUbicacion();
  const fecha = fechaDeConsulta(busqueda.get('fecha'));
  const { recurso, recargar } = useRecurso(
    (s) => obtenerEstadoPot(props.codigo, fecha, s),
    [props.codigo, fecha],
  );
  useTitulo(
    recurso.estado === 'ok'
      ? t('estado.titulo', { nombre: recurso.datos.municipio.nombre })
      : t('municipio.estadoTitulo'),
  );

  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') {
    if (recurso.codigoHttp === 404 || recurso.codigoHttp === 403) {
      return (
        <>
          <h1>{t('municipio.noEncontrado')}</h1>
          <Alerta tipo="error" titulo={recurso.error.mensaje} />
        </>
      );
    }
    return <ErrorCarga error={recurso.error} recargar={recargar} />;
  }
  return <Contenido e={recurso.datos} props={props} recargar={recargar} />;
}
