// `codeless generate`: not built yet.
export async function generateCommand(_argv: string[]): Promise<number> {
  console.error('codeless generate: not implemented yet');
  return 1;
}
