import type { PersonFieldKey, Role } from '../schema';

/** Which part of a value a field holds: a date split into selects, an address split into units. */
export type FieldPart = 'day' | 'month' | 'year' | 'province' | 'district' | 'ward' | 'detail';

/** A serialisable description of one fillable control, as collected from the page. */
export interface FieldDescriptor {
  /** Index into the collector's element list. */
  ref: number;
  tag: 'input' | 'select' | 'textarea';
  type: string;
  name: string;
  id: string;
  /** Label texts, most explicit first (aria, label[for], wrapping label, table cell, dt, neighbour). */
  labels: string[];
  placeholder: string;
  title: string;
  autocomplete: string;
  /** Text of the form section (fieldset legend, heading, panel title): gives the role. */
  section: string;
  /** Label of an enclosing group (role=group aria-label), e.g. "Ngày sinh" around three selects. */
  group: string;
  options: { value: string; text: string }[];
  /** Radio/checkbox: the text next to this choice. */
  choiceText: string;
  required: boolean;
  value: string;
  checked: boolean;
  /**
   * A control a library drives: Select2/Chosen hide the real select, jQuery datepickers keep their own
   * date, custom ARIA comboboxes (Element Plus, Ant Design) open a listbox to pick from.
   */
  widget?: Widget;
}

export type Widget = 'select2' | 'chosen' | 'jq-datepicker' | 'combobox';

export interface Classified {
  ref: number;
  key: PersonFieldKey;
  role: Role;
  part?: FieldPart;
  source: 'recipe' | 'autocomplete' | 'label' | 'name';
}

export type PlanAction =
  /** `iso`: the date behind a date text, for date-picker widgets that format it themselves. */
  | { kind: 'text'; value: string; iso?: string }
  /** `pending`: the option is not there yet (a cascading select loads it after its parent is set). */
  | { kind: 'select'; value: string; label: string; pending?: boolean }
  | { kind: 'check'; checked: boolean }
  /** A custom combobox: open it and click the option whose text matches `label`. */
  | { kind: 'pick'; label: string };

export interface PlanItem {
  ref: number;
  key: PersonFieldKey;
  role: Role;
  part?: FieldPart;
  action: PlanAction;
}

export interface PlanProblem {
  ref: number;
  key: PersonFieldKey;
  role: Role;
  reason: string;
  /** Options the officer may pick from (an old-units address on a new-units form). */
  candidates?: { value: string; text: string }[];
}

export interface FillPlan {
  items: PlanItem[];
  /** Recognised fields that get no value (the record lacks it, or no option matches). */
  problems: PlanProblem[];
}
