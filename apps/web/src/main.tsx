import './styles.css';

import { render } from 'preact';

import { App } from './app/app';

const raiz = document.getElementById('app');
if (raiz) {
  raiz.textContent = '';
  render(<App />, raiz);
}

// El armazón de la aplicación queda en el navegador: la siguiente visita pinta al instante
// aunque la conexión sea lenta (ADR 0022). Sin soporte, la aplicación funciona igual.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
