import { useRef, useState } from 'preact/hooks';

import type { ErrorApi } from '../../app/http';
import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { useRecurso } from '../../ui/use-recurso';
import { obtenerPolitica } from '../cuenta/api';
import { TextoPolitica } from '../cuenta/politica';
import { useSesion } from '../sesion/session-context';
import { type AporteEnviado, enviarAporte } from './api';
import { CampoAdjuntos, CamposReferencia, type Referencia } from './campos-extra';
import { CampoLugar } from './lugar';
import {
  type DocumentoPublico,
  type Geometria,
  MAX_ADJUNTOS,
  type Problema,
  problemaAporte,
  TEXTO_MAX,
  TEXTO_MIN,
} from './model';
import { ResultadoAporte } from './resultado';

const MENSAJE_PROBLEMA: Record<Problema, () => string> = {
  texto: () => t('participa.faltaTexto', { min: TEXTO_MIN, max: TEXTO_MAX }),
  correo: () => t('participa.faltaCorreo'),
  consentimiento: () => t('participa.faltaConsentimiento'),
  adjuntos: () => t('participa.demasiadosAdjuntos'),
};

/** El mensaje del servidor en español; si un proxy respondió 413/429 sin cuerpo, uno propio. */
function mensajeDe(estado: number, error: ErrorApi): string {
  if (error.codigo === 'ERROR' && estado === 413) return t('participa.error413');
  if (error.codigo === 'ERROR' && estado === 429) return t('participa.error429');
  return error.mensaje;
}

interface Props {
  codigo: string;
  documentos: readonly DocumentoPublico[];
}

/** Formulario del aporte: se envía como multipart/form-data (texto, datos, adjuntos, lugar). */
export function FormularioAporte({ codigo, documentos }: Props) {
  const { sesion } = useSesion();
  const politica = useRecurso((s) => obtenerPolitica(s), []).recurso;
  const [texto, setTexto] = useState('');
  const [nombre, setNombre] = useState('');
  const [correo, setCorreo] = useState('');
  const [consiente, setConsiente] = useState(false);
  const [referencia, setReferencia] = useState<Referencia>({
    documento: '',
    articulo: '',
    capa: '',
  });
  const [adjuntos, setAdjuntos] = useState(0);
  const [geometria, setGeometria] = useState<Geometria | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [ocupado, setOcupado] = useState(false);
  const [enviado, setEnviado] = useState<AporteEnviado | null>(null);
  const entrada = useRef<HTMLInputElement>(null);
  const version = politica.estado === 'ok' ? politica.datos.version : null;

  const enviar = async (e: Event) => {
    e.preventDefault();
    const problema = problemaAporte({ texto, correo, consiente, adjuntos, conSesion: !!sesion });
    if (problema) return setError(MENSAJE_PROBLEMA[problema]());
    if (correo.trim() !== '' && !version) return setError(t('participa.politicaNoDisponible'));
    const datos = new FormData();
    datos.append('texto', texto.trim());
    if (nombre.trim()) datos.append('nombre', nombre.trim());
    if (correo.trim()) datos.append('correo', correo.trim());
    if (consiente && version) datos.append('consentimiento', version);
    for (const clave of ['documento', 'articulo', 'capa'] as const) {
      if (referencia[clave].trim()) datos.append(clave, referencia[clave].trim());
    }
    if (geometria) datos.append('geometria', JSON.stringify(geometria));
    for (const archivo of entrada.current?.files ?? []) datos.append('adjuntos', archivo);
    setError(null);
    setOcupado(true);
    const r = await enviarAporte(codigo, datos);
    setOcupado(false);
    if (!r.ok) return setError(mensajeDe(r.estado, r.error));
    setEnviado(r.datos);
  };

  const otro = () => {
    setTexto('');
    setReferencia({ documento: '', articulo: '', capa: '' });
    setAdjuntos(0);
    setGeometria(null);
    setEnviado(null);
  };

  if (enviado) return <ResultadoAporte codigoMunicipio={codigo} enviado={enviado} alOtro={otro} />;
  return (
    <form class="participa-formulario" onSubmit={(e) => void enviar(e)} noValidate>
      <div class="campo">
        <label for="aporte-texto">{t('participa.texto')}</label>
        <p id="aporte-texto-ayuda" class="campo-ayuda">
          {t('participa.textoAyuda', { min: TEXTO_MIN, max: TEXTO_MAX })}
        </p>
        <textarea
          id="aporte-texto"
          rows={8}
          maxLength={TEXTO_MAX}
          required
          value={texto}
          aria-describedby="aporte-texto-ayuda aporte-texto-contador"
          onInput={(ev) => setTexto(ev.currentTarget.value)}
        />
        <p id="aporte-texto-contador" class="campo-ayuda" aria-live="polite">
          {t('participa.contador', { n: texto.trim().length, max: TEXTO_MAX })}
        </p>
      </div>
      <Campo
        id="aporte-nombre"
        etiqueta={t('participa.nombre')}
        autocompletar="name"
        valor={nombre}
        alCambiar={setNombre}
        opcional
      />
      <Campo
        id="aporte-correo"
        etiqueta={t('participa.correo')}
        ayuda={
          sesion
            ? t('participa.correoSesion', { nombre: sesion.usuario.nombre })
            : t('participa.correoAyuda')
        }
        tipo="email"
        autocompletar="email"
        valor={correo}
        alCambiar={setCorreo}
        requerido={!sesion}
        opcional={!!sesion}
      />
      {politica.estado === 'ok' ? (
        <>
          <TextoPolitica politica={politica.datos} />
          <div class="campo campo-casilla">
            <input
              id="aporte-consentimiento"
              type="checkbox"
              checked={consiente}
              onChange={(ev) => setConsiente(ev.currentTarget.checked)}
            />
            <label for="aporte-consentimiento">
              {t('participa.consentimiento', { version: politica.datos.version })}
            </label>
          </div>
        </>
      ) : politica.estado === 'error' ? (
        <p class="nota">{t('participa.politicaNoDisponible')}</p>
      ) : null}
      <CamposReferencia valor={referencia} documentos={documentos} alCambiar={setReferencia} />
      <CampoAdjuntos
        entrada={entrada}
        demasiados={adjuntos > MAX_ADJUNTOS}
        alCambiar={setAdjuntos}
      />
      <CampoLugar codigo={codigo} alCambiar={setGeometria} />
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
        {ocupado ? t('participa.enviando') : t('participa.enviar')}
      </Boton>
    </form>
  );
}
