import { t } from '../i18n/es-CO';
import type { Cita } from './citas/model';
import { ListaCitas } from './citation-list';
import { fechaLarga } from './formato/model';

export interface FilaPlazo {
  step: string;
  label: string;
  startsOn: string;
  dueOn: string;
  dayKind: 'habiles' | 'calendario';
  citations: Cita[];
}

interface Props {
  filas: readonly FilaPlazo[];
  titulo: string;
}

/** Tabla de pasos con sus fechas y su fuente legal (estado del POT y calculadora). */
export function TablaPlazos({ filas, titulo }: Props) {
  return (
    <div class="tabla-envoltura" tabIndex={0}>
      <table class="tabla-plazos">
        <caption>{titulo}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plazos.colPaso')}</th>
            <th scope="col">{t('plazos.colInicio')}</th>
            <th scope="col">{t('plazos.colVence')}</th>
            <th scope="col">{t('plazos.colDias')}</th>
            <th scope="col">{t('plazos.colFuente')}</th>
          </tr>
        </thead>
        <tbody>
          {filas.map((f) => (
            <tr key={f.step}>
              <th scope="row">{f.label}</th>
              <td>
                <time dateTime={f.startsOn}>{fechaLarga(f.startsOn)}</time>
              </td>
              <td>
                <time dateTime={f.dueOn}>{fechaLarga(f.dueOn)}</time>
              </td>
              <td>{f.dayKind === 'habiles' ? t('dias.habiles') : t('dias.calendario')}</td>
              <td>
                <ListaCitas citas={f.citations} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
