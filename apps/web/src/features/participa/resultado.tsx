import { useEffect, useRef } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { EnlaceUnaVez } from '../../ui/enlace-una-vez';
import type { AporteEnviado } from './api';
import { enlaceSeguimiento } from './model';

interface Props {
  codigoMunicipio: string;
  enviado: AporteEnviado;
  alOtro: () => void;
}

/** Lo que pasó con el aporte: su código y cómo confirmarlo o seguirlo. */
export function ResultadoAporte({ codigoMunicipio, enviado, alOtro }: Props) {
  const titulo = useRef<HTMLHeadingElement>(null);
  useEffect(() => titulo.current?.focus(), []);
  const confirmacion = enviado.confirmacion;
  return (
    <div class="participa-resultado">
      <h3 ref={titulo} tabIndex={-1}>
        {t('participa.recibido', { codigo: enviado.codigo })}
      </h3>
      {enviado.seguimiento ? (
        <p>
          <a href={enlaceSeguimiento(codigoMunicipio, enviado.seguimiento)}>
            {t('participa.verSeguimiento')}
          </a>
        </p>
      ) : confirmacion?.enlace ? (
        <EnlaceUnaVez
          id="enlace-confirmar-aporte"
          explicacion={t('participa.enlaceConfirmar')}
          enlace={confirmacion.enlace}
        />
      ) : (
        <Alerta tipo="exito" titulo={t('participa.reviseCorreo')} anunciar />
      )}
      {confirmacion?.aviso ? <Alerta tipo="advertencia" titulo={confirmacion.aviso} /> : null}
      <p>
        <Boton variante="secundario" onClick={alOtro}>
          {t('participa.otroAporte')}
        </Boton>
      </p>
    </div>
  );
}
