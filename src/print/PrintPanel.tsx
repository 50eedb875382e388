// The side panel's print tools: resolution and paper choice, "Export PNG" and "Print the map".
// Both capture the registered map (print-store.ts) in one frame; failures are told in words and
// leave the map as it was.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useT } from '../i18n';
import { download } from '../ui/download';
import { exportPng, jobFromFrame, PRINT_DPI, preparePrint, type Resolution } from './actions';
import { captureNow } from './capture';
import type { Orientation, Paper } from './layout';
import { PrintSheet } from './PrintSheet';
import { getPrintMap, usePrint } from './print-store';
import './print.css';

/** Opens the browser's print once the sheet's map image has loaded (so it is never blank). */
export async function printWhenLoaded(): Promise<void> {
  const img = await new Promise<HTMLImageElement | null>((resolve) =>
    requestAnimationFrame(() => resolve(document.querySelector<HTMLImageElement>('.print-sheet img'))),
  );
  if (img && !img.complete) await img.decode().catch(() => undefined);
  window.print();
}

export function PrintPanel() {
  const f = useT();
  const { t } = f;
  const [resolution, setResolution] = useState<Resolution>('screen');
  const { paper, orientation } = usePrint((s) => s.page);
  const setPaper = (p: Paper) => usePrint.getState().setPage({ paper: p, orientation });
  const setOrientation = (o: Orientation) => usePrint.getState().setPage({ paper, orientation: o });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const run = async (what: 'png' | 'print') => {
    const map = getPrintMap();
    if (!map) {
      setMessage({ text: t('print.noMap'), error: true });
      return;
    }
    setBusy(true);
    setMessage({ text: t('print.working'), error: false });
    try {
      if (what === 'png') {
        const { blob } = await exportPng(map, resolution, { paper, orientation }, f);
        const name = `${t('print.file')}-${new Date().toISOString().slice(0, 10)}.png`;
        download(name, blob, 'image/png');
        setMessage({ text: t('print.done', { file: name }), error: false });
      } else {
        await preparePrint(map, 'map', { paper, orientation }, t('app.title'), f);
        setMessage(null);
        await printWhenLoaded();
      }
    } catch (err) {
      setMessage({
        text: t('print.error', { message: err instanceof Error ? err.message : String(err) }),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="print-panel" data-testid="print-panel">
      <legend>{t('print.title')}</legend>
      <label>
        {t('print.resolution')}{' '}
        <select value={resolution} onChange={(e) => setResolution(e.currentTarget.value as Resolution)}>
          <option value="screen">{t('print.resolution.screen')}</option>
          <option value="print">{t('print.resolution.print', { dpi: PRINT_DPI })}</option>
        </select>
      </label>
      <label>
        {t('print.paper')}{' '}
        <select value={paper} onChange={(e) => setPaper(e.currentTarget.value as Paper)}>
          <option value="A4">A4</option>
          <option value="A3">A3</option>
        </select>
      </label>
      <label>
        {t('print.orientation')}{' '}
        <select value={orientation} onChange={(e) => setOrientation(e.currentTarget.value as Orientation)}>
          <option value="landscape">{t('print.orientation.landscape')}</option>
          <option value="portrait">{t('print.orientation.portrait')}</option>
        </select>
      </label>
      <div className="print-actions">
        <button type="button" disabled={busy} onClick={() => void run('png')} data-print="png">
          {t('print.png')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run('print')} data-print="print">
          {t('print.print')}
        </button>
      </div>
      {message && (
        <p className={`notice ${message.error ? 'error' : ''}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </fieldset>
  );
}

/**
 * The map print sheet while a 'map' job is on; every job ends when the browser's print closes.
 * The browser's own print (Ctrl+P, the menu) gets the same sheet: 'beforeprint' cannot wait, so the
 * map is copied in a synchronous frame at screen density and the sheet rendered at once (flushSync).
 */
export function PrintHost() {
  const job = usePrint((s) => s.job);
  const f = useT();
  const fRef = useRef(f);
  fRef.current = f;
  useEffect(() => {
    const before = () => {
      const map = getPrintMap();
      if (usePrint.getState().job || !map) return;
      const frame = map.captureNow(captureNow);
      const { page } = usePrint.getState();
      const t = fRef.current;
      const next = jobFromFrame(frame, frame.image.toDataURL('image/png'), 'map', page, t.t('app.title'), t);
      flushSync(() => usePrint.getState().setJob(next));
    };
    const done = () => usePrint.getState().setJob(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', done);
    };
  }, []);
  return job?.kind === 'map' ? <PrintSheet job={job} /> : null;
}
