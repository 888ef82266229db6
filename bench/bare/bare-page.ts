/**
 * The bare page: vis-timeline's standalone build with default options and the same items,
 * no React, nothing of ours. It sets the same 2018–2026 window and offers outlet checkboxes
 * that filter a DataView, so the benchmark drives it exactly as it drives the app.
 */
import { bareItems, isShown, nextDay, type BareEvent, type BareItem } from './bare-items.ts';

interface BareDataset {
  range: { start: string; end: string };
  outlets: { id: string; name: string }[];
  events: BareEvent[];
}

interface Vis {
  DataSet: new (items: BareItem[]) => unknown;
  DataView: new (
    data: unknown,
    options: { filter: (item: BareItem) => boolean },
  ) => {
    refresh: () => void;
  };
  Timeline: new (container: HTMLElement, items: unknown, options: object) => unknown;
}

const vis = (window as unknown as { vis: Vis }).vis;

async function main() {
  const response = await fetch('../data/timeline.json');
  if (!response.ok) throw new Error(`dataset: HTTP ${response.status}`);
  const dataset = (await response.json()) as BareDataset;

  const hidden = new Set<string>();
  const view = new vis.DataView(new vis.DataSet(bareItems(dataset.events)), {
    filter: (item) => isShown(item, hidden),
  });
  const timeline = new vis.Timeline(document.getElementById('timeline')!, view, {
    start: dataset.range.start,
    end: nextDay(dataset.range.end),
  });
  (window as unknown as { bareTimeline: unknown }).bareTimeline = timeline;

  const list = document.getElementById('outlets')!;
  for (const outlet of dataset.outlets) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(outlet.id);
      else hidden.add(outlet.id);
      view.refresh();
    });
    label.append(box, ` ${outlet.name}`);
    list.append(label);
  }
}

main().catch((error: unknown) => {
  document.body.dataset.error = String(error);
  throw error;
});
