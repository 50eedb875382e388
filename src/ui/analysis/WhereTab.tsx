import { useRef, useState } from 'react';
import { type MessageKey, useT } from '../../i18n';
import { type LngLat, useAnalysis } from '../../state/analysis';
import { CoordNote } from '../coords/CoordNote';
import { CoordSystemPicker } from '../coords/CoordSystemPicker';
import { CopyButton } from '../coords/CopyButton';
import { useCoordTexts } from '../coords/use-coord-texts';
import { CorridorStatusPicker, ErrorNotice } from './common';
import { LeftOutNotice } from './LeftOutNotice';

type GeoError = 'unsupported' | 'denied' | 'unavailable' | 'timeout';
const GEO_ERRORS: Record<number, GeoError> = { 1: 'denied', 2: 'unavailable', 3: 'timeout' };

/** The device's position, when the person asked for it, and how precise the browser said it is. */
interface Located {
  point: LngLat;
  accuracy_m: number;
}

export function WhereTab() {
  const f = useT();
  const result = useAnalysis((s) => s.results.where);
  const error = useAnalysis((s) => s.errors.where);
  const setWherePoint = useAnalysis((s) => s.setWherePoint);
  const [located, setLocated] = useState<Located | null>(null);
  const [geo, setGeo] = useState<'idle' | 'asking' | GeoError>('idle');
  const coords = useCoordTexts(result ? [result.point] : []);
  const pointRef = useRef<HTMLSpanElement>(null);
  // The geolocation is an option the person asks for; a map click stays the default way in.
  const locate = () => {
    if (!('geolocation' in navigator)) return setGeo('unsupported');
    setGeo('asking');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const point: LngLat = [pos.coords.longitude, pos.coords.latitude];
        setLocated({ point, accuracy_m: pos.coords.accuracy });
        setGeo('idle');
        setWherePoint(point);
      },
      (err) => setGeo(GEO_ERRORS[err.code] ?? 'unavailable'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  };
  const mine =
    result && located && result.point[0] === located.point[0] && result.point[1] === located.point[1];
  return (
    <div data-testid="where-tab">
      <p className="note">{f.t('analysis.where.hint')}</p>
      <p className="tab-controls">
        <button
          type="button"
          data-testid="where-locate"
          title={f.t('analysis.where.locate.aria')}
          disabled={geo === 'asking'}
          onClick={locate}
        >
          {f.t('analysis.where.locate')}
        </button>
      </p>
      {geo === 'asking' && <p className="note">{f.t('analysis.where.locating')}</p>}
      {geo !== 'idle' && geo !== 'asking' && (
        <p className="error" role="alert" data-testid="where-geo-error">
          {f.t(`analysis.where.geo.${geo}` as MessageKey)}
        </p>
      )}
      <CorridorStatusPicker />
      <CoordSystemPicker />
      <ErrorNotice error={error} />
      {result && !error && (
        <dl className="where-result" data-testid="where-result" aria-live="polite">
          <div>
            <dt>
              {mine
                ? f.t('analysis.where.mine', { accuracy: f.num(located.accuracy_m) })
                : f.t('analysis.where.clicked')}
            </dt>
            <dd>
              <span data-testid="where-point" ref={pointRef}>
                {coords.texts[0]}
              </span>{' '}
              <CopyButton
                text={coords.texts[0] ?? ''}
                label={f.t('coords.copy.point.aria')}
                target={pointRef}
                testId="where-copy"
                disabled={coords.state === 'loading'}
              />
              <CoordNote state={coords.state} />
            </dd>
          </div>
          <div>
            <dt>{f.t('analysis.where.district')}</dt>
            <dd data-testid="where-district">
              {result.districts.length > 0
                ? result.districts.map((d) => f.name(d)).join(' / ')
                : f.t('analysis.where.outside')}
              {result.districts.length > 1 && (
                <span className="note" data-testid="where-border">
                  {' '}
                  {f.t('analysis.where.border', { count: f.num(result.districts.length) })}
                </span>
              )}
            </dd>
          </div>
          <div>
            <dt>{f.t('analysis.where.park')}</dt>
            <dd>
              {result.nearest_park
                ? f.t('analysis.where.distance', {
                    name: f.name(result.nearest_park),
                    distance: f.km(result.nearest_park.distance_km),
                  })
                : f.t('analysis.where.none')}
            </dd>
          </div>
          <div>
            <dt>{f.t('analysis.where.corridor')}</dt>
            <dd>
              {result.nearest_corridor
                ? f.t('analysis.where.distance', {
                    name: f.name(result.nearest_corridor),
                    distance: f.km(result.nearest_corridor.distance_km),
                  })
                : f.t('analysis.where.none')}
            </dd>
          </div>
        </dl>
      )}
      {result && !error && <LeftOutNotice leftOut={result.left_out} />}
    </div>
  );
}
