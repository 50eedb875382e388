// The app's one print layout: a page of the chosen paper (html class print-<paper>-<orientation>
// names the @page, print.css) with the title, the captured map as an <img> (never the live WebGL
// canvas, which prints blank), a north arrow, the scale bar, the legend, the attribution and the
// date. `children` go under the map (the investors' comparison table). Rendered into <body>, out
// of the app's tree, so print.css can show it alone.
import { type ReactNode, useLayoutEffect } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../i18n';
import { SwatchView } from '../ui/Legend';
import type { PrintJob } from './print-store';

/** The class names print.css keys on, for `job` (also put on <html> while it is shown). */
export function pageClasses(job: Pick<PrintJob, 'paper' | 'orientation'>): string[] {
  return ['print-job', `print-${job.paper.toLowerCase()}-${job.orientation}`];
}

export function PrintSheet({ job, children }: { job: PrintJob; children?: ReactNode }) {
  const { t } = useT();
  // Layout effect: the classes must be on <html> when a flushSync render (beforeprint) returns.
  useLayoutEffect(() => {
    const classes = pageClasses(job);
    document.documentElement.classList.add(...classes);
    return () => document.documentElement.classList.remove(...classes);
  }, [job]);
  const wide = job.orientation === 'landscape';
  return createPortal(
    <div className={`print-sheet ${wide ? 'print-wide' : ''}`} data-testid="print-sheet" data-kind={job.kind}>
      <h1 className="print-title">{job.title}</h1>
      <div className="print-body">
        <figure className="print-map">
          <img
            src={job.image}
            width={job.width}
            height={job.height}
            alt={t('print.mapImage', { title: job.title })}
          />
          <svg className="print-north" viewBox="-12 -12 24 24" role="img" aria-label={t('print.north.label')}>
            <circle r="11.5" fill="#ffffff" opacity="0.85" />
            <g transform={`rotate(${-job.bearing})`}>
              <path d="M0 -9 L4.5 4.5 L0 2 L-4.5 4.5 Z" fill="#222222" />
            </g>
            <text y="10" textAnchor="middle" fontSize="5" fontWeight="700">
              {t('print.north')}
            </text>
          </svg>
          {job.scale && (
            <div className="print-scale" role="img" aria-label={`${t('print.scale')}: ${job.scale.label}`}>
              {/* The bar's share of the map image's width: the same share of the printed image. */}
              <span
                className="print-scale-bar"
                style={{ width: `${(job.scale.fraction * 100).toFixed(2)}%` }}
              />
              <span>{job.scale.label}</span>
            </div>
          )}
        </figure>
        <section className="print-legend" aria-label={t('print.legend')}>
          <h2>{t('print.legend')}</h2>
          {job.groups.map((g) => (
            <div key={g.id} className="print-legend-group">
              <h3>{g.title}</h3>
              <ul className="legend">
                {g.items.map((it) => (
                  <li key={`${g.id}-${it.text}`} className="legend-entry">
                    <SwatchView swatch={it.swatch} />
                    <span>{it.text}</span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
      {children}
      <footer className="print-footer">
        <p className="print-date">{job.date}</p>
        <p className="print-attribution">{job.attribution}</p>
      </footer>
    </div>,
    document.body,
  );
}
