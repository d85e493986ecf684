// The code editor of the web app: CodeMirror 6 set up for Python, exposed to the Rust/Yew page as
// `window.pyprepEditor.create(parent, options)`. scripts/bundle.mjs bundles this module, with
// CodeMirror, into one classic script.
import { basicSetup } from 'codemirror';
import { Compartment, EditorSelection, EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap } from '@codemirror/view';
import { indentWithTab } from '@codemirror/commands';
import { indentUnit } from '@codemirror/language';
import { python } from '@codemirror/lang-python';
import { oneDark } from '@codemirror/theme-one-dark';

// How long a line stays highlighted after `gotoLine`, in milliseconds.
const FLASH_MS = 1200;

// The look both themes share: the editor fills its parent, and code is set in a 14px monospace font.
const baseTheme = EditorView.theme({
  '&': { height: '100%', fontSize: '14px' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
    lineHeight: '1.5',
  },
  '.cm-content': { paddingBottom: '2em' },
  '.cm-pyprep-flash': { backgroundColor: 'rgba(255, 196, 0, 0.28)' },
});

// The light theme is CodeMirror's default look with a white background and quieter gutters.
const lightTheme = EditorView.theme({
  '&': { backgroundColor: '#ffffff', color: '#1f2330' },
  '.cm-gutters': { backgroundColor: '#f6f7fb', color: '#8a90a6', borderRight: '1px solid #e3e6f0' },
  '.cm-activeLineGutter': { backgroundColor: '#e8ebfa', color: '#3b4cca' },
  '.cm-activeLine': { backgroundColor: 'rgba(59, 76, 202, 0.06)' },
}, { dark: false });

// The line highlight that `gotoLine` adds and later removes: the effect carries the line's start
// position, or null to clear it.
const flashEffect = StateEffect.define();
const flashField = StateField.define({
  create: () => Decoration.none,
  update(decorations, transaction) {
    let next = decorations.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(flashEffect)) {
        next = effect.value === null
          ? Decoration.none
          : Decoration.set([Decoration.line({ class: 'cm-pyprep-flash' }).range(effect.value)]);
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const themeFor = (dark) => (dark ? oneDark : lightTheme);
const readOnlyFor = (readOnly) => [EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)];

// Calls an optional callback from the options, ignoring anything that is not a function.
function call(callback, ...args) {
  if (typeof callback === 'function') callback(...args);
}

/**
 * Creates an editor inside `parent` and returns its handle.
 * `options` may hold `doc` (the initial text), `dark`, `readOnly`, and the callbacks
 * `onChange(doc)`, `onRun()` (Mod-Enter) and `onSubmit()` (Mod-Shift-Enter).
 */
export function create(parent, options = {}) {
  const theme = new Compartment();
  const readOnly = new Compartment();
  let flashTimer = null;

  const state = EditorState.create({
    doc: options.doc ?? '',
    extensions: [
      Prec.highest(keymap.of([
        { key: 'Mod-Enter', run: () => { call(options.onRun); return true; } },
        { key: 'Mod-Shift-Enter', run: () => { call(options.onSubmit); return true; } },
      ])),
      basicSetup,
      keymap.of([indentWithTab]),
      python(),
      indentUnit.of('    '),
      EditorState.tabSize.of(4),
      baseTheme,
      theme.of(themeFor(Boolean(options.dark))),
      readOnly.of(readOnlyFor(Boolean(options.readOnly))),
      flashField,
      EditorView.contentAttributes.of({ 'aria-label': 'Code editor' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) call(options.onChange, update.state.doc.toString());
      }),
    ],
  });
  let view = new EditorView({ state, parent });

  const handle = {
    /** Returns the whole document. */
    getDoc() {
      return view ? view.state.doc.toString() : '';
    },
    /** Replaces the whole document (undoably) and puts the cursor at its start; fires onChange. */
    setDoc(text) {
      if (!view) return;
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: String(text ?? '') },
        selection: EditorSelection.cursor(0),
        scrollIntoView: true,
      });
    },
    /** Moves the cursor to the start of the 1-based `line`, scrolls to it, focuses, and flashes it. */
    gotoLine(line) {
      if (!view) return;
      const doc = view.state.doc;
      const number = Math.min(Math.max(1, Math.floor(Number(line)) || 1), doc.lines);
      const start = doc.line(number).from;
      view.dispatch({
        selection: EditorSelection.cursor(start),
        effects: [EditorView.scrollIntoView(start, { y: 'center' }), flashEffect.of(start)],
      });
      view.focus();
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => {
        flashTimer = null;
        if (view) view.dispatch({ effects: flashEffect.of(null) });
      }, FLASH_MS);
    },
    /** Switches between the light theme and One Dark. */
    setDark(dark) {
      if (view) view.dispatch({ effects: theme.reconfigure(themeFor(Boolean(dark))) });
    },
    /** Makes the editor read-only (not editable, not focusable for typing) or editable again. */
    setReadOnly(value) {
      if (view) view.dispatch({ effects: readOnly.reconfigure(readOnlyFor(Boolean(value))) });
    },
    /** Gives the editor the keyboard focus. */
    focus() {
      if (view) view.focus();
    },
    /** Removes the editor from the page; the handle does nothing afterwards. */
    destroy() {
      if (!view) return;
      clearTimeout(flashTimer);
      view.destroy();
      view = null;
      if (api.active === handle) api.active = null;
    },
  };
  api.active = handle;
  return handle;
}

// The global the page uses. `active` is the most recently created editor that is still alive, a
// hook for browser tests (`window.pyprepEditor.active.setDoc(code)`).
const api = { create, active: null };
window.pyprepEditor = api;
