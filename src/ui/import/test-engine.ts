// For the import flow's tests: the engine's real API behind Comlink on a MessageChannel (as the
// worker is reached in the app), set as the flow's client, with no storage; undone after the file.
import { MessageChannel } from 'node:worker_threads';
import { expose } from 'comlink';
import { afterAll } from 'vitest';
import { createImportApi } from '../../import/api';
import { createImportClient } from '../../import/client';
import { setUserLayerStorage } from '../../state/user-layers';
import { setImportClient } from './flow';

export function withRealImportEngine(): void {
  const { port1, port2 } = new MessageChannel();
  expose(createImportApi(), port1 as unknown as Parameters<typeof expose>[1]);
  setImportClient(createImportClient(port2 as unknown as Worker));
  setUserLayerStorage(null);
  afterAll(() => {
    setImportClient(null);
    port1.close();
    port2.close();
  });
}
