import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { isEmbedUrl } from './components/export/links';
import { appSessionRestored, calculatorStore } from './state/calculator-store';
import { noticesStore } from './state/notices-store';
import { startSession } from './state/session-bootstrap';
import './styles.css';

// Before the first render, so a share link's figures are on screen from the first paint.
startSession({
  store: calculatorStore,
  notices: noticesStore,
  savedSessionRestored: appSessionRestored(),
  window,
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App embed={isEmbedUrl(window.location.href)} />
  </StrictMode>,
);
