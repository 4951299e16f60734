// The block files: one line per file, nothing else to keep by hand. Each file holds its block's definitions,
// toolbox entries and texts (see block-file.ts); blocks/library.ts derives every registry from what is exported
// here. A test fails when a block file of this folder is missing from this list.
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
// Not a block file: the check and style names hosts build their own blocks with (`blocks.USER_CHECK`, …).
export * from './types.ts';
