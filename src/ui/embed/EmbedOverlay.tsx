// What an embed adds over the map, in both layouts (map only, or with the side panel: `panel=1`):
// the title, the legend and the "view larger map" link. Nothing outside an embed.
import { useEmbed } from '../../state/embed';
import { EmbedLegend } from './EmbedLegend';
import { LargerMapLink } from './LargerMapLink';
import './embed.css';

export function EmbedOverlay() {
  const embed = useEmbed((s) => s.embed);
  const legend = useEmbed((s) => s.legend);
  const title = useEmbed((s) => s.title);
  if (!embed) return null;
  return (
    <div className="embed-overlay">
      {/* A link's title is text: React escapes it, it is never parsed as HTML. */}
      {title && (
        <h1 className="embed-title" data-testid="embed-title">
          {title}
        </h1>
      )}
      <div className="embed-corner">
        {legend && <EmbedLegend />}
        <LargerMapLink />
      </div>
    </div>
  );
}
