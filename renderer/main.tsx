import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bridge } from './app/bridge';
import { createRendererI18n } from './app/i18n';
import { Workspace } from './app/workspace';
import { ProjectorApp } from './run/ProjectorApp';
import { projectorLinkFromHash } from './run/projectorLink';

function startProjector(link: string): void {
  const i18n = createRendererI18n('en');
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <ProjectorApp link={link} i18n={i18n} />
    </StrictMode>,
  );
}

async function start(): Promise<void> {
  // The projector window is the same app on another address: it needs no bridge to main.
  const projectorLink = projectorLinkFromHash(location.hash);
  if (projectorLink) return startProjector(projectorLink);
  const api = bridge();
  const i18n = createRendererI18n('en');
  const workspace = new Workspace(api, () => i18n.t('workshop.untitled'));
  await workspace.init();
  await i18n.changeLanguage(workspace.state.language);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <App workspace={workspace} api={api} i18n={i18n} />
    </StrictMode>,
  );
}

void start();
