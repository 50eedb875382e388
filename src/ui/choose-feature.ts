// Choosing a feature from a list (the attribute table's rows, the features-in-view list): select it
// and ask the map to zoom to it. One function, so every list selects and zooms the same way; a
// module of its own so a list outside the table does not pull the table's chunk in.
import { useAnalysis } from '../state/analysis';
import { type FeatureRef, useSelection } from '../state/selection';

/** Selects `ref` and asks the map (MapView, through the analysis store's zoomRequest) to zoom to it. */
export function chooseAndZoom(ref: FeatureRef): void {
  useSelection.getState().select(ref);
  const prev = useAnalysis.getState().zoomRequest;
  useAnalysis.setState({ zoomRequest: { ref, n: (prev?.n ?? 0) + 1 } });
}
