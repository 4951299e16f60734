// Describe User Class: the columns of the Users table (name, type, required, identity, …), e.g. to build a form.
import { callBlockFile } from './call-block.ts';

export const describeUserClassFile = callBlockFile({
  type: 'backendless_users_describe_user_class',
  shapes: 'value',
  output: 'Array',
  inputs: [],
  docs: 'users_retrieve_user_properties.html',
  position: 200,
  texts: {
    label: 'Describe User Class',
    tooltip: 'A list of the Users table columns: name, type, required, identity.',
  },
});
