import './phone.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RoomApp } from './App';
import { CodeEntry } from './CodeEntry';
import { createPhoneI18n, phoneLanguage } from './i18n';
import { RoomSocket } from './socket';

/**
 * The participant page. At /j/<token> it joins the room over a WebSocket to the server that
 * served it; at / it asks for the 6-digit code. It talks to nothing else: no bridge, no renderer
 * code, nothing from the internet (the server's CSP allows only this origin).
 */
const own = phoneLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
const i18n = createPhoneI18n(own ?? 'en');
document.documentElement.lang = i18n.language;
const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

const token = /^\/j\/([A-Za-z0-9_-]{43})$/.exec(location.pathname)?.[1] ?? null;
if (token === null) {
  createRoot(root).render(
    <StrictMode>
      <CodeEntry i18n={i18n} />
    </StrictMode>,
  );
} else {
  const socket = new RoomSocket(token, `ws://${location.host}/ws/${token}`);
  // The phone's language when it is one of ours, else the workshop's.
  socket.subscribe((state) => {
    const language = own ?? state.language;
    if (language && i18n.language !== language) {
      void i18n.changeLanguage(language);
      document.documentElement.lang = language;
    }
  });
  socket.start();
  createRoot(root).render(
    <StrictMode>
      <RoomApp socket={socket} i18n={i18n} />
    </StrictMode>,
  );
}
