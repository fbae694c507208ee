import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { fechaLarga } from '../../ui/formato/model';
import type { AporteFila } from './api';
import { estadoVencimiento } from './model';

/** A petition's due date, highlighted (text and colour) once it is past. */
export function Vencimiento(props: { venceEn: string | null; estado: string; hoy: string }) {
  const e = estadoVencimiento(props.venceEn, props.hoy, props.estado);
  if (!e || !props.venceEn) return <>—</>;
  const texto = t(`partOficina.vence.${e}` as ClaveTexto, { fecha: fechaLarga(props.venceEn) });
  return <span class={`part-vence part-vence-${e}`}>{texto}</span>;
}

export function TablaAportes(props: {
  filas: readonly AporteFila[];
  elegido: string | null;
  hoy: string;
  alElegir: (id: string) => void;
}) {
  return (
    <div class="tabla-envoltura" tabIndex={0} aria-labelledby="titulo-lista-aportes">
      <table class="part-tabla">
        <caption class="visualmente-oculto">{t('partOficina.lista')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partOficina.colCodigo')}</th>
            <th scope="col">{t('partOficina.colTexto')}</th>
            <th scope="col">{t('partOficina.colEstado')}</th>
            <th scope="col">{t('partOficina.colOrigen')}</th>
            <th scope="col">{t('partOficina.colRecibido')}</th>
            <th scope="col">{t('partOficina.colVence')}</th>
          </tr>
        </thead>
        <tbody>
          {props.filas.map((f) => (
            <tr
              key={f.id}
              class={f.id === props.elegido ? 'part-fila-elegida' : undefined}
              aria-current={f.id === props.elegido ? 'true' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  id={`aporte-${f.id}`}
                  class="part-enlace"
                  aria-label={t('partOficina.ver', { codigo: f.codigo })}
                  onClick={() => props.alElegir(f.id)}
                >
                  {f.codigo}
                </button>
              </th>
              <td class="part-extracto">
                {f.texto}
                <span class="nota">
                  {' '}
                  · {f.tema ?? t('partOficina.sinTema')}
                  {f.grupo ? ` · ${f.grupo}` : ''}
                  {f.tieneGeometria ? ` · ${t('partOficina.conLugar')}` : ''}
                </span>
              </td>
              <td>{f.estadoEtiqueta}</td>
              <td>{t(`partOficina.origen.${f.origen}` as ClaveTexto)}</td>
              <td>{fechaLarga(f.recibidoEn)}</td>
              <td>
                <Vencimiento venceEn={f.venceEn} estado={f.estado} hoy={props.hoy} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
