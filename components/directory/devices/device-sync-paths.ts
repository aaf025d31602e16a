// Graph paths of the device simulator's actions and reports (relative to the Graph client's base URL).
import { GRAPH_MANAGED_DEVICES, graphManagedDevicePath } from '../directory-paths';

export const GRAPH_SYNC_ALL_DEVICES = `${GRAPH_MANAGED_DEVICES}/syncAll`;

export function graphSyncDevicePath(id: string): string {
  return `${graphManagedDevicePath(id)}/syncDevice`;
}

export function graphDeviceConfigurationStatesPath(id: string): string {
  return `${graphManagedDevicePath(id)}/deviceConfigurationStates`;
}
