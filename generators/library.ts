// The library's generator registries, derived from the generator files listed here and in generators/index.ts.
// Data only: installing them is `install()`'s job.
import type { BlockGenerator, GeneratorFile } from './generator-file.ts';
import {
  assignRoleGenerators,
  createConfirmationUrlGenerators,
  describeUserClassGenerators,
  disableUserGenerators,
  enableUserGenerators,
  findUsersByRoleGenerators,
  getAuthorizationUrlGenerators,
  getCurrentUserGenerators,
  getErrorGenerators,
  getPropertyGenerators,
  getUserRolesGenerators,
  getUserTokenGenerators,
  isValidLoginGenerators,
  loginGenerators,
  loginAsGuestGenerators,
  loginByObjectIdGenerators,
  loginWithOauth2Generators,
  logoutGenerators,
  newUserGenerators,
  registerGenerators,
  resendEmailConfirmationGenerators,
  restorePasswordGenerators,
  setCurrentUserGenerators,
  setPropertyGenerators,
  setUserTokenGenerators,
  throwErrorGenerators,
  tryCatchGenerators,
  tryCatchCodesGenerators,
  unassignRoleGenerators,
  updateUserGenerators,
  verifyPasswordGenerators,
} from './index.ts';

/**
 * Every generator file, by name: a second line per generator file beside generators/index.ts's (a test fails when
 * they differ), because iterating that module's namespace made a bundler keep an object of getters keyed by every
 * export's name in every host bundle (see blocks/library.ts).
 */
export const generatorFiles: readonly GeneratorFile[] = [
  assignRoleGenerators,
  createConfirmationUrlGenerators,
  describeUserClassGenerators,
  disableUserGenerators,
  enableUserGenerators,
  findUsersByRoleGenerators,
  getAuthorizationUrlGenerators,
  getCurrentUserGenerators,
  getErrorGenerators,
  getPropertyGenerators,
  getUserRolesGenerators,
  getUserTokenGenerators,
  isValidLoginGenerators,
  loginGenerators,
  loginAsGuestGenerators,
  loginByObjectIdGenerators,
  loginWithOauth2Generators,
  logoutGenerators,
  newUserGenerators,
  registerGenerators,
  resendEmailConfirmationGenerators,
  restorePasswordGenerators,
  setCurrentUserGenerators,
  setPropertyGenerators,
  setUserTokenGenerators,
  throwErrorGenerators,
  tryCatchGenerators,
  tryCatchCodesGenerators,
  unassignRoleGenerators,
  updateUserGenerators,
  verifyPasswordGenerators,
];

const entries = generatorFiles.flatMap((file) => Object.entries(file.types));

/** The JavaScript generator of every block of the library, keyed by block type. */
export const forBlock: Readonly<Record<string, BlockGenerator>> = Object.fromEntries(
  entries.map(([type, { generate }]) => [type, generate]),
);

/** Block types whose own code contains `await`: a user function holding one of them must become `async`. */
export const awaitingBlockTypes: ReadonlySet<string> = new Set(
  entries.filter(([, { awaits }]) => awaits).map(([type]) => type),
);
