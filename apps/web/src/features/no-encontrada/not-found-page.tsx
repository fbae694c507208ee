import { Enlace } from '../../app/router';
import { t } from '../../i18n/es-CO';
import { useTitulo } from '../../ui/use-titulo';

export function NoEncontradaPage({ ruta }: { ruta: string }) {
  useTitulo(t('noEncontrada.titulo'));
  return (
    <>
      <h1>{t('noEncontrada.titulo')}</h1>
      <p>{t('noEncontrada.texto', { ruta })}</p>
      <p>
        <Enlace href="/">{t('noEncontrada.inicio')}</Enlace>
      </p>
    </>
  );
}
