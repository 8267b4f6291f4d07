/**
 * The redirect bridge page (`auth-redirect.html`): msal-browser v5 sends sign-in answers here
 * and this hands them back to the window that asked.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

void broadcastResponseToMainFrame().catch((e: unknown) => {
  document.body.textContent = e instanceof Error ? e.message : String(e);
});
