import '@fontsource-variable/noto-sans-sc';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTransport } from './api/create-bridge';
import { App, type AppProps } from './app/App';
import { addEmojiFont } from './app/emoji-font';
import { addThaiFont } from './app/thai-font';
import { initI18n } from './i18n/i18n';

function startupProps(): AppProps {
  try {
    return { transport: createTransport() };
  } catch (error) {
    return { startupError: error };
  }
}

addThaiFont();
addEmojiFont();
initI18n();
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App {...startupProps()} />
  </StrictMode>,
);
