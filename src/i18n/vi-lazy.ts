// The Vietnamese tables of the areas whose panels load on demand (investors' explorer and site
// score, import and "your files", share and annotations, print, compare). They are not in vi.ts,
// so the first paint (and an embed) does not carry them: tables.ts loads this module with import()
// the first time a key of it is needed, or before the full viewer renders. English is one chunk
// of its own (en.ts, loaded when chosen). Every key here must also be in en.ts (type-checked there).
import { bigLayersVi } from './biglayers-messages';
import { bigTableVi } from './bigtable-messages';
import { colorByVi } from './colorby-messages';
import { compareVi } from './compare-messages';
import { importVi } from './import-messages';
import { investorsVi } from './investors-messages';
import { printVi } from './print-messages';
import { shareVi } from './share-messages';
import { userAnalysisVi } from './user-analysis-messages';
import { userLayersVi } from './userlayers-messages';
import { viDeferred } from './vi-deferred';
import { viewerVi } from './viewer-messages';
import { viewportVi } from './viewport-messages';

export const viLazy = {
  ...investorsVi,
  ...shareVi,
  ...compareVi,
  ...importVi,
  ...printVi,
  ...userLayersVi,
  ...bigLayersVi,
  ...bigTableVi,
  ...userAnalysisVi,
  ...viewportVi,
  ...viDeferred,
  ...colorByVi,
  ...viewerVi,
} as const;
