import './styles.css';

import { render } from 'preact';

import { App } from './app/app';

const raiz = document.getElementById('app');
if (raiz) {
  raiz.textContent = '';
  render(<App />, raiz);
}
