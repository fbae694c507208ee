import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { ESTADOS } from './model';

/** Counts per state as toggle buttons: pressing one filters the register by that state. */
export function ChipsEstado(props: {
  porEstado: Record<string, number>;
  actual: string;
  alElegir: (estado: string) => void;
}) {
  const total = Object.values(props.porEstado).reduce((s, n) => s + n, 0);
  const estados = ESTADOS.filter((e) => (props.porEstado[e] ?? 0) > 0 || e === props.actual);
  return (
    <div class="part-chips" role="group" aria-label={t('partOficina.porEstado')}>
      <button
        type="button"
        class="part-chip"
        aria-pressed={props.actual === ''}
        onClick={() => props.alElegir('')}
      >
        {t('partOficina.todos', { n: total })}
      </button>
      {estados.map((e) => (
        <button
          key={e}
          type="button"
          class="part-chip"
          aria-pressed={props.actual === e}
          onClick={() => props.alElegir(props.actual === e ? '' : e)}
        >
          {t('partOficina.chipEstado', {
            estado: t(`partOficina.estado.${e}` as ClaveTexto),
            n: props.porEstado[e] ?? 0,
          })}
        </button>
      ))}
    </div>
  );
}
