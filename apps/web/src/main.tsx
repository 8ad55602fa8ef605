import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18nLazy } from './lib/i18n';
import { queryClient } from './lib/queryClient';

const container = document.getElementById('root');
if (!container) throw new Error('#root element is missing from index.html');

// One language's strings per visit (a chunk each); the first render waits for them.
void initI18nLazy((language) =>
  language === 'ko'
    ? import('./routes/locales-ko').then((m) => m.ko)
    : import('./routes/locales-en').then((m) => m.en),
).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  ),
);
