import { t } from '../../i18n/es-CO';
import { FormularioRegistro, useRegistro } from '../../ui/formulario/registro';
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
  const registro = useRegistro(VACIO, {
    enviar: (form) => {
      const v = validarPlan(form);
      return v.ok ? registrarPlanVigente(codigo, v.cuerpo) : t(v.clave);
    },
    exito: () => t('registro.exito'),
    alCrear: alGuardar,
  });
  return (
    <section aria-labelledby="titulo-registro" class="tarjeta no-imprimir">
      <FormularioRegistro
        titulo={t('registro.titulo')}
        nivel={2}
        idTitulo="titulo-registro"
        intro={t('registro.intro')}
        registro={registro}
        clase=""
        sinValidacionNativa
        campos={[
          {
            clave: 'instrumento',
            id: 'plan-instrumento',
            etiqueta: t('registro.instrumento'),
            ayuda: t('registro.instrumentoAyuda'),
            requerido: true,
          },
          {
            clave: 'adopcion',
            id: 'plan-adopcion',
            etiqueta: t('registro.adopcion'),
            tipo: 'date',
            requerido: true,
          },
          {
            clave: 'revisionGeneral',
            id: 'plan-revision',
            etiqueta: t('registro.revisionGeneral'),
            tipo: 'date',
            opcional: true,
          },
          {
            clave: 'vigenciaLargoPlazoDeclarada',
            id: 'plan-largo',
            etiqueta: t('registro.largoPlazo'),
            tipo: 'date',
            opcional: true,
          },
        ]}
        boton={t('registro.guardar')}
        botonOcupado={t('registro.guardando')}
      />
    </section>
  );
}
