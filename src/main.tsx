import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { isEmbedUrl } from './components/export/links';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App embed={isEmbedUrl(window.location.href)} />
  </StrictMode>,
);
