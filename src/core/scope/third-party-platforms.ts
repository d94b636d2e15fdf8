/**
 * Hosting platforms whose subdomains belong to their customers, not to the platform's owner, and not
 * necessarily to the organisation whose policy is being read. A host under one of these suffixes is
 * "hosted by a third party": the organisation can authorise testing of its own tenant at most, never of
 * the platform. Curated by hand; each suffix is matched on label boundaries (`x.github.io`, never
 * `github.io.evil.test` or `notgithub.io`), and the suffix itself (the platform's own site) is not a tenant.
 */
export interface ThirdPartyPlatform {
  /** Registrable suffix under which tenants live, lower-case ASCII. */
  suffix: string;
  /** Who runs it, for the reasons shown to the user. */
  name: string;
}

export const THIRD_PARTY_PLATFORMS: readonly ThirdPartyPlatform[] = [
  // Static sites and app hosting
  { suffix: 'github.io', name: 'GitHub Pages' },
  { suffix: 'githubusercontent.com', name: 'GitHub' },
  { suffix: 'gitlab.io', name: 'GitLab Pages' },
  { suffix: 'bitbucket.io', name: 'Bitbucket Cloud' },
  { suffix: 'vercel.app', name: 'Vercel' },
  { suffix: 'now.sh', name: 'Vercel' },
  { suffix: 'netlify.app', name: 'Netlify' },
  { suffix: 'netlify.com', name: 'Netlify' },
  { suffix: 'herokuapp.com', name: 'Heroku' },
  { suffix: 'herokudns.com', name: 'Heroku' },
  { suffix: 'pages.dev', name: 'Cloudflare Pages' },
  { suffix: 'workers.dev', name: 'Cloudflare Workers' },
  { suffix: 'fly.dev', name: 'Fly.io' },
  { suffix: 'onrender.com', name: 'Render' },
  { suffix: 'up.railway.app', name: 'Railway' },
  { suffix: 'glitch.me', name: 'Glitch' },
  { suffix: 'repl.co', name: 'Replit' },
  { suffix: 'surge.sh', name: 'Surge' },
  { suffix: 'firebaseapp.com', name: 'Google Firebase' },
  { suffix: 'web.app', name: 'Google Firebase' },
  { suffix: 'appspot.com', name: 'Google App Engine' },
  { suffix: 'run.app', name: 'Google Cloud Run' },
  { suffix: 'cloudfunctions.net', name: 'Google Cloud Functions' },
  { suffix: 'storage.googleapis.com', name: 'Google Cloud Storage' },
  { suffix: 'blogspot.com', name: 'Blogger' },
  { suffix: 'azurewebsites.net', name: 'Microsoft Azure App Service' },
  { suffix: 'azurestaticapps.net', name: 'Microsoft Azure Static Web Apps' },
  { suffix: 'azureedge.net', name: 'Microsoft Azure CDN' },
  { suffix: 'azurefd.net', name: 'Microsoft Azure Front Door' },
  { suffix: 'blob.core.windows.net', name: 'Microsoft Azure Storage' },
  { suffix: 'cloudapp.net', name: 'Microsoft Azure' },
  { suffix: 'cloudapp.azure.com', name: 'Microsoft Azure' },
  { suffix: 'trafficmanager.net', name: 'Microsoft Azure Traffic Manager' },
  { suffix: 'amazonaws.com', name: 'Amazon Web Services' },
  { suffix: 'cloudfront.net', name: 'Amazon CloudFront' },
  { suffix: 'awsapps.com', name: 'Amazon Web Services' },
  { suffix: 'amplifyapp.com', name: 'AWS Amplify' },
  { suffix: 'elasticbeanstalk.com', name: 'AWS Elastic Beanstalk' },
  { suffix: 'digitaloceanspaces.com', name: 'DigitalOcean Spaces' },
  { suffix: 'ondigitalocean.app', name: 'DigitalOcean App Platform' },
  { suffix: 'fastly.net', name: 'Fastly' },
  { suffix: 'akamaized.net', name: 'Akamai' },
  { suffix: 'edgekey.net', name: 'Akamai' },
  { suffix: 'b-cdn.net', name: 'Bunny CDN' },
  // Site builders, shops, blogs, docs
  { suffix: 'myshopify.com', name: 'Shopify' },
  { suffix: 'notion.site', name: 'Notion' },
  { suffix: 'wordpress.com', name: 'WordPress.com' },
  { suffix: 'wpengine.com', name: 'WP Engine' },
  { suffix: 'wixsite.com', name: 'Wix' },
  { suffix: 'squarespace.com', name: 'Squarespace' },
  { suffix: 'webflow.io', name: 'Webflow' },
  { suffix: 'ghost.io', name: 'Ghost' },
  { suffix: 'substack.com', name: 'Substack' },
  { suffix: 'medium.com', name: 'Medium' },
  { suffix: 'tumblr.com', name: 'Tumblr' },
  { suffix: 'readthedocs.io', name: 'Read the Docs' },
  { suffix: 'gitbook.io', name: 'GitBook' },
  { suffix: 'hubspotpagebuilder.com', name: 'HubSpot' },
  { suffix: 'hs-sites.com', name: 'HubSpot' },
  { suffix: 'unbouncepages.com', name: 'Unbounce' },
  { suffix: 'typeform.com', name: 'Typeform' },
  // Support desks, status pages, SaaS tenants
  { suffix: 'zendesk.com', name: 'Zendesk' },
  { suffix: 'freshdesk.com', name: 'Freshdesk' },
  { suffix: 'helpscoutdocs.com', name: 'Help Scout' },
  { suffix: 'intercom.help', name: 'Intercom' },
  { suffix: 'statuspage.io', name: 'Atlassian Statuspage' },
  { suffix: 'atlassian.net', name: 'Atlassian Cloud' },
  { suffix: 'service-now.com', name: 'ServiceNow' },
  { suffix: 'my.salesforce.com', name: 'Salesforce' },
  { suffix: 'force.com', name: 'Salesforce' },
  { suffix: 'my.site.com', name: 'Salesforce' },
  { suffix: 'okta.com', name: 'Okta' },
  { suffix: 'auth0.com', name: 'Auth0' },
  { suffix: 'slack.com', name: 'Slack' },
  { suffix: 'supabase.co', name: 'Supabase' },
  { suffix: 'mailchimpsites.com', name: 'Mailchimp' },
];

const BY_SUFFIX: ReadonlyMap<string, ThirdPartyPlatform> = new Map(THIRD_PARTY_PLATFORMS.map((p) => [p.suffix, p]));

/** The platform a suffix names exactly (`github.io`), or null. */
export function getThirdPartyPlatform(suffix: string): ThirdPartyPlatform | null {
  return BY_SUFFIX.get(suffix) ?? null;
}

/**
 * The platform hosting `host` (a normalised DNS name), or null. The platform's own apex is not a tenant:
 * `github.io` gives null, `someone.github.io` gives GitHub Pages. The longest matching suffix wins.
 */
export function findThirdPartyPlatform(host: string): ThirdPartyPlatform | null {
  for (let dot = host.indexOf('.'); dot !== -1; dot = host.indexOf('.', dot + 1)) {
    const platform = BY_SUFFIX.get(host.slice(dot + 1));
    if (platform) return platform;
  }
  return null;
}
