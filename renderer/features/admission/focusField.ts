import { fieldDomId } from '../custody';

/**
 * Focuses the control of an input path, or of the nearest field containing it (a problem
 * inside a group lands on the group's answer), once the step showing it has been drawn.
 */
export function focusFieldSoon(path: string): void {
  window.requestAnimationFrame(() => {
    const segments = path.split('.');
    for (let length = segments.length; length > 0; length -= 1) {
      const element = document.getElementById(fieldDomId(segments.slice(0, length).join('.')));
      if (element !== null) {
        element.scrollIntoView({ block: 'center' });
        element.focus();
        return;
      }
    }
  });
}
