import { makeStyles } from '@fluentui/react-components';

/** Styles of the date and time fields. */
export const useDateTimeFieldStyles = makeStyles({
  // Fluent's pickers ask for 250px; in the planner's 180px grid columns they would cover their
  // neighbours, so they take their column's width instead.
  picker: { minWidth: 0, width: '100%', maxWidth: '100%', boxSizing: 'border-box' },
  // The time list's chevron must stay inside the box: the text gives way, not the button.
  timeGrid: { gridTemplateColumns: 'minmax(0, 1fr) auto' },
  timeInput: { minWidth: 0, width: '100%' },
});
