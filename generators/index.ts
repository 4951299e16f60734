// The generator files: one line per file, nothing else to keep by hand. Each file holds its blocks' generators
// and whether each awaits (see generator-file.ts); generators/library.ts derives `forBlock` and
// `awaitingBlockTypes` from what is listed here. Only each file's generator file is listed — not its generator
// functions — because the registries iterate this module's namespace, and a bundler keeps everything in a
// namespace that is iterated. A test fails when a generator file of this folder is missing from this list.
export { getCurrentUserGenerators } from './get_current_user.ts';
export { getErrorGenerators } from './get_error.ts';
export { getPropertyGenerators } from './get_property.ts';
export { getUserTokenGenerators } from './get_user_token.ts';
export { isValidLoginGenerators } from './is_valid_login.ts';
export { loginGenerators } from './login.ts';
export { logoutGenerators } from './logout.ts';
export { newUserGenerators } from './new_user.ts';
export { registerGenerators } from './register.ts';
export { setCurrentUserGenerators } from './set_current_user.ts';
export { setPropertyGenerators } from './set_property.ts';
export { setUserTokenGenerators } from './set_user_token.ts';
export { tryCatchGenerators } from './try_catch.ts';
