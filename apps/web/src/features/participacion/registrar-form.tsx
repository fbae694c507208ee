import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { ErrorCarga } from '../../ui/estado-carga';
import { fechaLarga } from '../../ui/formato/model';
import { Selector } from '../../ui/selector';
import { useRecurso } from '../../ui/use-recurso';
import { obtenerPolitica } from '../cuenta/api';
import { registrarAporte } from './api';
import { CampoTexto } from './campo-texto';
import { ORIGENES_OFICINA, TEXTO_MIN, TIPOS_PETICION } from './model';

const vacio = (hoy: string) => ({
  origen: 'ventanilla',
  recibidoEn: hoy,
  texto: '',
  autorNombre: '',
  autorCorreo: '',
  tipo: 'general',
  radicado: '',
});

/** The office registers an aporte received outside the portal (event, ventanilla, CTP, CAR). */
export function RegistrarAporte(props: {
  codigo: string;
  hoy: string;
  alRegistrar: () => void;
  alCerrar: () => void;
}) {
  const [f, setF] = useState(vacio(props.hoy));
  const [peticion, setPeticion] = useState(false);
  const [autoriza, setAutoriza] = useState(false);
  const [ocupado, setOcupado] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hecho, setHecho] = useState<string | null>(null);
  const poner = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const conAutor = f.autorNombre.trim() !== '' || f.autorCorreo.trim() !== '';
  // The policy in force, as at sign-up: its version is what the person authorised.
  const politica = useRecurso((s) => obtenerPolitica(s), []);
  const version = politica.recurso.estado === 'ok' ? politica.recurso.datos.version : null;

  const enviar = async () => {
    setHecho(null);
    if (f.texto.trim().length < TEXTO_MIN) return setError(t('partOficina.textoCorto'));
    if (conAutor && (!autoriza || !version)) return setError(t('partOficina.faltaConsentimiento'));
    const cuerpo: Record<string, unknown> = {
      origen: f.origen,
      recibidoEn: f.recibidoEn,
      texto: f.texto.trim(),
    };
    if (f.autorNombre.trim()) cuerpo['autorNombre'] = f.autorNombre.trim();
    if (f.autorCorreo.trim()) cuerpo['autorCorreo'] = f.autorCorreo.trim();
    if (conAutor && version) cuerpo['consentimiento'] = version;
    if (peticion)
      cuerpo['peticion'] = f.radicado.trim()
        ? { tipo: f.tipo, radicado: f.radicado.trim() }
        : { tipo: f.tipo };
    setOcupado(true);
    setError(null);
    const r = await registrarAporte(props.codigo, cuerpo);
    setOcupado(false);
    if (!r.ok) return setError(r.error.mensaje);
    const codigo = r.datos.codigo ?? '';
    setHecho(
      r.datos.venceEn
        ? t('partOficina.registradoVence', { codigo, fecha: fechaLarga(r.datos.venceEn) })
        : t('partOficina.registrado', { codigo }),
    );
    setF(vacio(props.hoy));
    setPeticion(false);
    setAutoriza(false);
    props.alRegistrar();
  };

  const formulario = (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void enviar();
      }}
    >
      <Selector
        id="reg-origen"
        etiqueta={t('partOficina.origen')}
        valor={f.origen}
        opciones={ORIGENES_OFICINA}
        prefijo="partOficina.origen"
        alCambiar={poner('origen')}
      />
      <Campo
        id="reg-fecha"
        tipo="date"
        etiqueta={t('partOficina.recibidoEn')}
        valor={f.recibidoEn}
        alCambiar={poner('recibidoEn')}
        requerido
      />
      <CampoTexto
        id="reg-texto"
        etiqueta={t('partOficina.textoAporte')}
        valor={f.texto}
        alCambiar={poner('texto')}
        minimo={TEXTO_MIN}
      />
      <Campo
        id="reg-nombre"
        etiqueta={t('partOficina.autorNombre')}
        opcional
        autocompletar="off"
        valor={f.autorNombre}
        alCambiar={poner('autorNombre')}
      />
      <Campo
        id="reg-correo"
        tipo="email"
        etiqueta={t('partOficina.autorCorreo')}
        opcional
        autocompletar="off"
        valor={f.autorCorreo}
        alCambiar={poner('autorCorreo')}
      />
      {conAutor && version ? (
        <div class="campo campo-casilla">
          <input
            type="checkbox"
            id="reg-autoriza"
            checked={autoriza}
            onChange={(e) => setAutoriza(e.currentTarget.checked)}
          />
          <label for="reg-autoriza">{t('partOficina.consentimiento', { version })}</label>
        </div>
      ) : null}
      {conAutor && politica.recurso.estado === 'error' ? (
        <ErrorCarga error={politica.recurso.error} recargar={politica.recargar} />
      ) : null}
      <div class="campo campo-casilla">
        <input
          type="checkbox"
          id="reg-peticion"
          checked={peticion}
          onChange={(e) => setPeticion(e.currentTarget.checked)}
        />
        <label for="reg-peticion">{t('partOficina.esPeticion')}</label>
      </div>
      {peticion ? (
        <>
          <Selector
            id="reg-tipo"
            etiqueta={t('partOficina.tipoPeticion')}
            valor={f.tipo}
            opciones={TIPOS_PETICION}
            prefijo="partOficina.peticion"
            alCambiar={poner('tipo')}
          />
          <Campo
            id="reg-radicado"
            etiqueta={t('partOficina.radicado')}
            opcional
            valor={f.radicado}
            alCambiar={poner('radicado')}
          />
        </>
      ) : null}
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <div class="acciones">
        <Boton type="submit" ocupado={ocupado} disabled={ocupado}>
          {t('partOficina.guardar')}
        </Boton>{' '}
        <Boton variante="secundario" onClick={props.alCerrar}>
          {t('partOficina.cancelar')}
        </Boton>
      </div>
    </form>
  );

  return (
    <section id="registrar-aporte" class="tarjeta" aria-labelledby="titulo-registrar-aporte">
      <h2 id="titulo-registrar-aporte">{t('partOficina.registrarTitulo')}</h2>
      <p>{t('partOficina.registrarIntro')}</p>
      {hecho ? <Alerta tipo="exito" titulo={hecho} anunciar /> : null}
      {formulario}
    </section>
  );
}
