// One portal deployment across kill -9 and restart: the same port, DATA_DIR and database every time, a new process
// (and a new token) after each restart.
import { connectPortalApi, type PortalApi } from '../portal-instances/portal-api';
import { type PortalProcess, type PortalSettings, startPortal } from '../portal-instances/portal-process';

export interface RestartablePortal {
  readonly api: PortalApi;
  readonly process: PortalProcess;
  kill(): Promise<void>;
  /** Starts a new process on the same settings; throws (with its log) if it does not become healthy. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startRestartablePortal(settings: PortalSettings): Promise<RestartablePortal> {
  let process = await startPortal(settings);
  let api = await connectPortalApi(process.url);
  return {
    get api() {
      return api;
    },
    get process() {
      return process;
    },
    kill: () => process.kill(),
    async restart() {
      await process.kill();
      process = await startPortal(settings);
      api = await connectPortalApi(process.url);
    },
    stop: () => process.kill(),
  };
}
