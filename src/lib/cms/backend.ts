/**
 * Where the editor saves: the Git host and repository, from environment variables set
 * where the site is built (see docs/editor.md). The editorial workflow (draft, in review,
 * ready = a branch and a pull or merge request) needs a host whose Decap backend
 * supports it: GitHub, GitLab and Forgejo do; Decap's Gitea backend does not.
 */
export interface CmsBackend {
  /** The `backend` block of config.yml. */
  config: Record<string, string>;
  editorialWorkflow: boolean;
  /** The origins the editor talks to (its API and sign-in), for its Content-Security-Policy. */
  origins: string[];
  siteUrl?: string;
}

export const backendNames = ['github', 'gitlab', 'forgejo', 'gitea'] as const;
export type BackendName = (typeof backendNames)[number];

const defaultApi: Record<BackendName, string> = {
  github: 'https://api.github.com',
  gitlab: 'https://gitlab.com/api/v4',
  forgejo: 'https://codeberg.org/api/v1',
  gitea: 'https://gitea.com/api/v1',
};

/** The editor's backend from CMS_BACKEND, CMS_REPO, CMS_BRANCH, CMS_API_ROOT, CMS_BASE_URL, CMS_AUTH_ENDPOINT, CMS_APP_ID. */
export function cmsBackend(env: Record<string, string | undefined> = process.env, siteUrl?: string): CmsBackend {
  const name = (env.CMS_BACKEND ?? 'github') as BackendName;
  if (!backendNames.includes(name))
    throw new Error(`CMS_BACKEND: must be one of ${backendNames.join(', ')}, found ${JSON.stringify(name)}`);
  const apiRoot = env.CMS_API_ROOT ?? defaultApi[name];
  const config: Record<string, string> = {
    name,
    repo: env.CMS_REPO ?? 'OWNER/desa-binaan-imigrasi',
    branch: env.CMS_BRANCH ?? 'main',
    ...(env.CMS_API_ROOT && { api_root: env.CMS_API_ROOT }),
    ...(env.CMS_BASE_URL && { base_url: env.CMS_BASE_URL }),
    ...(env.CMS_AUTH_ENDPOINT && { auth_endpoint: env.CMS_AUTH_ENDPOINT }),
    ...(env.CMS_APP_ID && { app_id: env.CMS_APP_ID, auth_type: 'pkce' }),
  };
  const origins = new Set([new URL(apiRoot).origin]);
  if (env.CMS_BASE_URL) origins.add(new URL(env.CMS_BASE_URL).origin);
  if (name === 'github') origins.add('https://github.com');
  return { config, editorialWorkflow: name !== 'gitea', origins: [...origins], ...(siteUrl && { siteUrl }) };
}
