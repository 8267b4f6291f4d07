import { createRoot } from 'react-dom/client';
import { chooseAuthKind, createAuthProvider } from './auth/chooseAuth';
import { readConfig } from './config/appConfig';
import { BUILD_ENV } from './config/buildEnv';
import { localeFromTag } from './domain';
import { graphOnDemand } from './app/lazyGraph';
import { RetryFeed } from './app/retryFeed';
import { connectHost } from './host/connectHost';
import { App, loadSidePanel } from './ui/App';
import { carriesStageProgramme, surfaceOf } from './ui/meeting/surface';
import { MissingConfigPage } from './ui/MissingConfigPage';

async function start(root: HTMLElement) {
  const configured = readConfig(BUILD_ENV);
  if (!configured.ok) {
    createRoot(root).render(
      <MissingConfigPage missing={configured.missing} locale={localeFromTag(navigator.language)} />,
    );
    return;
  }
  const config = configured.config;
  const host = await connectHost({ validOrigins: config.harnessOrigins });
  const surface = surfaceOf(host.info, location.search);
  // A stage link carries its programme: no sign-in, no Graph, only the stage's own chunk.
  if (surface.kind === 'stage' && (carriesStageProgramme(location.search) || !surface.chatId)) {
    const { StageApp } = await import(/* webpackChunkName: "stage" */ './ui/meeting/StageApp');
    createRoot(root).render(<StageApp host={host} search={location.search} />);
    return;
  }
  // The side panel's chunk loads while the page signs in; one that fails is loaded lazily. So does
  // the Graph layer, which its first render calls at once (`graphOnDemand` then finds it loaded).
  const sidePanel =
    surface.kind === 'sidePanel' ? loadSidePanel().catch(() => undefined) : undefined;
  if (surface.kind === 'sidePanel') {
    import(/* webpackChunkName: "graph" */ './graph').catch(() => undefined);
  }
  const auth = await createAuthProvider(chooseAuthKind(config, host.info), config, host.info);
  const retries = new RetryFeed();
  // The Graph SDK is not needed until someone is signed in: keep it off the first screen.
  const graph = graphOnDemand({ baseUrl: config.graphBaseUrl, tokens: auth, retries });
  createRoot(root).render(
    <App
      host={host}
      auth={auth}
      graph={graph}
      retries={retries}
      surface={surface}
      sidePanel={await sidePanel}
    />,
  );
}

const root = document.getElementById('root');
if (root) {
  start(root).catch((e: unknown) => {
    root.textContent = e instanceof Error ? e.message : String(e);
  });
}
