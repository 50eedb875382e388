// Vitest setup (vitest.config.ts): unit tests translate synchronously in both languages, so the
// complete tables are provided up front instead of through the app's on-demand import().
import { COMPLETE_TABLES } from './complete';
import { provideMessages } from './tables';

provideMessages(COMPLETE_TABLES);
