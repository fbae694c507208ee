import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { esFechaIso, fechaLarga } from '../../ui/formato/model';
import type { FilaPlazo } from '../../ui/tabla-plazos';
import { TablaPlazos } from '../../ui/tabla-plazos';
import type { Direccion } from './api';
import { calcularCadena } from './api';
import { leerDireccion, textosCadena } from './model';

interface Calculo {
  desde: string;
  direccion: Direccion;
  pasos: FilaPlazo[];
}

export function CadenaAprobacion({ hoy }: { hoy: string }) {
  const [desde, setDesde] = useState(hoy);
  const [direccion, setDireccion] = useState<Direccion>('adelante');
  const [error, setError] = useState<string | null>(null);
  const [calculando, setCalculando] = useState(false);
  const [calculo, setCalculo] = useState<Calculo | null>(null);
  const textos = textosCadena(direccion);

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    if (!esFechaIso(desde)) {
      setError(t('calc.faltaFecha'));
      return;
    }
    setError(null);
    setCalculando(true);
    const r = await calcularCadena(desde, direccion);
    setCalculando(false);
    if (r.ok) setCalculo({ desde, direccion, pasos: r.datos.pasos });
    else {
      setCalculo(null);
      setError(r.error.mensaje);
    }
  };

  return (
    <section aria-labelledby="titulo-cadena" class={calculo ? 'con-resultado' : 'sin-resultado'}>
      <h2 id="titulo-cadena">{t('calc.cadenaTitulo')}</h2>
      <form onSubmit={(e) => void enviar(e)} class="no-imprimir" noValidate>
        <fieldset class="campo">
          <legend>{t('calc.direccion')}</legend>
          {(['adelante', 'atras'] as const).map((d) => (
            <div class="opcion" key={d}>
              <input
                type="radio"
                id={`direccion-${d}`}
                name="direccion"
                value={d}
                checked={direccion === d}
                onChange={(e) => setDireccion(leerDireccion(e.currentTarget.value))}
              />
              <label for={`direccion-${d}`}>
                {d === 'atras' ? t('calc.atras') : t('calc.adelante')}
              </label>
            </div>
          ))}
        </fieldset>
        <Campo
          id="cadena-desde"
          etiqueta={t(textos.etiquetaFecha)}
          tipo="date"
          valor={desde}
          alCambiar={setDesde}
          requerido
        />
        <Boton type="submit" ocupado={calculando} disabled={calculando}>
          {calculando ? t('calc.calculando') : t('calc.calcular')}
        </Boton>
      </form>
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      {calculo ? (
        <div class="resultado" role="status">
          {calculo.pasos.length === 0 ? (
            <p>{t('calc.cadenaVacia')}</p>
          ) : (
            <TablaPlazos
              filas={calculo.pasos}
              titulo={t(textosCadena(calculo.direccion).titulo, {
                fecha: fechaLarga(calculo.desde),
              })}
            />
          )}
        </div>
      ) : null}
    </section>
  );
}
