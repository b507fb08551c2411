import type { FieldDescriptor } from '../../utils/fill/types';

let nextRef = 0;
/** A field descriptor as the collector would produce it; only what a test cares about needs to be given. */
export function field(p: Partial<FieldDescriptor> = {}): FieldDescriptor {
  return {
    ref: p.ref ?? nextRef++,
    tag: 'input',
    type: 'text',
    name: '',
    id: '',
    labels: [],
    placeholder: '',
    title: '',
    autocomplete: '',
    section: '',
    group: '',
    options: [],
    choiceText: '',
    required: false,
    value: '',
    checked: false,
    ...p,
  };
}

export const opts = (...texts: string[]) => texts.map((t, i) => ({ value: String(i), text: t }));
