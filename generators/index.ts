// The generator files: one line per file, nothing else to keep by hand. Each file holds its blocks' generators
// and whether each awaits (see generator-file.ts); generators/library.ts derives `forBlock` and
// `awaitingBlockTypes` from what is exported here. A test fails when a generator file of this folder is missing
// from this list.
export * from './get_current_user.ts';
export * from './get_error.ts';
export * from './get_property.ts';
export * from './get_user_token.ts';
export * from './is_valid_login.ts';
export * from './login.ts';
export * from './logout.ts';
export * from './new_user.ts';
export * from './register.ts';
export * from './set_current_user.ts';
export * from './set_property.ts';
export * from './set_user_token.ts';
export * from './try_catch.ts';
