// "Your files" (issue 10 §1): the question an import may ask (first, where it is seen), a file
// picker, a URL field, drag-and-drop onto the map, the progress of the import under way with
// Cancel, the files that failed, and the browser storage used. The file name is always rendered as
// text (React escapes it).
import { useEffect, useId, useRef, useState } from 'react';
import type { LayerId } from '../../data/schema';
import { type MessageKey, useT } from '../../i18n';
import { useBigLayers } from '../../state/big-layers-store';
import { useUserLayers } from '../../state/user-layers';
import { storageEstimate } from '../../userlayers/persist';
import { cancelImport, importBlob } from './flow';
import { requestImportedZoom } from './layer-bbox';
import { QuestionView } from './QuestionView';
import { useImportQueue } from './queue';
import { storageSize } from './storage-size';
import { importUrl } from './url-import';
import './import.css';

/**
 * A ref whose element is scrolled into the side panel's view (the least scroll) each time `key`
 * becomes another non-null value: the import's rows sit under the URL field, which is low in a
 * long panel, and a URL's progress or failure appeared out of sight there.
 */
function useShownWhen<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key !== null && key !== undefined) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [key]);
  return ref;
}

/** The import under way: its bar, what it is doing (reading, or a URL connecting or downloading), Cancel. */
export function Progress() {
  const { t, num } = useT();
  const job = useUserLayers((s) => s.job);
  const ref = useShownWhen<HTMLDivElement>(job?.fileName);
  if (!job) return null;
  const p = job.progress;
  const file = job.fileName;
  const read = num(p?.bytesRead ?? 0);
  // A download's size is unknown when the server sends no Content-Length: the bar then moves as
  // an indeterminate one (no value) and the text gives the bytes so far.
  const text = !job.download
    ? t('userLayers.progress', {
        file,
        read,
        total: num(p?.totalBytes ?? 0),
        features: num(p?.featuresRead ?? 0),
      })
    : !p
      ? t('userLayers.connecting', { file })
      : p.totalBytes > 0
        ? t('userLayers.downloading', { file, read, total: num(p.totalBytes) })
        : t('userLayers.downloadingUnknown', { file, read });
  const known = !job.download || (p !== null && p.totalBytes > 0);
  return (
    <div className="import-progress" data-testid="import-progress" role="status" ref={ref}>
      {known ? <progress max={p?.totalBytes || 1} value={p?.bytesRead ?? 0} /> : <progress />}
      <span>{text}</span>
      <button type="button" onClick={cancelImport}>
        {t('userLayers.cancel')}
      </button>
    </div>
  );
}

/** The files queued behind the import under way (or the question on screen), by name. */
function Waiting() {
  const { t } = useT();
  const waiting = useImportQueue((s) => s.waiting);
  if (waiting.length === 0) return null;
  return (
    <p className="import-waiting" data-testid="import-waiting">
      {t('userLayers.waiting', { files: waiting.map((w) => `“${w.name}”`).join(', ') })}
    </p>
  );
}

/**
 * The layer the last import added, with a zoom to it: its row is at the top of a layer list often
 * scrolled away, and the map stays where it was (a newcomer saw nothing happen after District 1's
 * buildings were read). Gone once the layer is removed or dismissed.
 */
function Added() {
  const { t, num, lang } = useT();
  const added = useUserLayers((s) => s.added);
  const ref = useShownWhen<HTMLParagraphElement>(added?.id);
  const title = useUserLayers((s) => (added ? s.layers[added.id]?.description.title : undefined));
  const bigTitle = useBigLayers((s) => (added ? s.layers[added.id]?.description.title : undefined));
  const shown = title ?? bigTitle;
  if (!added || !shown) return null;
  return (
    <p className="import-added" role="status" data-testid="import-added" ref={ref}>
      {/* The layer's title, as its row has it ("diem.csv (2)" for the same file twice). */}
      <span>{t('userLayers.added', { file: shown[lang], count: num(added.count) })}</span>{' '}
      <button
        type="button"
        aria-label={t('userLayers.zoom.aria', { title: shown[lang] })}
        onClick={() => requestImportedZoom(added.id as LayerId)}
      >
        {t('userLayers.zoom')}
      </button>
      <button
        type="button"
        className="import-dismiss"
        aria-label={t('userLayers.added.dismiss', { file: shown[lang] })}
        onClick={() => useUserLayers.setState({ added: null })}
      >
        ×
      </button>
    </p>
  );
}

