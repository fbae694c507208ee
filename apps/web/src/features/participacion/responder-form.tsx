import { useState } from 'preact/hooks';

import type { ClaveTexto } from '../../i18n/es-CO';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { CamposFormulario } from '../../ui/formulario/campos';
import { Selector } from '../../ui/selector';
import { actuar, type AporteDetalle, type EstadoTras } from './api';
import { CampoTexto } from './campo-texto';
import { FormAccion, useEnvioAccion } from './form-accion';
import {
  type BorradorRespuesta,
  cuerpoRespuesta,
  exigeCambio,
  faltaEnRespuesta,
  RAZONES_MIN,
  RESULTADOS,
} from './model';

/** Answer: outcome, reasons (counted), what changed when it accepts, and the whole group. */
export function FormResponder(p: {
  codigo: string;
  d: AporteDetalle;
  leyenda: string;
  alHacer: (accion: string, r: EstadoTras) => void;
}) {
  const [b, setB] = useState<BorradorRespuesta>({
    resultado: '',
    razones: '',
    documentoVersion: '',
    articulo: '',
    elementoMapa: '',
  });
  const [todoElGrupo, setTodoElGrupo] = useState(false);
  const [falta, setFalta] = useState<ReturnType<typeof faltaEnRespuesta>>(null);
  const poner = (k: keyof BorradorRespuesta) => (v: string) => setB((x) => ({ ...x, [k]: v }));
  const { ocupado, enviar, aviso } = useEnvioAccion('responder', p.alHacer);
  const alEnviar = () => {
    const f = faltaEnRespuesta(b);
    setFalta(f);
    if (f) return;
    void enviar(() => actuar(p, 'respuesta', cuerpoRespuesta(b, todoElGrupo)));
  };
  const cambio = exigeCambio(b.resultado);
  return (
    <FormAccion
      id="responder"
      leyenda={p.leyenda}
      boton={t('partOficina.responder')}
      ocupado={ocupado}
      aviso={
        <>
          {falta ? (
            <Alerta tipo="error" titulo={t(`partOficina.falta.${falta}` as ClaveTexto)} anunciar />
          ) : null}
          {aviso}
        </>
      }
      alEnviar={alEnviar}
    >
      <Selector
        id="resp-resultado"
        etiqueta={t('partOficina.resultado')}
        valor={b.resultado}
        opciones={['', ...RESULTADOS]}
        etiquetas={{ '': t('partOficina.elijaResultado') }}
        prefijo="partOficina.resultado"
        alCambiar={poner('resultado')}
      />
      <CampoTexto
        id="resp-razones"
        etiqueta={t('partOficina.razones')}
        valor={b.razones}
        alCambiar={poner('razones')}
        minimo={RAZONES_MIN}
        invalido={falta === 'razones'}
      />
      {cambio ? (
        <fieldset class="part-cambio">
          <legend>{t('partOficina.cambio')}</legend>
          <p class="campo-ayuda">{t('partOficina.cambioAyuda')}</p>
          <CamposFormulario
            datos={b}
            campo={poner}
            campos={(
              [
                ['documentoVersion', 'resp-version', 'partOficina.documentoVersion'],
                ['articulo', 'resp-articulo', 'partOficina.articulo'],
                ['elementoMapa', 'resp-elemento', 'partOficina.elementoMapa'],
              ] as const
            ).map(([clave, id, etiqueta]) => ({
              clave,
              id,
              etiqueta: t(etiqueta),
              invalido: falta === 'cambio',
            }))}
          />
        </fieldset>
      ) : null}
      {p.d.grupo ? (
        <div class="campo campo-casilla">
          <input
            type="checkbox"
            id="resp-grupo"
            checked={todoElGrupo}
            onChange={(e) => setTodoElGrupo(e.currentTarget.checked)}
          />
          <label for="resp-grupo">{t('partOficina.todoElGrupo', { grupo: p.d.grupo })}</label>
        </div>
      ) : null}
    </FormAccion>
  );
}
