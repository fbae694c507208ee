import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga, hoyIso } from '../../ui/formato/model';
import { useRecurso } from '../../ui/use-recurso';
import { useTitulo } from '../../ui/use-titulo';
import { obtenerTramites } from './api';
import { CadenaAprobacion } from './cadena-aprobacion';
import { PlazoTramite } from './plazo-tramite';

export function CalculadoraPage() {
  useTitulo(t('calc.titulo'));
  const hoy = hoyIso(new Date());
  const { recurso, recargar } = useRecurso((s) => obtenerTramites(s), []);

  return (
    <div class="calculadora">
      <h1>{t('calc.titulo')}</h1>
      <p class="entradilla">{t('calc.intro')}</p>
      <p class="fecha-calculo">{t('calc.fechaCalculo', { fecha: fechaLarga(hoy) })}</p>
      <p class="no-imprimir">
        <Boton variante="secundario" onClick={() => window.print()}>
          {t('calc.imprimir')}
        </Boton>
      </p>
      {recurso.estado === 'cargando' ? <Cargando /> : null}
      {recurso.estado === 'error' ? <ErrorCarga error={recurso.error} recargar={recargar} /> : null}
      {recurso.estado === 'ok' ? (
        recurso.datos.tramites.length === 0 ? (
          <Alerta tipo="info" titulo={t('calc.sinTramites')} />
        ) : (
          <PlazoTramite tramites={recurso.datos.tramites} hoy={hoy} />
        )
      ) : null}
      <CadenaAprobacion hoy={hoy} />
    </div>
  );
}
