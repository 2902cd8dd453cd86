/**
 * npm run admin: the editor over this checkout, with no account. Starts Decap's local
 * backend (decap-server, loopback only) over this folder and the development server
 * beside it; open http://127.0.0.1:4321/admin/, change a record, save, and the page at
 * http://127.0.0.1:4321/ shows it. Ctrl+C stops both. Ports: ADMIN_PORT (4321) and
 * ADMIN_BACKEND_PORT (8081); ADMIN_REPO_DIR works on another checkout (or a copy).
 */
import { startAdminServers } from './lib/admin-servers.ts';

const sitePort = Number(process.env.ADMIN_PORT ?? 4321);
const backendPort = Number(process.env.ADMIN_BACKEND_PORT ?? 8081);

const repoDir = process.env.ADMIN_REPO_DIR ?? process.cwd();
const servers = await startAdminServers({ repoDir, sitePort, backendPort });
console.log(`\nEditor: ${servers.site}/admin/  (saves into ${repoDir}/content through ${servers.backend})`);
console.log(`Site:   ${servers.site}/\nPress Ctrl+C to stop.\n`);

const stop = () => {
  void servers.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
