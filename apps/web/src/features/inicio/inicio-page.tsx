import { Enlace } from '../../app/router';
import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { useTitulo } from '../../ui/use-titulo';
import { useSesion } from '../sesion/session-context';
import { BuscadorMunicipios } from './municipio-search';

const ETAPAS: readonly (readonly [ClaveTexto, ClaveTexto])[] = [
  ['inicio.etapa1', 'inicio.etapa1Texto'],
  ['inicio.etapa2', 'inicio.etapa2Texto'],
  ['inicio.etapa3', 'inicio.etapa3Texto'],
  ['inicio.etapa4', 'inicio.etapa4Texto'],
  ['inicio.etapa5', 'inicio.etapa5Texto'],
  ['inicio.etapa6', 'inicio.etapa6Texto'],
  ['inicio.etapa7', 'inicio.etapa7Texto'],
  ['inicio.etapa8', 'inicio.etapa8Texto'],
  ['inicio.etapa9', 'inicio.etapa9Texto'],
];

const QUIENES: readonly ClaveTexto[] = [
  'inicio.quienes1',
  'inicio.quienes2',
  'inicio.quienes3',
  'inicio.quienes4',
  'inicio.quienes5',
];

function MisMunicipios() {
  const { sesion } = useSesion();
  if (!sesion) return null;
  return (
    <section aria-labelledby="titulo-mis-municipios" class="tarjeta">
      <h2 id="titulo-mis-municipios">{t('inicio.misMunicipios')}</h2>
      {sesion.membresias.length === 0 ? (
        <p>{t('inicio.sinMunicipios')}</p>
      ) : (
        <ul class="lista-enlaces">
          {sesion.membresias.map((m) => (
            <li key={m.municipio.codigo}>
              <Enlace href={`/m/${encodeURIComponent(m.municipio.codigo)}`}>
                {m.municipio.nombre} ({m.municipio.departamento})
              </Enlace>{' '}
              — {m.rolEtiqueta}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function InicioPage() {
  useTitulo(null);
  const { sesion } = useSesion();
  return (
    <>
      <h1>{t('inicio.titulo')}</h1>
      <p class="entradilla">{t('inicio.intro')}</p>
      <MisMunicipios />

      <section aria-labelledby="titulo-accesos">
        <h2 id="titulo-accesos">{t('inicio.accesosTitulo')}</h2>
        <div class="rejilla">
          {sesion ? null : (
            <div class="tarjeta">
              <h3>
                <Enlace href="/ingresar">{t('inicio.accesoIngresar')}</Enlace>
              </h3>
              <p>{t('inicio.accesoIngresarTexto')}</p>
            </div>
          )}
          <div class="tarjeta">
            <h3>
              <Enlace href="/calculadora">{t('inicio.accesoCalculadora')}</Enlace>
            </h3>
            <p>{t('inicio.accesoCalculadoraTexto')}</p>
          </div>
        </div>
        <div class="tarjeta" id="consultar">
          <h3>{t('inicio.accesoConsultar')}</h3>
          <p>{t('inicio.accesoConsultarTexto')}</p>
          <BuscadorMunicipios />
        </div>
      </section>

      <section aria-labelledby="titulo-ruta">
        <h2 id="titulo-ruta">{t('inicio.rutaTitulo')}</h2>
        <p>{t('inicio.rutaIntro')}</p>
        <ol class="ruta">
          {ETAPAS.map(([nombre, texto]) => (
            <li key={nombre}>
              <strong>{t(nombre)}.</strong> {t(texto)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="titulo-quienes">
        <h2 id="titulo-quienes">{t('inicio.quienesTitulo')}</h2>
        <ul>
          {QUIENES.map((clave) => (
            <li key={clave}>{t(clave)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
