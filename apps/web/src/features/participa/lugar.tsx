import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import type { PropsMapaDibujo } from './mapa-dibujo';
import type { Geometria } from './model';

type Estado =
  | { fase: 'cerrado' }
  | { fase: 'cargando' }
  | { fase: 'error' }
  | { fase: 'abierto'; Mapa: ComponentType<PropsMapaDibujo> };

interface Props {
  codigo: string;
  alCambiar: (geometria: Geometria | null) => void;
}

/**
 * «Señalar en el mapa»: el módulo del mapa (y MapLibre, que él importa a su vez) se descarga
 * solo al pulsar el botón; el portal carga sin él (issue 13: ≤ 100 kB de JS antes del mapa).
 */
export function CampoLugar({ codigo, alCambiar }: Props) {
  const [estado, setEstado] = useState<Estado>({ fase: 'cerrado' });
  const abrir = () => {
    setEstado({ fase: 'cargando' });
    import('./mapa-dibujo')
      .then((m) => setEstado({ fase: 'abierto', Mapa: m.MapaDibujo }))
      .catch((error: unknown) => {
        console.error('[mapa]', error);
        setEstado({ fase: 'error' });
      });
  };
  const cerrar = () => {
    alCambiar(null);
    setEstado({ fase: 'cerrado' });
  };
  return (
    <fieldset class="campo participa-lugar">
      <legend>
        {t('participa.lugar')}
        <span class="campo-opcional"> {t('campo.opcional')}</span>
      </legend>
      <p class="campo-ayuda">{t('participa.lugarAyuda')}</p>
      {estado.fase === 'cerrado' || estado.fase === 'error' ? (
        <Boton variante="secundario" onClick={abrir}>
          {t('participa.senalar')}
        </Boton>
      ) : null}
      {estado.fase === 'cargando' ? (
        <p class="cargando" role="status">
          {t('participa.cargandoMapa')}
        </p>
      ) : null}
      {estado.fase === 'error' ? (
        <p class="campo-ayuda participa-error" role="alert">
          {t('participa.mapaError')}
        </p>
      ) : null}
      {estado.fase === 'abierto' ? (
        <>
          <estado.Mapa codigo={codigo} alCambiar={alCambiar} />
          <p>
            <Boton variante="secundario" onClick={cerrar}>
              {t('participa.quitarMapa')}
            </Boton>
          </p>
        </>
      ) : null}
    </fieldset>
  );
}
