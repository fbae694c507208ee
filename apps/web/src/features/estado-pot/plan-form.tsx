import { useState } from 'preact/hooks';

import { t } from '../../i18n/es-CO';
import { Alerta } from '../../ui/alert';
import { Boton } from '../../ui/button';
import { Campo } from '../../ui/campo';
import { registrarPlanVigente } from './api';
import type { FormularioPlan } from './model';
import { validarPlan } from './model';

const VACIO: FormularioPlan = {
  instrumento: '',
  adopcion: '',
  revisionGeneral: '',
  vigenciaLargoPlazoDeclarada: '',
};

/** "Registrar plan vigente" (solo con sesión). Tras guardar, la página se recarga. */
export function FormularioPlanVigente({
  codigo,
  alGuardar,
}: {
  codigo: string;
  alGuardar: () => void;
}) {
  const [form, setForm] = useState<FormularioPlan>(VACIO);
  const [error, setError] = useState<string | null>(null);
  const [guardando, setGuardando] = useState(false);
  const cambiar = (campo: keyof FormularioPlan) => (valor: string) =>
    setForm((f) => ({ ...f, [campo]: valor }));

  const enviar = async (evento: Event) => {
    evento.preventDefault();
    const v = validarPlan(form);
    if (!v.ok) {
      setError(t(v.clave));
      return;
    }
    setGuardando(true);
    setError(null);
    const r = await registrarPlanVigente(codigo, v.cuerpo);
    setGuardando(false);
    if (!r.ok) {
      setError(r.error.mensaje);
      return;
    }
    alGuardar();
  };

  return (
    <section aria-labelledby="titulo-registro" class="tarjeta no-imprimir">
      <h2 id="titulo-registro">{t('registro.titulo')}</h2>
      <p>{t('registro.intro')}</p>
      {error ? <Alerta tipo="error" titulo={error} anunciar /> : null}
      <form onSubmit={(e) => void enviar(e)} noValidate>
        <Campo
          id="plan-instrumento"
          etiqueta={t('registro.instrumento')}
          ayuda={t('registro.instrumentoAyuda')}
          valor={form.instrumento}
          alCambiar={cambiar('instrumento')}
          requerido
        />
        <Campo
          id="plan-adopcion"
          etiqueta={t('registro.adopcion')}
          tipo="date"
          valor={form.adopcion}
          alCambiar={cambiar('adopcion')}
          requerido
        />
        <Campo
          id="plan-revision"
          etiqueta={t('registro.revisionGeneral')}
          tipo="date"
          valor={form.revisionGeneral}
          alCambiar={cambiar('revisionGeneral')}
          opcional
        />
        <Campo
          id="plan-largo"
          etiqueta={t('registro.largoPlazo')}
          tipo="date"
          valor={form.vigenciaLargoPlazoDeclarada}
          alCambiar={cambiar('vigenciaLargoPlazoDeclarada')}
          opcional
        />
        <Boton type="submit" ocupado={guardando} disabled={guardando}>
          {guardando ? t('registro.guardando') : t('registro.guardar')}
        </Boton>
      </form>
    </section>
  );
}
