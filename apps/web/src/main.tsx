import '@mantine/core/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './lib/i18n';
import { queryClient } from './lib/queryClient';
import { resources } from './routes/locales';

const container = document.getElementById('root');
if (!container) throw new Error('#root element is missing from index.html');

void initI18n(resources);

createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
