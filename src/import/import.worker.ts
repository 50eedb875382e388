// Module worker entry: exposes the import API through Comlink. Create it with `createImportClient`
// (client.ts), never directly. Files are parsed here and never leave the browser.
import { expose } from 'comlink';
import { createImportApi } from './api';

expose(createImportApi());
