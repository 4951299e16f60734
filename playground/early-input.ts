// What a person does in the moment between the workspace becoming usable and the code of the page's other flows
// (Run, the File menu, the backend panel) arriving: a click on one of their buttons, a settings form submitted, or
// Ctrl+Enter is held and replayed once that code is wired, so nothing pressed early is lost or reloads the page. The
// Server logic panel, whose code loads when it is first opened, holds its buttons the same way.

/** Holds clicks on buttons inside `regions`, form submissions there, and Ctrl+Enter until `ready` settles. */
export function holdEarlyInput(regions: HTMLElement[], ready: Promise<unknown>): void {
  const held: (() => void)[] = [];
  const inRegion = (target: EventTarget | null) =>
    target instanceof Element && regions.some((region) => region.contains(target));
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button || !inRegion(button) || button.type === 'submit') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(() => button.click());
  };
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !inRegion(form)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(() => form.requestSubmit());
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push(() => document.getElementById('run')?.click());
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('submit', onSubmit, true);
  document.addEventListener('keydown', onKey, true);
  void ready.finally(() => {
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('submit', onSubmit, true);
    document.removeEventListener('keydown', onKey, true);
    for (const replay of held) replay();
  });
}
