// Measuring JSON values without trusting them: a hostile value cannot blow the stack or make us walk all of it.

/**
 * Nesting depth of a parsed JSON value (a scalar is 0, `[]` and `{}` are 1), measured without recursion. Stops
 * walking once the depth passes `cap` and returns a number above it, so a huge value costs no more than needed.
 */
export function jsonDepth(root: unknown, cap: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > cap) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}
