// `codeless emulator`: not built yet.
export async function emulatorCommand(_argv: string[]): Promise<number> {
  console.error('codeless emulator: not implemented yet');
  return 1;
}
