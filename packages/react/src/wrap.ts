import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

export type { EventName };

/**
 * A React component for a Scanwise element, made with `@lit/react`: props are set as the
 * element's properties (objects such as `profile` and `plan` too), and each `on…` callback in
 * `events` listens to the element's event of that name, typed with its detail.
 */
export function wrap<I extends HTMLElement, E extends Record<string, EventName | string>>(
  tagName: string,
  elementClass: new () => I,
  events: E,
): ReactWebComponent<I, E> {
  const displayName = tagName.replace(/(^|-)(\w)/g, (_, __: string, c: string) => c.toUpperCase());
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}
