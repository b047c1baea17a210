// The Mantine theme: one calm teal accent, neutral greys, status colours that always come with text,
// the app's own font stack and a comfortable density for a 1366×768 office laptop.
import {
  createTheme,
  mergeThemeOverrides,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type MantineThemeOverride,
} from '@mantine/core';

const teal: MantineColorsTuple = [
  '#e6f7f6',
  '#d0ebe9',
  '#a3d6d2',
  '#72c0ba',
  '#4aada6',
  '#30a199',
  '#1f8f88', // primary shade in light mode: 4.6:1 against white for text on buttons
  '#137b75',
  '#066d67',
  '#005e58',
];

/** A message at a field is announced when it appears (and read again with the field). */
const ERROR_PROPS = { role: 'alert' };

const announcedErrors = (names: string[]) =>
  Object.fromEntries(names.map((name) => [name, { defaultProps: { errorProps: ERROR_PROPS } }]));

export const FONT_STACK =
  'Inter, "Segoe UI Variable Text", "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export const theme = createTheme({
  // Drawers and menus appear without motion for people who ask their OS for less (WCAG 2.3.3).
  respectReducedMotion: true,
  primaryColor: 'teal',
  primaryShade: { light: 7, dark: 5 },
  colors: { teal },
  fontFamily: FONT_STACK,
  fontFamilyMonospace: '"Cascadia Mono", Consolas, "Liberation Mono", monospace',
  headings: {
    fontFamily: FONT_STACK,
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.6rem', lineHeight: '1.25' },
      h2: { fontSize: '1.25rem', lineHeight: '1.3' },
      h3: { fontSize: '1.05rem', lineHeight: '1.35' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    ...announcedErrors([
      'Input',
      'InputWrapper',
      'PasswordInput',
      'NumberInput',
      'NativeSelect',
      'MultiSelect',
      'Autocomplete',
      'DateInput',
      'TimePicker',
      'CheckboxGroup',
      'RadioGroup',
    ]),
    Button: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { withBorder: true, radius: 'md', padding: 'lg' } },
    // A light alert's title in its own colour (green 9 on green 1 is 3.8:1) misses AA: near-black
    // text on the tint, the icon and the tint carry the colour.
    Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
    Paper: { defaultProps: { radius: 'md' } },
    TextInput: { defaultProps: { size: 'sm', errorProps: ERROR_PROPS } },
    Textarea: { defaultProps: { size: 'sm', errorProps: ERROR_PROPS } },
    Select: {
      defaultProps: {
        size: 'sm',
        allowDeselect: false,
        comboboxProps: { withinPortal: true },
        errorProps: ERROR_PROPS,
      },
    },
    Drawer: { defaultProps: { position: 'right', size: 'lg', padding: 'lg' } },
    Modal: { defaultProps: { centered: true } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
    Badge: { defaultProps: { variant: 'light', radius: 'sm' } },
  },
});

/**
 * A select's clear button as a real button: Mantine keeps it out of the tab order and hidden from
 * screen readers (Backspace clears), which leaves keyboard users without it. Reachable with Tab,
 * Enter or Space clears, and it has a name. A field with its own label ("Mentor wissen") passes
 * `keyboardClearButton(label)`: its props replace the theme's, they do not merge.
 */
export function keyboardClearButton(label: string) {
  return { tabIndex: 0, 'aria-hidden': false, 'aria-label': label } as const;
}

/** Comboboxes whose `clearable` shows Mantine's combobox clear button. */
const CLEARABLE_COMBOBOXES = ['Select', 'MultiSelect', 'Autocomplete', 'TagsInput'] as const;

/** The theme with the texts it carries in the UI language (the clear button's name). */
export function themeFor(texts: { clearSelection: string }): MantineThemeOverride {
  const clearButtonProps = keyboardClearButton(texts.clearSelection);
  return mergeThemeOverrides(theme, {
    components: Object.fromEntries(
      CLEARABLE_COMBOBOXES.map((name) => [name, { defaultProps: { clearButtonProps } }]),
    ),
  });
}

/** Status colours: always shown with a text label or an icon, never colour alone. */
export const STATUS_COLORS = {
  overdue: 'red',
  due: 'yellow',
  onTrack: 'green',
  ended: 'gray',
  info: 'blue',
} as const;

export type StatusTone = keyof typeof STATUS_COLORS;

/** Mantine's dimmed grey is 3.3:1 on white; ours is gray.7 so small print keeps AA contrast. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Messages at a field: Mantine's red 6 is 3.3:1 on white; red 8 passes AA for small text.
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
