import { t } from '../../i18n/es-CO';
import { Alerta, ListaAdvertencias } from '../../ui/alert';
import { ListaCitas } from '../../ui/citation-list';
import { Cargando, ErrorCarga } from '../../ui/estado-carga';
import { useRecurso } from '../../ui/use-recurso';
import { obtenerCosto } from './api';
import { pesos } from './model';
import type { CasoBanco } from './types';

function Similares({ casos }: { casos: CasoBanco[] }) {
  return (
    <>
      <h3>{t('preparacion.similares')}</h3>
      {casos.length === 0 ? (
        <p>{t('preparacion.similaresVacio')}</p>
      ) : (
        <ul>
          {casos.map((c) => (
            <li key={c.id}>
              {c.municipio} ({c.departamento}) — {c.acto ?? c.tipoRevisionNombre}
              {c.costoCop
                ? ` · ${t('banco.costo', { costo: pesos(c.costoCop), anio: c.anioCosto ?? '' })}`
                : ''}
              {c.conversion ? (
                <span class="nota">
                  {' '}
                  · {t('preparacion.conversion', { texto: c.conversion.texto })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Cost estimate shown step by step, every number with its assumption; financing; similar cases. */
export function Costo({ codigo, version }: { codigo: string; version: number }) {
  const { recurso, recargar } = useRecurso((s) => obtenerCosto(codigo, s), [codigo, version]);
  if (recurso.estado === 'cargando') return <Cargando />;
  if (recurso.estado === 'error') return <ErrorCarga error={recurso.error} recargar={recargar} />;
  const e = recurso.datos.estimacion;
  return (
    <section class="tarjeta" aria-labelledby="titulo-costo">
      <h2 id="titulo-costo">{t('preparacion.costo')}</h2>
      {!e ? (
        <Alerta tipo="advertencia" titulo={t('preparacion.faltanDatos')}>
          <ul>
            {recurso.datos.faltantes.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </Alerta>
      ) : (
        <>
          <p class="cifra-destacada" data-costo-esperado={e.estimate.esperado}>
            {t('preparacion.costoTotal', {
              esperado: pesos(e.estimate.esperado),
              bajo: pesos(e.estimate.bajo),
              alto: pesos(e.estimate.alto),
              anio: e.estimate.anioPrecios,
            })}
          </p>
          <p>{t('preparacion.editable')}</p>
          <div class="tabla-desplazable" tabIndex={0}>
            <table>
              <caption class="visualmente-oculto">{t('preparacion.costo')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('preparacion.col.paso')}</th>
                  <th scope="col">{t('preparacion.col.concepto')}</th>
                  <th scope="col">{t('preparacion.col.supuesto')}</th>
                  <th scope="col">{t('preparacion.col.esperado')}</th>
                </tr>
              </thead>
              <tbody>
                {e.estimate.supuestos.map((l) => (
                  <tr key={l.id}>
                    <td>{l.paso}</td>
                    <td>{l.concepto}</td>
                    <td>{l.supuesto}</td>
                    <td class="numero">{pesos(l.esperado)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ListaCitas citas={e.estimate.citas} />
          <h3>{t('preparacion.financiacion')}</h3>
          <ListaAdvertencias advertencias={e.financiacion.advertencias} />
          <ul>
            {e.financiacion.fuentes.map((f) => (
              <li key={f.id}>
                <strong>{f.name}</strong>: {f.description} {f.requirements.join('; ')}.
              </li>
            ))}
          </ul>
          <Similares casos={e.similares} />
        </>
      )}
    </section>
  );
}
