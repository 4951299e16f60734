// `codeless run`: not built yet.
export async function runCommand(_argv: string[]): Promise<number> {
  console.error('codeless run: not implemented yet');
  return 1;
}
