// Web Worker entry: exposes the analysis API through Comlink. Create it with `createAnalysisClient`
// (client.ts), never directly.
import { expose } from 'comlink';
import { createAnalysisApi } from './api';

expose(createAnalysisApi());
