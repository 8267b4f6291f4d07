/**
 * The reference for the first-screen benchmark: the app's bare dependency set (React, Fluent,
 * teams-js, MSAL, graph-client), loaded eagerly, rendering one button.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { PublicClientApplication } from '@azure/msal-browser';
import { app } from '@microsoft/teams-js';
import { Button, FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

// Keep every library in the bundle, as an app that used them all up front would.
(window as unknown as { deps: unknown[] }).deps = [Client, PublicClientApplication, app];

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <FluentProvider theme={teamsLightTheme}>
      <Button appearance="primary">Netværksmøder</Button>
    </FluentProvider>,
  );
}
