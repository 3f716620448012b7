/** Brings a newly shown part (the refusals, the camera) into view inside a scrolling panel. */
export function scrollIntoView(element: HTMLElement | null): void {
  element?.scrollIntoView({ block: 'nearest' });
}