function Failures() {
  const { t } = useT();
  const failures = useUserLayers((s) => s.failures);
  const dismiss = useUserLayers((s) => s.dismissFailure);
  const ref = useShownWhen<HTMLUListElement>(failures.at(-1)?.id);
  if (failures.length === 0) return null;
  return (
    <ul className="import-failures" ref={ref}>
      {failures.map((f) => (
        <li
          key={f.id}
          className="layer-error"
          role="alert"
          data-testid="import-failure"
          data-file={f.fileName}
        >
          <span>{t(f.key as MessageKey, { file: f.fileName, ...f.params })}</span>
          <button
            type="button"
            className="import-dismiss"
            aria-label={t('userLayers.dismiss', { file: f.fileName })}
            onClick={() => dismiss(f.id)}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

function Storage() {
  const { t, num } = useT();
  const version = useUserLayers((s) => s.storageVersion);
  const problem = useUserLayers((s) => s.saveProblem);
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read again after each save or removal
  useEffect(() => {
    let live = true;
    void storageEstimate().then((e) => live && setEstimate(e));
    return () => {
      live = false;
    };
  }, [version]);
  return (
    <>
      {problem && (
        <p className="layer-error" role="alert">
          {t(problem === 'quota' ? 'userLayers.storage.quota' : 'userLayers.storage.unavailable')}
        </p>
      )}
      {estimate && (
        <p className="import-storage" data-testid="import-storage">
          {t('userLayers.storage', {
            used: storageSize(estimate.usage, num),
            quota: storageSize(estimate.quota, num),
          })}
        </p>
      )}
    </>
  );
}

/** Files dropped anywhere on the page outside a text field are imported, one after the other. */
function useDropImport(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      void importFiles([...(e.dataTransfer?.files ?? [])]);
    };
    document.addEventListener('dragover', onOver);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}

async function importFiles(files: File[]): Promise<void> {
  // A Shapefile's loose parts chosen together are one import (shapefile-parts.ts).
  const { withShapefilesJoined } = await import('./shapefile-parts');
  for (const { blob, name } of await withShapefilesJoined(files)) await importBlob(blob, name);
}

export function ImportPanel() {
  const { t } = useT();
  const fileId = useId();
  const urlId = useId();
  const [url, setUrl] = useState('');
  const over = useDropImport();
  return (
    <section className="import-panel" aria-labelledby={`${fileId}-h`} data-testid="import-panel">
      {/* Focusable by script only: the focus lands here once a question it was in is answered. */}
      <h2 id={`${fileId}-h`} tabIndex={-1}>
        {t('userLayers.title')}
      </h2>
      {/* First in the panel: a question holds the imports after it (QuestionView.tsx). */}
      <QuestionView />
      <p className="import-privacy">{t('userLayers.privacy')}</p>
      <span className="file-pick">
        <label className="file-face" htmlFor={fileId}>
          {t('userLayers.pick')}
        </label>
        <input
          id={fileId}
          className="file-input"
          type="file"
          multiple
          data-testid="import-file"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void importFiles(files);
          }}
        />
      </span>
      <p className="import-hint">{t('userLayers.drop')}</p>
      {/* Under the picker (not the URL field below): what the last import added. */}
      <Added />
      {/* noValidate: the app's own message, in the page's language, names a text that is not a
          URL (the browser's tooltip is in the browser's language, and not read by every reader). */}
      <form
        className="import-url"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!url.trim()) return;
          // Emptied once the layer is added; after a failure the text stays, to be corrected
          // rather than typed again (a failure row added meanwhile, of any file, keeps it too).
          const submitted = url;
          const last = Math.max(0, ...useUserLayers.getState().failures.map((f) => f.id));
          void importUrl(submitted).then(() => {
            if (useUserLayers.getState().failures.some((f) => f.id > last)) return;
            setUrl((now) => (now === submitted ? '' : now));
          });
        }}
      >
        <label htmlFor={urlId}>{t('userLayers.url.label')}</label>
        <input id={urlId} type="url" value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
        <button type="submit">{t('userLayers.url.add')}</button>
      </form>
      <Progress />
      <Waiting />
      <Failures />
      <Storage />
      {over && (
        <div className="import-drop-overlay" aria-hidden="true">
          {t('userLayers.dropHere')}
        </div>
      )}
    </section>
  );
}
