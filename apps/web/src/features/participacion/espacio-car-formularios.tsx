// Formularios de una ronda con la CAR: observaciones (rol CAR) y acta (CAR u oficina).
import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { Selector } from '../../ui/selector';
import { observar, registrarActa, type Ronda } from './espacio-api';
import { AreaTexto, AvisoEnvio, CampoArchivo, useEnvio } from './espacio-comun';
import { actaIncompleta, type TipoActa } from './espacio-model';

const TEMAS = [
  'determinantes_ambientales',
  'riesgo',
  'areas_protegidas',
  'recurso_hidrico',
  'otro',
] as const;
const TIPOS_ACTA = ['total', 'parcial', 'sin_acuerdo'] as const;

/** La CAR registra una observación por tema; puede enviar varias, una tras otra. */
export function FormularioObservaciones(props: {
  codigo: string;
  ronda: string;
  alCambiar: () => void;
}) {
  const [tema, setTema] = useState<string>('determinantes_ambientales');
  const [texto, setTexto] = useState('');
  const { ocupado, mensaje, enviar } = useEnvio();
  const guardar = async (e: Event) => {
    e.preventDefault();
    const ok = await enviar(
      () => observar(props.codigo, props.ronda, [{ tema, texto: texto.trim() }]),
      () => t('espacio.observacionGuardada'),
    );
    if (ok) {
      setTexto('');
      props.alCambiar();
    }
  };
  const id = `obs-${props.ronda}`;
  return (
    <form class="tarjeta" onSubmit={(e) => void guardar(e)}>
      <h4>{t('espacio.nuevaObservacion')}</h4>
      <Selector
        id={`${id}-tema`}
        etiqueta={t('espacio.temaObservacion')}
        valor={tema}
        opciones={TEMAS}
        prefijo="espacio.tema"
        alCambiar={setTema}
      />
      <AreaTexto
        id={`${id}-texto`}
        etiqueta={t('espacio.textoObservacion')}
        ayuda={t('espacio.minimo10')}
        valor={texto}
        alCambiar={setTexto}
        requerido
      />
      <AvisoEnvio mensaje={mensaje} />
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || texto.trim().length < 10}>
        {t('espacio.registrarObservacion')}
      </Boton>
    </form>
  );
}

/** El acta cierra la ronda: concertación total, parcial o sin acuerdo, con su archivo y fecha. */
export function FormularioActa(props: {
  codigo: string;
  ronda: Ronda;
  alCambiar: (aviso?: string) => void;
}) {
  const [tipo, setTipo] = useState<TipoActa>('total');
  const [fecha, setFecha] = useState('');
  const [puntos, setPuntos] = useState('');
  const [archivo, setArchivo] = useState<File | null>(null);
  const { ocupado, mensaje, enviar, setMensaje } = useEnvio();
  const id = `acta-${props.ronda.id}`;
  const guardar = async (e: Event) => {
    e.preventDefault();
    if (!archivo) return;
    if (actaIncompleta(tipo, puntos))
      return setMensaje({ tipo: 'error', texto: t('espacio.faltanPuntos'), problemas: [] });
    const ok = await enviar(
      () =>
        registrarActa(props.codigo, props.ronda.id, {
          archivo,
          fecha,
          tipo,
          puntosDesacuerdo: puntos,
        }),
      () => t('espacio.actaGuardada'),
    );
    if (ok) props.alCambiar(t('espacio.actaGuardada'));
  };
  return (
    <form class="tarjeta" onSubmit={(e) => void guardar(e)}>
      <h4>{t('espacio.registrarActa')}</h4>
      <p>{t('espacio.actaIntro')}</p>
      <Selector
        id={`${id}-tipo`}
        etiqueta={t('espacio.tipoActa')}
        valor={tipo}
        opciones={TIPOS_ACTA}
        prefijo="espacio.tipoActa"
        alCambiar={(v) => setTipo(v as TipoActa)}
      />
      <Campo
        id={`${id}-fecha`}
        etiqueta={t('espacio.actaFechaCampo')}
        tipo="date"
        valor={fecha}
        alCambiar={setFecha}
        requerido
      />
      {tipo === 'total' ? null : (
        <AreaTexto
          id={`${id}-puntos`}
          etiqueta={t('espacio.puntosDesacuerdo')}
          ayuda={t('espacio.puntosAyuda')}
          valor={puntos}
          alCambiar={setPuntos}
          requerido
        />
      )}
      <CampoArchivo
        id={`${id}-archivo`}
        etiqueta={t('espacio.archivoActa')}
        ayuda={t('espacio.archivoActaAyuda')}
        aceptar=".pdf,.jpg,.jpeg,.png"
        alCambiar={setArchivo}
      />
      <AvisoEnvio mensaje={mensaje} />
      <Boton type="submit" ocupado={ocupado} disabled={ocupado || !archivo || !fecha}>
        {t('espacio.guardarActa')}
      </Boton>
    </form>
  );
}
