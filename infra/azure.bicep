// The one Azure resource Netværksmøder needs: a Static Web App that serves the built tab and
// add-in (dist/) with the headers in staticwebapp.config.json. There is no backend: the app
// talks to Microsoft Graph from the browser. `atk provision` deploys this file (m365agents.yml).

@description('Prefix of the Static Web App\'s name; the environment adds RESOURCE_SUFFIX.')
@minLength(4)
@maxLength(40)
param resourceBaseName string

@description('Free is enough: custom headers, a custom domain and TLS are in both plans.')
@allowed([
  'Free'
  'Standard'
])
param staticWebAppSku string = 'Free'

// Static Web Apps exists in few regions; West Europe keeps the resource in the EU. The static
// files themselves are served from Microsoft's worldwide edge (see the README's data statement).
@description('An EU region where Static Web Apps is offered.')
@allowed([
  'westeurope'
])
param location string = 'westeurope'

resource site 'Microsoft.Web/staticSites@2022-09-01' = {
  name: resourceBaseName
  location: location
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {}
}

// Outputs are written to env/.env.<environment> under these names; m365agents.yml reads them.
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = site.id
output TAB_DOMAIN string = site.properties.defaultHostname
output TAB_ENDPOINT string = 'https://${site.properties.defaultHostname}'
