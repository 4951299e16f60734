// Zoom to fit as the playground does it: every block in view, clear of the controls over the workspace's edges (the
// zoom buttons and the trash at the right, the workspace tools at the bottom), at a scale a person can read.
import type { BlocklyNS } from './blockly.ts';

// Zoom to fit goes no larger: a lone block shows at its own size, its text whole, not at the zoom's maximum.
export const FIT_MAX_SCALE = 1;
// Below this a program shown on opening or reset is not fitted (too small to read) but shown from its start.
export const READABLE_SCALE = 0.55;
// Room kept clear of blocks at each side of the view when fitting, in pixels: the zoom buttons and the trash stand
// at the right, the workspace tools at the bottom.
const FIT_MARGIN = { x: 64, y: 44, start: 24 };

/**
 * Fits every block into the view, clear of the controls over its edges, at no more than `maxScale`, centred or from
 * the view's top left (where a person starts reading, with the room to spare below); false (and the scale as it
 * was) when that would take a scale under `minScale`.
 */
export function fitView(
  workspace: BlocklyNS.WorkspaceSvg,
  maxScale: number,
  minScale: number,
  place: 'centre' | 'start',
): boolean {
  const before = workspace.scale;
  // Blockly's fit: the largest scale that shows every block in the whole view, centred.
  workspace.zoomToFit();
  const { viewWidth, viewHeight } = workspace.getMetrics();
  const room = Math.min(
    Math.max(viewWidth - 2 * FIT_MARGIN.x, 1) / viewWidth,
    Math.max(viewHeight - 2 * FIT_MARGIN.y, 1) / viewHeight,
  );
  const scale = Math.min(workspace.scale * room, maxScale);
  if (scale < minScale) {
    workspace.setScale(before);
    return false;
  }
  workspace.setScale(scale);
  if (place === 'centre') {
    workspace.scrollCenter();
  } else {
    const box = workspace.getBlocksBoundingBox();
    workspace.scroll(FIT_MARGIN.start - box.left * scale, FIT_MARGIN.start - box.top * scale);
  }
  return true;
}
